#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "core/task/TaskContext.h"
#include "core/threshold/AutoThreshold.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Cli)
};

int runThreshold(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("IMAGE"), Tr::tr("The image file (TIFF, PNG, JPEG, BMP)."));
    parser.addOption({QStringLiteral("method"),
                      Tr::tr("ImageJ auto-threshold method (%1), or \"all\" for one JSON line per method.")
                          .arg(thresholdMethodNames().join(QStringLiteral(", "))),
                      QStringLiteral("NAME"), QStringLiteral("Default")});
    parser.addOption({QStringLiteral("full-histogram"),
                      Tr::tr("Use every level of a 16-bit plane (65536 bins) instead of ImageJ's 256 bins between "
                             "the plane's min and max. Float planes always use 256 bins.")});
    parser.addOption({QStringLiteral("light-background"),
                      Tr::tr("Objects are dark on a light background (ImageJ without \"dark\"): the foreground is "
                             "the low range.")});
    addPlaneOptions(parser);
    if (auto exit =
            parseCommandLine(parser, QStringLiteral("threshold"), QStringLiteral("IMAGE --method NAME"), args, io)) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        return cliFail(io, QStringLiteral("threshold"), Tr::tr("expected exactly one IMAGE argument."));
    }
    const QString methodName = parser.value(QStringLiteral("method"));
    std::vector<ThresholdMethod> methods;
    if (methodName.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
        for (const QString& n : thresholdMethodNames()) {
            methods.push_back(*thresholdMethodFromName(n));
        }
    } else if (const std::optional<ThresholdMethod> m = thresholdMethodFromName(methodName)) {
        methods.push_back(*m);
    } else {
        return cliFail(io, QStringLiteral("threshold"),
                       Tr::tr("unknown method \"%1\"; use one of: %2, all.")
                           .arg(methodName, thresholdMethodNames().join(QStringLiteral(", "))));
    }
    const std::optional<Image> image =
        readImageForCli(QStringLiteral("threshold"), parser.positionalArguments().first(), io);
    if (!image) {
        return CliError;
    }
    const Expected<PlaneSelection> sel = planeSelection(parser, *image);
    if (!sel.isOk()) {
        return cliFail(io, QStringLiteral("threshold"), sel.status().message());
    }
    const cv::Mat plane = image->plane(sel->c, sel->z, sel->t);
    const bool full = parser.isSet(QStringLiteral("full-histogram")) && image->pixelType() != PixelType::Float32;
    const bool dark = !parser.isSet(QStringLiteral("light-background"));
    for (ThresholdMethod method : methods) {
        AutoThresholdParams params;
        params.method = method;
        params.fullHistogram = full;
        params.darkBackground = dark;
        TaskContext task;
        const Expected<ThresholdResult> r = computeAutoThreshold(plane, cv::Mat(), params, task);
        if (!r.isOk()) {
            return cliFail(io, QStringLiteral("threshold"), r.status().message());
        }
        QJsonObject o;
        o.insert(QStringLiteral("method"), thresholdMethodName(method));
        o.insert(QStringLiteral("lower"), r->lower);
        o.insert(QStringLiteral("upper"), r->upper);
        o.insert(QStringLiteral("histogram"), full ? QStringLiteral("full") : QStringLiteral("imagej"));
        o.insert(QStringLiteral("found"), r->found);
        o.insert(QStringLiteral("darkBackground"), dark);
        o.insert(QStringLiteral("channel"), sel->c + 1);
        o.insert(QStringLiteral("slice"), sel->z + 1);
        o.insert(QStringLiteral("frame"), sel->t + 1);
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
    }
    return CliOk;
}
} // namespace

CliCommand thresholdCommand()
{
    return {QStringLiteral("threshold"),
            Tr::tr("Print ImageJ-compatible automatic thresholds of one plane as JSON (one line per method)."),
            runThreshold};
}

} // namespace tessera
