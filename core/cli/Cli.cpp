#include "core/cli/CliCommand.h"

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Cli)
};

void printHelp(QTextStream& out)
{
    out << Tr::tr("Usage: tessera-cli COMMAND [OPTIONS] IMAGE") << "\n\n"
        << Tr::tr("Headless analyses of Tessera. Indices (channel, slice, frame) are 1-based; x, y are pixels from "
                  "the top-left corner.")
        << "\n\n"
        << Tr::tr("Commands:") << '\n';
    for (const CliCommand& c : cliCommands()) {
        out << "  " << c.name.leftJustified(12) << c.summary << '\n';
    }
    out << '\n' << Tr::tr("Run \"tessera-cli COMMAND --help\" for the options of a command.") << '\n';
}
} // namespace

std::vector<CliCommand> cliCommands()
{
    return {infoCommand(), glcmCommand(), thresholdCommand(), segmentCommand()};
}

int runCli(const QStringList& arguments, CliIo& io)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        printHelp(io.err);
        return CliUsage;
    }
    const QString& name = args.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printHelp(io.out);
        return CliOk;
    }
    if (name == QLatin1String("--version")) {
        io.out << "tessera-cli " << QCoreApplication::applicationVersion() << '\n';
        return CliOk;
    }
    for (const CliCommand& c : cliCommands()) {
        if (c.name == name) {
            const int status = c.run(args.mid(1), io);
            io.out.flush();
            io.err.flush();
            return status;
        }
    }
    io.err << "tessera-cli: " << Tr::tr("unknown command \"%1\"; run \"tessera-cli --help\" for the list.").arg(name)
           << '\n';
    return CliUsage;
}

} // namespace tessera
