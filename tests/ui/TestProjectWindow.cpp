// Several images in one window (ui/project), as a user meets them: open image A, add image B with File > Add Images to
// Session…, draw ROIs on both, switch images by clicking the Images dock's list and with Ctrl+PgUp / Ctrl+PgDown;
// Edit > Undo acts on the current image's own history; the window is modified while any image has unsaved edits or
// images were added or removed; Save Session writes both images and the current one, and Open Session in a new window
// brings back both with their ROIs, the current image and its zoom. An image that moved is asked for (or left out);
// removing an image with ROIs asks first; a failing file does not stop the others; autosave writes every image and a
// restored recovery file keeps them all, modified; cancelling a session open keeps the open images; files dropped on
// an open image are added.

#include "ModalTestSupport.h"
#include "core/session/Session.h"
#include "core/task/TaskContext.h"
#include "ui/app/AppContext.h"
#include "ui/app/MainWindow.h"
#include "ui/document/commands/RoiCommands.h"
#include "ui/project/ImagesPanel.h"
#include "ui/project/Project.h"
#include "ui/session/Autosaver.h"
#include "ui/session/SessionController.h"
#include "ui/viewer/ImageView.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QToolButton>
#include <QUndoGroup>
#include <QtTest>

#include <atomic>

using namespace tessera;
using namespace Qt::StringLiterals;

namespace {

const QString dataDir = QStringLiteral(TESSERA_TEST_DATA);

bool waitLoaded(MainWindow& w, const std::function<void()>& start, bool expectOk = true)
{
    QSignalSpy spy(&w, &MainWindow::loadFinished);
    start();
    return (spy.size() > 0 || spy.wait(20000)) && spy.first().first().toBool() == expectOk;
}

bool openSessionAndWait(MainWindow& w, const QString& path, bool expectOk = true)
{
    QSignalSpy spy(w.sessionController(), &SessionController::sessionOpened);
    w.openFile(path);
    return (spy.size() > 0 || spy.wait(20000)) && spy.first().first().toBool() == expectOk;
}

QAction* action(MainWindow& w, const QString& name)
{
    auto* a = w.findChild<QAction*>(name);
    if (!a) {
        qFatal("no action %s", qPrintable(name));
    }
    return a;
}

/** Clicks row of the Images dock's list, as the user does. */
void clickImageRow(MainWindow& w, int row)
{
    auto* view = w.findChild<QTableView*>(u"imagesView"_s);
    QVERIFY(view && view->isVisible());
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QVERIFY(!rect.isEmpty());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

QStringList roiNames(const ImageDocument& doc)
{
    QStringList names;
    for (RoiId id : doc.roiIds()) {
        names << doc.roi(id).name;
    }
    return names;
}

void addRoi(ImageDocument& doc, const QString& name, double x)
{
    doc.undoStack()->push(new AddRoisCommand(&doc, {Roi::rectangle(name, x, 5, 20, 10)}));
}

} // namespace

class TestProjectWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    int m_counter = 0;

    /** A copy of a test image in a fresh folder. */
    QString copy(const QString& source, const QString& name)
    {
        const QString dir = m_home.filePath(QString::number(++m_counter));
        QDir().mkpath(dir);
        const QString path = dir + u'/' + name;
        if (!QFile::copy(dataDir + u'/' + source, path)) {
            qFatal("cannot copy %s", qPrintable(source));
        }
        return path;
    }

    void injectSaveName(MainWindow& w, const QString& path)
    {
        SessionController::Dialogs d = w.sessionController()->dialogs();
        d.saveFileName = [path](const QString&) { return path; };
        w.sessionController()->setDialogs(d);
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
        QCoreApplication::setOrganizationName(u"TesseraTest"_s);
        QCoreApplication::setApplicationName(u"TestProjectWindow"_s);
    }

