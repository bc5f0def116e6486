#include "core/texture/Glcm.h"
#include "ui/document/ImageDocument.h"
#include "ui/document/commands/ClassCommands.h"
#include "ui/document/commands/ParameterCommands.h"
#include "ui/document/commands/RoiCommands.h"

#include <QSignalSpy>
#include <QtTest>

#include <functional>

using namespace tessera;
using namespace Qt::StringLiterals;

namespace {

Image makeImage()
{
    return Image::create(PixelType::UInt8, 100, 80).value();
}

/** The document's ROIs as a list in document order, with their ids. */
QList<QPair<RoiId, Roi>> snapshot(const ImageDocument& doc)
{
    QList<QPair<RoiId, Roi>> out;
    for (RoiId id : doc.roiIds()) {
        out.append({id, doc.roi(id)});
    }
    return out;
}

/** A document with three ROIs: u"a"_s (cell), u"b"_s (background), u"c"_s (no class), and their ids. */
struct Fixture
{
    ImageDocument doc{makeImage()};
    RoiIdList ids;
    Fixture()
    {
        Roi a = Roi::rectangle(u"a"_s, 10, 10, 50, 50);
        a.className = u"cell"_s;
        Roi b = Roi::ellipse(u"b"_s, 5, 5, 20, 10);
        b.className = u"background"_s;
        Roi c = Roi::polygon(u"c"_s, {{1, 1}, {9, 1}, {5, 7}});
        auto* add = new AddRoisCommand(&doc, {a, b, c});
        ids = add->ids();
        doc.undoStack()->push(add);
        doc.undoStack()->setClean();
    }
};

using Edit = std::function<QUndoCommand*(Fixture&)>;
using Expect = std::function<QList<QPair<RoiId, Roi>>(const Fixture&, QList<QPair<RoiId, Roi>>)>;

} // namespace

Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(Expect)

class TestRoiCommands : public QObject
{
    Q_OBJECT
private slots:
    void undoRedo_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<Expect>("expect");

