// The Segment dock on a real main window (offscreen): threshold panel → Apply → watershed run gives tessera-cli's
// object count (the CLI run in-process with the same parameters), the preview draws seeds, Cancel and closing the
// window during a run, a constant image, undo of a run.
#include "core/io/ImageReader.h"
#include "core/io/TiffWriter.h"
#include "tests/core/CliTestSupport.h"
#include "tests/ui/RoiToolTestSupport.h"
#include "ui/async/TaskRunner.h"
#include "ui/segmentation/SegmentationPanel.h"
#include "ui/segmentation/SegmentationPreview.h"
#include "ui/threshold/ThresholdPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QTemporaryDir>
#include <QToolButton>

using namespace tessera;
using roitest::isolateSettings;

namespace {

const QString nucleiPath =
    QStringLiteral(TESSERA_TEST_DATA "/cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.tif");

template <typename T> T* child(QObject* parent, const char* name)
{
    T* w = parent->findChild<T*>(QLatin1String(name));
    if (!w) {
        qFatal("no child %s", name);
    }
    return w;
}

void chooseItem(QComboBox* combo, const QVariant& data)
{
    const int i = combo->findData(data) >= 0 ? combo->findData(data) : combo->findText(data.toString());
    QVERIFY2(i >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(i);
    emit combo->activated(i);
}

/** A main window showing path, with the threshold and segment docks visible (the others hidden). */
struct Window
{
    AppContext context{2};
    std::unique_ptr<MainWindow> w;
    ThresholdPanel* threshold = nullptr;
    SegmentationPanel* segment = nullptr;

    bool open(const QString& path)
    {
        w = std::make_unique<MainWindow>(context);
        for (QDockWidget* dock : w->findChildren<QDockWidget*>()) {
            dock->hide();
        }
        threshold = w->findChild<ThresholdPanel*>(QStringLiteral("thresholdPanel"));
        segment = w->findChild<SegmentationPanel*>(QStringLiteral("segmentationPanel"));
        if (!threshold || !segment) {
            return false;
        }
        w->resize(1200, 900);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get())) {
            return false;
        }
        QSignalSpy loaded(w.get(), &MainWindow::loadFinished);
        w->openFile(path);
        if (!loaded.wait(20000) || !loaded.first().first().toBool()) {
            return false;
        }
        for (QDockWidget* dock : {static_cast<QDockWidget*>(threshold), static_cast<QDockWidget*>(segment)}) {
            w->removeDockWidget(dock);
            w->addDockWidget(Qt::RightDockWidgetArea, dock);
            dock->show();
        }
        QCoreApplication::processEvents();
        return true;
    }
    ImageDocument* doc() const { return w->document(); }
    /** Clicks Run and waits for the label layer (false on timeout). */
    bool runAndWait(int timeoutMs = 60000)
    {
        QSignalSpy done(segment, &SegmentationPanel::segmented);
        QTest::mouseClick(child<QPushButton>(segment, "runButton"), Qt::LeftButton);
        return done.count() > 0 || done.wait(timeoutMs);
    }
};

QStringList words(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* w : list) {
        out << QLatin1String(w);
    }
    return out;
}

/** Objects tessera-cli segment counts on path with args. */
int cliObjects(const QString& path, const QStringList& args)
{
    const test::CliRun run = test::runCliWith(QStringList{QStringLiteral("segment"), path} + args);
    if (run.status != 0) {
        qWarning("tessera-cli segment failed: %s", qPrintable(run.err));
        return -1;
    }
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("objects")).toInt(-1);
}

