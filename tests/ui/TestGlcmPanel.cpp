// GlcmPanel with real widgets: presets through the combo reproduce the imagej-ops reference values (MEAN rows of
// glcm_reference.csv), parameter edits are undo steps and rerun, ROI edits rerun, clipped / refused ROIs are reported,
// no ROI disables Run, a running GLCM can be cancelled, and a worker failure ends the busy state with a message.
#include "core/texture/GlcmExport.h"
#include "tests/ui/GlcmTestSupport.h"
#include "ui/app/AppContext.h"
#include "ui/app/MainWindow.h"
#include "ui/async/TaskRunner.h"
#include "ui/document/AnalysisResults.h"
#include "ui/plots/ScatterPlot.h"
#include "ui/results/ResultsTable.h"
#include "ui/results/ResultsTableModel.h"
#include "ui/texture/GlcmPanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QUndoStack>
#include <QWheelEvent>

using namespace tessera;
using namespace tessera::test;

namespace {
struct Fixture
{
    AppContext context{2};
    TaskRunner runner{context.threadPool()};
    std::unique_ptr<ImageDocument> doc = openSampleDocument();
    GlcmPanel panel{&runner};

    explicit Fixture(bool autoRun = false)
    {
        panel.setAutoRun(autoRun);
        panel.setDebounceInterval(20);
        panel.setDocument(doc.get());
        panel.show();
    }
    ~Fixture() { runner.shutdown(); }
    template <typename T> T* child(const char* name) { return panel.findChild<T*>(QString::fromLatin1(name)); }
    void choosePreset(int index)
    {
        auto* combo = child<QComboBox>("glcmPreset");
        combo->setCurrentIndex(index);
        emit combo->activated(index);
    }
    bool runAndWait()
    {
        QSignalSpy finished(&panel, &GlcmPanel::runFinished);
        QTest::mouseClick(child<QPushButton>("glcmRun"), Qt::LeftButton);
        return finished.wait(20000) && finished.last().at(0).toBool();
    }
};
} // namespace

class TestGlcmPanel : public QObject
{
    Q_OBJECT

private slots:
    void presetsMatchReference_data()
    {
        QTest::addColumn<int>("preset"); // 0 = custom levels/distance through the spin box and line edit
        QTest::addColumn<int>("levels");
        QTest::addColumn<int>("distance");
        QTest::newRow("PyImageJ tutorial 128/7") << 2 << 128 << 7;
        QTest::newRow("imagej-ops defaults 32/1") << 1 << 32 << 1;
        QTest::newRow("custom 64/2") << 0 << 64 << 2;
    }
    void presetsMatchReference()
    {
        QFETCH(int, preset);
        QFETCH(int, levels);
        QFETCH(int, distance);
        Fixture f;
        QVERIFY(f.doc);
        const RoiIdList ids = addRois(*f.doc, referenceRois());
        QCOMPARE(ids.size(), 8);
        if (preset > 0) {
            f.choosePreset(preset);
        } else {
            f.child<QSpinBox>("glcmLevels")->setValue(levels);
            auto* distances = f.child<QLineEdit>("glcmDistances");
            distances->setText(QString::number(distance));
            emit distances->editingFinished();
        }
        const GlcmParams p = f.doc->parameters<GlcmParams>(AnalysisKind::Glcm);
        QCOMPARE(p.levels, levels);
        QCOMPARE(p.distances, std::vector<int>{distance});
        QVERIFY(f.runAndWait());
        QVERIFY(!f.panel.isRunning());
        const auto result = f.doc->result<GlcmResult>(AnalysisKind::Glcm);
        QVERIFY(result);
        QVERIFY(!f.doc->isStale(AnalysisKind::Glcm));
        const auto reference = referenceMeans(levels, distance);
        QCOMPARE(reference.size(), 8);
        QCOMPARE(int(result->roiIds.size()), 8);
        int compared = 0;
        for (int i = 0; i < 8; ++i) {
            const GlcmRoiResult& r = result->table.rois[std::size_t(i)];
            QVERIFY2(reference.contains(r.name), qPrintable(r.name));
            const QHash<QString, double>& ref = reference[r.name];
            QCOMPARE(r.summaries.size(), std::size_t(1));
            QCOMPARE(double(r.summaries[0].pairs), ref.value(QStringLiteral("pairs")));
            for (HaralickFeature feature : allHaralickFeatures()) {
                const QString name = haralickFeatureName(feature);
                if (!ref.contains(name)) {
                    continue; // Dissimilarity and Energy are not imagej-ops features
                }
                QVERIFY2(relativeClose(r.summaries[0].mean[feature], ref[name]),
                         qPrintable(QStringLiteral("%1 %2: %3 vs %4")
                                        .arg(r.name, name)
                                        .arg(r.summaries[0].mean[feature], 0, 'g', 17)
                                        .arg(ref[name], 0, 'g', 17)));
                ++compared;
            }
        }
        QCOMPARE(compared, 8 * 17);
    }

