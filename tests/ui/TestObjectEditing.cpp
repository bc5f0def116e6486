// Object editing on real widgets: the Objects panel, its tools on the viewer, the label overlay and "Add objects to ROI
// manager", with a label layer set through SetLabelLayerCommand (hand-placed rectangles on the nuclei image, or the
// nuclei thresholded by core functions). Expected labels are built by hand from the rectangles, not by the code under
// test.

#include "RoiToolTestSupport.h"

#include "core/io/ImageReader.h"
#include "core/segmentation/ConnectedComponents.h"
#include "core/task/TaskContext.h"
#include "core/threshold/AutoThreshold.h"
#include "core/threshold/ManualThreshold.h"
#include "ui/async/TaskRunner.h"
#include "ui/document/commands/LabelCommands.h"
#include "ui/objects/LabelOverlay.h"
#include "ui/objects/ObjectEditor.h"
#include "ui/objects/ObjectsPanel.h"

#include <QLabel>
#include <QScrollArea>
#include <QUndoStack>

#include <opencv2/imgproc.hpp>

using namespace tessera;
using namespace roitest;

namespace {

const QString nucleiPath =
    QStringLiteral(TESSERA_TEST_DATA "/cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.tif");

/** The hand-placed objects: label i + 1 fills kRects[i]. 3 and 4 are separated by a one-pixel line (column 50). */
const cv::Rect kRects[] = {{20, 20, 30, 30}, {70, 20, 30, 30}, {20, 80, 30, 30}, {51, 80, 30, 30}, {120, 80, 60, 30}};

cv::Mat handLabels(cv::Size size)
{
    cv::Mat labels(size, CV_32S, cv::Scalar(0));
    for (int i = 0; i < 5; ++i) {
        labels(kRects[i]).setTo(i + 1);
    }
    return labels;
}

int pixels(const cv::Mat& labels, int label)
{
    return cv::countNonZero(labels == label);
}

bool same(const cv::Mat& a, const cv::Mat& b)
{
    return a.size() == b.size() && cv::countNonZero(a != b) == 0;
}

} // namespace

class TestObjectEditing : public QObject
{
    Q_OBJECT
    AppContext m_context;

    struct Window
    {
        std::unique_ptr<MainWindow> w;
        ObjectsPanel* panel = nullptr;
        ImageDocument* doc = nullptr;
        cv::Mat original;
    };

    /** The nuclei image in a window with the Objects panel shown and labels set as one "Segment" step. */
    Window open(cv::Mat labels = {})
    {
        Window out;
        out.w = openSampleWindow(m_context, nucleiPath);
        if (!out.w) {
            return out;
        }
        out.panel = out.w->findChild<ObjectsPanel*>(QStringLiteral("objectsPanel"));
        out.panel->show();
        out.doc = out.w->document();
        if (labels.empty()) {
            labels = handLabels(cv::Size(out.doc->image().width(), out.doc->image().height()));
        }
        out.original = labels;
        out.doc->undoStack()->push(new SetLabelLayerCommand(out.doc, {labels, int(cv::norm(labels, cv::NORM_INF))},
                                                            out.doc->position(), QStringLiteral("Segment")));
        QCoreApplication::processEvents();
        out.w->view()->setFocus();
        return out;
    }

    template <typename T> static T* child(const Window& win, const char* name)
    {
        return win.w->findChild<T*>(QLatin1String(name));
    }

    static const cv::Mat& labels(const Window& win) { return win.doc->labelLayer().labels; }

private slots:
    void initTestCase() { isolateSettings(QStringLiteral("TestObjectEditing")); }

