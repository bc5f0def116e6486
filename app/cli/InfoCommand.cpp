#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"

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
    const QString description =
        Tr::tr("Prints one JSON line: width, height, channels, slices, frames, pixelType, pixelWidth, pixelHeight, "
               "pixelDepth, unit (frameInterval and timeUnit when the file has them), min and max of the finite "
               "values, and the counts finite, nan, posInf and negInf (the last three are 0 for 8/16-bit images). "
               "NaN and infinite values never enter min and max. An image with no finite value reports "
               "\"min\": null, \"max\": null, \"finite\": 0 and a warning on standard error, with exit status 0.");
    if (auto exit = parseCommandLine(parser, QStringLiteral("info"), QStringLiteral("IMAGE"), args, io, description)) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        return cliFail(io, QStringLiteral("info"), Tr::tr("expected exactly one IMAGE argument."));
    }
    const std::optional<Image> image =
        readImageForCli(QStringLiteral("info"), parser.positionalArguments().first(), io);
    if (!image) {
        return CliError;
    }
    const ValueSummary values = summarizeValues(*image);
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
    o.insert(QStringLiteral("min"), values.hasFinite() ? QJsonValue(values.min) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("max"), values.hasFinite() ? QJsonValue(values.max) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("finite"), double(values.finite)); // JSON numbers: exact up to 2^53
    o.insert(QStringLiteral("nan"), double(values.nan));
    o.insert(QStringLiteral("posInf"), double(values.positiveInf));
    o.insert(QStringLiteral("negInf"), double(values.negativeInf));
    if (!values.hasFinite()) {
        cliWarning(io, QStringLiteral("info"),
                   Tr::tr("\"%1\" has no finite value (%2 NaN, %3 +inf, %4 -inf); min and max are null.")
                       .arg(parser.positionalArguments().first())
                       .arg(values.nan)
                       .arg(values.positiveInf)
                       .arg(values.negativeInf));
    }
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
