#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "core/roi/RoiFile.h"
#include "core/task/TaskContext.h"
#include "core/texture/GlcmAnalysis.h"
#include "core/texture/GlcmExport.h"

#include <QFile>

#include <cmath>
#include <utility>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Cli)
};

const char* const kSynopsis =
    "IMAGE [--roi NAME=X,Y,W,H]... [--oval NAME=X,Y,W,H]... [--rois FILE] [--levels N] [--distance D[,D...]] "
    "[--orientations all|HORIZONTAL,VERTICAL,DIAGONAL,ANTIDIAGONAL] [--convention imagej|haralick] "
    "[--range roi|image|all-rois|type|MIN:MAX] [--channel C] [--slice Z] [--frame T] [--out FILE.csv] [--european] "
    "[--no-sidecar] [--comment-header]";

/**
 * Checks that the box of ROI name is whole pixels. The command line and ROI files take pixel boxes as ImageJ's
 * makeRectangle/makeOval do; a fractional corner or size would silently select pixels by the pixel-centre rule,
 * which is rarely what was meant, so it is refused.
 */
Status checkWholePixels(const Roi& roi)
{
    const QRectF& b = roi.bounds;
    for (double x : {b.x(), b.y(), b.width(), b.height()}) {
        if (x != std::floor(x)) {
            return Status::invalid(Tr::tr("ROI \"%1\": X, Y, W and H must be whole pixels, not %2,%3,%4,%5 "
                                          "(fractional coordinates are not accepted).")
                                       .arg(roi.name)
                                       .arg(b.x())
                                       .arg(b.y())
                                       .arg(b.width())
                                       .arg(b.height()));
        }
    }
    return Status::ok();
}

Expected<GlcmParams> paramsFrom(const QCommandLineParser& parser)
{
    GlcmParams p;
    bool ok = false;
    p.levels = parser.value(QStringLiteral("levels")).toInt(&ok);
    if (!ok) {
        return Status::invalid(Tr::tr("--levels must be a whole number from 2 to 65536."));
    }
    p.distances.clear();
    for (const QString& d : parser.value(QStringLiteral("distance")).split(QLatin1Char(','))) {
        p.distances.push_back(d.trimmed().toInt(&ok));
        if (!ok) {
            return Status::invalid(Tr::tr("--distance must be whole numbers separated by commas, not \"%1\".")
                                       .arg(parser.value(QStringLiteral("distance"))));
        }
    }
    const QString orientations = parser.value(QStringLiteral("orientations"));
    if (orientations.compare(QLatin1String("all"), Qt::CaseInsensitive) != 0) {
        p.orientations.clear();
        for (const QString& o : orientations.split(QLatin1Char(','))) {
            const std::optional<GlcmOrientation> v = glcmOrientationFromName(o.trimmed());
            if (!v) {
                return Status::invalid(
                    Tr::tr("unknown orientation \"%1\"; use all or HORIZONTAL, VERTICAL, DIAGONAL, ANTIDIAGONAL.")
                        .arg(o));
            }
            p.orientations.push_back(*v);
        }
    }
    const std::optional<GlcmConvention> convention = glcmConventionFromName(parser.value(QStringLiteral("convention")));
    if (!convention) {
        return Status::invalid(Tr::tr("--convention must be imagej or haralick."));
    }
    p.convention = *convention;
    const QString range = parser.value(QStringLiteral("range")).trimmed().toLower();
    if (range == QLatin1String("roi")) {
        p.rangeMode = GlcmRangeMode::Roi;
    } else if (range == QLatin1String("image")) {
        p.rangeMode = GlcmRangeMode::Image;
    } else if (range == QLatin1String("all-rois")) {
        p.rangeMode = GlcmRangeMode::AllRois;
    } else if (range == QLatin1String("type")) {
        p.rangeMode = GlcmRangeMode::PixelType;
    } else {
        const int colon = range.indexOf(QLatin1Char(':'), 1);
        bool okMin = false;
        bool okMax = false;
        p.rangeMode = GlcmRangeMode::Custom;
        p.customMin = range.left(colon).toDouble(&okMin);
        p.customMax = range.mid(colon + 1).toDouble(&okMax);
        if (colon < 0 || !okMin || !okMax) {
            return Status::invalid(Tr::tr("--range must be roi, image, all-rois, type or MIN:MAX, not \"%1\".")
                                       .arg(parser.value(QStringLiteral("range"))));
        }
    }
    if (Status s = p.validate(); !s.isOk()) {
        return s;
    }
    return p;
}

