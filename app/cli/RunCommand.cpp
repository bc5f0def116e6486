#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "core/batch/BatchRunner.h"
#include "core/batch/SessionRecipe.h"
#include "core/common/ExceptionText.h"
#include "core/io/FileChecks.h"
#include "core/measure/TableWriter.h"
#include "core/segmentation/SegmentationParamsJson.h"
#include "core/session/Session.h"
#include "core/task/TaskContext.h"
#include "core/texture/GlcmExport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Cli)
};

const QString kCommand = QStringLiteral("run");
const QString kCombinedStem = QStringLiteral("combined");

/**
 * The provenance of a table of run: the session's ROIs (rois: roiRegions() of them with the session as their file,
 * made once per run) or segmentation, the analysis parameters, the image and its SHA-256 (both empty for the combined
 * tables, whose parameters list the images instead; an empty hash is computed by the writer).
 */
TableProvenance provenanceOf(BatchTable table, const BatchRecipe& recipe, const QJsonObject& rois,
                             const QStringList& args, const QString& imagePath, const QString& imageSha256,
                             const Calibration& calibration)
{
    TableProvenance p;
    p.program = QStringLiteral("tessera-cli run");
    p.commandLine = QStringList{kCommand} + args;
    p.inputPath = imagePath;
    p.inputSha256 = imageSha256;
    p.calibration = calibration;
    p.channel = recipe.channel;
    p.slice = recipe.slice;
    p.frame = recipe.frame;
    switch (table) {
    case BatchTable::Glcm:
        p.analysis = QStringLiteral("glcm");
        p.regions = rois;
        p.parameters = glcmParamsJson(*recipe.glcm);
        p.parameters.insert(QStringLiteral("perOrientation"), true);
        p.parameters.insert(QStringLiteral("withRange"), false);
        break;
    case BatchTable::Rois:
        p.analysis = QStringLiteral("measurements");
        p.regions = rois;
        break;
    case BatchTable::Objects:
        p.analysis = QStringLiteral("segmentation");
        p.regions = segmentationRegions();
        p.parameters = segmentationParamsJson(*recipe.segmentation);
        p.channel = recipe.segmentation->channel;
        p.slice = recipe.segmentation->slice;
        p.frame = recipe.segmentation->frame;
        break;
    }
    return p;
}

/** Which tables the recipe produces (the files run writes per image and combined). */
std::vector<BatchTable> tablesOf(const BatchRecipe& recipe)
{
    std::vector<BatchTable> out;
    if (recipe.glcm && !recipe.rois.empty()) {
        out.push_back(BatchTable::Glcm);
    }
    if (recipe.measureRois && !recipe.rois.empty()) {
        out.push_back(BatchTable::Rois);
    }
    if (recipe.segmentation) {
        out.push_back(BatchTable::Objects);
    }
    return out;
}

QString csvPath(const QString& dir, const QString& stem, BatchTable table)
{
    return QDir(dir).filePath(QStringLiteral("%1.%2.csv").arg(stem, batchTableName(table)));
}

QString figurePath(const QString& dir, const QString& stem, const QString& format)
{
    return QDir(dir).filePath(QStringLiteral("%1.figure.%2").arg(stem, format));
}

/** The figure of result (tables written: status ok) drawn by figures; failures and exceptions become its Status. */
Status writeFigure(const RunFigureWriter& figures, const BatchImageResult& result, const SessionImage& session,
                   const QString& path)
{
    Status status;
    try {
        status = result.data.image ? figures({*result.data.image, result.data.labels, session, path})
                                   : Status::invalid(Tr::tr("no image to draw"));
    } catch (...) {
        status = Status::invalid(describeException(std::current_exception()));
    }
    if (status.isOk()) {
        return status;
    }
    return {status.code(), Tr::tr("figure: %1").arg(status.message())};
}