    void selectionByClick_data()
    {
        QTest::addColumn<QList<QPointF>>("clicks");
        QTest::addColumn<QList<int>>("modifiers");
        QTest::addColumn<QList<int>>("expected");
        const QPointF one(35, 35), two(85, 35), bg(300, 300);
        QTest::newRow("click one") << QList<QPointF>{one} << QList<int>{0} << QList<int>{1};
        QTest::newRow("click replaces") << QList<QPointF>{one, two} << QList<int>{0, 0} << QList<int>{2};
        QTest::newRow("shift adds") << QList<QPointF>{one, two} << QList<int>{0, Qt::ShiftModifier} << QList<int>{1, 2};
        QTest::newRow("ctrl toggles") << QList<QPointF>{one, two, one}
                                      << QList<int>{0, Qt::ShiftModifier, Qt::ControlModifier} << QList<int>{2};
        QTest::newRow("background clears") << QList<QPointF>{one, bg} << QList<int>{0, 0} << QList<int>{};
        QTest::newRow("watershed line is background")
            << QList<QPointF>{QPointF(35, 95), QPointF(50.5, 95)} << QList<int>{0, 0} << QList<int>{};
    }
    void selectionByClick()
    {
        QFETCH(QList<QPointF>, clicks);
        QFETCH(QList<int>, modifiers);
        QFETCH(QList<int>, expected);
        Window win = open();
        QVERIFY(win.w);
        useTool(*win.w, "actionObjectSelect");
        for (int i = 0; i < clicks.size(); ++i) {
            click(*win.w, clicks[i], Qt::KeyboardModifiers(modifiers[i]));
        }
        QCOMPARE(win.doc->selectedObjects(), QSet<int>(expected.begin(), expected.end()));
        QVERIFY(win.doc->selection().isEmpty()); // no ROI was selected or made
        QCOMPARE(win.doc->roiCount(), 0);
    }

    void deleteAndUndo_data()
    {
        QTest::addColumn<bool>("key");
        QTest::addColumn<QByteArray>("toolThen"); // the tool active when Delete is pressed
        QTest::newRow("Delete key") << true << QByteArray("actionObjectSelect");
        QTest::newRow("Delete key, split tool") << true << QByteArray("actionObjectSplit");
        QTest::newRow("button") << false << QByteArray("actionObjectSelect");
    }
    void deleteAndUndo()
    {
        QFETCH(bool, key);
        QFETCH(QByteArray, toolThen);
        Window win = open();
        QVERIFY(win.w);
        // A selected ROI: the Delete key must delete the object, not the ROI, while the object tool is active.
        addDirect(*win.w, Roi::rectangle(QStringLiteral("r"), 300, 300, 20, 20));
        useTool(*win.w, "actionObjectSelect");
        click(*win.w, QPointF(85, 35));
        QCOMPARE(win.doc->selectedObjects(), QSet<int>{2});
        if (toolThen != "actionObjectSelect") { // (triggering the active object tool would switch it off)
            useTool(*win.w, toolThen.constData());
        }
        const int steps = win.doc->undoStack()->index();
        if (key) {
            QTest::keyClick(win.w->view(), Qt::Key_Delete);
        } else {
            QTest::mouseClick(child<QPushButton>(win, "deleteObjectsButton"), Qt::LeftButton);
        }
        QCOMPARE(win.doc->undoStack()->index(), steps + 1);
        QCOMPARE(win.doc->undoStack()->undoText(), QStringLiteral("Delete object 2"));
        QCOMPARE(pixels(labels(win), 2), 0);
        cv::Mat expected = win.original.clone();
        expected(kRects[1]).setTo(0);
        QVERIFY(same(labels(win), expected));
        QCOMPARE(win.doc->roiCount(), 1);
        QVERIFY(child<QLabel>(win, "objectCountLabel")->text().contains(QLatin1String("4")));
        win.doc->undoStack()->undo();
        QVERIFY(same(labels(win), win.original));
        QVERIFY(child<QLabel>(win, "objectCountLabel")->text().contains(QLatin1String("5")));
    }

    void mergeAndUndo()
    {
        Window win = open();
        QVERIFY(win.w);
        useTool(*win.w, "actionObjectSelect");
        click(*win.w, QPointF(35, 95));
        QVERIFY(!child<QPushButton>(win, "mergeObjectsButton")->isEnabled());
        click(*win.w, QPointF(65, 95), Qt::ShiftModifier);
        QCOMPARE(win.doc->selectedObjects(), (QSet<int>{3, 4}));
        QTest::mouseClick(child<QPushButton>(win, "mergeObjectsButton"), Qt::LeftButton);
        QCOMPARE(win.doc->undoStack()->undoText(), QStringLiteral("Merge objects 3 and 4"));
        cv::Mat expected = win.original.clone();
        expected(cv::Rect(20, 80, 61, 30)).setTo(3); // both objects and the line between them
        QVERIFY(same(labels(win), expected));
        QCOMPARE(win.doc->selectedObjects(), QSet<int>{3});
        win.doc->undoStack()->undo();
        QVERIFY(same(labels(win), win.original));
    }

