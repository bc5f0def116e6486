// ResultsTable with real widgets: one row per ROI with name, class, pixel count, area and intensity statistics
// (checked against OpenCV on the crops) and the GLCM MEAN values; per-orientation rows on request; sorting; row
// selection linked to the document both ways; Ctrl+C copies TSV; the exported CSV is byte-identical to tessera-cli
// glcm run in-process on the same ROI file and parameters, and its European flavour holds the same numbers.
#include "core/measure/MeasurementTable.h"
#include "tests/core/CliTestSupport.h"
#include "tests/ui/GlcmTestSupport.h"
#include "ui/app/AppContext.h"
#include "ui/app/DisplayNumber.h"
#include "ui/async/TaskRunner.h"
#include "ui/results/ResultsTable.h"
#include "ui/results/ResultsTableModel.h"
#include "ui/settings/Settings.h"
#include "ui/texture/GlcmPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <opencv2/core.hpp>

#include <cmath>

using namespace tessera;
using namespace tessera::test;

namespace {
struct Fixture : GlcmPanelFixture
{
    ResultsTable table;

    Fixture()
    {
        table.setDocument(doc.get());
        table.resize(1000, 500);
        table.show();
    }
    bool run(int preset) { return runReference(preset); }
    int column(const QString& name) const { return table.model()->columnOf(name); }
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestResultsTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the provenance choice is a setting: keep the user's apart
        QCoreApplication::setOrganizationName(QStringLiteral("TesseraTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestResultsTable"));
        Settings().setTableProvenance(ProvenanceMode::Sidecar);
    }

    /** The Export button's menu chooses where the provenance goes; the choice is remembered. */
    void provenanceMenuIsRemembered()
    {
        {
            ResultsTable t;
            QVERIFY(t.findChild<QMenu*>(QStringLiteral("resultsProvenanceMenu")));
            auto* sidecar = t.findChild<QAction*>(QStringLiteral("resultsProvenanceSidecar"));
            auto* comment = t.findChild<QAction*>(QStringLiteral("resultsProvenanceComment"));
            QVERIFY(sidecar && comment);
            QVERIFY(sidecar->isChecked());
            comment->trigger();
            QCOMPARE(Settings().tableProvenance(), ProvenanceMode::CommentHeader);
        }
        ResultsTable again;
        QVERIFY(again.findChild<QAction*>(QStringLiteral("resultsProvenanceComment"))->isChecked());
        again.findChild<QAction*>(QStringLiteral("resultsProvenanceSidecar"))->trigger();
        QCOMPARE(Settings().tableProvenance(), ProvenanceMode::Sidecar);
    }

