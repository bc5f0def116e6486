// The texture workbench story of issue 8, end to end, driving the real widgets of one main window the way a user
// does: open the bundled sample, draw the eight ROIs of tests/data/reference/glcm_rois.json with the mouse (the 50×50
// crops with clicks of the fixed-size tool, bkg2 by dragging a rectangle, oval1 with the ellipse tool, whole with
// Edit > Select All), rename and classify them in the ROI manager, choose the PyImageJ tutorial preset in the GLCM
// panel and run, then read the scatter plot: every point equals the MEAN row of glcm_reference.csv (imagej-ops through
// PyImageJ) for its ROI to 1e-9. Clicking a point selects its ROI in the manager; the exported table equals the CSV
// of tessera-cli glcm on the same ROIs and parameters.
#include "tests/core/CliTestSupport.h"
#include "tests/ui/GlcmTestSupport.h"
#include "tests/ui/RoiToolTestSupport.h"
#include "ui/plots/ScatterPlot.h"
#include "ui/results/ResultsTable.h"
#include "ui/roi/RoiManagerDock.h"
#include "ui/roi/RoiManagerPanel.h"
#include "ui/roi/RoiTableModel.h"
#include "ui/texture/GlcmPanel.h"

#include <QTableView>
#include <QTemporaryDir>

#include <qcustomplot.h>

using namespace tessera;
using namespace roitest;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Renames the ROI in table row `row` by typing into the manager's in-place editor. */
void renameInManager(QTableView* table, const QModelIndex& index, const QString& name)
{
    table->setCurrentIndex(index);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F2);
    auto* editor = table->findChild<QLineEdit*>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, name);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(index.data().toString(), name);
}

/** Gives the ROI in `row` a class through the manager's class combo (keyboard search on the class name). */
void classifyInManager(QTableView* table, const QModelIndex& index, const QString& className)
{
    table->setCurrentIndex(index.siblingAtColumn(RoiTableModel::NameColumn)); // selects this row only
    table->edit(index);
    auto* combo = table->findChild<QComboBox*>(QStringLiteral("roiClassCombo"));
    QVERIFY(combo);
    QTest::keyClicks(combo, className.left(1));
    QTRY_COMPARE(index.siblingAtColumn(RoiTableModel::ClassColumn).data().toString(), className);
}

} // namespace

class TestTextureStory : public QObject
{
    Q_OBJECT
    AppContext m_context;

private slots:
    void initTestCase() { isolateSettings(QStringLiteral("TestTextureStory")); }

    void cropsToScatterPlotToTable()
    {
        MainWindow w(m_context);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QSignalSpy loaded(&w, &MainWindow::loadFinished);
        w.openFile(dataDir + QStringLiteral("/pyimagej_test_still.tif"));
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaded.first().first().toBool());
        ImageDocument* doc = w.document();
        w.view()->setFocus();

        // 1. The ROIs, drawn with the mouse in the order of glcm_rois.json (the CLI keeps the file's order).
        const QList<ReferenceRoi> refs = roitest::referenceRois();
        QCOMPARE(refs.size(), 8);
        for (const ReferenceRoi& ref : refs) {
            if (ref.name == QLatin1String("whole")) {
                w.findChild<QAction*>(QStringLiteral("actionSelectAll"))->trigger();
            } else if (ref.shape == QLatin1String("ellipse")) {
                useTool(w, "actionToolEllipse");
                QAction* fixed = w.findChild<QAction*>(QStringLiteral("actionFixedSize"));
                if (fixed->isChecked()) {
                    fixed->trigger();
                }
                drag(w, ref.bounds.topLeft(), ref.bounds.bottomRight());
            } else if (ref.bounds.size() == QSizeF(50, 50)) {
                useTool(w, "actionToolRectangle");
                setFixedSize(w, 50, 50);
                click(w, ref.bounds.center());
            } else {
                useTool(w, "actionToolRectangle");
                QAction* fixed = w.findChild<QAction*>(QStringLiteral("actionFixedSize"));
                if (fixed->isChecked()) {
                    fixed->trigger();
                }
                drag(w, ref.bounds.topLeft(), ref.bounds.bottomRight());
            }
            QCOMPARE(doc->roiCount(), int(&ref - refs.data()) + 1);
            const Roi& drawn = doc->roi(doc->roiIds().last());
            QCOMPARE(drawn.bounds, ref.bounds);
            QCOMPARE(drawn.shape, ref.shape == QLatin1String("ellipse") ? RoiShape::Ellipse : RoiShape::Rectangle);
        }

