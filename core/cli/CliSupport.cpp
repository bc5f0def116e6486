#include "core/cli/CliSupport.h"

#include "core/io/ImageReader.h"

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Cli)
};
} // namespace

void addPlaneOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("channel"), Tr::tr("Channel to analyse, 1-based (default 1)."),
                      QStringLiteral("C"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("slice"), Tr::tr("Z slice to analyse, 1-based (default 1)."), QStringLiteral("Z"),
                      QStringLiteral("1")});
    parser.addOption({QStringLiteral("frame"), Tr::tr("Time frame to analyse, 1-based (default 1)."),
                      QStringLiteral("T"), QStringLiteral("1")});
}

Expected<PlaneSelection> planeSelection(const QCommandLineParser& parser, const Image& image)
{
    auto pick = [&](const QString& name, int count, int& out) -> Status {
        bool ok = false;
        const int v = parser.value(name).toInt(&ok);
        if (!ok || v < 1 || v > count) {
            return Status::invalid(Tr::tr("--%1 must be a whole number from 1 to %2, not \"%3\".")
                                       .arg(name)
                                       .arg(count)
                                       .arg(parser.value(name)));
        }
        out = v - 1;
        return Status::ok();
    };
    PlaneSelection sel;
    for (const Status& s : {pick(QStringLiteral("channel"), image.channels(), sel.c),
                            pick(QStringLiteral("slice"), image.slices(), sel.z),
                            pick(QStringLiteral("frame"), image.frames(), sel.t)}) {
        if (!s.isOk()) {
            return s;
        }
    }
    return sel;
}

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QString& command, const QString& synopsis,
                                    const QStringList& args, CliIo& io)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList argv = args;
    argv.prepend(QStringLiteral("tessera-cli ") + command);
    if (!parser.parse(argv)) {
        io.err << "tessera-cli " << command << ": " << parser.errorText() << '\n';
        return CliUsage;
    }
    if (parser.isSet(help)) {
        io.out << Tr::tr("Usage: tessera-cli %1 %2").arg(command, synopsis) << "\n\n"
               << parser.helpText().section(QLatin1Char('\n'), 2);
        return CliOk;
    }
    return std::nullopt;
}

std::optional<Image> readImageForCli(const QString& path, CliIo& io)
{
    ImageReader reader;
    Expected<Image> image = reader.read(path);
    if (!image.isOk()) {
        cliFail(io, image.status().message());
        return std::nullopt;
    }
    for (const QString& w : reader.warnings()) {
        io.err << "tessera-cli: " << Tr::tr("warning: %1").arg(w) << '\n';
    }
    return std::move(image).value();
}

int cliFail(CliIo& io, const QString& message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    io.err << "tessera-cli: " << line << '\n';
    io.err.flush();
    return CliError;
}

} // namespace tessera
