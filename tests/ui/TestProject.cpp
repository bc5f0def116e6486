// ui/project/Project: the window's images. Adding (the first becomes current, later ones do not), removing (indexes
// shift, the current image moves to the next one or the previous one, documents live until the signals returned),
// clearing, the order of the signals, unique image names (parent folders added where file names clash), and the
// modified rules (unsaved edits of any image, images added or removed, markClean, setStructureModified); the image
// list model's rows follow the project.

#include "ui/document/ImageDocument.h"
#include "ui/document/commands/RoiCommands.h"
#include "ui/project/ImageListModel.h"
#include "ui/project/Project.h"

#include <QPointer>
#include <QSignalSpy>
#include <QtTest>

using namespace tessera;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<ImageDocument> makeDocument(const QString& path, int width = 8, int height = 6)
{
    Image image = Image::create(PixelType::UInt8, width, height).value();
    image.sourcePath = path;
    return std::make_unique<ImageDocument>(image);
}

/** Records the project's signals as text, in the order they arrive. */
class SignalLog : public QObject
{
public:
    explicit SignalLog(Project& p)
    {
        connect(&p, &Project::imageAdded, this, [this](int i) { log << u"added %1"_s.arg(i); });
        connect(&p, &Project::imageRemoved, this, [this](int i, ImageDocument* doc) {
            alive &= doc != nullptr && !doc->image().isNull(); // the removed document is still usable
            log << u"removed %1 %2"_s.arg(i).arg(doc->image().sourcePath);
        });
        connect(&p, &Project::currentChanged, this, [this](ImageDocument* cur, ImageDocument* prev) {
            log << u"current %1 (was %2)"_s.arg(cur ? cur->image().sourcePath : u"-"_s,
                                                prev ? prev->image().sourcePath : u"-"_s);
        });
        connect(&p, &Project::modifiedChanged, this, [this](bool m) { log << u"modified %1"_s.arg(m); });
    }
    QStringList take()
    {
        QStringList l = log;
        log.clear();
        return l;
    }
    QStringList log;
    bool alive = true;
};

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private slots:
    void addMakesTheFirstImageCurrent()
    {
        Project p;
        SignalLog log(p);
        QVERIFY(p.isEmpty());
        QVERIFY(!p.current());
        QCOMPARE(p.currentIndex(), -1);
        QCOMPARE(p.add(makeDocument(u"/d/a.tif"_s), u"aaa"_s), 0);
        QCOMPARE(log.take(), (QStringList{u"added 0"_s, u"modified 1"_s, u"current /d/a.tif (was -)"_s}));
        QCOMPARE(p.add(makeDocument(u"/d/b.tif"_s)), 1);
        QCOMPARE(log.take(), QStringList{u"added 1"_s}); // the current image stays
        QCOMPARE(p.count(), 2);
        QCOMPARE(p.currentIndex(), 0);
        QCOMPARE(p.current(), p.document(0));
        QCOMPARE(p.checksum(p.document(0)), u"aaa"_s);
        QCOMPARE(p.checksum(p.document(1)), QString());
        QCOMPARE(p.indexOf(p.document(1)), 1);
        QCOMPARE(p.documents(), (QList<ImageDocument*>{p.document(0), p.document(1)}));
        QVERIFY(!p.document(2));
        QVERIFY(!p.document(-1));
    }

    void setCurrent_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("expected");
        QTest::addColumn<bool>("signalled");
        QTest::newRow("another") << 2 << 2 << true;
        QTest::newRow("the same") << 0 << 0 << false;
        QTest::newRow("past the end") << 3 << 0 << false;
        QTest::newRow("none while not empty") << -1 << 0 << false;
        QTest::newRow("negative") << -2 << 0 << false;
    }

    void setCurrent()
    {
        QFETCH(int, index);
        QFETCH(int, expected);
        QFETCH(bool, signalled);
        Project p;
        for (const QString& name : {u"a"_s, u"b"_s, u"c"_s}) {
            p.add(makeDocument(u"/d/"_s + name + u".tif"_s));
        }
        QSignalSpy spy(&p, &Project::currentChanged);
        p.setCurrent(index);
        QCOMPARE(p.currentIndex(), expected);
        QCOMPARE(spy.size(), signalled ? 1 : 0);
        if (signalled) {
            QCOMPARE(spy.first().at(0).value<ImageDocument*>(), p.document(expected));
            QCOMPARE(spy.first().at(1).value<ImageDocument*>(), p.document(0));
        }
    }

    void remove_data()
    {
        QTest::addColumn<int>("current");
        QTest::addColumn<int>("removed");
        QTest::addColumn<QString>("newCurrent"); // path of the current image after
        QTest::addColumn<bool>("currentSignalled");
        QTest::newRow("before the current one") << 2 << 0 << u"/d/c.tif"_s << false;
        QTest::newRow("after the current one") << 0 << 1 << u"/d/a.tif"_s << false;
        QTest::newRow("the current one: the next takes over") << 1 << 1 << u"/d/c.tif"_s << true;
        QTest::newRow("the current last one: the previous") << 2 << 2 << u"/d/b.tif"_s << true;
    }

    void remove()
    {
        QFETCH(int, current);
        QFETCH(int, removed);
        QFETCH(QString, newCurrent);
        QFETCH(bool, currentSignalled);
        Project p;
        for (const QString& name : {u"a"_s, u"b"_s, u"c"_s}) {
            p.add(makeDocument(u"/d/"_s + name + u".tif"_s));
        }
        p.setCurrent(current);
        p.markClean();
        const QString removedPath = p.document(removed)->image().sourcePath;
        QPointer<ImageDocument> gone = p.document(removed);
        SignalLog log(p);
        p.remove(removed);
        QVERIFY(!gone); // deleted once the signals returned
        QVERIFY(log.alive);
        QCOMPARE(p.count(), 2);
        QCOMPARE(p.current()->image().sourcePath, newCurrent);
        QCOMPARE(p.currentIndex(), p.indexOf(p.current()));
        QStringList expected{u"removed %1 %2"_s.arg(removed).arg(removedPath)};
        if (currentSignalled) {
            expected << u"current %1 (was %2)"_s.arg(newCurrent, removedPath);
        }
        expected << u"modified 1"_s; // removing an image is a change of the session
        QCOMPARE(log.take(), expected);
        p.remove(5); // ignored
        QCOMPARE(p.count(), 2);
    }

    void removingTheLastImageLeavesNone()
    {
        Project p;
        p.add(makeDocument(u"/d/a.tif"_s));
        SignalLog log(p);
        p.remove(0);
        QVERIFY(p.isEmpty());
        QVERIFY(!p.current());
        QCOMPARE(p.currentIndex(), -1);
        QCOMPARE(log.take(), (QStringList{u"removed 0 /d/a.tif"_s, u"current - (was /d/a.tif)"_s}));
        QVERIFY(p.isModified()); // it was added and removed: still not what any saved session has
    }

    void clearRemovesAllAndIsClean()
    {
        Project p;
        p.add(makeDocument(u"/d/a.tif"_s));
        p.add(makeDocument(u"/d/b.tif"_s));
        SignalLog log(p);
        p.clear();
        QVERIFY(p.isEmpty());
        QVERIFY(!p.isModified());
        QCOMPARE(log.take(), (QStringList{u"current - (was /d/a.tif)"_s, u"removed 1 /d/b.tif"_s,
                                          u"removed 0 /d/a.tif"_s, u"modified 0"_s}));
    }

    void imageNames_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("distinct files") << QStringList{u"/x/a.tif"_s, u"/y/b.tif"_s}
                                        << QStringList{u"a.tif"_s, u"b.tif"_s};
        QTest::newRow("same name, other folders")
            << QStringList{u"/data/control/a.tif"_s, u"/data/treated/a.tif"_s, u"/data/b.tif"_s}
            << QStringList{u"control/a.tif"_s, u"treated/a.tif"_s, u"b.tif"_s};
        QTest::newRow("same name, same last folder") << QStringList{u"/one/day1/a.tif"_s, u"/two/day1/a.tif"_s}
                                                     << QStringList{u"one/day1/a.tif"_s, u"two/day1/a.tif"_s};
        QTest::newRow("one path ends another")
            << QStringList{u"/a.tif"_s, u"/x/a.tif"_s} << QStringList{u"a.tif"_s, u"x/a.tif"_s};
        QTest::newRow("the same file twice")
            << QStringList{u"/d/a.tif"_s, u"/d/a.tif"_s} << QStringList{u"d/a.tif"_s, u"d/a.tif"_s};
        QTest::newRow("no path") << QStringList{QString()} << QStringList{u"Untitled"_s};
    }

    void imageNames()
    {
        QFETCH(QStringList, paths);
        QFETCH(QStringList, names);
        Project p;
        for (const QString& path : paths) {
            p.add(makeDocument(path));
        }
        for (int i = 0; i < p.count(); ++i) {
            QCOMPARE(p.imageName(p.document(i)), names[i]);
        }
        QCOMPARE(p.imageName(nullptr), QString());
    }

    void modifiedFollowsEveryImage()
    {
        Project p;
        p.add(makeDocument(u"/d/a.tif"_s));
        p.add(makeDocument(u"/d/b.tif"_s));
        QVERIFY(p.isModified()); // added
        p.markClean();
        QVERIFY(!p.isModified());
        QSignalSpy modified(&p, &Project::modifiedChanged);
        QSignalSpy changed(&p, &Project::imageChanged);
        ImageDocument* b = p.document(1); // not the current one: its edits count too
        b->undoStack()->push(new AddRoisCommand(b, {Roi::rectangle(u"r"_s, 1, 1, 2, 2)}));
        QVERIFY(p.isModified());
        QCOMPARE(modified.size(), 1);
        QVERIFY(changed.contains(QVariantList{1})); // the list refreshes b's row (ROI count, "*")
        ImageDocument* a = p.document(0);
        a->undoStack()->push(new AddRoisCommand(a, {Roi::rectangle(u"r"_s, 1, 1, 2, 2)}));
        b->undoStack()->undo();
        QVERIFY(p.isModified()); // a still has an edit
        a->undoStack()->undo();
        QVERIFY(!p.isModified());
        QCOMPARE(modified.size(), 2);
        // markClean makes every undo stack clean, so undoing the last edit is an unsaved change again.
        a->undoStack()->redo();
        p.markClean();
        QVERIFY(!a->isModified());
        a->undoStack()->undo();
        QVERIFY(a->isModified());
        QVERIFY(p.isModified());
        a->undoStack()->redo();
        p.setStructureModified(true); // e.g. restored from a recovery file
        QVERIFY(p.isModified());
        p.setStructureModified(false);
        QVERIFY(!p.isModified());
    }

    void listModelFollowsTheProject()
    {
        Project p;
        ImageListModel model(&p);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        p.add(makeDocument(u"/x/a.tif"_s, 30, 20));
        p.add(makeDocument(u"/y/a.tif"_s));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.index(0, ImageListModel::Name).data().toString(), u"x/a.tif"_s);
        QCOMPARE(model.index(0, ImageListModel::Size).data().toString(), u"30 × 20, uint8"_s);
        QCOMPARE(model.index(1, ImageListModel::Rois).data().toInt(), 0);
        QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold()); // the current image
        QVERIFY(!model.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
        ImageDocument* b = p.document(1);
        b->undoStack()->push(new AddRoisCommand(b, {Roi::rectangle(u"r"_s, 1, 1, 2, 2)}));
        QCOMPARE(model.index(1, ImageListModel::Rois).data().toInt(), 1);
        QCOMPARE(model.index(1, ImageListModel::Name).data().toString(), u"y/a.tif *"_s); // unsaved edits
        p.remove(0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ImageListModel::Name).data().toString(), u"a.tif *"_s); // no clash any more
    }
};

QTEST_MAIN(TestProject)
#include "TestProject.moc"