    void splitWithMouseAndUndo_data()
    {
        QTest::addColumn<QPointF>("from");
        QTest::addColumn<QPointF>("to");
        QTest::addColumn<bool>("splits");
        QTest::newRow("across") << QPointF(150.5, 70) << QPointF(150.5, 120) << true;
        QTest::newRow("ends inside") << QPointF(150.5, 70) << QPointF(150.5, 95) << false;
        QTest::newRow("misses") << QPointF(250.5, 70) << QPointF(250.5, 120) << false;
    }
    void splitWithMouseAndUndo()
    {
        QFETCH(QPointF, from);
        QFETCH(QPointF, to);
        QFETCH(bool, splits);
        Window win = open();
        QVERIFY(win.w);
        useTool(*win.w, "actionObjectSplit");
        const int steps = win.doc->undoStack()->index();
        drag(*win.w, from, to, 10);
        if (!splits) {
            QCOMPARE(win.doc->undoStack()->index(), steps);
            QVERIFY(same(labels(win), win.original));
            QVERIFY(!child<QLabel>(win, "objectMessageLabel")->text().isEmpty());
            return;
        }
        QCOMPARE(win.doc->undoStack()->index(), steps + 1);
        QCOMPARE(win.doc->undoStack()->undoText(), QStringLiteral("Split object 5"));
        cv::Mat expected = win.original.clone();
        expected(cv::Rect(150, 80, 1, 30)).setTo(0);  // the cut
        expected(cv::Rect(151, 80, 29, 30)).setTo(6); // the right piece: largest label + 1
        QVERIFY(same(labels(win), expected));
        QCOMPARE(win.doc->labelLayer().count, 6);
        win.doc->undoStack()->undo();
        QVERIFY(same(labels(win), win.original));
    }

    void traceToolEscapeCancels_data()
    {
        QTest::addColumn<QByteArray>("action");
        QTest::newRow("split") << QByteArray("actionObjectSplit");
        QTest::newRow("draw") << QByteArray("actionObjectDraw");
    }
    void traceToolEscapeCancels()
    {
        QFETCH(QByteArray, action);
        Window win = open();
        QVERIFY(win.w);
        useTool(*win.w, action.constData());
        const int steps = win.doc->undoStack()->index();
        // Across object 5 (a split), and a closed square on the background (a drawn object), then Esc before release.
        const QList<QPointF> path{{150.5, 70}, {150.5, 120}, {190.5, 120}, {190.5, 70}, {150.5, 70.5}};
        QTest::mousePress(win.w->view(), Qt::LeftButton, {}, at(*win.w, path.front()));
        for (int k = 1; k < path.size(); ++k) {
            for (int i = 1; i <= 8; ++i) {
                QTest::mouseMove(win.w->view(), at(*win.w, path[k - 1] + (path[k] - path[k - 1]) * (i / 8.0)));
            }
        }
        QTest::keyClick(win.w->view(), Qt::Key_Escape);
        QTest::mouseRelease(win.w->view(), Qt::LeftButton, {}, at(*win.w, path.back()));
        QCOMPARE(win.doc->undoStack()->index(), steps);
        QVERIFY(same(labels(win), win.original));
        QCOMPARE(win.w->view()->tool(),
                 win.panel->tool(action == "actionObjectSplit" ? ObjectsPanel::Tool::Split : ObjectsPanel::Tool::Draw));
    }

    void drawMissingObject_data()
    {
        QTest::addColumn<QRectF>("outline");
        QTest::newRow("on background") << QRectF(300, 300, 40, 40);
        QTest::newRow("around object 1") << QRectF(10, 10, 50, 50);
    }
    void drawMissingObject()
    {
        QFETCH(QRectF, outline);
        Window win = open();
        QVERIFY(win.w);
        useTool(*win.w, "actionObjectDraw");
        const QList<QPointF> corners{outline.topRight(), outline.bottomRight(), outline.bottomLeft(),
                                     outline.topLeft() + QPointF(0, 1)};
        QTest::mousePress(win.w->view(), Qt::LeftButton, {}, at(*win.w, outline.topLeft()));
        QPointF previous = outline.topLeft();
        for (const QPointF& c : corners) {
            for (int i = 1; i <= 8; ++i) {
                QTest::mouseMove(win.w->view(), at(*win.w, previous + (c - previous) * (i / 8.0)));
            }
            previous = c;
        }
        QTest::mouseRelease(win.w->view(), Qt::LeftButton, {}, at(*win.w, previous));
        QCOMPARE(win.doc->undoStack()->undoText(), QStringLiteral("Draw object"));
        const cv::Mat& now = labels(win);
        QCOMPARE(now.at<int>(int(outline.center().y()), int(outline.bottomRight().x()) - 3), 6);
        QCOMPARE(now.at<int>(int(outline.center().y()), int(outline.left()) - 3), 0);
        const int area = pixels(now, 6);
        const int objectOne = outline.contains(QPointF(35, 35)) ? 900 : 0;
        const double w = outline.width(), h = outline.height(); // corners may land a pixel off (mouse positions)
        QVERIFY2(area > (w - 2) * (h - 2) - objectOne && area < (w + 2) * (h + 2) - objectOne,
                 qPrintable(QString::number(area)));
        for (int l = 1; l <= 5; ++l) {
            QCOMPARE(pixels(now, l), pixels(win.original, l)); // existing objects keep every pixel
        }
        QCOMPARE(win.doc->selectedObjects(), QSet<int>{6});
        win.doc->undoStack()->undo();
        QVERIFY(same(labels(win), win.original));
    }

