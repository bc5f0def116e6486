#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "core/batch/BatchRunner.h"
#include "core/batch/SessionRecipe.h"
#include "core/io/FileChecks.h"
#include "core/measure/TableWriter.h"
#include "core/segmentation/SegmentationParamsJson.h"
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
 * The provenance of a table of run: the session's ROIs (regions, with the session as their file) or segmentation,
 * the analysis parameters, the image (empty for the combined tables, whose parameters list the images instead).
 */
TableProvenance provenanceOf(BatchTable table, const BatchRecipe& recipe, const QString& sessionPath,
                             const QStringList& args, const QString& imagePath, const Calibration& calibration)
{
    TableProvenance p;
    p.program = QStringLiteral("tessera-cli run");
    p.commandLine = QStringList{kCommand} + args;
    p.inputPath = imagePath;
    p.calibration = calibration;
    p.channel = recipe.channel;
    p.slice = recipe.slice;
    p.frame = recipe.frame;
    switch (table) {
    case BatchTable::Glcm:
        p.analysis = QStringLiteral("glcm");
        p.regions = roiRegions(recipe.rois, sessionPath);
        p.parameters = glcmParamsJson(*recipe.glcm);
        p.parameters.insert(QStringLiteral("perOrientation"), true);
        p.parameters.insert(QStringLiteral("withRange"), false);
        break;
    case BatchTable::Rois:
        p.analysis = QStringLiteral("measurements");
        p.regions = roiRegions(recipe.rois, sessionPath);
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

int runRun(const QStringList& args, CliIo& io)
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
    addTableOptions(parser);
    const QString description = Tr::tr(
        "Applies the ROIs (with names and classes) and the analyses of a session image to every IMAGE: GLCM of the "
        "ROIs on the session's plane when the session has GLCM parameters, ImageJ-style measurements of every ROI, "
        "and segmentation with per-object measurements when it has segmentation parameters.\n"
        "Writes, in DIR, per image STEM.glcm.csv (as tessera-cli glcm), STEM.rois.csv and STEM.objects.csv (as "
        "tessera-cli segment --out), STEM being the image's file name without its extension (made unique with _2, "
        "_3, ...), and combined.glcm.csv, combined.rois.csv, combined.objects.csv: the rows of every image that "
        "succeeded with a first column \"image\" holding the path as given. Tables are written as by the other "
        "commands (--european, --no-sidecar, --comment-header; each CSV gets its provenance sidecar NAME.csv.json "
        "unless asked otherwise).\n"
        "An image fails when it cannot be read, lacks the plane, a ROI does not lie wholly inside it, or an "
        "analysis fails; it is reported and skipped and the others go on. Standard error gets one line per image: "
        "\"[K/N] NAME ok 0.31 s\" or \"[K/N] NAME FAILED: reason\".\n"
        "Exit status: 0 when every image succeeded; 3 when at least one image failed (the others' files are "
        "written); 2 when nothing could be run (arguments, session, output folder).");
    if (auto exit = parseCommandLine(
            parser, kCommand, QStringLiteral("SESSION.tessera IMAGE... --out DIR [--jobs N] [--session-image K]"), args,
            io, description)) {
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
    const QString sessionPath = positional.first();
    const QStringList images = positional.mid(1);
    const QString outDir = parser.value(QStringLiteral("out"));

    Expected<BatchRecipe> recipe = readSessionRecipe(sessionPath, sessionImage - 1);
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

    const int n = int(images.size());
    int failed = 0;
    std::vector<bool> written(size_t(n), false); // every file of the image written (set under runBatch's lock)
    TaskContext task;
    const std::vector<BatchImageResult> results =
        runBatch(recipe.value(), images, jobs, task, [&](const BatchImageResult& r, int finished) {
            Status status = r.status;
            for (size_t t = 0; t < tables.size() && status.isOk(); ++t) {
                const MeasurementTable* table = batchTable(r.data, tables[t]);
                status =
                    writeTable(*table, csvPath(outDir, stems[r.index], tables[t]), tableOptions,
                               provenanceOf(tables[t], recipe.value(), sessionPath, args, r.path, r.data.calibration));
            }
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
        TableProvenance provenance = provenanceOf(table, recipe.value(), sessionPath, args, QString(),
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

CliCommand runCommand()
{
    return {kCommand,
            Tr::tr("Apply a session's ROIs and analyses to many images; one CSV per image and combined CSVs."), runRun};
}

} // namespace tessera
