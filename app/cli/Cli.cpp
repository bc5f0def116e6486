#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"

#include "core/common/ExceptionText.h"

#include <cstring>
#include <exception>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Cli)
};

void printHelp(QTextStream& out, const std::vector<CliCommand>& commands)
{
    out << Tr::tr("Usage: tessera-cli COMMAND [OPTIONS] IMAGE") << "\n\n"
        << Tr::tr("Headless analyses of Tessera. Indices (channel, slice, frame) are 1-based; x, y are pixels from "
                  "the top-left corner.")
        << "\n\n"
        << Tr::tr("Commands:") << '\n';
    for (const CliCommand& c : commands) {
        out << "  " << c.name.leftJustified(12) << c.summary << '\n';
    }
    out << '\n'
        << Tr::tr("Run \"tessera-cli COMMAND --help\" for the options of a command.") << "\n\n"
        << wrapText(Tr::tr("Exit status: 0 on success; 2 on any error (wrong arguments, unreadable input, failed "
                           "analysis), which prints one line on standard error; run: 3 when some images failed and "
                           "the others were written. \"-\" as an output file means standard output. Outputs are "
                           "never written over an input."))
        << '\n';
}

} // namespace

QString figureCommandSummary()
{
    return Tr::tr("Render a session's image as an annotated figure (PNG, TIFF, SVG, PDF), or a panel with its "
                  "scatter plot.");
}

CliCommand figureCommandElsewhere(const QString& program)
{
    return {QStringLiteral("figure"), figureCommandSummary(), [program](const QStringList&, CliIo& io) {
                return cliFail(io, QStringLiteral("figure"),
                               Tr::tr("drawing needs %1, which did not start.").arg(program));
            }};
}

CliDrawing cliDrawing(int argc, const char* const* argv)
{
    if (argc < 2) {
        return CliDrawing::None;
    }
    if (std::strcmp(argv[1], "figure") == 0) {
        return CliDrawing::Widgets;
    }
    if (std::strcmp(argv[1], "run") == 0) {
        for (int i = 2; i < argc; ++i) {
            if (std::strcmp(argv[i], "--") == 0) {
                break;
            }
            if (std::strncmp(argv[i], "--figure", 8) == 0) { // --figures, --figure-format[=F]
                return CliDrawing::Gui;
            }
        }
    }
    return CliDrawing::None;
}

std::vector<CliCommand> cliCommands()
{
    return {infoCommand(), glcmCommand(), thresholdCommand(), segmentCommand(), roisCommand(), runCommand()};
}

int runCli(const QStringList& arguments, CliIo& io)
{
    return runCli(arguments, io, cliCommands());
}

int runCli(const QStringList& arguments, CliIo& io, const std::vector<CliCommand>& commands)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        return cliFail(io, Tr::tr("no COMMAND given; run \"tessera-cli --help\" for the list."));
    }
    const QString& name = args.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printHelp(io.out, commands);
        return CliOk;
    }
    if (name == QLatin1String("--version")) {
        io.out << "tessera-cli " << QCoreApplication::applicationVersion() << '\n';
        return CliOk;
    }
    for (const CliCommand& c : commands) {
        if (c.name == name) {
            int status = CliError;
            try {
                status = c.run(args.mid(1), io);
            } catch (...) {
                // No abort, ever: whatever escaped the command becomes the one-line error.
                io.out.flush();
                status = cliFail(
                    io, Tr::tr("%1 failed unexpectedly: %2.").arg(c.name, describeException(std::current_exception())));
            }
            io.out.flush();
            io.err.flush();
            return status;
        }
    }
    return cliFail(io, Tr::tr("unknown command \"%1\"; run \"tessera-cli --help\" for the list.").arg(name));
}

} // namespace tessera