    void relabel()
    {
        Window win = open();
        QVERIFY(win.w);
        win.doc->setSelectedObjects({2});
        QTest::mouseClick(child<QPushButton>(win, "deleteObjectsButton"), Qt::LeftButton);
        QCOMPARE(win.doc->labelLayer().count, 5); // a gap at 2 until Relabel
        QTest::mouseClick(child<QPushButton>(win, "relabelObjectsButton"), Qt::LeftButton);
        QCOMPARE(win.doc->undoStack()->undoText(), QStringLiteral("Relabel objects"));
        cv::Mat expected(win.original.size(), CV_32S, cv::Scalar(0));
        expected(kRects[0]).setTo(1);
        expected(kRects[2]).setTo(2);
        expected(kRects[3]).setTo(3);
        expected(kRects[4]).setTo(4);
        QVERIFY(same(labels(win), expected));
        QCOMPARE(win.doc->labelLayer().count, 4);
    }

    void addObjectsToRoiManager()
    {
        // The nuclei thresholded with Otsu (core functions) and labelled 8-connected.
        Expected<Image> image = ImageReader().read(nucleiPath);
        QVERIFY(image.isOk());
        const cv::Mat plane = image->plane(0, 0, 0);
        TaskContext task;
        AutoThresholdParams params;
        params.method = ThresholdMethod::Otsu;
        const Expected<ThresholdResult> level = computeAutoThreshold(plane, cv::Mat(), params, task);
        QVERIFY(level.isOk());
        const Expected<cv::Mat> mask = applyThreshold(plane, cv::Mat(), level.value(), task);
        QVERIFY(mask.isOk());
        const Expected<LabelImage> objects = labelComponents(mask.value(), Connectivity::Eight, task);
        QVERIFY(objects.isOk());
        QVERIFY(objects->count > 20);

        Window win = open(objects->labels);
        QVERIFY(win.w);
        auto* combo = child<QComboBox>(win, "objectRoiClassCombo");
        combo->setCurrentIndex(combo->findData(QStringLiteral("cell")));
        QVERIFY(combo->currentIndex() > 0);
        const int steps = win.doc->undoStack()->index();
        QTest::mouseClick(child<QPushButton>(win, "addObjectsToRoisButton"), Qt::LeftButton);
        QCOMPARE(win.doc->undoStack()->index(), steps + 1);
        QCOMPARE(win.doc->roiCount(), objects->count);
        const cv::Size size = objects->labels.size();
        int withHoles = 0;
        for (int i = 0; i < win.doc->roiCount(); ++i) {
            const Roi& roi = win.doc->roi(win.doc->roiIdAt(i));
            const int label = i + 1;
            QCOMPARE(roi.name, QStringLiteral("object %1").arg(label));
            QCOMPARE(roi.className, QStringLiteral("cell"));
            // The ROI is the object's outer outline: its pixels plus those of its holes (background enclosed by it,
            // found here by flooding the background from outside the object's box).
            const cv::Mat1b object = objects->labels == label;
            const cv::Rect box = cv::boundingRect(object);
            cv::Mat1b padded(box.height + 2, box.width + 2, uchar(0));
            object(box).copyTo(padded(cv::Rect(1, 1, box.width, box.height)));
            cv::Mat1b outside = padded.clone();
            cv::floodFill(outside, cv::Point(0, 0), 128, nullptr, 0, 0, 4);
            const int holes = cv::countNonZero(outside == 0);
            withHoles += holes > 0;
            const Expected<RoiMask> raster = rasterize(roi, size);
            QVERIFY(raster.isOk());
            QCOMPARE(raster->pixelCount(), cv::countNonZero(object) + holes);
            QCOMPARE(raster->box, box);
        }
        qInfo("%d objects, %d with holes", objects->count, withHoles);
        win.doc->undoStack()->undo();
        QCOMPARE(win.doc->roiCount(), 0);
    }

