// The ROI manager's classes editor on real widgets (offscreen): add, rename in place, recolour with the colour
// dialog and delete classes, each an undo step; the ROIs follow renames, fall back to no class on delete, and the
// table's swatches follow the colours.

#include "tests/ui/RoiManagerFixture.h"
#include "ui/roi/RoiClassEditor.h"

#include <QColorDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QtTest>

using namespace tessera;
using namespace Qt::StringLiterals;
using namespace roitest;

class TestRoiClassEditor : public QObject
{
    Q_OBJECT

private slots:
    void classes_data()
    {
        QTest::addColumn<QString>("action");
        QTest::newRow("add") << u"add"_s;
        QTest::newRow("rename") << u"rename"_s;
        QTest::newRow("recolour") << u"recolour"_s;
        QTest::newRow("delete") << u"delete"_s;
    }
    void classes()
    {
        QFETCH(QString, action);
        Fixture f;
        const QList<RoiClass> before = f.doc.classes();
        QListWidget* list = f.child<QListWidget>(u"classList"_s);
        QCOMPARE(list->count(), before.size());
        for (int k = 0; k < before.size(); ++k) {
            QCOMPARE(list->item(k)->text(), before[k].name);
            QCOMPARE(iconColor(list->item(k)->icon()), before[k].color);
        }
        const int cellRow = f.doc.classIndex(u"cell"_s);
        list->setCurrentRow(cellRow);
        if (action == u"add"_s) {
            QTest::mouseClick(f.child<QToolButton>(u"addClassButton"_s), Qt::LeftButton);
            QCOMPARE(f.doc.classes().size(), before.size() + 1);
            auto* editor = list->findChild<QLineEdit*>();
            QVERIFY(editor); // the new class's name is being edited
            editor->selectAll();
            QTest::keyClicks(editor, u"debris"_s);
            QTest::keyClick(editor, Qt::Key_Return);
            QTRY_VERIFY(f.doc.hasClass(u"debris"_s));
            QCOMPARE(list->item(list->count() - 1)->text(), u"debris"_s);
            QVERIFY(f.doc.classColor(u"debris"_s) != f.doc.classColor(u"cell"_s));
            QCOMPARE(f.doc.undoStack()->count(), 3); // add, rename
        } else if (action == u"rename"_s) {
            list->editItem(list->item(cellRow));
            auto* editor = list->findChild<QLineEdit*>();
            QVERIFY(editor);
            editor->selectAll();
            QTest::keyClicks(editor, u"nucleus"_s);
            QTest::keyClick(editor, Qt::Key_Return);
            QTRY_VERIFY(!f.doc.hasClass(u"cell"_s));
            QCOMPARE(f.doc.roi(f.ids[0]).className, u"nucleus"_s); // the ROIs follow
            QCOMPARE(f.text(1, RoiTableModel::ClassColumn), u"nucleus"_s);
            QCOMPARE(list->item(cellRow)->text(), u"nucleus"_s);
        } else if (action == u"recolour"_s) {
            QTest::mouseClick(f.child<QToolButton>(u"recolorClassButton"_s), Qt::LeftButton);
            auto* dialog = f.panel.findChild<QColorDialog*>(u"classColorDialog"_s);
            QVERIFY(dialog);
            QVERIFY(dialog->isVisible());
            const QColor chosen(12, 34, 200);
            dialog->setCurrentColor(chosen);
            dialog->accept();
            QCOMPARE(f.doc.classColor(u"cell"_s), chosen);
            QCOMPARE(iconColor(f.model()->index(0, RoiTableModel::ClassColumn).data(Qt::DecorationRole)), chosen);
            QCOMPARE(iconColor(list->item(cellRow)->icon()), chosen);
        } else {
            QTest::mouseClick(f.child<QToolButton>(u"removeClassButton"_s), Qt::LeftButton);
            QVERIFY(!f.doc.hasClass(u"cell"_s));
            QCOMPARE(f.doc.roi(f.ids[0]).className, QString()); // ROIs fall back to no class
            QCOMPARE(f.doc.roi(f.ids[1]).className, QString());
            QCOMPARE(f.text(0, RoiTableModel::ClassColumn), u"(none)"_s);
            QCOMPARE(iconColor(f.model()->index(0, RoiTableModel::ClassColumn).data(Qt::DecorationRole)),
                     ImageDocument::noClassColor());
            QCOMPARE(list->count(), before.size() - 1);
        }
        while (f.doc.undoStack()->index() > 1) { // keep the fixture's AddRois
            f.doc.undoStack()->undo();
        }
        QCOMPARE(f.doc.classes(), before);
        QCOMPARE(f.doc.roi(f.ids[0]).className, u"cell"_s);
        QCOMPARE(list->count(), before.size());
        QCOMPARE(f.text(0, RoiTableModel::ClassColumn), u"cell"_s);
    }
};

QTEST_MAIN(TestRoiClassEditor)
#include "TestRoiClassEditor.moc"