    void noRoiDisablesRun()
    {
        Fixture f;
        auto* run = f.child<QPushButton>("glcmRun");
        QVERIFY(!run->isEnabled());
        QVERIFY(run->toolTip().contains(QStringLiteral("ROI")));
        addRois(*f.doc, {Roi::rectangle(QStringLiteral("a"), 0, 0, 50, 50)});
        QVERIFY(run->isEnabled());
        f.panel.setDocument(nullptr);
        QVERIFY(!run->isEnabled());
        QVERIFY(run->toolTip().contains(QStringLiteral("image")));
    }

    void clippedAndRefusedRois()
    {
        Fixture f;
        addRois(*f.doc, {Roi::rectangle(QStringLiteral("inside"), 10, 10, 50, 50),
                         Roi::rectangle(QStringLiteral("edge"), 280, 100, 50, 50),
                         Roi::rectangle(QStringLiteral("outside"), 400, 400, 50, 50)});
        QVERIFY(f.runAndWait());
        const auto result = f.doc->result<GlcmResult>(AnalysisKind::Glcm);
        QVERIFY(result);
        QVERIFY(result->table.rois[1].clipped);
        QCOMPARE(result->table.rois[1].pixelCount, 20 * 50);
        QVERIFY(!result->table.rois[2].status.isOk());
        const QString warnings = f.panel.warningText();
        QVERIFY2(warnings.contains(QStringLiteral("Clipped")) && warnings.contains(QStringLiteral("edge")),
                 qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("Refused")) && warnings.contains(QStringLiteral("outside")),
                 qPrintable(warnings));
        QVERIFY(f.child<QLabel>("glcmWarnings")->isVisible());
    }

    /** Lines and points (no area) never fail a run: they are skipped and named, the other ROIs get their rows. */
    void lineAndPointsRoisAreSkipped_data()
    {
        QTest::addColumn<int>("range");      // GlcmRangeMode
        QTest::addColumn<bool>("withAreas"); // rectangles as well
        QTest::newRow("per-ROI range") << int(GlcmRangeMode::Roi) << true;
        QTest::newRow("range shared by all ROIs") << int(GlcmRangeMode::AllRois) << true;
        QTest::newRow("only a line and points, shared range") << int(GlcmRangeMode::AllRois) << false;
    }
    void lineAndPointsRoisAreSkipped()
    {
        QFETCH(int, range);
        QFETCH(bool, withAreas);
        Fixture f;
        QVERIFY(f.doc);
        GlcmParams p = GlcmPanel::imagejOpsPreset();
        p.rangeMode = GlcmRangeMode(range);
        f.doc->setParameters(AnalysisKind::Glcm, p);
        std::vector<Roi> areas;
        if (withAreas) {
            areas = {Roi::rectangle(QStringLiteral("a"), 10, 10, 50, 50),
                     Roi::ellipse(QStringLiteral("b"), 100, 80, 60, 40)};
        }
        const RoiIdList areaIds = addRois(*f.doc, areas);
        addRois(*f.doc, {Roi::line(QStringLiteral("ridge"), {QPointF(5, 5), QPointF(200, 120)}),
                         Roi::points(QStringLiteral("spots"), {QPointF(30, 30), QPointF(400, 400)})});
        QVERIFY(f.runAndWait());
        QVERIFY(f.panel.lastError().isEmpty());
        const auto result = f.doc->result<GlcmResult>(AnalysisKind::Glcm);
        QVERIFY(result);
        QCOMPARE(result->roiIds, areaIds);
        QVERIFY2(f.panel.warningText().contains(QStringLiteral("ridge")) &&
                     f.panel.warningText().contains(QStringLiteral("spots")),
                 qPrintable(f.panel.warningText()));
        if (withAreas) { // the same values as a run without the line and points
            ImageDocument plain(f.doc->image());
            plain.setParameters(AnalysisKind::Glcm, p);
            addRois(plain, areas);
            TaskContext task;
            const Expected<GlcmResult> expected = computeGlcmJob(makeGlcmJob(plain), task);
            QVERIFY(expected.isOk());
            QCOMPARE(glcmCsv(result->table, false), glcmCsv(expected->table, false));
        }
    }

    void parameterChangeReruns()
    {
        Fixture f(true);
        addRois(*f.doc, referenceRois());
        QSignalSpy finished(&f.panel, &GlcmPanel::runFinished);
        QVERIFY(finished.wait(10000)); // adding ROIs ran it (debounced)
        QCOMPARE(f.doc->result<GlcmResult>(AnalysisKind::Glcm)->table.params.levels, 32);
        const int steps = f.doc->undoStack()->count();
        f.child<QSpinBox>("glcmLevels")->setValue(16);
        QCOMPARE(f.doc->undoStack()->count(), steps + 1);
        QVERIFY(f.doc->isStale(AnalysisKind::Glcm));
        QVERIFY(f.child<QLabel>("glcmStatus")->text().contains(QStringLiteral("Out of date")));
        QVERIFY(finished.wait(10000));
        QCOMPARE(f.doc->result<GlcmResult>(AnalysisKind::Glcm)->table.params.levels, 16);
        QVERIFY(!f.doc->isStale(AnalysisKind::Glcm));
        // undo: the widgets follow the document and it reruns with the old value
        f.doc->undoStack()->undo();
        QCOMPARE(f.child<QSpinBox>("glcmLevels")->value(), 32);
        QVERIFY(finished.wait(10000));
        QCOMPARE(f.doc->result<GlcmResult>(AnalysisKind::Glcm)->table.params.levels, 32);
        // many quick edits: the newest request wins
        for (int levels : {20, 21, 22, 23}) {
            f.child<QSpinBox>("glcmLevels")->setValue(levels);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!f.panel.isRunning() && !f.doc->isStale(AnalysisKind::Glcm), 10000);
        QCOMPARE(f.doc->result<GlcmResult>(AnalysisKind::Glcm)->table.params.levels, 23);
    }

    void roiChangeReruns()
    {
        Fixture f(true);
        const RoiIdList ids = addRois(*f.doc, referenceRois());
        QSignalSpy finished(&f.panel, &GlcmPanel::runFinished);
        QVERIFY(finished.wait(10000));
        const double before =
            f.doc->result<GlcmResult>(AnalysisKind::Glcm)->table.rois[0].summaries[0].mean[HaralickFeature::Contrast];
        Roi moved = f.doc->roi(ids[0]);
        moved.bounds.translate(3, 40);
        f.doc->setRoi(ids[0], moved);
        QVERIFY(f.doc->isStale(AnalysisKind::Glcm));
        QVERIFY(finished.wait(10000));
        QVERIFY(!f.doc->isStale(AnalysisKind::Glcm));
        const double after =
            f.doc->result<GlcmResult>(AnalysisKind::Glcm)->table.rois[0].summaries[0].mean[HaralickFeature::Contrast];
        QVERIFY(before != after);
        // a rename does not change the pixels: no rerun, the result stays current
        Roi renamed = f.doc->roi(ids[1]);
        renamed.name = QStringLiteral("renamed");
        f.doc->setRoi(ids[1], renamed);
        QVERIFY(!f.doc->isStale(AnalysisKind::Glcm));
        QVERIFY(!finished.wait(300));
    }

    void cancelRunningGlcm()
    {
        Fixture f;
        std::vector<Roi> many;
        for (int i = 0; i < 3000; ++i) {
            many.push_back(Roi::rectangle(QStringLiteral("r%1").arg(i), 0, 0, 300, 300));
        }
        addRois(*f.doc, many);
        f.choosePreset(2);
        QSignalSpy finished(&f.panel, &GlcmPanel::runFinished);
        QTest::mouseClick(f.child<QPushButton>("glcmRun"), Qt::LeftButton);
        QVERIFY(f.panel.isRunning());
        auto* cancel = f.child<QPushButton>("glcmCancel");
        QVERIFY(cancel->isEnabled());
        QTest::qWait(100);
        QVERIFY(f.panel.isRunning()); // still running: the work takes seconds
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!f.panel.isRunning());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!cancel->isEnabled());
        // the worker stops soon (the core polls cancellation between ROIs) and nothing is stored
        QTRY_COMPARE_WITH_TIMEOUT(f.context.threadPool()->activeThreadCount(), 0, 2000);
        QTest::qWait(50);
        QVERIFY(!f.doc->hasResult(AnalysisKind::Glcm));
    }

    void workerFailureShowsMessage_data()
    {
        QTest::addColumn<bool>("throws");
        QTest::newRow("exception") << true;
        QTest::newRow("error status") << false;
    }
    void workerFailureShowsMessage()
    {
        QFETCH(bool, throws);
        Fixture f;
        addRois(*f.doc, referenceRois());
        f.panel.setWork([throws](const GlcmJob&, TaskContext&) -> Expected<GlcmResult> {
            if (throws) {
                throw std::runtime_error("disk on fire");
            }
            return Status::invalid(QStringLiteral("disk on fire"));
        });
        QSignalSpy finished(&f.panel, &GlcmPanel::runFinished);
        QTest::mouseClick(f.child<QPushButton>("glcmRun"), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY(!f.panel.isRunning());
        QVERIFY(!f.runner.isBusy());
        QVERIFY(f.panel.lastError().contains(QStringLiteral("disk on fire")));
        QVERIFY(f.child<QLabel>("glcmStatus")->text().contains(QStringLiteral("disk on fire")));
        QVERIFY(f.child<QPushButton>("glcmRun")->isEnabled());
        QVERIFY(!f.doc->hasResult(AnalysisKind::Glcm));
        // the next run with the real work succeeds and clears the message
        f.panel.setWork({});
        QVERIFY(f.runAndWait());
        QVERIFY(f.panel.lastError().isEmpty());
    }

    void inMainWindow()
    {
        AppContext context(2);
        MainWindow window(context);
        auto* glcm = window.findChild<GlcmDock*>(QStringLiteral("glcmDock"));
        auto* plot = window.findChild<ScatterPlotDock*>(QStringLiteral("scatterPlotDock"));
        auto* results = window.findChild<ResultsDock*>(QStringLiteral("resultsDock"));
        auto* exportTable = window.findChild<QAction*>(QStringLiteral("actionExportTable"));
        QVERIFY(glcm && plot && results && exportTable);
        QVERIFY(!exportTable->isEnabled());
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.openFile(MainWindow::samplePath());
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaded.last().at(0).toBool());
        QCOMPARE(glcm->panel()->document(), window.document());
        QSignalSpy finished(glcm->panel(), &GlcmPanel::runFinished);
        addRois(*window.document(), referenceRois()); // live: runs by itself
        QVERIFY(finished.wait(10000));
        QCOMPARE(plot->plot()->points().size(), 8);
        QCOMPARE(results->table()->model()->rowCount(), 8);
        QVERIFY(exportTable->isEnabled());
    }

    /** In its dock: Run stays visible in a short dock, and the wheel scrolls the form instead of changing values. */
    void dockFooterAndWheel()
    {
        AppContext context(2);
        TaskRunner runner(context.threadPool());
        std::unique_ptr<ImageDocument> doc = openSampleDocument();
        GlcmDock dock(&runner, nullptr);
        dock.setDocument(doc.get());
        dock.resize(420, 220); // shorter than the form
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        auto* run = dock.findChild<QPushButton*>(QStringLiteral("glcmRun"));
        auto* footer = dock.findChild<QWidget*>(QStringLiteral("glcmFooter"));
        QVERIFY(run && footer && run->isVisible());
        QVERIFY(!footer->isAncestorOf(dock.findChild<QComboBox*>(QStringLiteral("glcmSymmetry"))));
        const QRect runInDock(run->mapTo(&dock, QPoint(0, 0)), run->size());
        QVERIFY2(dock.rect().contains(runInDock), "Run is outside the dock");

        auto* scroll = dock.findChild<QScrollArea*>();
        QVERIFY(scroll && scroll->verticalScrollBar()->maximum() > 0);
        auto* symmetry = dock.findChild<QComboBox*>(QStringLiteral("glcmSymmetry"));
        const int index = symmetry->currentIndex();
        const int scrolled = scroll->verticalScrollBar()->value();
        // Returns whether the widget accepted the wheel (a real, spontaneous event that is not accepted goes on
        // to the parents, i.e. scrolls the form; a synthesized one stops, so the scrolling itself is not seen here).
        const auto wheelOn = [](QWidget* w) {
            const QPointF pos(w->width() / 2.0, w->height() / 2.0);
            QWheelEvent event(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(w, &event);
            return event.isAccepted();
        };
        QVERIFY(!symmetry->hasFocus());
        QVERIFY(!wheelOn(symmetry));               // passed on to the scroll area
        QCOMPARE(symmetry->currentIndex(), index); // not changed by scrolling past it
        QCOMPARE(scroll->verticalScrollBar()->value(), scrolled);
        symmetry->setFocus();
        QTRY_VERIFY(symmetry->hasFocus());
        wheelOn(symmetry);
        QVERIFY(symmetry->currentIndex() != index); // a focused field takes the wheel
        runner.shutdown();
    }

    void closeDuringRun()
    {
        AppContext context(2);
        auto* window = new MainWindow(context);
        QSignalSpy loaded(window, &MainWindow::loadFinished);
        window->openFile(MainWindow::samplePath());
        QVERIFY(loaded.wait(10000));
        auto* glcm = window->findChild<GlcmDock*>(QStringLiteral("glcmDock"));
        std::vector<Roi> many;
        for (int i = 0; i < 3000; ++i) {
            many.push_back(Roi::rectangle(QStringLiteral("r%1").arg(i), 0, 0, 300, 300));
        }
        addRois(*window->document(), many);
        glcm->panel()->run();
        QVERIFY(glcm->panel()->isRunning());
        QTest::qWait(50);
        window->close();
        delete window; // cancels, waits for its workers, never calls back into the deleted panels
        QTRY_COMPARE_WITH_TIMEOUT(context.threadPool()->activeThreadCount(), 0, 2000);
    }

    void widgetsFollowUndo()
    {
        Fixture f;
        f.choosePreset(2);
        QCOMPARE(f.child<QSpinBox>("glcmLevels")->value(), 128);
        QCOMPARE(f.child<QLineEdit>("glcmDistances")->text(), QStringLiteral("7"));
        f.child<QCheckBox>("glcmOrientationVERTICAL")->setChecked(false);
        QCOMPARE(f.doc->parameters<GlcmParams>(AnalysisKind::Glcm).orientations.size(), std::size_t(3));
        QCOMPARE(f.child<QComboBox>("glcmPreset")->currentIndex(), 0); // no longer a preset
        f.doc->undoStack()->undo();
        QVERIFY(f.child<QCheckBox>("glcmOrientationVERTICAL")->isChecked());
        QCOMPARE(f.child<QComboBox>("glcmPreset")->currentIndex(), 2);
        f.doc->undoStack()->undo();
        QCOMPARE(f.child<QSpinBox>("glcmLevels")->value(), 32);
        QCOMPARE(f.child<QComboBox>("glcmPreset")->currentIndex(), 1);
        auto* symmetry = f.child<QComboBox>("glcmSymmetry");
        symmetry->setCurrentIndex(symmetry->findData(int(GlcmSymmetry::Symmetric)));
        emit symmetry->activated(symmetry->currentIndex());
        QCOMPARE(f.doc->parameters<GlcmParams>(AnalysisKind::Glcm).symmetry, GlcmSymmetry::Symmetric);
        QVERIFY(f.doc->parameters<GlcmParams>(AnalysisKind::Glcm).isSymmetric());
        f.doc->undoStack()->undo();
        QCOMPARE(symmetry->currentData().toInt(), int(GlcmSymmetry::ByConvention));
        // distances: parsing and refusal
        QCOMPARE(GlcmPanel::parseDistances(QStringLiteral(" 1, 3 ,7")), std::optional<std::vector<int>>({1, 3, 7}));
        QVERIFY(!GlcmPanel::parseDistances(QStringLiteral("1, 1")));
        QVERIFY(!GlcmPanel::parseDistances(QStringLiteral("0")));
        QVERIFY(!GlcmPanel::parseDistances(QStringLiteral("two")));
        auto* distances = f.child<QLineEdit>("glcmDistances");
        const int steps = f.doc->undoStack()->count();
        distances->setText(QStringLiteral("1, x"));
        emit distances->editingFinished();
        QCOMPARE(f.doc->undoStack()->count(), steps); // refused, with a message
        QVERIFY(f.child<QLabel>("glcmStatus")->text().contains(QStringLiteral("whole numbers")));
        distances->setText(QStringLiteral("1, 3, 7"));
        emit distances->editingFinished();
        QCOMPARE(f.doc->parameters<GlcmParams>(AnalysisKind::Glcm).distances, (std::vector<int>{1, 3, 7}));
        // every control has a tool tip
        for (QWidget* w : f.panel.findChildren<QWidget*>()) {
            if (!w->objectName().startsWith(QLatin1String("glcm")) || w->objectName() == QLatin1String("glcmPanel") ||
                w->objectName() == QLatin1String("glcmFooter")) {
                continue;
            }
            QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->objectName()));
        }
    }
};

QTEST_MAIN(TestGlcmPanel)
#include "TestGlcmPanel.moc"