    void numbersAndColour()
    {
        Window win = open();
        QVERIFY(win.w);
        LabelOverlay* overlay = win.panel->overlay();
        QVERIFY(overlay->isReady());
        win.w->view()->grab();
        QCOMPARE(overlay->lastOutlinesDrawn(), 5);
        QCOMPARE(overlay->lastNumbersDrawn(), 5);
        auto* numbers = child<QCheckBox>(win, "showNumbersCheck");
        numbers->click();
        win.w->view()->grab();
        QCOMPARE(overlay->lastNumbersDrawn(), 0);
        QCOMPARE(overlay->lastOutlinesDrawn(), 5);
        numbers->click();
        // Zoomed far out the objects are a few screen pixels: outlines stay, numbers are left out.
        win.w->view()->setScale(0.1, QPointF(0, 0));
        win.w->view()->grab();
        QCOMPARE(overlay->lastOutlinesDrawn(), 5);
        QCOMPARE(overlay->lastNumbersDrawn(), 0);
        win.w->view()->fitToWindow();

        // The outline colour follows the combo: cyan pixels along object 1's left edge.
        auto* colour = child<QComboBox>(win, "labelColorCombo");
        const int cyan = colour->findData(QColor(0, 255, 255));
        QVERIFY(cyan >= 0);
        colour->setCurrentIndex(cyan);
        emit colour->activated(cyan);
        QCOMPARE(overlay->color(), QColor(0, 255, 255));
        auto cyanAtEdge = [&win] {
            const QImage shot = win.w->view()->grab().toImage();
            const QPoint edge = at(*win.w, QPointF(20, 35));
            int found = 0;
            const qreal dpr = shot.devicePixelRatio();
            for (int dx = -2; dx <= 2; ++dx) {
                const QColor c = shot.pixelColor(int((edge.x() + dx) * dpr), int(edge.y() * dpr));
                found += c.red() < 60 && c.green() > 200 && c.blue() > 200;
            }
            return found;
        };
        QVERIFY(cyanAtEdge() > 0);
        // "Show" off hides the layer.
        child<QCheckBox>(win, "showObjectsCheck")->click();
        QVERIFY(!overlay->isVisible());
        QCOMPARE(cyanAtEdge(), 0);
    }

    void outlinesOffTheGuiThread()
    {
        // Above LabelOverlay::kSyncPixels the outlines are traced on the runner; an edit while tracing supersedes it.
        Expected<Image> image = Image::create(PixelType::UInt8, 1200, 1000);
        QVERIFY(image.isOk());
        QVERIFY(qint64(1200) * 1000 > LabelOverlay::kSyncPixels);
        ImageDocument doc(image.value());
        TaskRunner runner(m_context.threadPool());
        LabelOverlay overlay(&runner);
        overlay.setDocument(&doc);
        cv::Mat labels(1000, 1200, CV_32S, cv::Scalar(0));
        for (int i = 0; i < 40; ++i) {
            labels(cv::Rect(20 + (i % 10) * 110, 30 + (i / 10) * 200, 50 + i, 60)).setTo(i + 1);
        }
        QSignalSpy ready(&overlay, &LabelOverlay::outlinesReady);
        doc.setLabelLayer({labels, 40});
        QVERIFY(!overlay.isReady()); // not traced on the GUI thread
        cv::Mat fewer = labels.clone();
        fewer.setTo(0, fewer > 30);
        doc.setLabelLayer({fewer, 30}); // supersedes the first tracing
        QVERIFY(ready.wait(10000));
        QVERIFY(overlay.isReady());
        QCOMPARE(int(overlay.outlines().size()), 30);
        const ObjectOutline& last = overlay.outlines().back();
        QCOMPARE(last.label, 30);
        QCOMPARE(last.area, qint64((50 + 29) * 60));
        QCOMPARE(ready.count(), 1);
        runner.shutdown();
    }

