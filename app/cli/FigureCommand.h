#pragma once

#include "app/cli/CliCommand.h"

namespace tessera {

/**
 * `tessera-cli figure SESSION.tessera --out FIG [--panel]`: the annotated figure (or the figure panel with the
 * texture scatter plot) of one image of a session, rendered with FigureRenderer exactly as File > Export Figure
 * does. Lives in the tessera_cli_figure library (it needs tessera_ui) and requires a QApplication, which tessera-cli
 * creates on the offscreen platform for this command: no display is needed.
 */
CliCommand figureCommand();

} // namespace tessera