    void exportEqualsCli_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QString>("levels");
        QTest::addColumn<QString>("distance");
        QTest::newRow("tutorial") << 2 << QStringLiteral("128") << QStringLiteral("7");
        QTest::newRow("imagej-ops") << 1 << QStringLiteral("32") << QStringLiteral("1");
    }
    void exportEqualsCli()
    {
        QFETCH(int, preset);
        QFETCH(QString, levels);
        QFETCH(QString, distance);
        Fixture f;
        QVERIFY(f.doc);
        QVERIFY(f.run(preset));
        QVERIFY(f.table.canExport());
        QTemporaryDir dir;
        const QString gui = dir.filePath(QStringLiteral("gui.csv"));
        const QString cli = dir.filePath(QStringLiteral("cli.csv"));
        const Status s = f.table.exportCsv(gui);
        QVERIFY2(s.isOk(), qPrintable(s.message()));
        const CliRun run = runCliWith(
            {QStringLiteral("glcm"), glcmDataDir() + QStringLiteral("/pyimagej_test_still.tif"),
             QStringLiteral("--rois"), glcmDataDir() + QStringLiteral("/reference/glcm_rois.json"),
             QStringLiteral("--levels"), levels, QStringLiteral("--distance"), distance, QStringLiteral("--out"), cli});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        const QByteArray expected = readAll(cli);
        QVERIFY(expected.size() > 1000);
        QCOMPARE(readAll(gui), expected);
        QCOMPARE(f.table.csv(), expected);
        // Both sidecars say the same about where the table came from (and hash the same bytes).
        const QJsonObject guiSidecar = QJsonDocument::fromJson(readAll(gui + QStringLiteral(".json"))).object();
        const QJsonObject cliSidecar = QJsonDocument::fromJson(readAll(cli + QStringLiteral(".json"))).object();
        QCOMPARE(guiSidecar.value(QStringLiteral("tessera")).toObject().value(QStringLiteral("program")).toString(),
                 QStringLiteral("tessera"));
        for (const char* key : {"schemaVersion", "analysis", "input", "plane", "calibration", "parameters"}) {
            QVERIFY(!guiSidecar.value(QLatin1String(key)).isUndefined());
            QCOMPARE(guiSidecar.value(QLatin1String(key)), cliSidecar.value(QLatin1String(key)));
        }
        QVERIFY(!guiSidecar.value(QStringLiteral("input")).toObject().value(QStringLiteral("sha256")).isNull());
        QCOMPARE(guiSidecar.value(QStringLiteral("table")).toObject().value(QStringLiteral("sha256")),
                 cliSidecar.value(QStringLiteral("table")).toObject().value(QStringLiteral("sha256")));
        const QJsonArray guiRois =
            guiSidecar.value(QStringLiteral("regions")).toObject().value(QStringLiteral("rois")).toArray();
        const QJsonArray cliRois =
            cliSidecar.value(QStringLiteral("regions")).toObject().value(QStringLiteral("rois")).toArray();
        QCOMPARE(guiRois.size(), 8);
        QCOMPARE(guiRois.size(), cliRois.size());
        for (int i = 0; i < guiRois.size(); ++i) {
            for (const char* key : {"name", "x", "y", "w", "h", "shape"}) {
                QCOMPARE(guiRois[i].toObject().value(QLatin1String(key)),
                         cliRois[i].toObject().value(QLatin1String(key)));
            }
        }
        // The comment-header choice: the same CSV after '#' lines, no sidecar.
        const QString commented = dir.filePath(QStringLiteral("commented.csv"));
        QVERIFY(f.table.exportCsv(commented, false, ProvenanceMode::CommentHeader).isOk());
        QVERIFY(!QFile::exists(commented + QStringLiteral(".json")));
        const QByteArray withComments = readAll(commented);
        QVERIFY(withComments.startsWith("# {"));
        QVERIFY(withComments.endsWith(expected));

        // European: same cells, ';' separators and decimal commas
        const QString eu = dir.filePath(QStringLiteral("eu.csv"));
        QVERIFY(f.table.exportCsv(eu, true).isOk());
        const QList<QByteArray> euLines = readAll(eu).split('\n');
        const QList<QByteArray> lines = expected.split('\n');
        QCOMPARE(euLines.size(), lines.size());
        for (int i = 0; i < lines.size(); ++i) {
            QByteArray back = euLines[i];
            back.replace(',', '.').replace(';', ',');
            QCOMPARE(back, QByteArray(lines[i]).replace("\"", "")); // names have no commas: nothing quoted
        }
        QVERIFY(euLines[1].contains(';'));
    }

    void renamedRoiIsExportedWithItsNewName()
    {
        Fixture f;
        QVERIFY(f.run(2));
        Roi r = f.doc->roi(f.ids[0]);
        r.name = QStringLiteral("nucleus, left");
        f.doc->setRoi(f.ids[0], r);
        QCOMPARE(f.table.model()->data(f.table.model()->index(0, ResultsTableModel::ColName)).toString(), r.name);
        const QByteArray csv = f.table.csv();
        QVERIFY(csv.contains("\n\"nucleus, left\",7,HORIZONTAL,"));
        QVERIFY(!csv.contains("cyto1"));
    }

    void rowsColumnsAndStatistics()
    {
        Fixture f;
        QVERIFY(f.run(2));
        ResultsTableModel* m = f.table.model();
        QCOMPARE(m->rowCount(), 8);
        for (const QString& name :
             {QStringLiteral("Name"), QStringLiteral("Class"), QStringLiteral("Pixels"), QStringLiteral("Area"),
              QStringLiteral("Mean"), QStringLiteral("StdDev"), QStringLiteral("Min"), QStringLiteral("Max"),
              QStringLiteral("Correlation"), QStringLiteral("DifferenceVariance"), QStringLiteral("pairs")}) {
            QVERIFY2(f.column(name) >= 0, qPrintable(name));
        }
        // The area unit as the CSV header writes it ("px²" for an uncalibrated image, not "pixel²").
        const QString unit = f.doc->image().calibration.unit;
        const QString areaHeader = m->headerData(ResultsTableModel::ColArea, Qt::Horizontal).toString();
        QCOMPARE(areaHeader, QStringLiteral("Area (%1)").arg(csvUnitLabel(unit + QStringLiteral("^2"))));
        QVERIFY2(!areaHeader.contains(QStringLiteral("pixel")), qPrintable(areaHeader));
        const auto reference = referenceMeans(128, 7);
        const cv::Mat plane = f.doc->currentPlane();
        for (int row = 0; row < m->rowCount(); ++row) {
            const Roi& roi = f.doc->roi(m->roiIdAt(row));
            QCOMPARE(m->rawValue(row, ResultsTableModel::ColName).toString(), roi.name);
            QCOMPARE(m->rawValue(row, ResultsTableModel::ColClass).toString(), roi.className);
            QCOMPARE(m->rawValue(row, f.column(QStringLiteral("orientation"))).toString(), QStringLiteral("MEAN"));
            QVERIFY(relativeClose(m->rawValue(row, f.column(QStringLiteral("Correlation"))).toDouble(),
                                  reference[roi.name][QStringLiteral("Correlation")]));
            // Every number is shown by one rule (displayNumber(), as the panels), the tool tip has full precision.
            for (int c = 0; c < m->columnCount(); ++c) {
                const QVariant raw = m->rawValue(row, c);
                if (raw.typeId() != QMetaType::Double || std::isnan(raw.toDouble())) {
                    continue;
                }
                QCOMPARE(m->data(m->index(row, c)).toString(), displayNumber(raw.toDouble()));
                QCOMPARE(m->data(m->index(row, c), Qt::ToolTipRole).toString().toDouble(), raw.toDouble());
            }
            if (roi.shape != RoiShape::Rectangle) {
                continue;
            }
            // statistics of the rectangular crops, computed independently with OpenCV (sample SD as ImageJ)
            const cv::Rect box(int(roi.bounds.x()), int(roi.bounds.y()), int(roi.bounds.width()),
                               int(roi.bounds.height()));
            cv::Scalar mean, sd;
            cv::meanStdDev(plane(box), mean, sd);
            double lo = 0, hi = 0;
            cv::minMaxLoc(plane(box), &lo, &hi);
            const double n = double(box.area());
            QCOMPARE(m->rawValue(row, ResultsTableModel::ColPixels).toDouble(), n);
            const Calibration& cal = f.doc->image().calibration;
            QVERIFY(relativeClose(m->rawValue(row, ResultsTableModel::ColArea).toDouble(),
                                  n * cal.pixelWidth * cal.pixelHeight));
            QVERIFY(relativeClose(m->rawValue(row, ResultsTableModel::ColMean).toDouble(), mean[0]));
            QVERIFY(relativeClose(m->rawValue(row, ResultsTableModel::ColStdDev).toDouble(),
                                  sd[0] * std::sqrt(n / (n - 1))));
            QCOMPARE(m->rawValue(row, ResultsTableModel::ColMin).toDouble(), lo);
            QCOMPARE(m->rawValue(row, ResultsTableModel::ColMax).toDouble(), hi);
        }
        // per-orientation rows on request
        f.table.findChild<QCheckBox*>(QStringLiteral("resultsPerOrientation"))->setChecked(true);
        QCOMPARE(m->rowCount(), 8 * 5);
        QCOMPARE(m->rawValue(0, f.column(QStringLiteral("orientation"))).toString(), QStringLiteral("HORIZONTAL"));
        QCOMPARE(m->rowsOf(f.ids[1]).size(), 5);
    }

    void sortByClickingHeader()
    {
        Fixture f;
        QVERIFY(f.run(2));
        QTableView* view = f.table.view();
        const int c = f.column(QStringLiteral("Correlation"));
        QHeaderView* header = view->horizontalHeader();
        view->scrollTo(view->model()->index(0, c));
        const QPoint pos(header->sectionViewportPosition(c) + header->sectionSize(c) / 2, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, pos);
        QCOMPARE(header->sortIndicatorSection(), c);
        double previous = -1e300;
        const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
        for (int r = 0; r < f.table.proxy()->rowCount(); ++r) {
            const double v = f.table.proxy()->index(r, c).data(Qt::UserRole).toDouble();
            if (r > 0) {
                QVERIFY(ascending ? v >= previous : v <= previous);
            }
            previous = v;
        }
    }

    void selectionIsShared()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.table));
        QVERIFY(f.run(2));
        QTableView* view = f.table.view();
        // click a row → that ROI is selected in the document
        const QModelIndex third = view->model()->index(2, 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(third).center());
        const RoiId id = f.table.model()->roiIdAt(f.table.proxy()->mapToSource(third).row());
        QCOMPARE(f.doc->selectedRoiIds(), RoiIdList{id});
        // document selection → rows (every row of the ROI with per-orientation rows)
        f.table.findChild<QCheckBox*>(QStringLiteral("resultsPerOrientation"))->setChecked(true);
        f.doc->setSelection({f.ids[4], f.ids[6]});
        QCOMPARE(view->selectionModel()->selectedRows().size(), 10);
        for (const QModelIndex& index : view->selectionModel()->selectedRows()) {
            const RoiId rowId = f.table.model()->roiIdAt(f.table.proxy()->mapToSource(index).row());
            QVERIFY(rowId == f.ids[4] || rowId == f.ids[6]);
        }
        f.doc->clearSelection();
        QVERIFY(view->selectionModel()->selectedRows().isEmpty());
    }

    void copyAsTsv()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.table));
        QVERIFY(f.run(2));
        f.doc->setSelection({f.ids[0], f.ids[7]});
        f.table.view()->setFocus();
        QApplication::clipboard()->clear();
        QTest::keyClick(f.table.view(), Qt::Key_C, Qt::ControlModifier);
        const QString text = QApplication::clipboard()->text();
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QStringList header = lines[0].split(QLatin1Char('\t'));
        QCOMPARE(header.size(), f.table.model()->columnCount());
        QCOMPARE(header.value(0), QStringLiteral("Name"));
        QCOMPARE(lines[1].split(QLatin1Char('\t')).value(0), QStringLiteral("cyto1"));
        QCOMPARE(lines[2].split(QLatin1Char('\t')).value(0), QStringLiteral("whole"));
        const int c = f.column(QStringLiteral("Correlation"));
        const auto reference = referenceMeans(128, 7);
        QVERIFY(relativeClose(lines[1].split(QLatin1Char('\t')).value(c).toDouble(),
                              reference[QStringLiteral("cyto1")][QStringLiteral("Correlation")]));
    }
};

QTEST_MAIN(TestResultsTable)
#include "TestResultsTable.moc"