    void twoImagesWithTheirOwnHistoriesSaveAndReopen()
    {
        AppContext context;
        const QString a = copy(u"pyimagej_test_still.tif"_s, u"a.tif"_s);
        const QString b = copy(u"synthetic/disks16.tif"_s, u"b.tif"_s);
        const QString session = m_home.filePath(u"two.tessera"_s);
        auto w = std::make_unique<MainWindow>(context);
        w->resize(1200, 900);
        w->show();
        QVERIFY(waitLoaded(*w, [&] { w->openFile(a); }));
        QVERIFY(!w->isWindowModified());
        ImageDocument* docA = w->document();

        // File > Add Images to Session… (the file dialog answered with b).
        QAction* addImages = action(*w, u"actionAddImages"_s);
        w->setAddImagesDialog([b] { return QStringList{b}; });
        QVERIFY(waitLoaded(*w, [&] { addImages->trigger(); }));
        Project* project = w->project();
        QCOMPARE(project->count(), 2);
        QCOMPARE(w->document(), docA); // as in QuPath, adding keeps the image shown
        ImageDocument* docB = project->document(1);
        QCOMPARE(QFileInfo(docB->image().sourcePath).absoluteFilePath(), b);
        QVERIFY(w->isWindowModified()); // an image was added
        auto* dock = w->findChild<QDockWidget*>(u"imagesPanel"_s);
        QVERIFY(dock && dock->isVisible());
        auto* view = w->findChild<QTableView*>(u"imagesView"_s);
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->model()->index(1, 0).data().toString(), u"b.tif"_s);

        // ROIs on A, then on B after clicking B's row.
        addRoi(*docA, u"a1"_s, 10);
        QCOMPARE(view->model()->index(0, 2).data().toInt(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), u"a.tif *"_s);
        clickImageRow(*w, 1);
        QCOMPARE(w->document(), docB);
        QCOMPARE(w->undoGroup()->activeStack(), docB->undoStack());
        QCOMPARE(w->view()->image().size(), QSize(docB->image().width(), docB->image().height()));
        addRoi(*docB, u"b1"_s, 1);
        addRoi(*docB, u"b2"_s, 30);

        // Edit > Undo acts on B only.
        QAction* undo = action(*w, u"actionUndo"_s);
        QAction* redo = action(*w, u"actionRedo"_s);
        undo->trigger();
        QCOMPARE(roiNames(*docB), QStringList{u"b1"_s});
        QCOMPARE(roiNames(*docA), QStringList{u"a1"_s});
        // Ctrl+PgUp goes back to A (wrapping), whose history is its own.
        QCOMPARE(action(*w, u"actionPreviousImage"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_PageUp));
        action(*w, u"actionPreviousImage"_s)->trigger();
        QCOMPARE(w->document(), docA);
        QCOMPARE(w->undoGroup()->activeStack(), docA->undoStack());
        undo->trigger();
        QVERIFY(roiNames(*docA).isEmpty());
        QCOMPARE(roiNames(*docB), QStringList{u"b1"_s});
        QVERIFY(!undo->isEnabled()); // A has nothing more to undo, although B has
        redo->trigger();
        QCOMPARE(roiNames(*docA), QStringList{u"a1"_s});
        action(*w, u"actionNextImage"_s)->trigger();
        QCOMPARE(w->document(), docB);
        redo->trigger();
        QCOMPARE(roiNames(*docB), (QStringList{u"b1"_s, u"b2"_s}));
        QVERIFY(w->isWindowModified());

        // Save Session: both images, B current (with the viewer's zoom), everything clean.
        QTRY_VERIFY(!w->view()->image().isNull());
        w->view()->setScale(2.0, QPointF(0, 0));
        w->view()->centerOn(QPointF(40.5, 30.25));
        injectSaveName(*w, session);
        action(*w, u"actionSaveSession"_s)->trigger();
        QVERIFY(QFileInfo::exists(session));
        QVERIFY(!w->isWindowModified());
        QVERIFY(!docA->isModified());
        QVERIFY(!docB->isModified());
        QVERIFY(!project->isModified());
        QCOMPARE(view->model()->index(0, 0).data().toString(), u"a.tif"_s); // no "*" any more
        const Expected<Session> written = SessionFile::read(session);
        QVERIFY2(written.isOk(), qPrintable(written.status().message()));
        QCOMPARE(int(written->images.size()), 2);
        QCOMPARE(written->current, 1);
        QCOMPARE(written->images[0].sha256, sha256OfFile(a).value());
        QCOMPARE(written->images[1].sha256, sha256OfFile(b).value());
        QVERIFY(!written->images[0].view.zoom); // only the image the viewer shows has a zoom
        QCOMPARE(written->images[1].view.zoom.value_or(0), 2.0);
        QVERIFY(w->close()); // clean: no question
        w.reset();

