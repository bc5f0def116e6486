#pragma once

#include "app/cli/CliCommand.h"
#include "core/common/Status.h"

#include <vector>

namespace tessera {

/**
 * `tessera-cli figure SESSION.tessera --out FIG [--panel]`: the annotated figure (or the figure panel with the
 * texture scatter plot) of one image of a session, rendered with FigureRenderer exactly as File > Export Figure
 * does. Lives in the tessera_cli_figure library (it needs tessera_ui) and requires a QApplication, which
 * tessera-cli-draw (or tessera-cli where it links the GUI libraries) creates on the offscreen platform for this
 * command: no display is needed.
 */
CliCommand figureCommand();

/**
 * The figure of one image of `tessera-cli run --figures`: the image with the session image's classes, ROIs, plane and
 * display settings (SessionState::apply(), as the GUI opens a session), the image's own segmentation objects instead
 * of the session's layers, no threshold overlay, ROI names, a scale bar only when the image is calibrated; 1 output
 * pixel per image pixel at 300 DPI; written atomically to figure.path in the format of its suffix. Needs a
 * QGuiApplication (an error Status otherwise); GUI thread only.
 */
Status writeRunFigure(const RunFigure& figure);

/** cliCommands() with run able to draw figures (writeRunFigure()), then figure: what tessera-cli offers. */
std::vector<CliCommand> figureCliCommands();

} // namespace tessera
