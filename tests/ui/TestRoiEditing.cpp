#include "tests/ui/RoiToolTestSupport.h"

using namespace tessera;
using namespace roitest;

/** Select, move, resize, nudge and delete ROIs with the mouse and keys on the real viewer. */
class TestRoiEditing : public QObject
{
    Q_OBJECT
    AppContext m_context;

private slots:
    void initTestCase() { isolateSettings(QStringLiteral("TestRoiEditing")); }

    void moveByDragIsOneUndoStep_data()
    {
        QTest::addColumn<int>("roiCount"); // ROIs selected and moved together
        QTest::addColumn<QPointF>("delta");
        QTest::newRow("one ROI") << 1 << QPointF(20, 10);
        QTest::newRow("two ROIs") << 2 << QPointF(-15, 25);
    }
    void moveByDragIsOneUndoStep()
    {
        QFETCH(int, roiCount);
        QFETCH(QPointF, delta);
        auto w = openSampleWindow(m_context);
        QVERIFY(w);
        ImageDocument* doc = w->document();
        RoiIdList ids;
        ids << addDirect(*w, Roi::rectangle(QStringLiteral("a"), 100, 100, 50, 50));
        if (roiCount == 2) {
            ids << addDirect(*w, Roi::polygon(QStringLiteral("b"), {{200, 200}, {240, 205}, {220, 250}}));
            doc->setSelection({ids[0], ids[1]});
        }
        QHash<RoiId, Roi> before;
        for (RoiId id : ids) {
            before.insert(id, doc->roi(id));
        }
        useTool(*w, "actionToolSelect");
        const int steps = doc->undoStack()->index();
        drag(*w, QPointF(125, 125), QPointF(125, 125) + delta, 8);
        QCOMPARE(doc->undoStack()->index(), steps + 1);
        QCOMPARE(doc->selection().size(), roiCount);
        for (RoiId id : ids) {
            QCOMPARE(doc->roi(id), translatedRoi(before.value(id), delta));
        }
        doc->undoStack()->undo();
        for (RoiId id : ids) {
            QCOMPARE(doc->roi(id), before.value(id)); // exactly
        }
    }

    void resizeWithHandle_data()
    {
        QTest::addColumn<bool>("polygon");
        QTest::addColumn<int>("handle");
        QTest::addColumn<QPointF>("to");
        QTest::addColumn<QRectF>("expectedBounds");
        QTest::addColumn<QPointF>("expectedVertex");
        // Rectangle (100, 100, 50, 50): handles clockwise from the top-left.
        QTest::newRow("bottom-right") << false << 4 << QPointF(170, 160) << QRectF(100, 100, 70, 60) << QPointF();
        QTest::newRow("top-left") << false << 0 << QPointF(90, 80) << QRectF(90, 80, 60, 70) << QPointF();
        QTest::newRow("right edge") << false << 3 << QPointF(130, 140) << QRectF(100, 100, 30, 50) << QPointF();
        QTest::newRow("left past right flips")
            << false << 7 << QPointF(160, 125) << QRectF(150, 100, 10, 50) << QPointF();
        QTest::newRow("polygon vertex") << true << 1 << QPointF(180, 95) << QRectF() << QPointF(180, 95);
    }
    void resizeWithHandle()
    {
        QFETCH(bool, polygon);
        QFETCH(int, handle);
        QFETCH(QPointF, to);
        QFETCH(QRectF, expectedBounds);
        QFETCH(QPointF, expectedVertex);
        auto w = openSampleWindow(m_context);
        QVERIFY(w);
        ImageDocument* doc = w->document();
        const Roi original = polygon ? Roi::polygon(QStringLiteral("p"), {{100, 100}, {150, 110}, {130, 150}})
                                     : Roi::rectangle(QStringLiteral("r"), 100, 100, 50, 50);
        const RoiId id = addDirect(*w, original);
        useTool(*w, "actionToolSelect");
        const int steps = doc->undoStack()->index();
        const QPointF from = RoiOverlay::handlePositions(original).at(handle);
        drag(*w, from, to, 5);
        QCOMPARE(doc->undoStack()->index(), steps + 1);
        const Roi& roi = doc->roi(id);
        QCOMPARE(roi.name, original.name);
        if (polygon) {
            std::vector<QPointF> expected = original.vertices;
            expected[size_t(handle)] = expectedVertex;
            QCOMPARE(roi.vertices, expected);
        } else {
            QCOMPARE(roi.shape, original.shape);
            QCOMPARE(roi.bounds, expectedBounds);
        }
        doc->undoStack()->undo();
        QCOMPARE(doc->roi(id), original);
    }

