#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "core/io/FileChecks.h"
#include "core/io/TiffWriter.h"
#include "core/segmentation/SegmentationParamsJson.h"
#include "core/segmentation/SegmentationPipeline.h"
#include "core/task/TaskContext.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Cli)
};

/** Label image as an Image: 16-bit when the labels fit, else 32-bit float (exact for labels up to 2^24). */
Expected<Image> labelsAsImage(const LabelImage& labels, const Calibration& calibration)
{
    if (labels.count > (1 << 24)) {
        return Status::tooLarge(Tr::tr("%1 objects cannot be stored exactly in a TIFF label image.").arg(labels.count));
    }
    const bool fits16 = labels.count <= 65535;
    Expected<Image> image =
        Image::create(fits16 ? PixelType::UInt16 : PixelType::Float32, labels.labels.cols, labels.labels.rows);
    if (!image.isOk()) {
        return image.status();
    }
    cv::Mat plane = image->plane(0);
    labels.labels.convertTo(plane, fits16 ? CV_16U : CV_32F);
    image->calibration = calibration;
    image->displayRanges = {DisplayRange{0.0, double(std::max(1, labels.count))}};
    return image;
}

/**
 * "--watershed MODE" and "--watershed=MODE" with MODE = distance or imagej: QCommandLineParser has no optional option
 * values, so the mode word is taken out of args here and "--watershed" stays a plain flag.
 */
QStringList takeWatershedMode(const QStringList& args, QString& mode)
{
    const QStringList modes = {QStringLiteral("distance"), QStringLiteral("imagej")};
    QStringList out;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i].startsWith(QLatin1String("--watershed="))) {
            mode = args[i].mid(12);
            out << QStringLiteral("--watershed");
        } else if (args[i] == QLatin1String("--watershed") && i + 1 < args.size() && modes.contains(args[i + 1])) {
            mode = args[++i];
            out << QStringLiteral("--watershed");
        } else {
            out << args[i];
        }
    }
    return out;
}

