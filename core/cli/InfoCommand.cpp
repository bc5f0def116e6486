#include "core/cli/CliCommand.h"
#include "core/cli/CliSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Cli)
};

int runInfo(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("IMAGE"), Tr::tr("The image file (TIFF, PNG, JPEG, BMP)."));
    if (auto exit = parseCommandLine(parser, QStringLiteral("info"), QStringLiteral("IMAGE"), args, io)) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        io.err << "tessera-cli info: " << Tr::tr("expected exactly one IMAGE argument.") << '\n';
        return CliUsage;
    }
    const std::optional<Image> image = readImageForCli(parser.positionalArguments().first(), io);
    if (!image) {
        return CliError;
    }
    const DisplayRange range = valueRange(*image);
    const Calibration& cal = image->calibration;
    QJsonObject o;
    o.insert(QStringLiteral("width"), image->width());
    o.insert(QStringLiteral("height"), image->height());
    o.insert(QStringLiteral("channels"), image->channels());
    o.insert(QStringLiteral("slices"), image->slices());
    o.insert(QStringLiteral("frames"), image->frames());
    o.insert(QStringLiteral("pixelType"), pixelTypeName(image->pixelType()));
    o.insert(QStringLiteral("pixelWidth"), cal.pixelWidth);
    o.insert(QStringLiteral("pixelHeight"), cal.pixelHeight);
    o.insert(QStringLiteral("pixelDepth"), cal.pixelDepth);
    o.insert(QStringLiteral("unit"), cal.unit);
    if (cal.frameInterval > 0) {
        o.insert(QStringLiteral("frameInterval"), cal.frameInterval);
        o.insert(QStringLiteral("timeUnit"), cal.timeUnit);
    }
    o.insert(QStringLiteral("min"), range.min);
    o.insert(QStringLiteral("max"), range.max);
    io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
    return CliOk;
}
} // namespace

CliCommand infoCommand()
{
    return {QStringLiteral("info"), Tr::tr("Print an image's dimensions, pixel type, calibration and range as JSON."),
            runInfo};
}

} // namespace tessera
