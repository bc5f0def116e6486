// The ROI manager dock on real widgets (offscreen): the table shows the document's ROIs with pixel counts and
// calibrated areas, edits in place (rename, reclassify) and by buttons / keys (delete, duplicate, reorder, drag) are
// undo commands, the selection follows the document both ways, JSON export → import round trip, and 10,000 ROIs.
// The classes editor: TestRoiClassEditor.

#include "core/roi/RoiFile.h"
#include "tests/ui/RoiManagerFixture.h"
#include "ui/app/AppContext.h"
#include "ui/app/MainWindow.h"
#include "ui/document/ImageDocument.h"
#include "ui/document/commands/RoiCommands.h"
#include "ui/roi/RoiClassEditor.h"
#include "ui/roi/RoiManagerPanel.h"
#include "ui/roi/RoiTableModel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <memory>

using namespace tessera;
using namespace Qt::StringLiterals;
using namespace roitest;

class TestRoiManager : public QObject
{
    Q_OBJECT

private slots:
    void modelShowsDocumentRois_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("className");
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QList<double>>("box");
        QTest::addColumn<int>("pixels");
        // Rectangles: w × h pixels (clipped to the image); the ellipse counted by the centre rule above.
        QTest::newRow("rect") << 0 << u"cell 1"_s << u"cell"_s << u"Rectangle"_s << QList<double>{10, 10, 20, 20}
                              << 20 * 20;
        QTest::newRow("rect2") << 1 << u"cell 2"_s << u"cell"_s << u"Rectangle"_s << QList<double>{40, 10, 10, 30}
                               << 10 * 30;
        QTest::newRow("ellipse") << 2 << u"bkg"_s << u"background"_s << u"Ellipse"_s << QList<double>{60, 40, 30, 20}
                                 << ellipsePixels(60, 40, 30, 20);
        QTest::newRow("clipped") << 3 << u"edge"_s << u"(none)"_s << u"Rectangle"_s << QList<double>{90, 70, 20, 20}
                                 << (kWidth - 90) * (kHeight - 70);
        QTest::newRow("outside") << 4 << u"out"_s << u"(none)"_s << u"Rectangle"_s << QList<double>{200, 200, 5, 5}
                                 << 0;
    }
    void modelShowsDocumentRois()
    {
        QFETCH(int, row);
        QFETCH(QString, name);
        QFETCH(QString, className);
        QFETCH(QString, shape);
        QFETCH(QList<double>, box);
        QFETCH(int, pixels);
        Fixture f;
        QCOMPARE(f.model()->rowCount(), 5);
        QCOMPARE(f.text(row, RoiTableModel::NameColumn), name);
        QCOMPARE(f.text(row, RoiTableModel::ClassColumn), className);
        QCOMPARE(f.text(row, RoiTableModel::ShapeColumn), shape);
        const QLocale locale;
        for (int k = 0; k < 4; ++k) {
            QCOMPARE(locale.toDouble(f.text(row, RoiTableModel::XColumn + k)), box[k]);
        }
        QCOMPARE(locale.toInt(f.text(row, RoiTableModel::PixelsColumn)), pixels);
        QCOMPARE(locale.toDouble(f.text(row, RoiTableModel::AreaColumn)), pixels * 0.25); // 0.5 µm × 0.5 µm pixels
        QCOMPARE(f.model()->index(row, 0).data(RoiTableModel::RoiIdRole).value<RoiId>(), f.ids[row]);
        QVERIFY(f.model()->headerData(RoiTableModel::AreaColumn, Qt::Horizontal).toString().contains(u"µm²"_s));
        // The class swatch has the class's colour.
        QCOMPARE(iconColor(f.model()->index(row, RoiTableModel::ClassColumn).data(Qt::DecorationRole)),
                 f.doc.classColor(f.doc.roi(f.ids[row]).className));
    }

    void warnsAboutClippedAndEmptyRois_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("tooltip");
        QTest::addColumn<bool>("icon");
        QTest::newRow("inside") << 0 << u"rename"_s << false;
        QTest::newRow("clipped") << 3 << u"Clipped: 300 of 400 pixels outside"_s << true; // 20×20, 10×10 inside
        QTest::newRow("outside") << 4 << u"No pixels inside the image"_s << true;
    }
    void warnsAboutClippedAndEmptyRois()
    {
        QFETCH(int, row);
        QFETCH(QString, tooltip);
        QFETCH(bool, icon);
        Fixture f;
        const QModelIndex name = f.model()->index(row, RoiTableModel::NameColumn);
        QVERIFY2(name.data(Qt::ToolTipRole).toString().contains(tooltip),
                 qPrintable(name.data(Qt::ToolTipRole).toString()));
        QCOMPARE(name.data(Qt::DecorationRole).value<QIcon>().isNull(), !icon);
        // Moving the clipped ROI inside clears the warning (the cache follows geometry changes).
        if (row == 3) {
            f.doc.undoStack()->push(new MoveRoisCommand(&f.doc, {f.ids[3]}, QPointF(-20, -20)));
            QVERIFY(name.data(Qt::DecorationRole).value<QIcon>().isNull());
            QCOMPARE(QLocale().toInt(f.text(3, RoiTableModel::PixelsColumn)), 400);
        }
    }

    void renameInPlace()
    {
        Fixture f;
        const QModelIndex index = f.model()->index(1, RoiTableModel::NameColumn);
        f.table()->setCurrentIndex(index);
        f.table()->setFocus();
        QTest::keyClick(f.table(), Qt::Key_F2); // the platform's edit key: opens the line edit
        auto* editor = f.table()->findChild<QLineEdit*>();
        QVERIFY(editor);
        QCOMPARE(editor->text(), u"cell 2"_s);
        editor->selectAll();
        QTest::keyClicks(editor, u"nucleus A"_s);
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next event loop turn
        QTRY_COMPARE(f.doc.roi(f.ids[1]).name, u"nucleus A"_s);
        QCOMPARE(f.text(1, RoiTableModel::NameColumn), u"nucleus A"_s);
        QCOMPARE(f.doc.undoStack()->count(), 2);
        f.doc.undoStack()->undo();
        QCOMPARE(f.doc.roi(f.ids[1]).name, u"cell 2"_s);
        QCOMPARE(f.text(1, RoiTableModel::NameColumn), u"cell 2"_s);
    }

    void reclassifyWithCombo_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QList<int>>("selected");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("className");
        QTest::addColumn<QList<int>>("changed"); // rows that get className
        QTest::newRow("cell → background") << 0 << QList<int>{} << u"b"_s << u"background"_s << QList<int>{0};
        QTest::newRow("none → cell") << 3 << QList<int>{3} << u"c"_s << u"cell"_s << QList<int>{3};
        QTest::newRow("background → none") << 2 << QList<int>{0} << u"("_s << QString() << QList<int>{2};
        QTest::newRow("all selected") << 3 << QList<int>{1, 3, 4} << u"b"_s << u"background"_s << QList<int>{1, 3, 4};
    }
    void reclassifyWithCombo()
    {
        QFETCH(int, row);
        QFETCH(QList<int>, selected);
        QFETCH(QString, key);
        QFETCH(QString, className);
        QFETCH(QList<int>, changed);
        Fixture f;
        QStringList before;
        for (RoiId id : f.ids) {
            before << f.doc.roi(id).className;
        }
        f.doc.setSelection(f.idsOf(selected));
        f.table()->edit(f.model()->index(row, RoiTableModel::ClassColumn));
        auto* combo = f.table()->findChild<QComboBox*>(u"roiClassCombo"_s);
        QVERIFY(combo);
        QCOMPARE(combo->count(), 1 + f.doc.classes().size());
        QCOMPARE(combo->currentData().toString(), before[row]);
        QTest::keyClicks(combo, key); // keyboard search picks the entry and commits
        for (int r = 0; r < f.ids.size(); ++r) {
            QCOMPARE(f.doc.roi(f.ids[r]).className, changed.contains(r) ? className : before[r]);
        }
        QCOMPARE(iconColor(f.model()->index(row, RoiTableModel::ClassColumn).data(Qt::DecorationRole)),
                 f.doc.classColor(className));
        QCOMPARE(f.doc.undoStack()->count(), 2); // one step
        f.doc.undoStack()->undo();
        for (int r = 0; r < f.ids.size(); ++r) {
            QCOMPARE(f.doc.roi(f.ids[r]).className, before[r]);
        }
    }

    void deleteRois_data()
    {
        QTest::addColumn<bool>("byKey");
        QTest::newRow("Del key") << true;
        QTest::newRow("button") << false;
    }
    void deleteRois()
    {
        QFETCH(bool, byKey);
        Fixture f;
        f.doc.setSelection(f.idsOf({1, 3}));
        if (byKey) {
            f.panel.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&f.panel));
            f.table()->setFocus();
            QTest::keyClick(f.table(), Qt::Key_Delete);
        } else {
            QTest::mouseClick(f.child<QToolButton>(u"deleteRoisButton"_s), Qt::LeftButton);
        }
        QCOMPARE(f.names(), (QStringList{u"cell 1"_s, u"bkg"_s, u"out"_s}));
        QCOMPARE(f.model()->rowCount(), 3);
        QCOMPARE(f.text(1, 0), u"bkg"_s);
        QVERIFY(f.doc.selection().isEmpty());
        QCOMPARE(f.doc.undoStack()->count(), 2);
        f.doc.undoStack()->undo();
        QCOMPARE(f.doc.roiIds(), f.ids);
        QCOMPARE(f.model()->rowCount(), 5);
        QCOMPARE(f.text(3, 0), u"edge"_s);
    }

    void duplicateRois_data()
    {
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<QStringList>("names");
        // "cell 1" → next free "cell N" is 3; "bkg" has no number → "bkg 1". Each copy right after its original.
        QTest::newRow("numbered") << QList<int>{0}
                                  << QStringList{u"cell 1"_s, u"cell 3"_s, u"cell 2"_s, u"bkg"_s, u"edge"_s, u"out"_s};
        QTest::newRow("two") << QList<int>{1, 2} << QStringList{u"cell 1"_s, u"cell 2"_s, u"cell 3"_s, u"bkg"_s,
                                                                u"bkg 1"_s,  u"edge"_s,   u"out"_s};
    }
    void duplicateRois()
    {
        QFETCH(QList<int>, rows);
        QFETCH(QStringList, names);
        Fixture f;
        f.doc.setSelection(f.idsOf(rows));
        QTest::mouseClick(f.child<QToolButton>(u"duplicateRoisButton"_s), Qt::LeftButton);
        QCOMPARE(f.names(), names);
        QCOMPARE(f.model()->rowCount(), names.size());
        for (int k = 0; k < names.size(); ++k) {
            QCOMPARE(f.text(k, 0), names[k]);
        }
        // The copies are selected and equal their originals but for the name.
        QCOMPARE(f.doc.selection().size(), rows.size());
        for (RoiId copy : f.doc.selection()) {
            QVERIFY(!f.ids.contains(copy));
            Roi c = f.doc.roi(copy);
            const Roi& original = f.doc.roi(f.doc.roiIdAt(f.doc.roiIndex(copy) - 1));
            c.name = original.name;
            QCOMPARE(c, original);
        }
        QCOMPARE(f.selectedRows().size(), rows.size());
        QCOMPARE(f.doc.undoStack()->count(), 2); // one undo step
        f.doc.undoStack()->undo();
        QCOMPARE(f.doc.roiIds(), f.ids);
    }

    void reorderRois_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<int>("dropRow");
        QTest::addColumn<QList<int>>("order"); // new order as fixture rows
        QTest::newRow("up") << u"moveRoisUpButton"_s << QList<int>{2} << -1 << QList<int>{0, 2, 1, 3, 4};
        QTest::newRow("up, first stays") << u"moveRoisUpButton"_s << QList<int>{0, 3} << -1
                                         << QList<int>{0, 1, 3, 2, 4};
        QTest::newRow("down, block") << u"moveRoisDownButton"_s << QList<int>{1, 2} << -1 << QList<int>{0, 3, 1, 2, 4};
        QTest::newRow("down, last stays")
            << u"moveRoisDownButton"_s << QList<int>{4} << -1 << QList<int>{0, 1, 2, 3, 4};
        QTest::newRow("drag to top") << u"drag"_s << QList<int>{2, 4} << 0 << QList<int>{2, 4, 0, 1, 3};
        QTest::newRow("drag to end") << u"drag"_s << QList<int>{0} << -1 << QList<int>{1, 2, 3, 4, 0};
        QTest::newRow("drag down") << u"drag"_s << QList<int>{0, 1} << 4 << QList<int>{2, 3, 0, 1, 4};
    }
    void reorderRois()
    {
        QFETCH(QString, how);
        QFETCH(QList<int>, rows);
        QFETCH(int, dropRow);
        QFETCH(QList<int>, order);
        Fixture f;
        f.doc.setSelection(f.idsOf(rows));
        if (how == u"drag"_s) {
            QModelIndexList dragged;
            for (int r : rows) {
                dragged << f.model()->index(r, 0) << f.model()->index(r, 1);
            }
            std::unique_ptr<QMimeData> mime(f.model()->mimeData(dragged));
            QVERIFY(f.model()->dropMimeData(mime.get(), Qt::MoveAction, dropRow, 0, QModelIndex()));
        } else {
            QTest::mouseClick(f.child<QToolButton>(how), Qt::LeftButton);
        }
        RoiIdList expected;
        for (int r : order) {
            expected << f.ids[r];
        }
        QCOMPARE(f.doc.roiIds(), expected);
        for (int k = 0; k < expected.size(); ++k) {
            QCOMPARE(f.model()->index(k, 0).data(RoiTableModel::RoiIdRole).value<RoiId>(), expected[k]);
        }
        // The moved ROIs stay selected in the table (persistent indexes follow).
        QSet<int> selectedRows;
        for (RoiId id : f.doc.selection()) {
            selectedRows.insert(expected.indexOf(id));
        }
        QCOMPARE(f.selectedRows(), selectedRows);
        QCOMPARE(f.doc.selection(), f.idsOf(rows));
        if (expected != f.ids) {
            f.doc.undoStack()->undo();
            QCOMPARE(f.doc.roiIds(), f.ids);
            QCOMPARE(f.text(0, 0), u"cell 1"_s);
        } else {
            QCOMPARE(f.doc.undoStack()->count(), 1); // nothing to move, nothing pushed
        }
    }

    void selectionFromDocumentSelectsRows()
    {
        Fixture f;
        QSignalSpy docSpy(&f.doc, &ImageDocument::selectionChanged);
        f.doc.setSelection(f.idsOf({0, 2, 3}));
        QCOMPARE(f.selectedRows(), (QSet<int>{0, 2, 3}));
        QCOMPARE(docSpy.count(), 1); // no echo back into the document
        f.doc.clearSelection();
        QVERIFY(f.selectedRows().isEmpty());
        QCOMPARE(docSpy.count(), 2);

        // Many ROIs: selecting one far down scrolls to it.
        QList<Roi> more;
        for (int k = 0; k < 300; ++k) {
            more << Roi::rectangle(u"r"_s + QString::number(k), k % 90, k % 70, 5, 5);
        }
        auto* add = new AddRoisCommand(&f.doc, more);
        const RoiIdList added = add->ids();
        f.doc.undoStack()->push(add);
        const int row = f.model()->rowOf(added[280]);
        QVERIFY(!f.table()->viewport()->rect().intersects(f.table()->visualRect(f.model()->index(row, 0))));
        f.doc.setSelection({added[280]});
        QCOMPARE(f.selectedRows(), QSet<int>{row});
        QVERIFY(f.table()->viewport()->rect().intersects(f.table()->visualRect(f.model()->index(row, 0))));
    }

    void selectionFromTableSelectsRois()
    {
        Fixture f;
        QSignalSpy docSpy(&f.doc, &ImageDocument::selectionChanged);
        auto click = [&f](int row, Qt::KeyboardModifiers modifiers) {
            const QRect r = f.table()->visualRect(f.model()->index(row, RoiTableModel::ShapeColumn));
            QTest::mouseClick(f.table()->viewport(), Qt::LeftButton, modifiers, r.center());
        };
        click(1, Qt::NoModifier);
        QCOMPARE(f.doc.selection(), f.idsOf({1}));
        click(3, Qt::ControlModifier);
        QCOMPARE(f.doc.selection(), f.idsOf({1, 3}));
        click(4, Qt::ShiftModifier);
        QCOMPARE(f.doc.selection(), f.idsOf({1, 3, 4}));
        QCOMPARE(docSpy.count(), 3);
        QCOMPARE(f.selectedRows(), (QSet<int>{1, 3, 4}));
        // Deleting a ROI elsewhere keeps the rest of the selection in both.
        f.doc.undoStack()->push(new RemoveRoisCommand(&f.doc, {f.ids[3]}));
        QCOMPARE(f.doc.selection(), f.idsOf({1, 4}));
        QCOMPARE(f.selectedRows(), (QSet<int>{1, 3}));
        f.doc.undoStack()->undo(); // back, unselected
        QCOMPARE(f.selectedRows(), (QSet<int>{1, 4}));
    }

    void showNamesToggle()
    {
        Fixture f;
        auto* button = f.child<QToolButton>(u"showNamesButton"_s);
        QSignalSpy spy(&f.doc, &ImageDocument::roiNamesShownChanged);
        QVERIFY(f.doc.roiNamesShown()); // names are shown by default
        QVERIFY(button->isChecked());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!f.doc.roiNamesShown());
        QCOMPARE(spy.count(), 1);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(f.doc.roiNamesShown());
        QCOMPARE(spy.count(), 2);
        f.doc.setRoiNamesShown(false);
        QVERIFY(!button->isChecked());
        QCOMPARE(spy.count(), 3);
    }

    void jsonRoundTrip()
    {
        Fixture f;
        Roi poly = Roi::polygon(u"poly"_s, {{1.5, 2}, {30, 4.25}, {12, 40}});
        poly.className = u"debris"_s;
        f.doc.insertClass(9, {u"debris"_s, QColor(1, 2, 3)});
        f.doc.undoStack()->push(new AddRoisCommand(&f.doc, {poly}));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"rois.json"_s);
        QVERIFY(f.panel.exportRois(path).isOk());

        // The CLI reads what the GUI wrote.
        const Expected<std::vector<Roi>> read = readRoiFile(path);
        QVERIFY(read.isOk());
        QCOMPARE(int(read->size()), f.doc.roiCount());

        // Import into an empty document with the default classes: equal ROIs, the missing class created, one step.
        ImageDocument other(makeImage());
        RoiManagerPanel panel;
        panel.setDocument(&other);
        QVERIFY(panel.importRois(path).isOk());
        QCOMPARE(other.roiCount(), f.doc.roiCount());
        for (int k = 0; k < other.roiCount(); ++k) {
            QCOMPARE(other.roi(other.roiIdAt(k)), f.doc.roi(f.doc.roiIdAt(k)));
        }
        QVERIFY(other.hasClass(u"debris"_s));
        QCOMPARE(other.selection().size(), other.roiCount());
        QCOMPARE(panel.model()->rowCount(), other.roiCount());
        QCOMPARE(other.undoStack()->count(), 1);
        other.undoStack()->undo();
        QCOMPARE(other.roiCount(), 0);
        QVERIFY(!other.hasClass(u"debris"_s));

        // A bad file changes nothing.
        QFile bad(dir.filePath(u"bad.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"rois": [{"name": "x", "x": 1, "y": 1, "w": -5, "h": 5}]})");
        bad.close();
        const Status status = panel.importRois(bad.fileName());
        QVERIFY(!status.isOk());
        QVERIFY(status.message().contains(u"bad.json"_s));
        QCOMPARE(other.roiCount(), 0);
        QCOMPARE(other.undoStack()->index(), 0);
    }

    void switchesDocuments()
    {
        Fixture f;
        {
            ImageDocument second(makeImage());
            second.insertRois({{second.allocateRoiId(), -1, Roi::rectangle(u"only"_s, 1, 1, 3, 3)}});
            f.panel.setDocument(&second);
            QCOMPARE(f.model()->rowCount(), 1);
            QCOMPARE(f.text(0, 0), u"only"_s);
            QCOMPARE(f.panel.classEditor()->list()->count(), second.classes().size());
        } // destroyed while shown: the panel empties itself
        QCOMPARE(f.model()->rowCount(), 0);
        QCOMPARE(f.panel.classEditor()->list()->count(), 0);
        f.panel.setDocument(nullptr);
        QVERIFY(!f.panel.isEnabled());
        f.panel.setDocument(&f.doc);
        QCOMPARE(f.model()->rowCount(), 5);
        QVERIFY(f.panel.isEnabled());
    }

    void tenThousandRois()
    {
        ImageDocument doc(Image::create(PixelType::UInt16, 2048, 2048).value());
        QList<Roi> rois;
        for (int k = 0; k < 10000; ++k) {
            rois << Roi::rectangle(u"cell "_s + QString::number(k + 1), (k % 100) * 20, (k / 100) * 20, 15, 15);
        }
        doc.undoStack()->push(new AddRoisCommand(&doc, rois));
        RoiManagerPanel panel;
        panel.resize(700, 600);
        panel.show();
        QElapsedTimer timer;
        timer.start();
        panel.setDocument(&doc);
        const qint64 resetMs = timer.elapsed();
        panel.grab(); // first paint: only the visible rows are rasterised
        const qint64 paintMs = timer.elapsed() - resetMs;
        QCOMPARE(panel.model()->rowCount(), 10000);
        QCOMPARE(QLocale().toInt(panel.model()->index(9999, RoiTableModel::PixelsColumn).data().toString()), 225);
        timer.restart();
        doc.setSelection(RoiIdSet(doc.roiIds().begin(), doc.roiIds().end()));
        const qint64 selectMs = timer.elapsed();
        QCOMPARE(panel.tableView()->selectionModel()->selectedRows().size(), 10000);
        timer.restart();
        QTest::mouseClick(panel.findChild<QToolButton*>(u"deleteRoisButton"_s), Qt::LeftButton);
        const qint64 deleteMs = timer.elapsed();
        QCOMPARE(panel.model()->rowCount(), 0);
        timer.restart();
        doc.undoStack()->undo();
        const qint64 undoMs = timer.elapsed();
        QCOMPARE(panel.model()->rowCount(), 10000);
        qInfo("10,000 ROIs: model reset %lld ms, first paint %lld ms, select all %lld ms, delete all %lld ms, "
              "undo %lld ms",
              resetMs, paintMs, selectMs, deleteMs, undoMs);
    }

    void mainWindowHostsTheManager()
    {
        AppContext context;
        MainWindow w(context);
        auto* dock = w.findChild<QDockWidget*>(u"roiManagerDock"_s);
        QVERIFY(dock);
        auto* panel = qobject_cast<RoiManagerPanel*>(dock->widget());
        QVERIFY(panel);
        QVERIFY(!panel->document());
        QSignalSpy spy(&w, &MainWindow::loadFinished);
        w.openFile(MainWindow::samplePath());
        QVERIFY(spy.wait(20000));
        QVERIFY(spy.first().first().toBool());
        QCOMPARE(panel->document(), w.document());
    }
};

QTEST_MAIN(TestRoiManager)
#include "TestRoiManager.moc"