int runSegment(const QStringList& rawArgs, CliIo& io)
{
    QString watershedMode = QStringLiteral("distance");
    const QStringList args = takeWatershedMode(rawArgs, watershedMode);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("IMAGE"), Tr::tr("The image file (TIFF, PNG, JPEG, BMP)."));
    parser.addOption(
        {QStringLiteral("method"),
         Tr::tr("Auto-threshold method (default Otsu): %1.").arg(thresholdMethodNames().join(QStringLiteral(", "))),
         QStringLiteral("NAME"), QStringLiteral("Otsu")});
    parser.addOption({QStringLiteral("lower"), Tr::tr("Manual threshold: objects are pixels >= L (after smoothing)."),
                      QStringLiteral("L")});
    parser.addOption({QStringLiteral("upper"), Tr::tr("Manual threshold: objects are pixels <= U (default: no limit)."),
                      QStringLiteral("U")});
    parser.addOption(
        {QStringLiteral("smooth"),
         Tr::tr("Gaussian smoothing sigma in pixels (default 1; 0 = none); short for --pre gaussian:SIGMA."),
         QStringLiteral("SIGMA"), QStringLiteral("1")});
    parser.addOption(
        {QStringLiteral("pre"),
         Tr::tr("Pre-processing before the threshold, steps in order, separated by commas (default gaussian:1): "
                "gaussian:SIGMA, median:RADIUS (median over a disk), background:RADIUS[:light] (subtract a "
                "rolling-disk background), clahe:TILE:CLIP, equalize; \"none\" for no pre-processing. Example: "
                "--pre median:5,gaussian:1."),
         QStringLiteral("STEPS")});
    parser.addOption({QStringLiteral("watershed"),
                      Tr::tr("Split touching objects: --watershed or --watershed distance (distance-transform "
                             "watershed, seeds by --tolerance/--min-distance), --watershed imagej (ImageJ's Binary > "
                             "Watershed seed rule and object count).")});
    parser.addOption({QStringLiteral("min-distance"),
                      Tr::tr("Watershed seeds at least D pixels apart (default 0 = tolerance only)."),
                      QStringLiteral("D"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("tolerance"),
                      Tr::tr("Watershed seed prominence on the distance map in pixels (default 0.5, as ImageJ)."),
                      QStringLiteral("H"), QStringLiteral("0.5")});
    parser.addOption({QStringLiteral("no-refine"),
                      Tr::tr("Keep the thresholded outlines (default: move each outline to the steepest intensity "
                             "edge within the refinement distance).")});
    parser.addOption({QStringLiteral("refine-distance"),
                      Tr::tr("How far (pixels, 0.5-50) outline refinement may move an outline (default 3)."),
                      QStringLiteral("D"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("min-area"),
                      Tr::tr("Remove objects smaller than A (pixels, or calibrated with --calibrated)."),
                      QStringLiteral("A"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("max-area"), Tr::tr("Remove objects larger than A."), QStringLiteral("A")});
    parser.addOption({QStringLiteral("calibrated"), Tr::tr("--min-area/--max-area are in calibrated units²")});
    parser.addOption({QStringLiteral("exclude-edges"), Tr::tr("Remove objects touching the image border.")});
    parser.addOption({QStringLiteral("out"),
                      Tr::tr("Write the per-object measurements as CSV to FILE (\"-\": standard output, instead of the "
                             "{\"objects\": N} line). FILE must not be the input image."),
                      QStringLiteral("FILE")});
    addTableOptions(parser);
    parser.addOption({QStringLiteral("labels"),
                      Tr::tr("Write the label image as TIFF to FILE (16-bit, or 32-bit float above 65535 objects). "
                             "FILE must be a regular file (not \"-\") and not the input image."),
                      QStringLiteral("FILE")});
    addPlaneOptions(parser);
    if (auto exit = parseCommandLine(parser, QStringLiteral("segment"), QStringLiteral("IMAGE"), args, io)) {
        return *exit;
    }
    auto usage = [&io](const QString& message) { return cliFail(io, QStringLiteral("segment"), message); };
    if (parser.positionalArguments().size() != 1) {
        return usage(Tr::tr("expected exactly one IMAGE argument."));
    }
    SegmentationParams params;
    auto number = [&parser](const QString& name, double& out) {
        bool ok = false;
        out = parser.value(name).toDouble(&ok);
        return ok;
    };
    if (parser.isSet(QStringLiteral("lower"))) {
        params.autoThreshold = false;
        if (!number(QStringLiteral("lower"), params.manualLower)) {
            return usage(Tr::tr("--lower needs a number."));
        }
        if (parser.isSet(QStringLiteral("upper")) && !number(QStringLiteral("upper"), params.manualUpper)) {
            return usage(Tr::tr("--upper needs a number."));
        }
    } else {
        const std::optional<ThresholdMethod> method = thresholdMethodFromName(parser.value(QStringLiteral("method")));
        if (!method) {
            return usage(
                Tr::tr("unknown --method \"%1\"; use one of %2.")
                    .arg(parser.value(QStringLiteral("method")), thresholdMethodNames().join(QStringLiteral(", "))));
        }
        params.method = *method;
    }
    double minDistance = 0;
    double smoothSigma = 1.0;
    if (!number(QStringLiteral("smooth"), smoothSigma) || !number(QStringLiteral("min-distance"), minDistance) ||
        !number(QStringLiteral("tolerance"), params.seeds.tolerance) ||
        !number(QStringLiteral("min-area"), params.minSize) ||
        !number(QStringLiteral("refine-distance"), params.refineDistance) ||
        (parser.isSet(QStringLiteral("max-area")) && !number(QStringLiteral("max-area"), params.maxSize))) {
        return usage(Tr::tr(
            "--smooth, --min-distance, --tolerance, --refine-distance, --min-area and --max-area need numbers."));
    }
    if (!(minDistance >= 0 && minDistance <= 1e9 && minDistance == std::floor(minDistance))) {
        // Checked before the conversion: int() of NaN or of a value beyond INT_MAX is undefined.
        return usage(Tr::tr("--min-distance needs a whole number of pixels from 0 to 1000000000 (got \"%1\").")
                         .arg(parser.value(QStringLiteral("min-distance"))));
    }
    params.seeds.minDistance = int(minDistance);
    if (parser.isSet(QStringLiteral("pre"))) {
        if (parser.isSet(QStringLiteral("smooth"))) {
            return usage(Tr::tr("use either --pre or --smooth (--smooth S is short for --pre gaussian:S)."));
        }
        const Expected<PreprocessChain> chain = Preprocess::parse(parser.value(QStringLiteral("pre")));
        if (!chain.isOk()) {
            return usage(Tr::tr("--pre: %1").arg(chain.status().message()));
        }
        params.preprocess = chain.value();
    } else if (!(smoothSigma >= 0 && smoothSigma <= 100)) {
        return usage(Tr::tr("--smooth needs a sigma from 0 to 100 pixels (got %1).").arg(smoothSigma));
    } else {
        params.preprocess.clear();
        if (smoothSigma > 0) {
            params.preprocess.push_back(PreprocessStep::gaussian(smoothSigma));
        }
    }
    if (watershedMode != QLatin1String("distance") && watershedMode != QLatin1String("imagej")) {
        return usage(Tr::tr("unknown watershed mode \"%1\"; use distance or imagej.").arg(watershedMode));
    }
    params.watershed = !parser.isSet(QStringLiteral("watershed")) ? WatershedMode::None
                       : watershedMode == QLatin1String("imagej") ? WatershedMode::ImageJ
                                                                  : WatershedMode::DistanceTransform;
    params.refineOutlines = !parser.isSet(QStringLiteral("no-refine"));
    params.sizeUnit = parser.isSet(QStringLiteral("calibrated")) ? SizeUnit::Calibrated : SizeUnit::Pixels;
    params.excludeEdges = parser.isSet(QStringLiteral("exclude-edges"));
    const Status valid = params.validate();
    if (!valid.isOk()) {
        return usage(valid.message());
    }

    const QString imagePath = parser.positionalArguments().first();
    const QString outPath = parser.value(QStringLiteral("out"));
    const QString labelsPath = parser.value(QStringLiteral("labels"));
    const TableWriteOptions tableOptions = tableWriteOptions(parser);
    std::vector<CliOutput> outputs;
    if (parser.isSet(QStringLiteral("out"))) {
        outputs = tableOutputs(QStringLiteral("--out"), outPath, tableOptions);
    }
    if (parser.isSet(QStringLiteral("labels"))) {
        if (isStandardOutputPath(labelsPath) ||
            (QFileInfo::exists(labelsPath) && !QFileInfo(labelsPath).isFile() && !QFileInfo(labelsPath).isDir())) {
            return cliFail(io, QStringLiteral("segment"),
                           Tr::tr("--labels \"%1\": a TIFF label image can only be written to a regular file, "
                                  "not to standard output, a pipe or a device.")
                               .arg(labelsPath));
        }
        outputs.push_back({QStringLiteral("--labels"), labelsPath});
    }
    if (const Status s = checkCliOutputs(outputs, {imagePath}); !s.isOk()) {
        return cliFail(io, QStringLiteral("segment"), s.message());
    }

    const std::optional<Image> image = readImageForCli(QStringLiteral("segment"), imagePath, io);
    if (!image) {
        return CliError;
    }
    const Expected<PlaneSelection> plane = planeSelection(parser, *image);
    if (!plane.isOk()) {
        return usage(plane.status().message());
    }
    params.channel = plane->c;
    params.slice = plane->z;
    params.frame = plane->t;
    TaskContext task;
    const Expected<SegmentationResult> result = SegmentationPipeline::run(*image, params, task);
    if (!result.isOk()) {
        return cliFail(io, QStringLiteral("segment"), result.status().message());
    }
    for (const QString& warning : result->warnings) {
        cliWarning(io, QStringLiteral("segment"), warning);
    }
    if (parser.isSet(QStringLiteral("out"))) {
        TableProvenance provenance;
        provenance.program = QStringLiteral("tessera-cli segment");
        provenance.analysis = QStringLiteral("segmentation");
        provenance.commandLine = QStringList{QStringLiteral("segment")} + rawArgs;
        provenance.inputPath = imagePath;
        provenance.channel = plane->c;
        provenance.slice = plane->z;
        provenance.frame = plane->t;
        provenance.calibration = image->calibration;
        provenance.regions = segmentationRegions();
        provenance.parameters = segmentationParamsJson(params);
        const Status s = writeCliTable(outPath, result->table, tableOptions, provenance, io);
        if (!s.isOk()) {
            return cliFail(io, QStringLiteral("segment"), s.message());
        }
    }
    if (parser.isSet(QStringLiteral("labels"))) {
        const Expected<Image> labels = labelsAsImage(result->labels, image->calibration);
        if (!labels.isOk()) {
            return cliFail(io, QStringLiteral("segment"), labels.status().message());
        }
        TiffWriter writer;
        const Status s = writer.write(labels.value(), labelsPath);
        if (!s.isOk()) {
            return cliFail(io, QStringLiteral("segment"), s.message());
        }
    }
    if (!parser.isSet(QStringLiteral("out")) || !isStandardOutputPath(outPath)) { // else stdout holds the CSV
        QJsonObject o;
        o.insert(QStringLiteral("objects"), result->labels.count);
        if (params.autoThreshold) {
            o.insert(QStringLiteral("method"), thresholdMethodName(params.method)); // as asked: Default or IJ_IsoData
        }
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
    }
    return CliOk;
}
} // namespace

CliCommand segmentCommand()
{
    return {QStringLiteral("segment"),
            Tr::tr("Threshold, split and measure objects; write a CSV table and a label image, print {\"objects\": N, "
                   "\"method\": NAME}."),
            runSegment};
}

} // namespace tessera