        QTest::newRow("add") << Edit([](Fixture& f) -> QUndoCommand* {
            return new AddRoisCommand(&f.doc, {Roi::rectangle(u"d"_s, 0, 0, 3, 3)}, 1);
        }) << Expect([](const Fixture& f, QList<QPair<RoiId, Roi>> s) {
            s.insert(1, {f.doc.roiIds().value(1), Roi::rectangle(u"d"_s, 0, 0, 3, 3)});
            return s;
        });
        QTest::newRow("move rectangle and polygon") << Edit([](Fixture& f) -> QUndoCommand* {
            return new MoveRoisCommand(&f.doc, {f.ids[0], f.ids[2]}, QPointF(2.5, -1));
        }) << Expect([](const Fixture&, QList<QPair<RoiId, Roi>> s) {
            s[0].second.bounds = QRectF(12.5, 9, 50, 50);
            s[2].second.vertices = {{3.5, 0}, {11.5, 0}, {7.5, 6}};
            s[2].second.bounds = QRectF(3.5, 0, 8, 6);
            return s;
        });
        QTest::newRow("resize") << Edit([](Fixture& f) -> QUndoCommand* {
            return new SetRoiGeometryCommand(&f.doc, f.ids[1], Roi::ellipse(u"ignored"_s, 5, 5, 30, 40));
        }) << Expect([](const Fixture&, QList<QPair<RoiId, Roi>> s) {
            s[1].second.bounds = QRectF(5, 5, 30, 40); // name and class kept
            return s;
        });
        QTest::newRow("reshape to polygon") << Edit([](Fixture& f) -> QUndoCommand* {
            return new SetRoiGeometryCommand(&f.doc, f.ids[0], Roi::polygon({}, {{0, 0}, {4, 0}, {0, 4}}));
        }) << Expect([](const Fixture&, QList<QPair<RoiId, Roi>> s) {
            Roi p = Roi::polygon(u"a"_s, {{0, 0}, {4, 0}, {0, 4}});
            p.className = u"cell"_s;
            s[0].second = p;
            return s;
        });
        QTest::newRow("rename") << Edit([](Fixture& f) -> QUndoCommand* {
            return new RenameRoiCommand(&f.doc, f.ids[2], u"nucleus 7"_s);
        }) << Expect([](const Fixture&, QList<QPair<RoiId, Roi>> s) {
            s[2].second.name = u"nucleus 7"_s;
            return s;
        });
        QTest::newRow("reclassify") << Edit([](Fixture& f) -> QUndoCommand* {
            return new SetRoiClassCommand(&f.doc, {f.ids[1], f.ids[2]}, u"cell"_s);
        }) << Expect([](const Fixture&, QList<QPair<RoiId, Roi>> s) {
            s[1].second.className = u"cell"_s;
            s[2].second.className = u"cell"_s;
            return s;
        });
        QTest::newRow("remove class from ROI")
            << Edit([](Fixture& f) -> QUndoCommand* { return new SetRoiClassCommand(&f.doc, {f.ids[0]}, QString()); })
            << Expect([](const Fixture&, QList<QPair<RoiId, Roi>> s) {
                   s[0].second.className.clear();
                   return s;
               });
        QTest::newRow("delete two") << Edit([](Fixture& f) -> QUndoCommand* {
            return new RemoveRoisCommand(&f.doc, {f.ids[2], f.ids[0]});
        }) << Expect([](const Fixture&, QList<QPair<RoiId, Roi>> s) { return QList<QPair<RoiId, Roi>>{s[1]}; });
        QTest::newRow("reorder") << Edit([](Fixture& f) -> QUndoCommand* {
            return new ReorderRoisCommand(&f.doc, {f.ids[2], f.ids[0], f.ids[1]});
        }) << Expect([](const Fixture&, QList<QPair<RoiId, Roi>> s) {
            return QList<QPair<RoiId, Roi>>{s[2], s[0], s[1]};
        });
        QTest::newRow("move to top") << Edit([](Fixture& f) -> QUndoCommand* {
            return new ReorderRoisCommand(&f.doc, ReorderRoisCommand::movedOrder(f.doc.roiIds(), {f.ids[1]}, 0));
        }) << Expect([](const Fixture&, QList<QPair<RoiId, Roi>> s) {
            return QList<QPair<RoiId, Roi>>{s[1], s[0], s[2]};
        });
        QTest::newRow("delete class") << Edit([](Fixture& f) -> QUndoCommand* {
            return new RemoveClassCommand(&f.doc, u"cell"_s);
        }) << Expect([](const Fixture&, QList<QPair<RoiId, Roi>> s) {
            s[0].second.className.clear(); // its ROIs become class-less
            return s;
        });
        QTest::newRow("rename class") << Edit([](Fixture& f) -> QUndoCommand* {
            return new SetClassCommand(&f.doc, u"background"_s, {u"bkg"_s, QColor(Qt::blue)});
        }) << Expect([](const Fixture&, QList<QPair<RoiId, Roi>> s) {
            s[1].second.className = u"bkg"_s; // its ROIs follow
            return s;
        });
    }
    void undoRedo()
    {
        QFETCH(Edit, edit);
        QFETCH(Expect, expect);
        Fixture f;
        const auto before = snapshot(f.doc);
        const QList<RoiClass> classesBefore = f.doc.classes();
        QUndoCommand* cmd = edit(f);
        QVERIFY(!cmd->text().isEmpty());
        f.doc.undoStack()->push(cmd);
        const auto after = expect(f, before);
        QCOMPARE(snapshot(f.doc), after);
        QCOMPARE(f.doc.undoStack()->count(), 2);
        QVERIFY(f.doc.isModified());
        f.doc.undoStack()->undo();
        QCOMPARE(snapshot(f.doc), before);
        QCOMPARE(f.doc.classes(), classesBefore);
        QVERIFY(!f.doc.isModified());
        f.doc.undoStack()->redo();
        QCOMPARE(snapshot(f.doc), after);
        f.doc.undoStack()->undo();
        QCOMPARE(snapshot(f.doc), before);
    }

    void dragIsOneUndoStep_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("steps");
        QTest::newRow("move, 20 steps") << u"move"_s << 20;
        QTest::newRow("move, 1 step") << u"move"_s << 1;
        QTest::newRow("resize, 20 steps") << u"resize"_s << 20;
    }
    void dragIsOneUndoStep()
    {
        QFETCH(QString, kind);
        QFETCH(int, steps);
        Fixture f;
        const auto before = snapshot(f.doc);
        const int count = f.doc.undoStack()->count();
        const quint64 gesture = newGestureId();
        for (int i = 1; i <= steps; ++i) {
            if (kind == u"move"_s) {
                f.doc.undoStack()->push(new MoveRoisCommand(&f.doc, {f.ids[0], f.ids[1]}, QPointF(0.5, 1), gesture));
            } else {
                f.doc.undoStack()->push(new SetRoiGeometryCommand(
                    &f.doc, f.ids[0], Roi::rectangle({}, 10, 10, 50 + i, 50 + 2 * i), gesture));
            }
        }
        QCOMPARE(f.doc.undoStack()->count(), count + 1);
        if (kind == u"move"_s) {
            QCOMPARE(f.doc.roi(f.ids[0]).bounds, QRectF(10 + 0.5 * steps, 10 + steps, 50, 50));
            QCOMPARE(f.doc.roi(f.ids[1]).bounds, QRectF(5 + 0.5 * steps, 5 + steps, 20, 10));
        } else {
            QCOMPARE(f.doc.roi(f.ids[0]).bounds, QRectF(10, 10, 50 + steps, 50 + 2 * steps));
        }
        f.doc.undoStack()->undo();
        QCOMPARE(snapshot(f.doc), before); // exactly: no floating-point drift from 20 steps
    }

    void twoDragsAreTwoSteps()
    {
        Fixture f;
        const int count = f.doc.undoStack()->count();
        for (int drag = 0; drag < 2; ++drag) {
            const quint64 gesture = newGestureId();
            for (int i = 0; i < 5; ++i) {
                f.doc.undoStack()->push(new MoveRoisCommand(&f.doc, {f.ids[0]}, QPointF(1, 0), gesture));
            }
        }
        QCOMPARE(f.doc.undoStack()->count(), count + 2);
        // Other ROIs in the same gesture do not merge either, nor do commands without a gesture.
        const quint64 gesture = newGestureId();
        f.doc.undoStack()->push(new MoveRoisCommand(&f.doc, {f.ids[0]}, QPointF(1, 0), gesture));
        f.doc.undoStack()->push(new MoveRoisCommand(&f.doc, {f.ids[1]}, QPointF(1, 0), gesture));
        f.doc.undoStack()->push(new MoveRoisCommand(&f.doc, {f.ids[1]}, QPointF(1, 0)));
        f.doc.undoStack()->push(new MoveRoisCommand(&f.doc, {f.ids[1]}, QPointF(1, 0)));
        QCOMPARE(f.doc.undoStack()->count(), count + 6);
    }

    void dragBackToStartLeavesNoStep()
    {
        Fixture f;
        const int count = f.doc.undoStack()->count();
        const quint64 gesture = newGestureId();
        f.doc.undoStack()->push(new MoveRoisCommand(&f.doc, {f.ids[0]}, QPointF(4, 0), gesture));
        f.doc.undoStack()->push(new MoveRoisCommand(&f.doc, {f.ids[0]}, QPointF(-4, 0), gesture));
        QCOMPARE(f.doc.undoStack()->count(), count);
        QVERIFY(!f.doc.isModified());
    }

    void classCommands()
    {
        Fixture f;
        QSignalSpy spy(&f.doc, &ImageDocument::classesChanged);
        QUndoStack* stack = f.doc.undoStack();
        stack->push(new AddClassCommand(&f.doc, {u"mitotic"_s, QColor(Qt::magenta)}));
        QCOMPARE(f.doc.classes().size(), 3);
        QCOMPARE(f.doc.classColor(u"mitotic"_s), QColor(Qt::magenta));
        const int count = stack->count();
        stack->push(new AddClassCommand(&f.doc, {u"cell"_s, QColor(Qt::red)})); // name taken: refused
        stack->push(new AddClassCommand(&f.doc, {u""_s, QColor(Qt::red)}));     // empty: refused
        stack->push(new SetClassCommand(&f.doc, u"cell"_s, {u"background"_s, QColor(Qt::red)}));
        QCOMPARE(stack->count(), count);
        QCOMPARE(f.doc.classes().size(), 3);

        // Recolour with live previews of one colour dialog: one step.
        const quint64 gesture = newGestureId();
        for (int g = 0; g < 10; ++g) {
            stack->push(new SetClassCommand(&f.doc, u"cell"_s, {u"cell"_s, QColor(g * 20, 0, 0)}, gesture));
        }
        QCOMPARE(stack->count(), count + 1);
        QCOMPARE(f.doc.classColor(u"cell"_s), QColor(180, 0, 0));
        stack->undo();
        QCOMPARE(f.doc.classColor(u"cell"_s), QColor(230, 60, 60));

        // Deleting a class in use, then undoing.
        stack->push(new RemoveClassCommand(&f.doc, u"cell"_s));
        QVERIFY(!f.doc.hasClass(u"cell"_s));
        QVERIFY(f.doc.roi(f.ids[0]).className.isEmpty());
        QCOMPARE(f.doc.classColor(f.doc.roi(f.ids[0]).className), ImageDocument::noClassColor());
        stack->undo();
        QCOMPARE(f.doc.classIndex(u"cell"_s), 0);
        QCOMPARE(f.doc.roi(f.ids[0]).className, QStringLiteral("cell"));
        QVERIFY(spy.size() >= 5);
    }

    void parameterChanges()
    {
        Fixture f;
        QUndoStack* stack = f.doc.undoStack();
        QSignalSpy spy(&f.doc, &ImageDocument::parametersChanged);
        const int count = stack->count();
        const quint64 gesture = newGestureId(); // e.g. one spin box held down
        GlcmParams p = f.doc.parameters<GlcmParams>(AnalysisKind::Glcm);
        for (int levels = 33; levels <= 64; ++levels) {
            p.levels = levels;
            stack->push(new SetParametersCommand<GlcmParams>(&f.doc, AnalysisKind::Glcm, p, u"Gray levels"_s, gesture));
        }
        QCOMPARE(stack->count(), count + 1);
        QCOMPARE(f.doc.parameters<GlcmParams>(AnalysisKind::Glcm).levels, 64);
        QCOMPARE(spy.size(), 32);
        QCOMPARE(spy.last().first().value<AnalysisKind>(), AnalysisKind::Glcm);
        p.distances = {7};
        stack->push(new SetParametersCommand<GlcmParams>(&f.doc, AnalysisKind::Glcm, p));
        QCOMPARE(stack->count(), count + 2);
        stack->undo();
        QCOMPARE(f.doc.parameters<GlcmParams>(AnalysisKind::Glcm).distances, std::vector<int>{1});
        stack->undo();
        QCOMPARE(f.doc.parameters<GlcmParams>(AnalysisKind::Glcm).levels, 32);
        // Setting the same value again is no step.
        stack->push(new SetParametersCommand<GlcmParams>(&f.doc, AnalysisKind::Glcm, GlcmParams{}));
        QCOMPARE(stack->index(), count);
    }
};

QTEST_MAIN(TestRoiCommands)
#include "TestRoiCommands.moc"