    void nudge_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<bool>("shift");
        QTest::addColumn<QPointF>("delta");
        QTest::newRow("right") << int(Qt::Key_Right) << false << QPointF(1, 0);
        QTest::newRow("left") << int(Qt::Key_Left) << false << QPointF(-1, 0);
        QTest::newRow("up") << int(Qt::Key_Up) << false << QPointF(0, -1);
        QTest::newRow("down shift") << int(Qt::Key_Down) << true << QPointF(0, 10);
        QTest::newRow("left shift") << int(Qt::Key_Left) << true << QPointF(-10, 0);
    }
    void nudge()
    {
        QFETCH(int, key);
        QFETCH(bool, shift);
        QFETCH(QPointF, delta);
        auto w = openSampleWindow(m_context);
        QVERIFY(w);
        ImageDocument* doc = w->document();
        const Roi original = Roi::ellipse(QStringLiteral("e"), 50, 60, 30, 20);
        const RoiId id = addDirect(*w, original);
        const RoiId other = addDirect(*w, Roi::rectangle(QStringLiteral("unselected"), 10, 10, 5, 5));
        doc->setSelection({id});
        for (const char* tool : {"actionToolSelect", "actionToolRectangle"}) { // every tool nudges
            useTool(*w, tool);
            const int steps = doc->undoStack()->index();
            QTest::keyClick(w->view(), Qt::Key(key), shift ? Qt::ShiftModifier : Qt::NoModifier);
            QCOMPARE(doc->roi(id), translatedRoi(original, delta));
            QCOMPARE(doc->roi(other).bounds, QRectF(10, 10, 5, 5));
            QCOMPARE(doc->undoStack()->index(), steps + 1);
            doc->undoStack()->undo();
            QCOMPARE(doc->roi(id), original);
        }
        // Two separate presses are two undo steps.
        const int index = doc->undoStack()->index();
        QTest::keyClick(w->view(), Qt::Key(key));
        QTest::keyClick(w->view(), Qt::Key(key));
        QCOMPARE(doc->undoStack()->index(), index + 2);
        QCOMPARE(doc->roi(id), translatedRoi(original, 2 * delta / (shift ? 10.0 : 1.0)));
    }

    void deleteAndUndo_data()
    {
        QTest::addColumn<bool>("byKey");
        QTest::newRow("Edit > Delete") << false;
        QTest::newRow("Delete key") << true;
    }
    void deleteAndUndo()
    {
        QFETCH(bool, byKey);
        auto w = openSampleWindow(m_context);
        QVERIFY(w);
        ImageDocument* doc = w->document();
        const RoiId a = addDirect(*w, Roi::rectangle(QStringLiteral("a"), 10, 10, 20, 20));
        const RoiId b = addDirect(*w, Roi::rectangle(QStringLiteral("b"), 50, 50, 20, 20));
        const RoiId c = addDirect(*w, Roi::rectangle(QStringLiteral("c"), 90, 90, 20, 20));
        doc->setSelection({a, c});
        QAction* del = w->findChild<QAction*>(QStringLiteral("actionDeleteRois"));
        QVERIFY(del && del->isEnabled());
        if (byKey) {
            QTest::keyClick(w->view(), Qt::Key_Delete);
        } else {
            del->trigger();
        }
        QCOMPARE(doc->roiIds(), RoiIdList{b});
        QVERIFY(!del->isEnabled()); // nothing selected any more
        doc->undoStack()->undo();
        QCOMPARE(doc->roiIds(), (RoiIdList{a, b, c}));
        QCOMPARE(doc->roi(a).name, QStringLiteral("a"));
    }

    void selectByClickAndRubberBand()
    {
        auto w = openSampleWindow(m_context);
        QVERIFY(w);
        ImageDocument* doc = w->document();
        w->findChild<QAction*>(QStringLiteral("actionSelectAll"))->trigger(); // "whole" under everything
        const RoiId whole = selectedRoi(*w);
        const RoiId a = addDirect(*w, Roi::rectangle(QStringLiteral("a"), 20, 20, 30, 30));
        const RoiId b = addDirect(*w, Roi::ellipse(QStringLiteral("b"), 80, 20, 30, 30));
        const RoiId c = addDirect(*w, Roi::rectangle(QStringLiteral("c"), 200, 200, 30, 30));
        useTool(*w, "actionToolSelect");
        click(*w, QPointF(35, 35)); // inside a (and whole): the smaller wins
        QCOMPARE(doc->selection(), RoiIdSet({a}));
        click(*w, QPointF(95, 35), Qt::ShiftModifier);
        QCOMPARE(doc->selection(), RoiIdSet({a, b}));
        click(*w, QPointF(35, 35), Qt::ControlModifier);
        QCOMPARE(doc->selection(), RoiIdSet({b}));
        click(*w, QPointF(150, 250)); // only "whole" there
        QCOMPARE(doc->selection(), RoiIdSet({whole}));
        // Rubber band from inside whole? No: a press on a ROI selects it, so start the band outside the image.
        w->view()->fitToWindow();
        QVERIFY(w->view()->rect().contains(at(*w, QPointF(-5, 10))));
        drag(*w, QPointF(-5, 10), QPointF(120, 60));
        QCOMPARE(doc->selection(), RoiIdSet({a, b}));
        drag(*w, QPointF(-5, 190), QPointF(240, 240), 5, Qt::ShiftModifier);
        QCOMPARE(doc->selection(), RoiIdSet({a, b, c}));
        QTest::keyClick(w->view(), Qt::Key_Escape);
        QVERIFY(doc->selection().isEmpty());
    }

    void movedOutsideIsFlagged_data()
    {
        QTest::addColumn<QPointF>("delta");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("partly outside") << QPointF(-30, 0) << QStringLiteral("partly outside");
        QTest::newRow("wholly outside") << QPointF(-80, 0) << QStringLiteral("no pixel inside");
        QTest::newRow("still inside") << QPointF(10, 10) << QString();
    }
    void movedOutsideIsFlagged()
    {
        QFETCH(QPointF, delta);
        QFETCH(QString, messagePart);
        auto w = openSampleWindow(m_context);
        QVERIFY(w);
        const RoiId id = addDirect(*w, Roi::rectangle(QStringLiteral("edge"), 20, 100, 50, 50));
        useTool(*w, "actionToolSelect");
        w->statusBar()->clearMessage();
        drag(*w, QPointF(45, 125), QPointF(45, 125) + delta, 6);
        QCOMPARE(w->document()->roi(id).bounds, QRectF(20, 100, 50, 50).translated(delta)); // the move is allowed
        const QString shown = w->statusBar()->currentMessage();
        if (messagePart.isEmpty()) {
            QVERIFY2(shown.isEmpty(), qPrintable(shown));
        } else {
            QVERIFY2(shown.contains(messagePart), qPrintable(shown));
        }
    }
};

QTEST_MAIN(TestRoiEditing)
#include "TestRoiEditing.moc"