        // Reopen in a new window: two images, their ROIs, B current with its zoom, nothing modified.
        MainWindow other(context);
        other.resize(1200, 900);
        other.show();
        QVERIFY(openSessionAndWait(other, session));
        QCOMPARE(other.project()->count(), 2);
        QCOMPARE(roiNames(*other.project()->document(0)), QStringList{u"a1"_s});
        QCOMPARE(roiNames(*other.project()->document(1)), (QStringList{u"b1"_s, u"b2"_s}));
        QCOMPARE(other.project()->currentIndex(), 1);
        QCOMPARE(other.undoGroup()->activeStack(), other.document()->undoStack());
        QVERIFY(!other.isWindowModified());
        QCOMPARE(other.sessionController()->sessionPath(), session);
        QTRY_COMPARE(other.view()->scale(), 2.0);
        QCOMPARE(other.view()->widgetToImage(QRectF(other.view()->rect()).center()), QPointF(40.5, 30.25));
        QVERIFY(!other.findChild<QMessageBox*>(u"checksumWarningBox"_s));
        QVERIFY(!other.findChild<QMessageBox*>(u"missingImagesBox"_s));
        for (ImageDocument* doc : other.project()->documents()) {
            QCOMPARE(doc->undoStack()->count(), 0); // fresh histories
        }
    }

    void movedImageIsAskedForOrLeftOut()
    {
        AppContext context;
        const QString a = copy(u"pyimagej_test_still.tif"_s, u"a.tif"_s);
        const QString b = copy(u"synthetic/disks16.tif"_s, u"b.tif"_s);
        const QString session = m_home.filePath(u"moved.tessera"_s);
        {
            MainWindow w(context);
            w.show();
            QVERIFY(waitLoaded(w, [&] { w.openFile(a); }));
            QVERIFY(waitLoaded(w, [&] { w.addImages({b}); }));
            addRoi(*w.project()->document(0), u"a1"_s, 10);
            addRoi(*w.project()->document(1), u"b1"_s, 10);
            QVERIFY(w.sessionController()->saveTo(session).isOk());
        }
        const QString moved = m_home.filePath(u"moved-a.tif"_s);
        QVERIFY(QFile::rename(a, moved));

        // Located: both open.
        QString askedFor;
        {
            MainWindow w(context);
            w.show();
            SessionController::Dialogs d = w.sessionController()->dialogs();
            d.locateImage = [&](const QString& missing) {
                askedFor = missing;
                return moved;
            };
            w.sessionController()->setDialogs(d);
            QVERIFY(openSessionAndWait(w, session));
            QCOMPARE(askedFor, a);
            QCOMPARE(w.project()->count(), 2);
            QCOMPARE(QFileInfo(w.project()->document(0)->image().sourcePath).absoluteFilePath(), moved);
            QCOMPARE(roiNames(*w.project()->document(0)), QStringList{u"a1"_s});
            QVERIFY(!w.isWindowModified());
        }
        // Not located: the session opens with B alone, says so, and is modified (saving would leave A out).
        {
            MainWindow w(context);
            w.show();
            SessionController::Dialogs d = w.sessionController()->dialogs();
            d.locateImage = [](const QString&) { return QString(); };
            QString told;
            d.missingImages = [&told](const QString& message) { told = message; };
            w.sessionController()->setDialogs(d);
            QVERIFY(openSessionAndWait(w, session));
            QCOMPARE(w.project()->count(), 1);
            QCOMPARE(roiNames(*w.document()), QStringList{u"b1"_s});
            QVERIFY2(told.contains(QDir::toNativeSeparators(a)), qPrintable(told));
            QVERIFY(w.isWindowModified());
            SessionController::Dialogs quiet = w.sessionController()->dialogs();
            quiet.askSave = [](const QString&) { return QMessageBox::Discard; };
            w.sessionController()->setDialogs(quiet);
        }
    }

    void removingAnImageWithRoisAsks_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<int>("remaining");
        QTest::newRow("yes") << int(QMessageBox::Yes) << 1;
        QTest::newRow("cancel") << int(QMessageBox::Cancel) << 2;
    }

    void removingAnImageWithRoisAsks()
    {
        QFETCH(int, answer);
        QFETCH(int, remaining);
        AppContext context;
        MainWindow w(context);
        w.show();
        QVERIFY(waitLoaded(w, [&] { w.openFile(copy(u"pyimagej_test_still.tif"_s, u"a.tif"_s)); }));
        QVERIFY(waitLoaded(w, [&] { w.addImages({copy(u"synthetic/disks16.tif"_s, u"b.tif"_s)}); }));
        w.project()->markClean();
        QVERIFY(!w.isWindowModified());
        addRoi(*w.document(), u"a1"_s, 10);
        w.project()->document(0)->undoStack()->setClean(); // saved ROIs still make it ask
        QVERIFY(!w.isWindowModified());
        bool asked = false;
        tessera::test::answerModal(u"removeImageBox"_s, QMessageBox::StandardButton(answer), &asked);
        auto* remove = w.findChild<QToolButton*>(u"removeImageButton"_s);
        QVERIFY(remove && remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(asked);
        QCOMPARE(w.project()->count(), remaining);
        QCOMPARE(w.isWindowModified(), remaining == 1); // removal is a change of the session
        if (remaining == 1) {
            QVERIFY(w.document()->image().sourcePath.endsWith(u"b.tif"_s));
            QCOMPARE(w.undoGroup()->activeStack(), w.document()->undoStack());
            // The other one, without ROIs or edits, goes without a question.
            QVERIFY(w.findChild<ImagesPanel*>()->removeImage(0));
            QVERIFY(!w.document());
            QCOMPARE(w.windowTitle(), u"Tessera[*]"_s);
        }
        SessionController::Dialogs quiet = w.sessionController()->dialogs();
        quiet.askSave = [](const QString&) { return QMessageBox::Discard; };
        w.sessionController()->setDialogs(quiet);
    }

    void aFailingFileDoesNotStopTheOthers()
    {
        AppContext context;
        MainWindow w(context);
        w.show();
        QVERIFY(waitLoaded(w, [&] { w.openFile(copy(u"pyimagej_test_still.tif"_s, u"a.tif"_s)); }));
        const QString bad = copy(u"corrupt/deflate_truncated.tif"_s, u"bad.tif"_s);
        const QString good = copy(u"synthetic/disks16.tif"_s, u"good.tif"_s);
        QVERIFY(waitLoaded(w, [&] { w.addImages({bad, good}); }));
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = w.findChild<QMessageBox*>(u"errorBox"_s)));
        QVERIFY2(box->text().contains(u"bad.tif"_s), qPrintable(box->text()));
        QCOMPARE(w.project()->count(), 2);
        QVERIFY(w.project()->document(1)->image().sourcePath.endsWith(u"good.tif"_s));
        QVERIFY(!w.isLoading());
        w.project()->markClean();
    }

    void autosaveAndRecoveryCoverEveryImage()
    {
        qputenv("TESSERA_AUTOSAVE_MS", "200");
        AppContext context;
        MainWindow w(context);
        w.show();
        QVERIFY(waitLoaded(w, [&] { w.openFile(copy(u"pyimagej_test_still.tif"_s, u"a.tif"_s)); }));
        QVERIFY(waitLoaded(w, [&] { w.addImages({copy(u"synthetic/disks16.tif"_s, u"b.tif"_s)}); }));
        Autosaver* autosaver = w.sessionController()->autosaver();
        QSignalSpy written(autosaver, &Autosaver::written);
        addRoi(*w.project()->document(1), u"b1"_s, 3); // an edit of the image not shown
        QVERIFY(written.wait(5000));
        QVERIFY(written.last().at(1).toBool());
        const Expected<Session> s = SessionFile::read(autosaver->recoveryPath());
        QVERIFY2(s.isOk(), qPrintable(s.status().message()));
        QCOMPARE(int(s->images.size()), 2);
        QCOMPARE(int(s->images[1].rois.size()), 1);
        QCOMPARE(s->current, 0);
        qunsetenv("TESSERA_AUTOSAVE_MS");

        // Restored (from a copy: the original is held by the living window): both images, modified.
        const QString copyPath = m_home.filePath(u"recovered.tessera"_s);
        QVERIFY(QFile::copy(autosaver->recoveryPath(), copyPath));
        MainWindow restored(context);
        restored.show();
        QSignalSpy opened(restored.sessionController(), &SessionController::sessionOpened);
        restored.sessionController()->restoreRecovery(copyPath);
        QVERIFY(opened.wait(20000));
        QVERIFY(opened.first().first().toBool());
        QCOMPARE(restored.project()->count(), 2);
        QCOMPARE(roiNames(*restored.project()->document(1)), QStringList{u"b1"_s});
        QVERIFY(restored.isWindowModified());
        QVERIFY(restored.project()->document(1)->isModified());
        for (MainWindow* window : {&w, &restored}) {
            SessionController::Dialogs quiet = window->sessionController()->dialogs();
            quiet.askSave = [](const QString&) { return QMessageBox::Discard; };
            window->sessionController()->setDialogs(quiet);
            QVERIFY(window->close());
        }
    }

    void cancelledSessionKeepsTheOpenImages()
    {
        // A reader that blocks on b.tif until it is cancelled: the session's first image is read, the second is not.
        AppContext context;
        std::atomic<bool> blocking{false};
        context.setImageLoader([&](const QString& path, TaskContext& task, QStringList* warnings) -> Expected<Image> {
            if (path.endsWith(u"b.tif"_s)) {
                blocking = true;
                while (!task.isCancelled()) {
                    QThread::msleep(1);
                }
                return Status::cancelled();
            }
            return AppContext::readImage(path, task, warnings);
        });
        const QString a = copy(u"pyimagej_test_still.tif"_s, u"a.tif"_s);
        const QString b = copy(u"synthetic/disks16.tif"_s, u"b.tif"_s);
        const QString session = m_home.filePath(u"cancel.tessera"_s);
        Session s;
        for (const QString& path : {a, b}) {
            SessionImage im;
            im.path = path;
            im.width = path == a ? 300 : 512;
            im.height = im.width;
            s.images.push_back(im);
        }
        QVERIFY(SessionFile::write(s, session).isOk());
        MainWindow w(context);
        w.show();
        QVERIFY(waitLoaded(w, [&] { w.openFile(copy(u"synthetic/textures8.tif"_s, u"open.tif"_s)); }));
        ImageDocument* open = w.document();
        QSignalSpy opened(w.sessionController(), &SessionController::sessionOpened);
        w.openFile(session);
        QTRY_VERIFY(blocking.load());
        QVERIFY(w.isLoading());
        auto* cancel = w.findChild<QToolButton*>(u"cancelButton"_s);
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        QVERIFY(!opened.first().first().toBool());
        QVERIFY(!w.isLoading());
        QCOMPARE(w.project()->count(), 1); // nothing replaced: the image read first was dropped
        QCOMPARE(w.document(), open);
        QVERIFY(w.sessionController()->sessionPath().isEmpty());
        QVERIFY(!w.isWindowModified());
    }

    void droppedFilesAreAdded()
    {
        AppContext context;
        MainWindow w(context);
        w.show();
        QVERIFY(waitLoaded(w, [&] { w.openFile(copy(u"pyimagej_test_still.tif"_s, u"a.tif"_s)); }));
        ImageDocument* first = w.document();
        const QStringList files{copy(u"synthetic/disks16.tif"_s, u"b.tif"_s),
                                copy(u"synthetic/textures8.tif"_s, u"c.tif"_s)};
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(files[0]), QUrl::fromLocalFile(files[1])});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QVERIFY(waitLoaded(w, [&] { QApplication::sendEvent(&w, &drop); }));
        QVERIFY(drop.isAccepted());
        QCOMPARE(w.project()->count(), 3);
        QCOMPARE(w.document(), first);
        w.project()->markClean();
    }
};

QTEST_MAIN(TestProjectWindow)
#include "TestProjectWindow.moc"