int runRun(const QStringList& args, CliIo& io, const RunFigureWriter& figures)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("SESSION"), Tr::tr("A Tessera session (.tessera) file."));
    parser.addPositionalArgument(QStringLiteral("IMAGE"), Tr::tr("The images to analyse (one or more)."),
                                 QStringLiteral("IMAGE..."));
    parser.addOption({QStringLiteral("out"),
                      Tr::tr("The folder for the CSV files (created when missing; files of the same names are "
                             "replaced)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("jobs"),
                      Tr::tr("How many images to analyse at the same time, 1-256 (default 1: each analysis already "
                             "uses every core)."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("session-image"),
                      Tr::tr("Which image of the session gives the ROIs and analyses, 1-based (default 1)."),
                      QStringLiteral("K"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("figures"),
                      Tr::tr("Also draw one annotated figure per image, as tessera-cli figure does: the image with the "
                             "session's display settings, the ROIs with their names in class colours, the objects' "
                             "outlines when the session segments, a scale bar when the image is calibrated.")});
    parser.addOption({QStringLiteral("figure-format"),
                      Tr::tr("The figures' format: svg (default: vector outlines and names over the lossless image, "
                             "editable for a paper), pdf, png or tif (300 DPI). Implies --figures."),
                      QStringLiteral("FORMAT"), QStringLiteral("svg")});
    addTableOptions(parser);
    const QString description = Tr::tr(
        "Applies the ROIs (with names and classes) and the analyses of a session image to every IMAGE: GLCM of the "
        "ROIs on the session's plane when the session has GLCM parameters, ImageJ-style measurements of every ROI, "
        "and segmentation with per-object measurements when it has segmentation parameters.\n"
        "Writes, in DIR, per image STEM.glcm.csv (as tessera-cli glcm), STEM.rois.csv and STEM.objects.csv (as "
        "tessera-cli segment --out), STEM being the image's file name without its extension (made unique with _2, "
        "_3, ...), and combined.glcm.csv, combined.rois.csv, combined.objects.csv: the rows of every image that "
        "succeeded with a first column \"image\" holding the path as given. With --figures also STEM.figure.svg (or "
        "the --figure-format), drawn after the image's tables; a figure that cannot be drawn fails its image. Tables "
        "are written as by the other "
        "commands (--european, --no-sidecar, --comment-header; each CSV gets its provenance sidecar NAME.csv.json "
        "unless asked otherwise).\n"
        "An image fails when it cannot be read, lacks the plane, a ROI does not lie wholly inside it, or an "
        "analysis fails; it is reported and skipped and the others go on. Standard error gets one line per image: "
        "\"[K/N] NAME ok 0.31 s\" or \"[K/N] NAME FAILED: reason\".\n"
        "Exit status: 0 when every image succeeded; 3 when at least one image failed (the others' files are "
        "written); 2 when nothing could be run (arguments, session, output folder).");
    if (auto exit = parseCommandLine(
            parser, kCommand,
            QStringLiteral("SESSION.tessera IMAGE... --out DIR [--jobs N] [--session-image K] [--figures]"), args, io,
            description)) {
        return *exit;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        return cliFail(io, kCommand, Tr::tr("expected a SESSION file and at least one IMAGE."));
    }
    if (!parser.isSet(QStringLiteral("out")) || parser.value(QStringLiteral("out")).isEmpty()) {
        return cliFail(io, kCommand, Tr::tr("--out DIR is required (the folder for the CSV files)."));
    }
    bool ok = false;
    const int jobs = parser.value(QStringLiteral("jobs")).toInt(&ok);
    if (!ok || jobs < 1 || jobs > 256) {
        return cliFail(io, kCommand,
                       Tr::tr("--jobs must be a whole number from 1 to 256, not \"%1\".")
                           .arg(parser.value(QStringLiteral("jobs"))));
    }
    const int sessionImage = parser.value(QStringLiteral("session-image")).toInt(&ok);
    if (!ok || sessionImage < 1) {
        return cliFail(io, kCommand,
                       Tr::tr("--session-image must be a whole number of at least 1, not \"%1\".")
                           .arg(parser.value(QStringLiteral("session-image"))));
    }
    const bool drawFigures = parser.isSet(QStringLiteral("figures")) || parser.isSet(QStringLiteral("figure-format"));
    const QString figureFormat = parser.value(QStringLiteral("figure-format")).toLower();
    if (!QStringList{QStringLiteral("svg"), QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("tif")}
             .contains(figureFormat)) {
        return cliFail(io, kCommand,
                       Tr::tr("--figure-format must be svg, pdf, png or tif, not \"%1\".")
                           .arg(parser.value(QStringLiteral("figure-format"))));
    }
    if (drawFigures && !figures) {
        return cliFail(io, kCommand, Tr::tr("--figures: this tessera-cli was built without figure support."));
    }
    const QString sessionPath = positional.first();
    const QStringList images = positional.mid(1);
    const QString outDir = parser.value(QStringLiteral("out"));

    SessionImage figureSession; // the session image the figures are drawn with
    Expected<BatchRecipe> recipe =
        readSessionRecipe(sessionPath, sessionImage - 1, drawFigures ? &figureSession : nullptr);
    if (!recipe.isOk()) {
        return cliFail(io, kCommand, recipe.status().message());
    }
    const std::vector<BatchTable> tables = tablesOf(recipe.value());

    if (isStandardOutputPath(outDir)) {
        return cliFail(io, kCommand,
                       Tr::tr("--out must name a folder; run writes several files, not standard output."));
    }
    const QFileInfo dirInfo(outDir);
    if (dirInfo.exists() && !dirInfo.isDir()) {
        return cliFail(io, kCommand, Tr::tr("--out \"%1\" exists and is not a folder.").arg(outDir));
    }
    if (!QDir().mkpath(outDir)) {
        return cliFail(io, kCommand, Tr::tr("cannot create the output folder \"%1\".").arg(outDir));
    }
    const QStringList stems = outputStems(images, {kCombinedStem});
    const QStringList inputs = QStringList{sessionPath} + images;
    const QStringList allStems = stems + QStringList{kCombinedStem};
    const TableWriteOptions tableOptions = tableWriteOptions(parser);
    for (const QString& stem : allStems) {
        for (BatchTable table : tables) {
            // Each CSV and its sidecar; stems are unique, so only the inputs can collide with them.
            for (const CliOutput& o :
                 tableOutputs(QStringLiteral("--out"), csvPath(outDir, stem, table), tableOptions)) {
                if (Status s = checkOutputIsNotInput(o.path, inputs); !s.isOk()) {
                    return cliFail(io, kCommand, s.message());
                }
            }
        }
    }
    for (const QString& stem : stems) {
        if (!drawFigures) {
            break;
        }
        if (Status s = checkOutputIsNotInput(figurePath(outDir, stem, figureFormat), inputs); !s.isOk()) {
            return cliFail(io, kCommand, s.message());
        }
    }
    BatchRecipe run = recipe.value();
    run.hashInput = tableOptions.provenance != ProvenanceMode::None; // once per image, for all its tables
    run.keepImage = drawFigures;
    const QJsonObject roiRegionsJson = roiRegions(run.rois, sessionPath); // hashes the session once

    const int n = int(images.size());
    int failed = 0;
    std::vector<bool> written(size_t(n), false); // every file of the image written (set by onFinished)
    TaskContext task;
    const std::vector<BatchImageResult> results =
        runBatch(run, images, jobs, task, [&](BatchImageResult& r, int finished) {
            Status status = r.status;
            for (size_t t = 0; t < tables.size() && status.isOk(); ++t) {
                const MeasurementTable* table = batchTable(r.data, tables[t]);
                status = writeTable(
                    *table, csvPath(outDir, stems[r.index], tables[t]), tableOptions,
                    provenanceOf(tables[t], run, roiRegionsJson, args, r.path, r.data.sha256, r.data.calibration));
            }
            if (drawFigures && status.isOk()) {
                status = writeFigure(figures, r, figureSession, figurePath(outDir, stems[r.index], figureFormat));
            }
            r.data.image.reset(); // drawn: free the image and labels (the tables stay for the combined ones)
            r.data.labels = LabelImage{};
            const QString name = QFileInfo(r.path).fileName();
            io.err << QStringLiteral("[%1/%2] ").arg(finished).arg(n);
            written[size_t(r.index)] = status.isOk();
            if (status.isOk()) {
                // "ok" and "FAILED" stay English: scripts read these lines.
                io.err << name << QStringLiteral(" ok ") << QString::number(r.seconds, 'f', 2)
                       << QStringLiteral(" s\n");
                for (const QString& w : r.data.warnings) {
                    io.err << Tr::tr("  %1: warning: %2").arg(name, w) << '\n';
                }
            } else {
                ++failed;
                QString message = status.message();
                message.replace(QLatin1Char('\n'), QLatin1Char(' '));
                io.err << name << QStringLiteral(" FAILED: ") << message << '\n';
            }
            io.err.flush();
        });

    // Combined tables: the images whose own files were all written, in input order.
    for (BatchTable table : tables) {
        std::vector<NamedTable> parts;
        QJsonArray paths;
        std::vector<Calibration> calibrations;
        for (const BatchImageResult& r : results) {
            const MeasurementTable* t = batchTable(r.data, table);
            if (written[size_t(r.index)] && t) {
                parts.push_back({r.path, t});
                paths.append(QFileInfo(r.path).absoluteFilePath());
                calibrations.push_back(r.data.calibration);
            }
        }
        if (parts.empty()) {
            continue; // no image succeeded: no columns to write
        }
        // Several images: no single input; the parameters list them (their checksums are in their own sidecars).
        const bool oneCalibration = std::all_of(calibrations.begin(), calibrations.end(),
                                                [&](const Calibration& c) { return c == calibrations.front(); });
        TableProvenance provenance = provenanceOf(table, run, roiRegionsJson, args, QString(), QString(),
                                                  oneCalibration ? calibrations.front() : Calibration());
        provenance.parameters.insert(QStringLiteral("images"), paths);
        if (!oneCalibration) {
            provenance.parameters.insert(QStringLiteral("calibration"),
                                         QStringLiteral("differs between the images; see each image's sidecar"));
        }
        if (Status s =
                writeTable(combineTables(parts), csvPath(outDir, kCombinedStem, table), tableOptions, provenance);
            !s.isOk()) {
            return cliFail(io, kCommand, s.message());
        }
    }
    if (failed > 0) {
        io.err << Tr::tr("tessera-cli run: %1 of %2 image(s) failed; the others were written to \"%3\".")
                      .arg(failed)
                      .arg(n)
                      .arg(outDir)
               << '\n';
        return CliSomeFailed;
    }
    return CliOk;
}
} // namespace

CliCommand runCommand(RunFigureWriter figures)
{
    return {kCommand,
            Tr::tr("Apply a session's ROIs and analyses to many images; one CSV per image and combined CSVs."),
            [figures](const QStringList& args, CliIo& io) { return runRun(args, io, figures); }};
}

} // namespace tessera