        // 2. Names and classes in the ROI manager.
        auto* manager = w.findChild<RoiManagerDock*>(QStringLiteral("roiManagerDock"));
        QVERIFY(manager);
        manager->show();
        manager->raise();
        QTableView* table = manager->panel()->tableView();
        QAbstractItemModel* model = table->model();
        QCOMPARE(model->rowCount(), 8);
        for (int row = 0; row < refs.size(); ++row) {
            if (model->index(row, RoiTableModel::NameColumn).data().toString() != refs[row].name) {
                renameInManager(table, model->index(row, RoiTableModel::NameColumn), refs[row].name);
            }
            if (refs[row].name.startsWith(QLatin1String("cyto"))) {
                classifyInManager(table, model->index(row, RoiTableModel::ClassColumn), QStringLiteral("cell"));
            } else if (refs[row].name.startsWith(QLatin1String("bkg"))) {
                classifyInManager(table, model->index(row, RoiTableModel::ClassColumn), QStringLiteral("background"));
            }
        }
        for (int row = 0; row < refs.size(); ++row) {
            QCOMPARE(doc->roi(doc->roiIdAt(row)).name, refs[row].name);
        }
        QCOMPARE(doc->roi(doc->findRoi(QStringLiteral("cyto3"))).className, QStringLiteral("cell"));
        QCOMPARE(doc->roi(doc->findRoi(QStringLiteral("bkg2"))).className, QStringLiteral("background"));

        // 3. The tutorial preset (128 levels, d = 7, four orientations averaged), then Run.
        auto* glcm = w.findChild<GlcmDock*>(QStringLiteral("glcmDock"));
        QVERIFY(glcm);
        glcm->show();
        glcm->raise();
        auto* preset = glcm->findChild<QComboBox*>(QStringLiteral("glcmPreset"));
        QVERIFY(preset);
        const int tutorial = preset->findText(QStringLiteral("PyImageJ"), Qt::MatchContains);
        QVERIFY(tutorial > 0);
        preset->setCurrentIndex(tutorial);
        emit preset->activated(tutorial);
        QCOMPARE(doc->parameters<GlcmParams>(AnalysisKind::Glcm).levels, 128);
        auto* run = glcm->findChild<QAbstractButton*>(QStringLiteral("glcmRun"));
        QVERIFY(run);
        QTRY_VERIFY(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(doc->hasResult(AnalysisKind::Glcm) && !doc->isStale(AnalysisKind::Glcm) &&
                                     !glcm->panel()->isRunning(),
                                 30000);

        // 4. The scatter plot: Correlation against DifferenceVariance, one point per ROI, equal to imagej-ops.
        auto* scatterDock = w.findChild<ScatterPlotDock*>(QStringLiteral("scatterPlotDock"));
        QVERIFY(scatterDock);
        scatterDock->show();
        scatterDock->raise();
        ScatterPlot* plot = scatterDock->plot();
        QCOMPARE(plot->xFeature(), HaralickFeature::Correlation);
        QCOMPARE(plot->yFeature(), HaralickFeature::DifferenceVariance);
        const auto reference = test::referenceMeans(128, 7);
        QCOMPARE(reference.size(), 8);
        const QVector<ScatterPlot::Point> points = plot->points();
        QCOMPARE(points.size(), 8);
        for (const ScatterPlot::Point& p : points) {
            const QString name = doc->roi(p.id).name;
            QVERIFY2(reference.contains(name), qPrintable(name));
            QVERIFY2(test::relativeClose(p.x, reference[name][QStringLiteral("Correlation")]), qPrintable(name));
            QVERIFY2(test::relativeClose(p.y, reference[name][QStringLiteral("DifferenceVariance")]), qPrintable(name));
        }

        // 5. A click on cyto3's point selects cyto3, in the document and in the manager.
        plot->plot()->replot();
        const RoiId cyto3 = doc->findRoi(QStringLiteral("cyto3"));
        const QPoint pixel = plot->pixelPosition(cyto3);
        QVERIFY(plot->plot()->rect().contains(pixel));
        QCOMPARE(plot->roiAt(pixel), cyto3);
        QTest::mouseClick(plot->plot(), Qt::LeftButton, Qt::NoModifier, pixel);
        QCOMPARE(doc->selectedRoiIds(), RoiIdList{cyto3});
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data().toString(), QStringLiteral("cyto3"));

        // 6. The exported table equals tessera-cli glcm on the same ROIs and parameters.
        auto* results = w.findChild<ResultsDock*>(QStringLiteral("resultsDock"));
        QVERIFY(results);
        QVERIFY(w.findChild<QAction*>(QStringLiteral("actionExportTable"))->isEnabled());
        QTemporaryDir dir;
        const QString gui = dir.filePath(QStringLiteral("gui.csv"));
        const QString cli = dir.filePath(QStringLiteral("cli.csv"));
        const Status saved = results->table()->exportCsv(gui);
        QVERIFY2(saved.isOk(), qPrintable(saved.message()));
        const test::CliRun r = test::runCliWith(
            {QStringLiteral("glcm"), dataDir + QStringLiteral("/pyimagej_test_still.tif"), QStringLiteral("--rois"),
             dataDir + QStringLiteral("/reference/glcm_rois.json"), QStringLiteral("--levels"), QStringLiteral("128"),
             QStringLiteral("--distance"), QStringLiteral("7"), QStringLiteral("--out"), cli});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QByteArray expected = readAll(cli);
        QVERIFY(expected.count('\n') > 8);
        QCOMPARE(readAll(gui), expected);
    }
};

QTEST_MAIN(TestTextureStory)
#include "TestTextureStory.moc"