int runGlcm(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("IMAGE"), Tr::tr("The image file (TIFF, PNG, JPEG, BMP)."));
    parser.addOption({QStringLiteral("roi"),
                      Tr::tr("A rectangle ROI; X,Y is the top-left pixel, W,H the size, as in ImageJ. Repeatable."),
                      QStringLiteral("NAME=X,Y,W,H")});
    parser.addOption({QStringLiteral("oval"),
                      Tr::tr("An ellipse ROI inscribed in the box (pixel inside when its centre is). Repeatable."),
                      QStringLiteral("NAME=X,Y,W,H")});
    parser.addOption({QStringLiteral("rois"),
                      Tr::tr("ROIs from a file: JSON {\"rois\":[{\"name\":\"a\",\"x\":0,\"y\":0,\"w\":50,\"h\":50,"
                             "\"shape\":\"ellipse\"}]} (shape optional, default rect) or CSV lines "
                             "name,x,y,w,h[,rect|ellipse] (optional header line)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("levels"), Tr::tr("Gray levels N, 2..65536 (default 32)."), QStringLiteral("N"),
                      QStringLiteral("32")});
    parser.addOption({QStringLiteral("distance"), Tr::tr("Pixel distance(s), comma-separated (default 1)."),
                      QStringLiteral("D[,D...]"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("orientations"),
                      Tr::tr("all (default) or a comma-separated list of HORIZONTAL, VERTICAL, DIAGONAL (up-right), "
                             "ANTIDIAGONAL (down-right)."),
                      QStringLiteral("LIST"), QStringLiteral("all")});
    parser.addOption({QStringLiteral("convention"),
                      Tr::tr("imagej (default: identical to imagej-ops/Fiji, not symmetrised) or haralick (textbook "
                             "formulas, symmetrised matrix)."),
                      QStringLiteral("NAME"), QStringLiteral("imagej")});
    parser.addOption({QStringLiteral("range"),
                      Tr::tr("Quantisation range: roi (each ROI's min/max, default), image (the plane's), all-rois "
                             "(shared by all ROIs), type (0..255 or 0..65535) or MIN:MAX."),
                      QStringLiteral("RANGE"), QStringLiteral("roi")});
    parser.addOption({QStringLiteral("with-range"),
                      Tr::tr("Also write a RANGE row per ROI × distance after the MEAN row: max − min of each feature "
                             "over the orientations (Haralick 1973).")});
    addPlaneOptions(parser);
    parser.addOption(
        {QStringLiteral("out"),
         Tr::tr("Write the CSV to this file instead of standard output (\"-\": standard output; the file "
                "must not be an input). One row per ROI × distance × "
                "orientation and a MEAN row (mean over the orientations) per ROI × distance; columns roi, "
                "distance, orientation, pairs, the 19 features, lowPairCount (fewer than %1 pairs), "
                "rangeMin, rangeMax (quantisation range), error. Format: docs/tables.md; formulas: docs/texture.md.")
             .arg(kGlcmLowPairCount),
         QStringLiteral("FILE.csv")});
    addTableOptions(parser);
    const QString description = Tr::tr(
        "ROIs: X, Y, W, H are whole pixels (fractional values are refused); a ROI partly outside the image is "
        "clipped to it (with a warning). Without ROIs the whole plane is one ROI named \"image\".\n"
        "Failures: every ROI gets its rows. A ROI that cannot be measured (wholly outside the image, no pixel pair "
        "at a distance in an orientation) gets rows with empty feature cells and the reason in the error column, and "
        "the reason on standard error; the other ROIs are measured as usual. The exit status is 2 when any row has "
        "an error and 0 when none has (a low pair count is only a warning).");
    if (auto exit =
            parseCommandLine(parser, QStringLiteral("glcm"), QString::fromLatin1(kSynopsis), args, io, description)) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        return cliFail(io, QStringLiteral("glcm"), Tr::tr("expected exactly one IMAGE argument."));
    }
    Expected<GlcmParams> params = paramsFrom(parser);
    if (!params.isOk()) {
        return cliFail(io, QStringLiteral("glcm"), params.status().message());
    }
    std::vector<Roi> rois;
    for (const auto& [option, shape] : {std::pair(QStringLiteral("roi"), RoiShape::Rectangle),
                                        std::pair(QStringLiteral("oval"), RoiShape::Ellipse)}) {
        for (const QString& spec : parser.values(option)) {
            Expected<Roi> roi = parseRoiSpec(spec, shape);
            const Status whole = roi.isOk() ? checkWholePixels(roi.value()) : roi.status();
            if (!whole.isOk()) {
                return cliFail(io, QStringLiteral("glcm"), whole.message());
            }
            rois.push_back(roi.value());
        }
    }
    if (parser.isSet(QStringLiteral("rois"))) {
        Expected<std::vector<Roi>> fromFile = readRoiFile(parser.value(QStringLiteral("rois")));
        if (!fromFile.isOk()) {
            return cliFail(io, QStringLiteral("glcm"), fromFile.status().message());
        }
        for (const Roi& roi : fromFile.value()) {
            if (roi.shape != RoiShape::Polygon) {
                if (Status s = checkWholePixels(roi); !s.isOk()) {
                    return cliFail(
                        io, QStringLiteral("glcm"),
                        Tr::tr("the ROI file \"%1\": %2").arg(parser.value(QStringLiteral("rois")), s.message()));
                }
            }
            rois.push_back(roi);
        }
    }

    const QString outPath =
        parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : QStringLiteral("-");
    const TableWriteOptions tableOptions = tableWriteOptions(parser);
    if (const Status s = checkCliOutputs(tableOutputs(QStringLiteral("--out"), outPath, tableOptions),
                                         {parser.positionalArguments().first(), parser.value(QStringLiteral("rois"))});
        !s.isOk()) {
        return cliFail(io, QStringLiteral("glcm"), s.message());
    }
    const std::optional<Image> image =
        readImageForCli(QStringLiteral("glcm"), parser.positionalArguments().first(), io);
    if (!image) {
        return CliError;
    }
    Expected<PlaneSelection> sel = planeSelection(parser, *image);
    if (!sel.isOk()) {
        return cliFail(io, QStringLiteral("glcm"), sel.status().message());
    }
    const cv::Mat plane = image->plane(sel->c, sel->z, sel->t);

    std::vector<NamedRoiMask> masks;
    if (rois.empty()) {
        NamedRoiMask whole;
        whole.name = QStringLiteral("image");
        whole.mask.box = cv::Rect(0, 0, plane.cols, plane.rows); // empty mask = every pixel, nothing allocated
        masks.push_back(whole);
    }
    QStringList clipped;
    const std::vector<NamedRoiMask> named = rasterizeNamedRois(rois, plane.size(), &clipped);
    masks.insert(masks.end(), named.begin(), named.end());
    for (const QString& name : clipped) {
        io.err << "tessera-cli glcm: "
               << Tr::tr("ROI \"%1\" lies partly outside the image and was clipped to it.").arg(name) << '\n';
    }

    TaskContext task;
    Expected<GlcmTable> table = computeGlcmTable(plane, masks, params.value(), task);
    if (!table.isOk()) {
        return cliFail(io, QStringLiteral("glcm"), table.status().message());
    }
    // One flattening and one table writer for the CLI and the GUI's export (core/texture/GlcmExport.h,
    // core/measure/TableWriter.h).
    bool anyError = false;
    QStringList messages;
    GlcmRowOptions rows;
    rows.withRange = parser.isSet(QStringLiteral("with-range"));
    const MeasurementTable csv = glcmMeasurementTable(table.value(), rows, &messages, &anyError);
    for (const QString& message : messages) {
        io.err << "tessera-cli glcm: " << message << '\n';
    }
    TableProvenance provenance;
    provenance.program = QStringLiteral("tessera-cli glcm");
    provenance.analysis = QStringLiteral("glcm");
    provenance.commandLine = QStringList{QStringLiteral("glcm")} + args;
    provenance.inputPath = parser.positionalArguments().first();
    provenance.channel = sel->c;
    provenance.slice = sel->z;
    provenance.frame = sel->t;
    provenance.calibration = image->calibration;
    provenance.regions = rois.empty() ? wholeImageRegions() : roiRegions(rois, parser.value(QStringLiteral("rois")));
    provenance.parameters = glcmParamsJson(params.value());
    provenance.parameters.insert(QStringLiteral("perOrientation"), rows.perOrientation);
    provenance.parameters.insert(QStringLiteral("withRange"), rows.withRange);
    const Status written = writeCliTable(outPath, csv, tableOptions, provenance, io);
    if (!written.isOk()) {
        return cliFail(io, QStringLiteral("glcm"), written.message());
    }
    // The rule (glcm --help, README): every ROI gets its rows, a failed one with the reason in the error column and
    // on stderr; the exit status is 2 when any row has an error, so scripts notice without parsing the CSV.
    return anyError ? CliError : CliOk;
}
} // namespace

CliCommand glcmCommand()
{
    return {QStringLiteral("glcm"),
            Tr::tr("GLCM / Haralick texture features of ROIs (imagej-ops or textbook convention) as CSV."), runGlcm};
}

} // namespace tessera