    // The panel in the window's default layout (a tab in the short upper dock area): every control can be reached.
    // The edits and "Add to ROI Manager" are in the footer, fully shown without scrolling; the rest scrolls into view.
    void controlsReachableInShortDock_data()
    {
        QTest::addColumn<QSize>("windowSize");
        QTest::newRow("1600x1000") << QSize(1600, 1000);
        QTest::newRow("1280x720") << QSize(1280, 720);
        QTest::newRow("1024x600") << QSize(1024, 600);
    }
    void controlsReachableInShortDock()
    {
        QFETCH(QSize, windowSize);
        Settings().setWindowState({}); // the default dock layout
        Settings().setWindowGeometry({});
        MainWindow w(m_context);
        w.resize(windowSize);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy loaded(&w, &MainWindow::loadFinished);
        w.openFile(nucleiPath);
        QVERIFY(loaded.wait(10000));
        ImageDocument* doc = w.document();
        const cv::Mat labels = handLabels(cv::Size(doc->image().width(), doc->image().height()));
        doc->undoStack()->push(new SetLabelLayerCommand(doc, {labels, 5}, doc->position(), QStringLiteral("Segment")));
        auto* panel = w.findChild<ObjectsPanel*>(QStringLiteral("objectsPanel"));
        panel->raise();
        QTRY_VERIFY(panel->isVisible() && !panel->visibleRegion().isEmpty());
        QTest::qWait(50); // the default layout sizes its docks once the window is shown
        const auto fullyShown = [panel](QWidget* c) {
            const QRect inPanel(c->mapTo(panel, QPoint(0, 0)), c->size());
            return c->isVisible() && c->visibleRegion().boundingRect() == c->rect() && panel->rect().contains(inPanel);
        };
        for (const char* name : {"deleteObjectsButton", "mergeObjectsButton", "relabelObjectsButton",
                                 "addObjectsToRoisButton", "objectRoiClassCombo"}) {
            auto* c = panel->findChild<QWidget*>(QLatin1String(name));
            QVERIFY2(c, name);
            QVERIFY2(fullyShown(c), name);
        }
        auto* scroll = panel->findChild<QScrollArea*>();
        QVERIFY(scroll);
        for (const char* name :
             {"objectCountLabel", "showObjectsCheck", "labelColorCombo", "showNumbersCheck", "actionObjectSelectButton",
              "actionObjectSplitButton", "actionObjectDrawButton", "cutWidthSpin", "objectToolLabel"}) {
            auto* c = panel->findChild<QWidget*>(QLatin1String(name));
            QVERIFY2(c, name);
            scroll->ensureWidgetVisible(c, 0, 0);
            QTRY_VERIFY2(fullyShown(c), name);
            QVERIFY2(!c->toolTip().isEmpty() || qobject_cast<QLabel*>(c), name);
        }
    }

    void toolSwitching()
    {
        Window win = open();
        QVERIFY(win.w);
        auto* objectSelect = child<QAction>(win, "actionObjectSelect");
        auto* roiSelect = child<QAction>(win, "actionToolSelect");
        auto* label = child<QLabel>(win, "objectToolLabel");
        QVERIFY(roiSelect->isChecked());
        QVERIFY(label->text().contains(QLatin1String("ROI tools are active")));
        useTool(*win.w, "actionObjectSplit");
        QVERIFY(!roiSelect->isChecked());
        QCOMPARE(win.w->view()->tool(), win.panel->tool(ObjectsPanel::Tool::Split));
        QVERIFY(label->text().contains(QLatin1String("Object tool active")));
        useTool(*win.w, "actionObjectSelect");
        QVERIFY(!child<QAction>(win, "actionObjectSplit")->isChecked());
        useTool(*win.w, "actionToolRectangle");
        QVERIFY(!objectSelect->isChecked());
        QVERIFY(label->text().contains(QLatin1String("ROI tools are active")));
        // Switching an object tool off gives the viewer back to the ROI select tool.
        useTool(*win.w, "actionObjectDraw");
        child<QAction>(win, "actionObjectDraw")->trigger();
        QVERIFY(roiSelect->isChecked());
        // Without objects (the segmentation undone) the object tools are off and disabled.
        useTool(*win.w, "actionObjectSelect");
        win.doc->undoStack()->undo();
        QVERIFY(!win.doc->hasLabelLayer());
        QVERIFY(!objectSelect->isEnabled());
        QVERIFY(roiSelect->isChecked());
    }
};

QTEST_MAIN(TestObjectEditing)
#include "TestObjectEditing.moc"