/** A uniform 8-bit TIFF (side × side of value), or a 4096² tiling of the nuclei image (value < 0), in dir. */
QString writeImage(const QTemporaryDir& dir, const QString& name, int side, int value)
{
    Expected<Image> image = Image::create(PixelType::UInt8, side, side);
    if (value >= 0) {
        image->plane(0).setTo(value);
    } else {
        const Expected<Image> nuclei = ImageReader().read(nucleiPath);
        cv::Mat tiled;
        cv::repeat(nuclei->plane(0), side / nuclei->height(), side / nuclei->width(), tiled);
        tiled.copyTo(image->plane(0));
    }
    const QString path = dir.filePath(name);
    return TiffWriter().write(image.value(), path).isOk() ? path : QString();
}

} // namespace

class TestSegmentationPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(QStringLiteral("TestSegmentationPanel")); }

    void countEqualsCli_data()
    {
        QTest::addColumn<bool>("applyMask");
        QTest::addColumn<QString>("pre");      // typed into the chain's text field ("" = keep the default)
        QTest::addColumn<bool>("gaussianOff"); // untick the default Gaussian step
        QTest::addColumn<int>("watershed");
        QTest::addColumn<bool>("refine");
        QTest::addColumn<QStringList>("cliArgs");
        QTest::newRow("applied mask, distance")
            << true << QString() << true << int(WatershedMode::DistanceTransform) << true
            << words({"--method", "Otsu", "--pre", "none", "--watershed", "distance"});
        QTest::newRow("applied mask, imagej, no refinement")
            << true << QString() << false << int(WatershedMode::ImageJ) << false
            << words({"--method", "Otsu", "--pre", "none", "--watershed", "imagej", "--no-refine"});
        QTest::newRow("threshold settings, median chain")
            << false << QStringLiteral("median:3,gaussian:1") << false << int(WatershedMode::DistanceTransform) << true
            << words({"--method", "Otsu", "--pre", "median:3,gaussian:1", "--watershed", "distance"});
    }
    void countEqualsCli()
    {
        QFETCH(bool, applyMask);
        QFETCH(QString, pre);
        QFETCH(bool, gaussianOff);
        QFETCH(int, watershed);
        QFETCH(bool, refine);
        QFETCH(QStringList, cliArgs);
        Window win;
        QVERIFY(win.open(nucleiPath));
        chooseItem(child<QComboBox>(win.threshold, "methodCombo"), QStringLiteral("Otsu"));
        QCOMPARE(win.doc()->parameters<ThresholdSettings>(AnalysisKind::Threshold).method, QStringLiteral("Otsu"));
        if (applyMask) {
            QTest::mouseClick(child<QPushButton>(win.threshold, "applyButton"), Qt::LeftButton);
            QVERIFY(win.doc()->hasMaskLayer());
        }
        auto* source = child<QLabel>(win.segment, "maskSourceLabel");
        QVERIFY2(source->text().contains(applyMask ? QStringLiteral("mask layer") : QStringLiteral("Otsu")),
                 qPrintable(source->text()));
        if (gaussianOff) {
            child<QCheckBox>(win.segment, "stepCheck0")->click();
        }
        if (!pre.isEmpty()) {
            auto* text = child<QLineEdit>(win.segment, "preprocessText");
            text->setFocus();
            text->selectAll();
            QTest::keyClicks(text, pre);
            QTest::keyClick(text, Qt::Key_Return);
        }
        chooseItem(child<QComboBox>(win.segment, "watershedCombo"), watershed);
        if (child<QCheckBox>(win.segment, "refineCheck")->isChecked() != refine) {
            child<QCheckBox>(win.segment, "refineCheck")->click();
        }
        const auto stored = win.doc()->parameters<SegmentationParams>(AnalysisKind::Segmentation);
        QCOMPARE(int(stored.watershed), watershed);
        QCOMPARE(stored.refineOutlines, refine);
        QCOMPARE(stored.method, ThresholdMethod::Otsu);
        if (!pre.isEmpty()) {
            QCOMPARE(Preprocess::toText(stored.preprocess), pre);
        }
        QVERIFY(!Preprocess::isActive(stored.preprocess) == gaussianOff);

        const int undoBefore = win.doc()->undoStack()->count();
        QVERIFY(win.runAndWait());
        QVERIFY(win.doc()->hasLabelLayer());
        const int objects = win.doc()->labelLayer().count;
        const int expected = cliObjects(nucleiPath, cliArgs);
        qInfo("%d objects (tessera-cli: %d)", objects, expected);
        QVERIFY(expected > 100);
        QCOMPARE(objects, expected);
        QVERIFY(win.doc()->hasResult(AnalysisKind::Segmentation));
        QCOMPARE(win.doc()->result<SegmentationResult>(AnalysisKind::Segmentation)->labels.count, objects);
        QVERIFY(!win.doc()->isStale(AnalysisKind::Segmentation));
        QVERIFY(child<QLabel>(win.segment, "objectCountLabel")->text().contains(QString::number(objects)));
        const QString summary = child<QLabel>(win.segment, "summaryLabel")->text();
        QVERIFY2(summary.contains(QString::number(objects)) && summary.contains(QStringLiteral("mean area")),
                 qPrintable(summary));

        if (const QByteArray shots = qgetenv("TESSERA_SCREENSHOT_DIR"); !shots.isEmpty()) {
            win.segment->resize(420, 900);
            win.segment->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/segment-panel.png"));
        }
        // Undo of the run removes the label layer (one step).
        QCOMPARE(win.doc()->undoStack()->count(), undoBefore + 1);
        QCOMPARE(win.doc()->undoStack()->undoText(), QStringLiteral("Segment"));
        win.doc()->undoStack()->undo();
        QVERIFY(!win.doc()->hasLabelLayer());
        win.doc()->undoStack()->redo();
        QCOMPARE(win.doc()->labelLayer().count, objects);
    }

    void controlsExplainThemselves()
    {
        Window win;
        QVERIFY(win.open(nucleiPath));
        int controls = 0;
        for (QWidget* w : win.segment->findChildren<QWidget*>()) {
            if ((qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractButton*>(w) ||
                 qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QLineEdit*>(w)) &&
                !w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_"))) {
                ++controls;
                QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->objectName()));
            }
        }
        QVERIFY(controls >= 15);
        // A bad chain typed into the text field is explained and not applied.
        const auto before = win.doc()->parameters<SegmentationParams>(AnalysisKind::Segmentation).preprocess;
        auto* text = child<QLineEdit>(win.segment, "preprocessText");
        text->setText(QStringLiteral("median:5,blur:2"));
        emit text->editingFinished();
        auto* error = child<QLabel>(win.segment, "preprocessError");
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("blur")), qPrintable(error->text()));
        QVERIFY(win.doc()->parameters<SegmentationParams>(AnalysisKind::Segmentation).preprocess == before);
        // Add, reorder and remove steps with the editor's controls (each one undo step).
        chooseItem(child<QComboBox>(win.segment, "addStepCombo"), int(PreprocessKind::Median));
        QCOMPARE(Preprocess::toText(win.doc()->parameters<SegmentationParams>(AnalysisKind::Segmentation).preprocess),
                 QStringLiteral("gaussian:1,median:2"));
        child<QToolButton>(win.segment, "stepUp1")->click();
        QCOMPARE(Preprocess::toText(win.doc()->parameters<SegmentationParams>(AnalysisKind::Segmentation).preprocess),
                 QStringLiteral("median:2,gaussian:1"));
        child<QSpinBox>(win.segment, "stepRadius0")->setValue(5);
        QCOMPARE(Preprocess::toText(win.doc()->parameters<SegmentationParams>(AnalysisKind::Segmentation).preprocess),
                 QStringLiteral("median:5,gaussian:1"));
        QCOMPARE(text->text(), QStringLiteral("median:5,gaussian:1"));
        child<QToolButton>(win.segment, "stepRemove1")->click();
        QCOMPARE(Preprocess::toText(win.doc()->parameters<SegmentationParams>(AnalysisKind::Segmentation).preprocess),
                 QStringLiteral("median:5"));
        win.doc()->undoStack()->undo();
        QCOMPARE(Preprocess::toText(win.doc()->parameters<SegmentationParams>(AnalysisKind::Segmentation).preprocess),
                 QStringLiteral("median:5,gaussian:1"));
        QCOMPARE(child<QSpinBox>(win.segment, "stepRadius0")->value(), 5);
    }

    void previewShowsSeeds()
    {
        Window win;
        QVERIFY(win.open(nucleiPath));
        chooseItem(child<QComboBox>(win.threshold, "methodCombo"), QStringLiteral("Otsu"));
        QSignalSpy previews(win.segment, &SegmentationPanel::previewComputed);
        chooseItem(child<QComboBox>(win.segment, "watershedCombo"), int(WatershedMode::DistanceTransform));
        QVERIFY(previews.wait(20000));
        SegmentationPreviewOverlay* overlay = win.segment->previewOverlay();
        QVERIFY(overlay->hasPreview());
        const SegmentationPreview& preview = overlay->preview();
        QVERIFY(preview.region.contains(win.w->view()->visibleImageRect().toAlignedRect()));
        QVERIFY2(preview.seeds.size() > 100, qPrintable(QString::number(preview.seeds.size())));
        // Every seed lies on an object pixel of the preview's outline image region, inside the image.
        const QImage grab = win.w->view()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        int seedColoured = 0;
        for (int y = 0; y < grab.height(); ++y) {
            for (int x = 0; x < grab.width(); ++x) {
                const QRgb p = grab.pixel(x, y);
                seedColoured += qRed(p) > 200 && qGreen(p) > 120 && qGreen(p) < 220 && qBlue(p) < 60 ? 1 : 0;
            }
        }
        QVERIFY2(seedColoured > int(preview.seeds.size()), qPrintable(QString::number(seedColoured)));
        if (const QByteArray shots = qgetenv("TESSERA_SCREENSHOT_DIR"); !shots.isEmpty()) {
            win.w->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/segment-preview.png"));
        }
        // A change of the seed tolerance gives a new preview with fewer seeds.
        const size_t before = preview.seeds.size();
        previews.clear();
        auto* tolerance = child<QDoubleSpinBox>(win.segment, "toleranceSpin");
        tolerance->setValue(3.0);
        QVERIFY(previews.wait(20000));
        QVERIFY(overlay->preview().seeds.size() < before);
        // Preview off: nothing drawn.
        child<QCheckBox>(win.segment, "previewCheck")->click();
        QVERIFY(!overlay->hasPreview());
    }

    void cancelRun()
    {
        QTemporaryDir dir;
        const QString big = writeImage(dir, QStringLiteral("big.tif"), 4096, -1);
        QVERIFY(!big.isEmpty());
        Window win;
        QVERIFY(win.open(big));
        child<QCheckBox>(win.segment, "previewCheck")->click(); // only the run works
        auto* text = child<QLineEdit>(win.segment, "preprocessText");
        text->setText(QStringLiteral("median:8,gaussian:1"));
        emit text->editingFinished();
        chooseItem(child<QComboBox>(win.segment, "watershedCombo"), int(WatershedMode::DistanceTransform));
        QSignalSpy segmented(win.segment, &SegmentationPanel::segmented);
        QSignalSpy ended(win.segment, &SegmentationPanel::runEnded);
        QSignalSpy finished(win.w->runner(), &TaskRunner::taskFinished);
        QTest::mouseClick(child<QPushButton>(win.segment, "runButton"), Qt::LeftButton);
        auto* cancel = child<QPushButton>(win.segment, "cancelRunButton");
        QVERIFY(cancel->isEnabled());
        QVERIFY(child<QProgressBar>(win.segment, "segmentProgress")->isVisible());
        QTest::qWait(150);
        QVERIFY(win.w->runner()->isRunning(win.segment->runTaskKey()));
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(cancel, Qt::LeftButton);
        // Visible at once: the panel is idle again.
        QVERIFY(!cancel->isEnabled());
        QVERIFY(!child<QProgressBar>(win.segment, "segmentProgress")->isVisible());
        QCOMPARE(ended.count(), 1);
        QVERIFY(child<QLabel>(win.segment, "segmentStatus")->text().contains(QStringLiteral("Cancelled")));
        // The worker stops soon (the pipeline polls between bands, rows and stages).
        const QString key = win.segment->runTaskKey();
        auto runFinished = [&finished, &key] {
            for (const QList<QVariant>& args : finished) {
                if (args.first().toString() == key) {
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(runFinished(), 5000);
        qInfo("worker stopped %lld ms after Cancel", qint64(clock.elapsed()));
        QTest::qWait(200);
        QCOMPARE(segmented.count(), 0);
        QVERIFY(!win.doc()->hasLabelLayer());
    }

    void parameterChangeRestartsRun()
    {
        QTemporaryDir dir;
        const QString big = writeImage(dir, QStringLiteral("big.tif"), 4096, -1);
        Window win;
        QVERIFY(win.open(big));
        child<QCheckBox>(win.segment, "previewCheck")->click();
        chooseItem(child<QComboBox>(win.segment, "watershedCombo"), int(WatershedMode::DistanceTransform));
        QSignalSpy segmented(win.segment, &SegmentationPanel::segmented);
        QTest::mouseClick(child<QPushButton>(win.segment, "runButton"), Qt::LeftButton);
        child<QDoubleSpinBox>(win.segment, "minSizeSpin")->setValue(200.0); // during the run
        QVERIFY(segmented.wait(60000));
        QTest::qWait(100);
        QCOMPARE(segmented.count(), 1); // the first run was superseded
        const auto result = win.doc()->result<SegmentationResult>(AnalysisKind::Segmentation);
        QVERIFY(result);
        const LabelStats stats = labelStats(result->labels.labels, result->labels.count);
        for (int l = 1; l <= result->labels.count; ++l) {
            QVERIFY(stats.area[size_t(l)] >= 200);
        }
        QCOMPARE(win.doc()->parameters<SegmentationParams>(AnalysisKind::Segmentation).minSize, 200.0);
    }

    void closeDuringRun()
    {
        QTemporaryDir dir;
        const QString big = writeImage(dir, QStringLiteral("big.tif"), 4096, -1);
        Window win;
        QVERIFY(win.open(big));
        child<QLineEdit>(win.segment, "preprocessText")->setText(QStringLiteral("median:8"));
        emit child<QLineEdit>(win.segment, "preprocessText")->editingFinished();
        QTest::mouseClick(child<QPushButton>(win.segment, "runButton"), Qt::LeftButton);
        QTest::qWait(100);
        QElapsedTimer clock;
        clock.start();
        win.w->close();
        win.w.reset(); // the window's runner cancels and waits for its workers
        qInfo("window gone %lld ms after close", qint64(clock.elapsed()));
        QCOMPARE(win.context.threadPool()->activeThreadCount(), 0);
        QTest::qWait(50); // no callback into the destroyed window
    }

    void constantImageHasNoObjects()
    {
        QTemporaryDir dir;
        const QString flat = writeImage(dir, QStringLiteral("flat.tif"), 64, 100);
        Window win;
        QVERIFY(win.open(flat));
        QVERIFY(win.runAndWait());
        QCOMPARE(win.doc()->labelLayer().count, 0);
        QCOMPARE(child<QLabel>(win.segment, "objectCountLabel")->text(), QStringLiteral("No objects."));
        const QString status = child<QLabel>(win.segment, "segmentStatus")->text();
        QVERIFY2(status.contains(QStringLiteral("constant")), qPrintable(status));
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(win.w->findChildren<QMessageBox*>().isEmpty());
    }
};

QTEST_MAIN(TestSegmentationPanel)
#include "TestSegmentationPanel.moc"
