#include "core/task/TaskContext.h"
#include "ui/app/AppContext.h"
#include "ui/app/DocumentPanel.h"
#include "ui/app/MainWindow.h"
#include "ui/async/TaskRunner.h"
#include "ui/display/DisplayPanel.h"
#include "ui/document/commands/RoiCommands.h"
#include "ui/histogram/HistogramPanel.h"
#include "ui/plots/ScatterPlot.h"
#include "ui/roi/RoiManagerDock.h"
#include "ui/settings/Settings.h"
#include "ui/texture/GlcmPanel.h"
#include "ui/viewer/ImageView.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLayout>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoGroup>
#include <QtTest>

#include <opencv2/core.hpp>

#include <atomic>
#include <chrono>
#include <thread>

using namespace tessera;

namespace {
const QString dataDir = QStringLiteral(TESSERA_TEST_DATA);

bool openAndWait(MainWindow& w, const QString& path, bool expectOk = true)
{
    QSignalSpy spy(&w, &MainWindow::loadFinished);
    w.openFile(path);
    if (!spy.wait(10000)) {
        return false;
    }
    return spy.first().first().toBool() == expectOk;
}

QMessageBox* findErrorBox(QWidget* parent)
{
    return parent->findChild<QMessageBox*>(QStringLiteral("errorBox"));
}

/** A panel that records the documents it is given. */
class RecordingPanel : public DocumentPanel
{
public:
    RecordingPanel() : DocumentPanel(QStringLiteral("Recording"), QStringLiteral("recordingPanel")) {}
    QList<ImageDocument*> seen;

protected:
    void documentChanged(ImageDocument*) override { seen.append(document()); }
};
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
    AppContext m_context;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TesseraTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestMainWindow"));
        Settings().clearRecentFiles();
    }

    void opensSampleAndShowsPixelValues()
    {
        MainWindow w(m_context);
        w.resize(800, 600);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(openAndWait(w, MainWindow::samplePath()));
        QVERIFY(w.document());
        QCOMPARE(w.document()->image().width(), 300);
        QCOMPARE(w.document()->image().pixelType(), PixelType::UInt16);
        QVERIFY(w.windowTitle().contains(QStringLiteral("pyimagej_test_still.tif")));
        QCOMPARE(w.view()->image().size(), QSize(300, 300));
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("infoLabel"))->text().contains(QStringLiteral("300×300")));

        // Move the mouse over pixel (120, 45) and read the status bar.
        ImageView* view = w.view();
        const QPoint at = view->imageToWidget(QPointF(120.5, 45.5)).toPoint();
        QTest::mouseMove(view, at);
        const QString text = w.findChild<QLabel*>(QStringLiteral("cursorLabel"))->text();
        const int expected = w.document()->currentPlane().at<quint16>(45, 120);
        QVERIFY2(text.contains(QStringLiteral("x=120, y=45")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("value=%1").arg(expected)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("µm")), qPrintable(text)); // calibrated 0.325 µm/px
    }

    void hyperstackSlidersChangePlane()
    {
        MainWindow w(m_context);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(openAndWait(w, dataDir + QStringLiteral("/synthetic/hyperstack.tif")));
        auto* channel = w.findChild<QSlider*>(QStringLiteral("channelSlider"));
        auto* slice = w.findChild<QSlider*>(QStringLiteral("sliceSlider"));
        auto* frame = w.findChild<QSlider*>(QStringLiteral("frameSlider"));
        QVERIFY(channel && slice && frame);
        QVERIFY(channel->isVisible());
        QVERIFY(slice->isVisible());
        QVERIFY(!frame->isVisible());
        QCOMPARE(channel->maximum(), 2);
        QCOMPARE(slice->maximum(), 5);
        const QImage before = w.view()->image();
        slice->setValue(4);
        channel->setValue(2);
        QCOMPARE(w.document()->position(), (PlanePosition{1, 3, 0}));
        QVERIFY(w.view()->image() != before);
    }

    void badFileShowsErrorAndKeepsImage_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("not an image") << QByteArray("hello, this is text") << QStringLiteral("bad.tif");
        QTest::newRow("truncated tiff") << QByteArray("II*\0\x08\0\0\0", 8) << QStringLiteral("bad.tif");
    }
    void badFileShowsErrorAndKeepsImage()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expectedText);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.tif"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();

        MainWindow w(m_context);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(openAndWait(w, MainWindow::samplePath()));
        ImageDocument* good = w.document();
        QVERIFY(openAndWait(w, path, false));
        QMessageBox* box = findErrorBox(&w);
        QVERIFY(box);
        QVERIFY2(box->text().contains(expectedText), qPrintable(box->text()));
        QCOMPARE(w.document(), good); // the open image is kept
        box->close();
    }

    void recentFilesRemembered()
    {
        Settings().clearRecentFiles();
        MainWindow w(m_context);
        const QString path =
            QFileInfo(dataDir + QStringLiteral("/imagej-ops_haralick_test_img.tif")).absoluteFilePath();
        QVERIFY(openAndWait(w, path));
        QCOMPARE(Settings().recentFiles().value(0), path);
    }

    void closingWhileLoadingIsSafe()
    {
        // A reader that blocks until it is cancelled, so the load is certainly in flight when the window closes.
        AppContext context;
        std::atomic<bool> started{false};
        std::atomic<bool> sawCancel{false};
        std::atomic<bool> returned{false};
        context.setImageLoader([&](const QString&, TaskContext& task, QStringList*) -> Expected<Image> {
            started = true;
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
            while (!task.isCancelled() && std::chrono::steady_clock::now() < deadline) {
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            sawCancel = task.isCancelled();
            returned = true;
            return Status::cancelled();
        });
        auto* w = new MainWindow(context);
        int finished = 0;
        connect(w, &MainWindow::loadFinished, this, [&finished] { ++finished; });
        w->show();
        w->openFile(dataDir + QStringLiteral("/synthetic/disks16.tif"));
        QTRY_VERIFY(started.load());
        QVERIFY(w->isLoading());
        QElapsedTimer timer;
        timer.start();
        w->close();
        delete w;                  // must cancel and wait for the worker, and never call back into the dead window
        QVERIFY(returned.load());  // the worker had returned before the window was gone
        QVERIFY(sawCancel.load()); // because it was cancelled, not because it ran out
        QVERIFY(timer.elapsed() < 5000);
        QTest::qWait(50);
        QCOMPARE(finished, 0);
    }

    void loaderFailureShowsMessage_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("std::exception") << 0 << QStringLiteral("decoder exploded");
        QTest::newRow("cv::Exception") << 1 << QStringLiteral("OpenCV");
        QTest::newRow("unknown exception") << 2 << QStringLiteral("unknown");
        QTest::newRow("error status") << 3 << QStringLiteral("strip 7 is damaged");
    }
    void loaderFailureShowsMessage()
    {
        QFETCH(int, kind);
        QFETCH(QString, expectedText);
        AppContext context;
        context.setImageLoader([kind](const QString&, TaskContext&, QStringList*) -> Expected<Image> {
            switch (kind) {
            case 0:
                throw std::runtime_error("decoder exploded");
            case 1:
                CV_Error(cv::Error::StsBadArg, "bad strip");
            case 2:
                throw 7;
            default:
                return Status::ioError(QStringLiteral("strip 7 is damaged"));
            }
        });
        MainWindow w(context);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(openAndWait(w, QStringLiteral("any.tif"), false)); // loadFinished(false)
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = findErrorBox(&w)) != nullptr);
        QVERIFY2(box->text().contains(expectedText, Qt::CaseInsensitive), qPrintable(box->text()));
        QVERIFY(!w.isLoading());
        QTRY_VERIFY(!w.findChild<QProgressBar*>(QStringLiteral("progressBar"))->isVisible()); // busy state ended
        QVERIFY(!w.document());
        box->close();
    }

    void failingTaskShowsMessageBox()
    {
        // A panel's analysis that throws and passes no onError: the window shows the message, nothing stays busy.
        MainWindow w(m_context);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.runner()->run<int>(
            QStringLiteral("glcm"), [](TaskContext&) -> int { throw std::length_error("matrix too large"); }, &w,
            [](const int&) { QFAIL("must not succeed"); });
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = findErrorBox(&w)) != nullptr);
        QVERIFY2(box->text().contains(QStringLiteral("matrix too large")), qPrintable(box->text()));
        QVERIFY(!w.runner()->isBusy());
        box->close();
    }

    void lutAndInvertGoThroughTheDocument()
    {
        MainWindow w(m_context);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(openAndWait(w, MainWindow::samplePath()));
        const QImage before = w.view()->image();
        const QPoint at(120, 45);
        const QRgb original = before.pixel(at);
        auto* invert = w.findChild<QAction*>(QStringLiteral("actionInvertLut"));
        QVERIFY(invert);
        invert->trigger();
        QVERIFY(w.document()->isInverted());
        const QRgb inverted = w.view()->image().pixel(at);
        QCOMPARE(qGray(inverted), 255 - qGray(original));
        invert->trigger();
        QCOMPARE(w.view()->image().pixel(at), original);

        QAction* fire = nullptr;
        for (QAction* a : w.findChildren<QAction*>()) {
            if (a->data().toString() == QLatin1String("Fire")) {
                fire = a;
            }
        }
        QVERIFY(fire);
        fire->trigger();
        QCOMPARE(w.document()->channelView(0).lut, QStringLiteral("Fire"));
        // Grays gives r = g = b everywhere; Fire colours the same pixels.
        const QImage fired = w.view()->image();
        bool coloured = false;
        for (int y = 0; y < fired.height() && !coloured; y += 7) {
            for (int x = 0; x < fired.width() && !coloured; x += 7) {
                const QRgb c = fired.pixel(x, y);
                coloured = qRed(c) != qGreen(c) || qGreen(c) != qBlue(c);
            }
        }
        QVERIFY(coloured);
        QCOMPARE(w.document()->undoStack()->count(), 0); // view state, not an edit
    }

    void undoRedoAndModifiedTitle()
    {
        MainWindow w(m_context);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(openAndWait(w, MainWindow::samplePath()));
        auto* undo = w.findChild<QAction*>(QStringLiteral("actionUndo"));
        auto* redo = w.findChild<QAction*>(QStringLiteral("actionRedo"));
        QVERIFY(undo && redo);
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
        QVERIFY(!undo->isEnabled());
        QVERIFY(!w.isWindowModified());
        ImageDocument* doc = w.document();
        doc->undoStack()->push(new AddRoisCommand(doc, {Roi::rectangle(QStringLiteral("crop"), 10, 10, 50, 50)}));
        QVERIFY(w.isWindowModified());
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().contains(QStringLiteral("crop")), qPrintable(undo->text()));
        undo->trigger();
        QCOMPARE(doc->roiCount(), 0);
        QVERIFY(!w.isWindowModified());
        redo->trigger();
        QCOMPARE(doc->roiCount(), 1);
        QVERIFY(w.isWindowModified());
        QCOMPARE(w.undoGroup()->activeStack(), doc->undoStack());
        QVERIFY(w.findChild<QAction*>(QStringLiteral("actionUndoHistory")));
    }

    void panelsFollowTheDocument()
    {
        MainWindow w(m_context);
        auto* panel = new RecordingPanel;
        QCOMPARE(w.addPanel(panel, Qt::RightDockWidgetArea), panel);
        QCOMPARE(panel->parent(), &w);
        QVERIFY(w.panels().contains(panel));
        QVERIFY(w.findChild<QMenu*>(QStringLiteral("panelsMenu"))->actions().contains(panel->toggleViewAction()));
        QVERIFY(panel->seen.isEmpty()); // no document yet: nothing changed
        QVERIFY(openAndWait(w, MainWindow::samplePath()));
        QCOMPARE(panel->seen.size(), 1);
        QCOMPARE(panel->document(), w.document());
        QVERIFY(openAndWait(w, dataDir + QStringLiteral("/imagej-ops_haralick_test_img.tif")));
        QCOMPARE(panel->seen.size(), 2);
        QCOMPARE(panel->document(), w.document());
    }

    void defaultLayoutWithoutSavedState()
    {
        Settings().setWindowGeometry({});
        Settings().setWindowState({});
        MainWindow w(m_context);
        // Most of the screen, not a small window in a corner.
        const QRect available = w.screen()->availableGeometry();
        QVERIFY(w.width() >= available.width() * 9 / 10 - 1 && w.width() <= available.width());
        QVERIFY(w.height() >= available.height() * 9 / 10 - 1 && w.height() <= available.height());
        QVERIFY(available.contains(w.geometry()));
        // The viewer on the left, the panels on the right in two tabbed areas: the ROI manager with the GLCM panel
        // above; the texture plot (in front) with the histogram, display and threshold panels below.
        auto* roi = w.findChild<RoiManagerDock*>();
        auto* glcm = w.findChild<GlcmDock*>();
        auto* scatter = w.findChild<ScatterPlotDock*>();
        auto* display = w.findChild<DisplayPanel*>();
        auto* histogram = w.findChild<HistogramPanel*>();
        QVERIFY(roi && glcm && scatter && display && histogram);
        for (QDockWidget* dock :
             {static_cast<QDockWidget*>(roi), static_cast<QDockWidget*>(glcm), static_cast<QDockWidget*>(scatter),
              static_cast<QDockWidget*>(display), static_cast<QDockWidget*>(histogram)}) {
            QCOMPARE(w.dockWidgetArea(dock), Qt::RightDockWidgetArea);
        }
        QVERIFY(w.tabifiedDockWidgets(roi).contains(glcm));
        QVERIFY(!w.tabifiedDockWidgets(roi).contains(scatter));
        QVERIFY(w.tabifiedDockWidgets(scatter).contains(histogram));
        QVERIFY(w.tabifiedDockWidgets(scatter).contains(display));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(roi->isVisible() && !roi->visibleRegion().isEmpty()); // the tabs in front
        QTRY_VERIFY(!scatter->visibleRegion().isEmpty());
        QVERIFY(glcm->visibleRegion().isEmpty());
        QVERIFY(histogram->visibleRegion().isEmpty());
        // The viewer keeps the larger part of the width
        // (the offscreen screen is only 800 px wide: the right column's minimum width leaves the viewer ~45 %)
        QTRY_VERIFY(w.findChild<ImageView*>()->width() > w.width() * 2 / 5);
    }

    void defaultLayoutFitsShortScreens()
    {
        // A 1280×720 screen leaves about 650 px for the window (task bar, title bar). With the default layout every
        // dock fits in that: the form panels scroll, the plots and tables can be short, the results table is a tab
        // beside the plot (the default window for the 800 px offscreen screen is 720 px tall, under 900), and the
        // default geometry stays on the screen.
        Settings().setWindowGeometry({});
        Settings().setWindowState({});
        MainWindow w(m_context);
        const QRect available = w.screen()->availableGeometry();
        QVERIFY(w.width() <= available.width() && w.height() <= available.height());
        QVERIFY(available.contains(w.pos()));
        auto* scatter = w.findChild<ScatterPlotDock*>();
        auto* results = w.findChild<QDockWidget*>(QStringLiteral("resultsDock"));
        QVERIFY(scatter && results);
        QVERIFY(w.tabifiedDockWidgets(scatter).contains(results));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.layout()->activate();
        QString heights; // each dock's minimum height, for the failure message
        for (QDockWidget* dock : w.findChildren<QDockWidget*>()) {
            heights += QStringLiteral(" %1=%2").arg(dock->objectName()).arg(dock->minimumSizeHint().height());
        }
        QVERIFY2(w.minimumSizeHint().height() <= 600,
                 qPrintable(QStringLiteral("window %1:%2").arg(w.minimumSizeHint().height()).arg(heights)));
        // No panel on the right asks for much of a short column.
        for (const char* name : {"histogramPanel", "displayPanel", "thresholdPanel", "segmentationPanel",
                                 "scatterPlotDock", "roiManagerDock", "glcmDock", "objectsPanel", "imagesPanel"}) {
            auto* dock = w.findChild<QDockWidget*>(QLatin1String(name));
            QVERIFY2(dock, name);
            QVERIFY2(dock->minimumSizeHint().height() <= 240, qPrintable(heights));
        }
        QVERIFY(w.width() <= available.width() && w.height() <= available.height());
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
