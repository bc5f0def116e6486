// The pooled results table and "Run on all images" (issue 10): three images in a Project (copies of three different
// sample files as control/a.tif, treated/a.tif and b.tif, so their names need parent folders), GLCM computed by the
// GLCM panel's run-all button; the ROIs tab's "All images" shows every image's rows with an Image column, follows the
// current image's selection, switches the current image on a click, exports a combined CSV whose rows per image equal
// that image's own export, and drops the rows of a removed image.
#include "core/measure/MeasurementTable.h"
#include "core/texture/GlcmExport.h"
#include "tests/core/BatchTestSupport.h"
#include "tests/core/CliTestSupport.h"
#include "tests/ui/GlcmTestSupport.h"
#include "ui/app/AppContext.h"
#include "ui/app/DisplayNumber.h"
#include "ui/async/TaskRunner.h"
#include "ui/document/commands/RoiCommands.h"
#include "ui/project/Project.h"
#include "ui/results/ResultsTable.h"
#include "ui/results/ResultsTableModel.h"
#include "ui/texture/GlcmPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>

using namespace tessera;
using namespace tessera::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** The data lines of a CSV (CRLF line ends, header first). */
QList<QByteArray> csvLines(const QByteArray& csv)
{
    QList<QByteArray> lines = csv.split('\n');
    for (QByteArray& l : lines) {
        if (l.endsWith('\r')) {
            l.chop(1);
        }
    }
    while (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

struct Fixture
{
    AppContext context{2};
    TaskRunner runner{context.threadPool()};
    QTemporaryDir dir;
    Project project;
    GlcmPanel panel{&runner};
    ResultsTable table;
    QList<ImageDocument*> docs; // control/a.tif, treated/a.tif, b.tif
    QStringList paths;

    /** rois[i]: the ROIs of image i (none for an image that is to be skipped). */
    explicit Fixture(const std::vector<std::vector<Roi>>& rois)
    {
        const QString sources[3] = {
            QStringLiteral("/pyimagej_test_still.tif"),
            QStringLiteral("/cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.tif"),
            QStringLiteral("/synthetic/disks16.tif"),
        };
        const QString targets[3] = {QStringLiteral("control/a.tif"), QStringLiteral("treated/a.tif"),
                                    QStringLiteral("b.tif")};
        QDir(dir.path()).mkpath(QStringLiteral("control"));
        QDir(dir.path()).mkpath(QStringLiteral("treated"));
        for (int i = 0; i < 3; ++i) {
            const QString path = dir.filePath(targets[i]);
            QFile::copy(glcmDataDir() + sources[i], path);
            ImageReader reader;
            Expected<Image> image = reader.read(path);
            if (!image.isOk()) {
                qWarning("cannot read %s", qPrintable(path));
                continue;
            }
            auto doc = std::make_unique<ImageDocument>(image.value());
            addRois(*doc, rois[std::size_t(i)]);
            docs.push_back(doc.get());
            paths.push_back(path);
            // As ProjectLoader does: the checksum of the bytes read; the last image's is left unknown.
            const QByteArray sha = QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
            project.add(std::move(doc), i < 2 ? QString::fromLatin1(sha) : QString());
        }
        panel.setAutoRun(false);
        panel.setProject(&project);
        table.setProject(&project);
        // What the window does when the current image changes (MainWindow::showDocument).
        QObject::connect(&project, &Project::currentChanged, &panel, [this](ImageDocument* current) {
            panel.setDocument(current);
            table.setDocument(current);
        });
        panel.setDocument(project.current());
        table.setDocument(project.current());
        table.resize(1200, 600);
        table.show();
    }
    ~Fixture() { runner.shutdown(); }
    Fixture(const Fixture&) = delete;
    Fixture& operator=(const Fixture&) = delete;

    /** Clicks "Run on all images"; true when it finished within 30 s and stored some result. */
    bool runAll()
    {
        auto* button = panel.findChild<QPushButton*>(QStringLiteral("glcmRunAllButton"));
        if (!button || !button->isEnabled()) {
            return false;
        }
        QSignalSpy finished(&panel, &GlcmPanel::runAllFinished);
        button->click();
        return finished.wait(30000) && finished.last().at(0).toBool();
    }
    QCheckBox* poolCheck() const { return table.findChild<QCheckBox*>(QStringLiteral("poolImagesCheck")); }
    ResultsTableModel* model() const { return table.model(); }
    /** The rows the table shows for doc alone (All images off, doc current). */
    int ownRows(ImageDocument* doc)
    {
        const bool pooled = table.isPooled();
        table.setPooled(false);
        table.setDocument(doc);
        const int n = model()->rowCount();
        table.setDocument(project.current());
        table.setPooled(pooled);
        return n;
    }
};

std::vector<Roi> crops(const QString& prefix, int n)
{
    std::vector<Roi> rois;
    for (int i = 0; i < n; ++i) {
        Roi r = Roi::rectangle(QStringLiteral("%1%2").arg(prefix).arg(i + 1), 20 + 60 * i, 30 + 40 * i, 50, 50);
        r.className = i % 2 ? QStringLiteral("background") : QStringLiteral("cell");
        rois.push_back(r);
    }
    return rois;
}

/** Three crops, two crops and a line (no area: skipped), two crops. */
std::vector<std::vector<Roi>> standardRois()
{
    std::vector<Roi> treated = crops(QStringLiteral("t"), 2);
    treated.insert(treated.begin() + 1, Roi::line(QStringLiteral("ridge"), {QPointF(3, 3), QPointF(120, 60)}));
    return {crops(QStringLiteral("c"), 3), treated, crops(QStringLiteral("b"), 2)};
}

} // namespace

class TestPooledResults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TesseraTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestPooledResults"));
    }

    /** Run on all images: each image gets the current image's parameters (undoably) and its own, reproducible result;
     *  an image without ROIs is skipped and named. */
    void runAllStoresEveryImage()
    {
        std::vector<std::vector<Roi>> rois = standardRois();
        rois[2].clear(); // b.tif: nothing to compute
        Fixture f(rois);
        QCOMPARE(f.docs.size(), 3);
        GlcmParams params = GlcmPanel::tutorialPreset();
        params.distances = {1, 3};
        f.docs[0]->setParameters(AnalysisKind::Glcm, params);
        const int undoBefore = f.docs[1]->undoStack()->count();
        QVERIFY(f.runAll());
        QVERIFY2(f.panel.runAllReport().contains(QStringLiteral("b.tif")), qPrintable(f.panel.runAllReport()));
        QVERIFY(!f.docs[2]->hasResult(AnalysisKind::Glcm));
        QVERIFY(!f.docs[2]->hasParameters(AnalysisKind::Glcm) ||
                !(f.docs[2]->parameters<GlcmParams>(AnalysisKind::Glcm) == params));
        // The treated image: the parameters arrived as one undo step, and its result is exactly a single run's.
        QCOMPARE(f.docs[1]->undoStack()->count(), undoBefore + 1);
        for (ImageDocument* doc : {f.docs[0], f.docs[1]}) {
            QVERIFY(doc->hasResult(AnalysisKind::Glcm));
            QVERIFY(!doc->isStale(AnalysisKind::Glcm));
            QVERIFY(doc->parameters<GlcmParams>(AnalysisKind::Glcm) == params);
            const auto result = doc->result<GlcmResult>(AnalysisKind::Glcm);
            RoiIdList areaIds;
            for (RoiId id : doc->roiIds()) {
                if (doc->roi(id).hasArea()) {
                    areaIds.push_back(id);
                }
            }
            QCOMPARE(result->roiIds, areaIds); // the line got no row
            TaskContext task;
            const Expected<GlcmResult> single = computeGlcmJob(makeGlcmJob(*doc), task);
            QVERIFY(single.isOk());
            QCOMPARE(glcmCsv(result->table, false), glcmCsv(single->table, false));
        }
        f.docs[1]->undoStack()->undo(); // back to its own parameters: its result is now out of date
        QVERIFY(f.docs[1]->isStale(AnalysisKind::Glcm));
    }

    /** One image failing does not stop the others; Cancel stops the whole run and stores nothing. */
    void runAllFailureAndCancel()
    {
        Fixture f(standardRois());
        // treated/a.tif (the only 8-bit image) fails; the others are computed by the real code.
        f.panel.setWork([](const GlcmJob& job, TaskContext& task) -> Expected<GlcmResult> {
            if (job.plane.depth() == CV_8U) {
                return Status::invalid(QStringLiteral("simulated failure"));
            }
            return computeGlcmJob(job, task);
        });
        QVERIFY(f.runAll());
        QVERIFY(f.docs[0]->hasResult(AnalysisKind::Glcm));
        QVERIFY(!f.docs[1]->hasResult(AnalysisKind::Glcm));
        QVERIFY(f.docs[2]->hasResult(AnalysisKind::Glcm));
        QVERIFY2(f.panel.runAllReport().contains(QStringLiteral("treated/a.tif: simulated failure")),
                 qPrintable(f.panel.runAllReport()));
        for (ImageDocument* doc : f.docs) {
            doc->clearResult(AnalysisKind::Glcm);
        }
        // A worker that only waits for Cancel (polling like the real analyses).
        f.panel.setWork([](const GlcmJob&, TaskContext& task) -> Expected<GlcmResult> {
            while (!task.isCancelled()) {
                QThread::msleep(2);
            }
            return Status::cancelled();
        });
        QSignalSpy finished(&f.panel, &GlcmPanel::runAllFinished);
        f.panel.findChild<QPushButton*>(QStringLiteral("glcmRunAllButton"))->click();
        QVERIFY(f.panel.isRunningAll());
        auto* cancel = f.panel.findChild<QPushButton*>(QStringLiteral("glcmCancel"));
        QVERIFY(cancel->isEnabled());
        cancel->click();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.last().at(0).toBool(), false);
        QTRY_VERIFY(!f.panel.isRunningAll());
        QTest::qWait(50); // a late result would arrive now
        for (ImageDocument* doc : f.docs) {
            QVERIFY(!doc->hasResult(AnalysisKind::Glcm));
        }
    }

    /** Pooled rows = the sum of every image's rows, each with its image's name; per-orientation rows too. */
    void pooledRowsCarryTheImage_data()
    {
        QTest::addColumn<bool>("perOrientation");
        QTest::newRow("MEAN rows") << false;
        QTest::newRow("per orientation") << true;
    }
    void pooledRowsCarryTheImage()
    {
        QFETCH(bool, perOrientation);
        Fixture f(standardRois());
        QVERIFY(f.poolCheck());
        QVERIFY(f.poolCheck()->isEnabled());
        QVERIFY(!f.poolCheck()->isChecked());
        QVERIFY(f.runAll());
        f.table.findChild<QCheckBox*>(QStringLiteral("resultsPerOrientation"))->setChecked(perOrientation);
        int expected = 0;
        QHash<QString, int> perImage;
        for (ImageDocument* doc : f.docs) {
            const int n = f.ownRows(doc);
            QVERIFY(n > 0);
            expected += n;
            perImage.insert(f.project.imageName(doc), n);
        }
        f.poolCheck()->setChecked(true);
        QVERIFY(f.table.isPooled());
        QCOMPARE(f.model()->rowCount(), expected);
        QCOMPARE(f.model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Image"));
        QCOMPARE(f.model()->column(ResultsTableModel::ColName), 1);
        // The area unit as the CSV header writes it ("px²", "µm²"): in the header when the images share it, else in
        // each Area cell (these images mix "pixel" and "µm").
        QSet<QString> units;
        for (ImageDocument* doc : f.docs) {
            units.insert(doc->image().calibration.unit);
        }
        QCOMPARE(units.size(), 2);
        const int area = f.model()->column(ResultsTableModel::ColArea);
        QCOMPARE(f.model()->headerData(area, Qt::Horizontal).toString(), QStringLiteral("Area"));
        QHash<QString, int> counted;
        for (int row = 0; row < f.model()->rowCount(); ++row) {
            ImageDocument* doc = f.model()->documentAt(row);
            QVERIFY(doc);
            const QString image = f.model()->data(f.model()->index(row, 0)).toString();
            QCOMPARE(image, f.project.imageName(doc));
            ++counted[image];
            const RoiId id = f.model()->roiIdAt(row);
            QCOMPARE(f.model()->data(f.model()->index(row, 1)).toString(), doc->roi(id).name);
            for (int c = 2; c < f.model()->columnCount(); ++c) { // numbers: displayNumber(), full precision in tips
                const QVariant raw = f.model()->rawValue(row, c);
                if (raw.typeId() == QMetaType::Double && !std::isnan(raw.toDouble())) {
                    const QModelIndex cell = f.model()->index(row, c);
                    const QString suffix =
                        c == area
                            ? QLatin1Char(' ') + csvUnitLabel(doc->image().calibration.unit + QStringLiteral("^2"))
                            : QString();
                    QCOMPARE(f.model()->data(cell).toString(), displayNumber(raw.toDouble()) + suffix);
                    QVERIFY(!f.model()->data(cell).toString().contains(QStringLiteral("pixel")));
                    QString tip = f.model()->data(cell, Qt::ToolTipRole).toString();
                    QVERIFY(tip.endsWith(suffix));
                    tip.chop(suffix.size());
                    QCOMPARE(tip.toDouble(), raw.toDouble());
                }
            }
        }
        QCOMPARE(counted, perImage);
        QVERIFY(counted.contains(QStringLiteral("control/a.tif")));
        QVERIFY(counted.contains(QStringLiteral("treated/a.tif")));
        QVERIFY(counted.contains(QStringLiteral("b.tif")));
        // Copy: the combined table, "image" first.
        f.table.view()->clearSelection();
        const QString tsv = f.table.selectionAsTsv();
        QVERIFY(tsv.startsWith(QStringLiteral("image\tName\t")));
        QCOMPARE(int(tsv.count(QLatin1Char('\n'))), expected + 1);
    }

    /** Missing and out-of-date results are named in the status line. */
    void statusNamesMissingAndStaleImages()
    {
        Fixture f(standardRois());
        QVERIFY(!f.poolCheck()->isChecked());
        f.poolCheck()->setChecked(true);
        auto* status = f.table.findChild<QLabel*>(QStringLiteral("poolImagesStatus"));
        QVERIFY(status && status->isVisible());
        QVERIFY2(f.table.poolStatusText().startsWith(QStringLiteral("0 of 3 image")),
                 qPrintable(f.table.poolStatusText()));
        QVERIFY(status->text().contains(QStringLiteral("href")));
        QSignalSpy runAll(&f.table, &ResultsTable::runAllRequested);
        emit status->linkActivated(QStringLiteral("run"));
        QCOMPARE(runAll.count(), 1);
        QVERIFY(f.runAll());
        QVERIFY2(f.table.poolStatusText().startsWith(QStringLiteral("3 of 3 image")),
                 qPrintable(f.table.poolStatusText()));
        QVERIFY(!status->text().contains(QStringLiteral("href")));
        // b.tif's parameters change: its rows stay, marked out of date.
        GlcmParams p = f.docs[2]->parameters<GlcmParams>(AnalysisKind::Glcm);
        p.levels = 8;
        f.docs[2]->setParameters(AnalysisKind::Glcm, p);
        QVERIFY2(f.table.poolStatusText().contains(QStringLiteral("b.tif")), qPrintable(f.table.poolStatusText()));
        const QList<int> rows = f.model()->rowsOf(f.docs[2], f.docs[2]->roiIds().value(0));
        QVERIFY(!rows.isEmpty());
        QVERIFY(f.model()->data(f.model()->index(rows[0], 2), Qt::ForegroundRole).isValid());
        f.docs[2]->clearResult(AnalysisKind::Glcm);
        QVERIFY2(f.table.poolStatusText().startsWith(QStringLiteral("2 of 3 image")),
                 qPrintable(f.table.poolStatusText()));
        QVERIFY(f.model()->rowsOf(f.docs[2], f.docs[2]->roiIds().value(0)).isEmpty());
    }

    /** A click on a row of another image makes it current and selects its ROI; the current image's selection
     *  highlights its rows. */
    void clickingAnotherImagesRowSwitchesImage_data()
    {
        QTest::addColumn<int>("image");
        QTest::addColumn<int>("roi");
        QTest::newRow("treated/a.tif, 2nd crop") << 1 << 2; // index 1 is the line (no row)
        QTest::newRow("b.tif, 1st crop") << 2 << 0;
        QTest::newRow("control/a.tif (current), 3rd crop") << 0 << 2;
    }
    void clickingAnotherImagesRowSwitchesImage()
    {
        QFETCH(int, image);
        QFETCH(int, roi);
        Fixture f(standardRois());
        QVERIFY(f.runAll());
        f.poolCheck()->setChecked(true);
        QCOMPARE(f.project.current(), f.docs[0]);
        ImageDocument* target = f.docs[image];
        const RoiId id = target->roiIds().value(roi);
        const QList<int> rows = f.model()->rowsOf(target, id);
        QCOMPARE(rows.size(), 1);
        const QModelIndex index = f.table.proxy()->mapFromSource(f.model()->index(rows[0], 1));
        QTableView* view = f.table.view();
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(f.project.current(), target);
        QCOMPARE(f.table.document(), target);
        QCOMPARE(target->selection(), RoiIdSet{id});
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(f.table.isPooled(), true); // the rows stay
        // The current image's selection, changed elsewhere (viewer, ROI manager), highlights its rows.
        const RoiId other = target->roiIds().value(0);
        target->setSelection({other});
        const QModelIndexList selected = view->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        const int row = f.table.proxy()->mapToSource(selected[0]).row();
        QCOMPARE(f.model()->documentAt(row), target);
        QCOMPARE(f.model()->roiIdAt(row), other);
    }

    /** Export: the combined CSV (image column first, per image the bytes of that image's own export) and a
     *  provenance listing every image with its SHA-256. */
    void exportCombinesTheImagesOwnExports_data()
    {
        QTest::addColumn<bool>("european");
        QTest::newRow("standard") << false;
        QTest::newRow("European") << true;
    }
    void exportCombinesTheImagesOwnExports()
    {
        QFETCH(bool, european);
        Fixture f(standardRois());
        QVERIFY(f.runAll());
        QHash<QString, QList<QByteArray>> own; // image name → its own export's data lines
        QByteArray ownHeader;
        for (ImageDocument* doc : f.docs) {
            f.table.setPooled(false);
            f.table.setDocument(doc);
            const QList<QByteArray> lines = csvLines(f.table.csv(european));
            QVERIFY(lines.size() > 1);
            ownHeader = lines.first();
            own.insert(f.project.imageName(doc), lines.mid(1));
        }
        f.table.setDocument(f.project.current());
        f.table.setPooled(true);
        QVERIFY(f.table.canExport());
        // The files change after loading: the checksums known since then are written (no hashing while exporting),
        // the file with none (b.tif) is hashed as it is now.
        QStringList loadedHashes;
        for (const QString& image : f.paths) {
            loadedHashes << QString::fromLatin1(
                QCryptographicHash::hash(readAll(image), QCryptographicHash::Sha256).toHex());
            QFile file(image);
            QVERIFY(file.open(QIODevice::Append));
            QVERIFY(file.write("changed") > 0);
        }
        const QString path = f.dir.filePath(QStringLiteral("pooled.csv"));
        const Status s = f.table.exportCsv(path, european);
        QVERIFY2(s.isOk(), qPrintable(s.message()));
        const QByteArray bytes = readAll(path);
        QCOMPARE(bytes, f.table.csv(european));
        const QList<QByteArray> lines = csvLines(bytes);
        const char sep = european ? ';' : ',';
        QCOMPARE(lines.first(), QByteArray("image") + sep + ownHeader);
        QHash<QString, QList<QByteArray>> pooled;
        for (const QByteArray& line : lines.mid(1)) {
            const int cut = int(line.indexOf(sep));
            QVERIFY(cut > 0);
            pooled[QString::fromUtf8(line.left(cut))].push_back(line.mid(cut + 1));
        }
        QCOMPARE(pooled, own);
        // The sidecar lists every image with the SHA-256 of its file (as loaded where the project knows it).
        const QJsonObject sidecar = QJsonDocument::fromJson(readAll(path + QStringLiteral(".json"))).object();
        QCOMPARE(sidecar.value(QStringLiteral("analysis")).toString(), QStringLiteral("glcm"));
        const QJsonArray images = sidecar.value(QStringLiteral("images")).toArray();
        QCOMPARE(images.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject image = images[i].toObject();
            QCOMPARE(image.value(QStringLiteral("image")).toString(), f.project.imageName(f.docs[i]));
            QCOMPARE(image.value(QStringLiteral("path")).toString(), QFileInfo(f.paths[i]).absoluteFilePath());
            const QString nowHash =
                QString::fromLatin1(QCryptographicHash::hash(readAll(f.paths[i]), QCryptographicHash::Sha256).toHex());
            QVERIFY(nowHash != loadedHashes[i]);
            QCOMPARE(f.project.checksum(f.docs[i]), i < 2 ? loadedHashes[i] : QString());
            QCOMPARE(image.value(QStringLiteral("sha256")).toString(), i < 2 ? loadedHashes[i] : nowHash);
            const auto result = f.docs[i]->result<GlcmResult>(AnalysisKind::Glcm);
            QCOMPARE(image.value(QStringLiteral("regions")).toObject().value(QStringLiteral("rois")).toArray().size(),
                     int(result->roiIds.size())); // the ROIs with rows (not the line)
        }
        QCOMPARE(
            sidecar.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("images")).toArray().size(), 3);
    }

    /** A single image's export writes the checksum the project has had since loading (the file is not read). */
    void singleExportUsesTheLoadedChecksum()
    {
        Fixture f(standardRois());
        QVERIFY(f.runAll());
        f.table.setPooled(false);
        f.project.setCurrent(f.docs[0]);
        QCOMPARE(f.table.document(), f.docs[0]);
        const QString loaded =
            QString::fromLatin1(QCryptographicHash::hash(readAll(f.paths[0]), QCryptographicHash::Sha256).toHex());
        QCOMPARE(f.project.checksum(f.docs[0]), loaded);
        QFile file(f.paths[0]);
        QVERIFY(file.open(QIODevice::Append));
        QVERIFY(file.write("changed") > 0);
        file.close();
        const QString path = f.dir.filePath(QStringLiteral("single.csv"));
        const Status s = f.table.exportCsv(path);
        QVERIFY2(s.isOk(), qPrintable(s.message()));
        const QJsonObject sidecar = QJsonDocument::fromJson(readAll(path + QStringLiteral(".json"))).object();
        const QJsonObject input = sidecar.value(QStringLiteral("input")).toObject();
        QCOMPARE(input.value(QStringLiteral("path")).toString(), QFileInfo(f.paths[0]).absoluteFilePath());
        QCOMPARE(input.value(QStringLiteral("sha256")).toString(), loaded);
    }

    /** The pooled export and tessera-cli run's combined.glcm.csv for the same images, ROIs and parameters: the same
     *  header and, but for the image column (the window's names vs the paths as given), the same rows. */
    void exportAgreesWithCliRun()
    {
        const std::vector<Roi> rois = toRois(batchRois);
        Fixture f({rois, rois, rois});
        f.docs[0]->setParameters(AnalysisKind::Glcm, batchGlcmParams());
        QVERIFY(f.runAll());
        f.table.setPooled(true);
        const QString gui = f.dir.filePath(QStringLiteral("gui.csv"));
        QVERIFY(f.table.exportCsv(gui).isOk());
        const QString session = f.dir.filePath(QStringLiteral("recipe.tessera"));
        QVERIFY(writeBatchSession(session, batchRois, false).isOk());
        const QString out = f.dir.filePath(QStringLiteral("cli"));
        const CliRun run = runCliWith(QStringList{QStringLiteral("run"), session} + f.paths +
                                      QStringList{QStringLiteral("--out"), out});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        const QList<QByteArray> cliLines = csvLines(readAll(out + QStringLiteral("/combined.glcm.csv")));
        const QList<QByteArray> guiLines = csvLines(readAll(gui));
        QVERIFY(guiLines.size() > 3 * int(batchRois.size()));
        QCOMPARE(guiLines.size(), cliLines.size());
        QCOMPARE(guiLines.first(), cliLines.first());
        for (int i = 1; i < guiLines.size(); ++i) {
            const int g = int(guiLines[i].indexOf(','));
            const int c = int(cliLines[i].indexOf(','));
            QCOMPARE(guiLines[i].mid(g), cliLines[i].mid(c));
            const int image = (i - 1) / ((guiLines.size() - 1) / 3);
            QCOMPARE(QString::fromUtf8(guiLines[i].left(g)), f.project.imageName(f.docs[image]));
            QCOMPARE(QString::fromUtf8(cliLines[i].left(c)), f.paths[image]);
        }
    }

    /** Renames show at once; removing an image drops its rows (and the status line counts two images). */
    void followsRenamesAndRemovedImages()
    {
        Fixture f(standardRois());
        QVERIFY(f.runAll());
        f.poolCheck()->setChecked(true);
        const int before = f.model()->rowCount();
        ImageDocument* b = f.docs[2];
        const RoiId id = b->roiIds().value(1);
        b->undoStack()->push(new RenameRoiCommand(b, id, QStringLiteral("renamed crop")));
        const QList<int> rows = f.model()->rowsOf(b, id);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(f.model()->data(f.model()->index(rows[0], 1)).toString(), QStringLiteral("renamed crop"));
        const int bRows = f.ownRows(b);
        QVERIFY(bRows > 0);
        f.project.remove(2);
        QCOMPARE(f.model()->rowCount(), before - bRows);
        for (int row = 0; row < f.model()->rowCount(); ++row) {
            QVERIFY(f.model()->documentAt(row) != nullptr);
            QVERIFY(f.model()->data(f.model()->index(row, 0)).toString() != QStringLiteral("b.tif"));
        }
        QVERIFY2(f.table.poolStatusText().startsWith(QStringLiteral("2 of 2 image")),
                 qPrintable(f.table.poolStatusText()));
        // One image left: nothing to pool.
        f.project.remove(1);
        QVERIFY(!f.poolCheck()->isChecked());
        QVERIFY(!f.poolCheck()->isEnabled());
        QCOMPARE(f.model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    }
};

QTEST_MAIN(TestPooledResults)
#include "TestPooledResults.moc"
