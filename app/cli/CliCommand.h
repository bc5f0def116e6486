#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <vector>

namespace tessera {

class Image;
class Status;
struct LabelImage;
struct SessionImage;

/**
 * Exit statuses of tessera-cli: 0 on success, 2 for every error (one line on stderr), whether the arguments were wrong,
 * an input could not be read, an analysis failed or something unexpected was thrown. One failure status keeps
 * scripts simple (`|| exit`); the message says what went wrong. 1 is never used (shells and tools such as grep give
 * it other meanings). The one exception is `run` over many images: 3 when some images failed while the others
 * were written, so that a script can tell a partial batch from one that did not run at all.
 */
enum CliExit
{
    CliOk = 0,
    CliError = 2,        ///< the command failed (one-line message on stderr)
    CliUsage = CliError, ///< wrong arguments: the same status as every other error
    CliSomeFailed = 3,   ///< `run` only: some images failed (each reported on stderr), the others were written
};

/** Where a command writes its output and its messages. */
struct CliIo
{
    QTextStream& out;
    QTextStream& err;
};

/** One `tessera-cli COMMAND`: its name, one-line summary, and the function that runs it on its arguments. */
struct CliCommand
{
    QString name;
    QString summary;
    /** args excludes the program and command names. Returns a CliExit value. */
    std::function<int(const QStringList& args, CliIo& io)> run;
};

/** Every command, in the order `tessera-cli --help` lists them. */
std::vector<CliCommand> cliCommands();

/**
 * Runs tessera-cli with argv-style arguments (arguments[0] is the program name). Writes results to io.out and
 * messages to io.err; returns the exit status. Used by the executable's main() and by tests.
 */
int runCli(const QStringList& arguments, CliIo& io);

/**
 * runCli() with the given command table instead of cliCommands(). Whatever a command throws (std::exception,
 * std::bad_alloc, cv::Exception, QUnhandledException from a worker thread, anything else) is caught here and becomes
 * the one-line error with status CliError; nothing escapes.
 */
int runCli(const QStringList& arguments, CliIo& io, const std::vector<CliCommand>& commands);

// One factory per command, each defined in its own file.
CliCommand infoCommand();
CliCommand glcmCommand();
CliCommand thresholdCommand();
CliCommand segmentCommand();
CliCommand roisCommand();

/** One figure of `tessera-cli run --figures`: an analysed image and what to draw on it. */
struct RunFigure
{
    const Image& image;          ///< the image as read
    const LabelImage& labels;    ///< its segmentation's objects (empty when the session does not segment)
    const SessionImage& session; ///< the session image: ROIs, classes, plane and display settings to draw with
    QString path;                ///< the file to write; its suffix gives the format (.png, .tif, .svg, .pdf)
};
/** Draws and writes one figure of run (called on the thread that called runCli()); the Status names what failed. */
using RunFigureWriter = std::function<Status(const RunFigure& figure)>;

/** The one-line summary of `figure` (the command itself lives in tessera_cli_figure: FigureCommand.h). */
QString figureCommandSummary();

/**
 * `figure` where this program cannot draw: listed by --help with figureCommandSummary(); running it fails with a
 * message naming the program that can (tessera-cli hands drawing commands to tessera-cli-draw before it gets here).
 */
CliCommand figureCommandElsewhere(const QString& program);

/** Which application a command line (argv[1...]) needs: only the commands that draw need QtGui. */
enum class CliDrawing
{
    None,    ///< QCoreApplication: every command but the two below
    Gui,     ///< run with --figures or --figure-format: QGuiApplication
    Widgets, ///< figure (its panel has a widget): QApplication
};
/** Which application the arguments of tessera-cli ask for (an argument "--" ends the options of run). Pure. */
CliDrawing cliDrawing(int argc, const char* const* argv);

/** run; with figures empty (tessera_cli alone has no QtGui), --figures is refused with a message saying so. */
CliCommand runCommand(RunFigureWriter figures = {});

} // namespace tessera
