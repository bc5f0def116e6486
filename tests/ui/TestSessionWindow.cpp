// Sessions in the window (ui/session): File > Save Session writes what the user did (ROIs, classes, parameters,
// mask and label layers, view state) and Open Session brings it back into a new window with a clean undo history;
// the unsaved-changes prompt on close (Save / Discard / Cancel, real message box); an image that moved is asked for;
// an image whose checksum changed opens with the real warning box; a session for another image size is refused;
// autosave writes a recovery file and removes it after a save.

#include "core/session/Session.h"
#include "ui/app/AppContext.h"
#include "ui/app/MainWindow.h"
#include "ui/document/commands/ClassCommands.h"
#include "ui/document/commands/LabelCommands.h"
#include "ui/document/commands/MaskCommands.h"
#include "ui/document/commands/RoiCommands.h"
#include "ui/session/Autosaver.h"
#include "ui/session/SessionController.h"
#include "ui/threshold/ThresholdSettings.h"
#include "ui/viewer/ImageView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <opencv2/imgproc.hpp>

using namespace tessera;
using namespace Qt::StringLiterals;

namespace {

const QString dataDir = QStringLiteral(TESSERA_TEST_DATA);

bool openAndWait(MainWindow& w, const QString& path)
{
    QSignalSpy spy(&w, &MainWindow::loadFinished);
    w.openFile(path);
    return spy.wait(20000) && spy.first().first().toBool();
}

bool openSessionAndWait(MainWindow& w, const QString& path, bool expectOk = true)
{
    QSignalSpy spy(w.sessionController(), &SessionController::sessionOpened);
    w.openFile(path);
    return (spy.size() > 0 || spy.wait(20000)) && spy.first().first().toBool() == expectOk;
}

/** Clicks button of the next modal message box named name (the real widget), as a user would. */
void answerModal(const QString& name, QMessageBox::StandardButton button, bool* seen = nullptr)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, name, button, seen] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && box->objectName() == name) {
            if (seen) {
                *seen = true;
            }
            timer->stop();
            timer->deleteLater();
            box->button(button)->click();
        }
    });
    timer->start();
}

/** The edits a user makes: ROIs (one with a new class), a mask, objects, display settings, plane. */
void makeEdits(ImageDocument& doc)
{
    QUndoStack* stack = doc.undoStack();
    stack->push(new AddClassCommand(&doc, {u"nucleus"_s, QColor(12, 34, 56)}));
    Roi poly = Roi::polygon(u"p"_s, {{10.5, 12.25}, {60, 15}, {30, 70.125}});
    poly.className = u"nucleus"_s;
    Roi rect = Roi::rectangle(u"r"_s, 100, 20, 40, 30);
    rect.className = u"cell"_s;
    stack->push(new AddRoisCommand(&doc, {rect, Roi::ellipse(u"e"_s, 5, 80, 33, 21), poly}));
    cv::Mat mask(doc.image().height(), doc.image().width(), CV_8U, cv::Scalar(0));
    cv::circle(mask, {50, 50}, 20, cv::Scalar(255), -1);
    stack->push(new SetMaskLayerCommand(&doc, mask, doc.position()));
    cv::Mat labels(doc.image().height(), doc.image().width(), CV_32S, cv::Scalar(0));
    cv::rectangle(labels, cv::Rect(3, 4, 10, 12), cv::Scalar(1), -1);
    cv::rectangle(labels, cv::Rect(40, 4, 10, 12), cv::Scalar(5), -1);
    stack->push(new SetLabelLayerCommand(&doc, LabelImage{labels, 5}, doc.position()));
    ChannelView view = doc.channelView(0);
    view.range = {17.5, 201.25};
    view.lut = u"Fire"_s;
    doc.setChannelView(0, view);
    doc.setInverted(true);
    doc.setRoiNamesShown(false);
    GlcmParams glcm;
    glcm.levels = 16;
    glcm.distances = {2, 4};
    doc.setParameters(AnalysisKind::Glcm, glcm);
    ThresholdSettings threshold;
    threshold.mode = ThresholdSettings::Mode::Local;
    threshold.method = u"Li"_s;
    threshold.darkBackground = false;
    threshold.levelsSet = true;
    threshold.lower = 12.5;
    threshold.upper = 200.25;
    threshold.color = QColor(0, 128, 255);
    threshold.local = {LocalThresholdMethod::Niblack, 7, 0.3, -2.0, false};
    threshold.preview = true;
    doc.setParameters(AnalysisKind::Threshold, threshold);
    SegmentationParams segmentation;
    segmentation.watershed = WatershedMode::ImageJ;
    segmentation.minSize = 12;
    segmentation.method = ThresholdMethod::Triangle;
    doc.setParameters(AnalysisKind::Segmentation, segmentation);
}

bool sameMat(const cv::Mat& a, const cv::Mat& b)
{
    return a.type() == b.type() && a.size() == b.size() && cv::countNonZero(a != b) == 0;
}

/** Everything makeEdits() changed is in restored as in original. */
void compareDocuments(const ImageDocument& restored, const ImageDocument& original)
{
    QCOMPARE(restored.roiCount(), original.roiCount());
    for (int i = 0; i < original.roiCount(); ++i) {
        QCOMPARE(restored.roi(restored.roiIdAt(i)), original.roi(original.roiIdAt(i)));
    }
    QCOMPARE(restored.classes(), original.classes());
    QVERIFY(sameMat(restored.maskLayer(), original.maskLayer()));
    QVERIFY(sameMat(restored.labelLayer().labels, original.labelLayer().labels));
    QCOMPARE(restored.labelLayer().count, original.labelLayer().count);
    QCOMPARE(restored.channelView(0), original.channelView(0));
    QCOMPARE(restored.isInverted(), original.isInverted());
    QCOMPARE(restored.roiNamesShown(), original.roiNamesShown());
    QVERIFY(restored.parameters<GlcmParams>(AnalysisKind::Glcm) == original.parameters<GlcmParams>(AnalysisKind::Glcm));
    QVERIFY(restored.parameters<ThresholdSettings>(AnalysisKind::Threshold) ==
            original.parameters<ThresholdSettings>(AnalysisKind::Threshold));
    QVERIFY(restored.parameters<SegmentationParams>(AnalysisKind::Segmentation) ==
            original.parameters<SegmentationParams>(AnalysisKind::Segmentation));
}

} // namespace

class TestSessionWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_image;

    /** A copy of the sample image in a fresh folder. */
    QString freshImage(const QString& name = u"cells.tif"_s)
    {
        const QString dir = m_home.filePath(QString::number(++m_counter));
        QDir().mkpath(dir);
        const QString path = dir + u'/' + name;
        QFile::copy(dataDir + u"/pyimagej_test_still.tif"_s, path);
        return path;
    }
    int m_counter = 0;

    void injectSaveName(MainWindow& w, const QString& path)
    {
        SessionController::Dialogs d = w.sessionController()->dialogs();
        d.saveFileName = [path](const QString&) { return path; };
        w.sessionController()->setDialogs(d);
    }

private slots:
    void initTestCase()
    {
        // Own settings and recovery folder.
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
        QCoreApplication::setOrganizationName(u"TesseraTest"_s);
        QCoreApplication::setApplicationName(u"TestSessionWindow"_s);
    }

    void saveAndOpenRestoreTheWork()
    {
        AppContext context;
        const QString image = freshImage();
        const QString session = QFileInfo(image).absolutePath() + u"/work.tessera"_s;
        MainWindow w(context);
        w.show();
        QVERIFY(openAndWait(w, image));
        ImageDocument& doc = *w.document();
        makeEdits(doc);
        QVERIFY(doc.isModified());
        QVERIFY(w.isWindowModified());
        injectSaveName(w, session);
        auto* save = w.findChild<QAction*>(u"actionSaveSession"_s);
        QVERIFY(save && save->isEnabled());
        QCOMPARE(save->shortcut(), QKeySequence(QKeySequence::Save));
        save->trigger(); // no session yet: Save asks for a name (Save As)
        QVERIFY(QFileInfo::exists(session));
        QVERIFY(QFileInfo::exists(session + u".d/image-1-labels.tif"_s));
        QVERIFY(!doc.isModified()); // saving marks the undo stack clean
        QVERIFY(!w.isWindowModified());
        QCOMPARE(w.sessionController()->sessionPath(), session);
        QVERIFY(w.windowTitle().contains(u"work.tessera"_s));
        // The checksum of the image is the file's.
        const Expected<Session> written = SessionFile::read(session);
        QVERIFY(written.isOk());
        QCOMPARE(written->images[0].sha256, sha256OfFile(image).value());
        QCOMPARE(written->images[0].storedRelativePath, u"cells.tif"_s);

        MainWindow other(context);
        other.show();
        QVERIFY(openSessionAndWait(other, session));
        ImageDocument& restored = *other.document();
        compareDocuments(restored, doc);
        QCOMPARE(restored.undoStack()->count(), 0); // a fresh history
        QVERIFY(!restored.isModified());
        QCOMPARE(other.sessionController()->sessionPath(), session);
        QCOMPARE(QFileInfo(restored.image().sourcePath).absoluteFilePath(), image);

        // Ctrl+S in the restored window writes back to its session.
        restored.undoStack()->push(new AddRoisCommand(&restored, {Roi::rectangle(u"new"_s, 1, 1, 5, 5)}));
        QVERIFY(other.sessionController()->save());
        const Expected<Session> again = SessionFile::read(session);
        QVERIFY(again.isOk());
        QCOMPARE(int(again->images[0].rois.size()), doc.roiCount() + 1);
    }

    void zoomAndCentreAreRestored()
    {
        AppContext context;
        const QString image = freshImage();
        const QString session = image + u".tessera"_s;
        MainWindow w(context);
        w.resize(900, 700);
        w.show();
        QVERIFY(openAndWait(w, image));
        QTRY_VERIFY(!w.view()->image().isNull());
        w.view()->setScale(3.0, QPointF(10, 10));
        w.view()->centerOn(QPointF(40.5, 60.25));
        QVERIFY(w.sessionController()->saveTo(session).isOk());
        MainWindow other(context);
        other.resize(900, 700);
        other.show();
        QVERIFY(openSessionAndWait(other, session));
        QTRY_COMPARE(other.view()->scale(), 3.0);
        const QPointF centre = other.view()->widgetToImage(QRectF(other.view()->rect()).center());
        QCOMPARE(centre, QPointF(40.5, 60.25));
    }

    void closeWithUnsavedEditsAsks_data()
    {
        QTest::addColumn<int>("button");
        QTest::addColumn<bool>("closes");
        QTest::addColumn<bool>("saved");
        QTest::newRow("save") << int(QMessageBox::Save) << true << true;
        QTest::newRow("discard") << int(QMessageBox::Discard) << true << false;
        QTest::newRow("cancel") << int(QMessageBox::Cancel) << false << false;
    }

    void closeWithUnsavedEditsAsks()
    {
        QFETCH(int, button);
        QFETCH(bool, closes);
        QFETCH(bool, saved);
        AppContext context;
        const QString image = freshImage();
        const QString session = image + u".tessera"_s;
        MainWindow w(context);
        w.show();
        QVERIFY(openAndWait(w, image));
        injectSaveName(w, session);
        w.document()->undoStack()->push(new AddRoisCommand(w.document(), {Roi::rectangle(u"a"_s, 1, 2, 3, 4)}));
        bool asked = false;
        answerModal(u"saveChangesBox"_s, QMessageBox::StandardButton(button), &asked);
        QCOMPARE(w.close(), closes);
        QVERIFY(asked);
        QCOMPARE(QFileInfo::exists(session), saved);
        QCOMPARE(w.document()->isModified(), !saved);
    }

    void openingAnotherFileAsksFirst()
    {
        AppContext context;
        MainWindow w(context);
        w.show();
        QVERIFY(openAndWait(w, freshImage()));
        ImageDocument* first = w.document();
        first->undoStack()->push(new AddRoisCommand(first, {Roi::rectangle(u"a"_s, 1, 2, 3, 4)}));
        bool asked = false;
        answerModal(u"saveChangesBox"_s, QMessageBox::Cancel, &asked);
        w.openFile(dataDir + u"/synthetic/disks16.tif"_s);
        QVERIFY(asked);
        QTest::qWait(200);
        QCOMPARE(w.document(), first); // cancelled: nothing loaded
        QVERIFY(!w.isLoading());
        asked = false;
        answerModal(u"saveChangesBox"_s, QMessageBox::Discard, &asked);
        QVERIFY(openAndWait(w, dataDir + u"/synthetic/disks16.tif"_s));
        QVERIFY(asked);
        QVERIFY(w.document()->image().sourcePath.endsWith(u"disks16.tif"_s));
    }

    void closeWithoutEditsDoesNotAsk()
    {
        AppContext context;
        MainWindow w(context);
        w.show();
        QVERIFY(openAndWait(w, freshImage()));
        w.document()->setInverted(true); // view state is not an edit
        QVERIFY(w.close());
    }

    void movedImageIsAskedFor()
    {
        AppContext context;
        const QString image = freshImage();
        const QString session = m_home.filePath(u"elsewhere.tessera"_s);
        MainWindow w(context);
        w.show();
        QVERIFY(openAndWait(w, image));
        makeEdits(*w.document());
        QVERIFY(w.sessionController()->saveTo(session).isOk());
        const QString moved = freshImage(u"renamed.tif"_s);
        QVERIFY(QFile::remove(image));

        MainWindow other(context);
        other.show();
        QString askedFor;
        SessionController::Dialogs d = other.sessionController()->dialogs();
        d.locateImage = [&askedFor](const QString& missing) {
            askedFor = missing;
            return QString(); // cancel first
        };
        other.sessionController()->setDialogs(d);
        QVERIFY(openSessionAndWait(other, session, false));
        QCOMPARE(askedFor, image);
        QVERIFY(!other.document());

        d.locateImage = [&moved](const QString&) { return moved; };
        other.sessionController()->setDialogs(d);
        QVERIFY(openSessionAndWait(other, session));
        QCOMPARE(QFileInfo(other.document()->image().sourcePath).absoluteFilePath(), moved);
        compareDocuments(*other.document(), *w.document());
        QVERIFY(!other.findChild<QMessageBox*>(u"checksumWarningBox"_s)); // same bytes, same checksum
    }

    void changedImageWarns()
    {
        AppContext context;
        const QString image = freshImage();
        const QString session = image + u".tessera"_s;
        MainWindow w(context);
        w.show();
        QVERIFY(openAndWait(w, image));
        makeEdits(*w.document());
        QVERIFY(w.sessionController()->saveTo(session).isOk());
        {
            QFile f(image); // the same pixels, but the file's bytes change (data after the TIFF's end)
            QVERIFY(f.open(QIODevice::Append));
            f.write("changed");
        }
        MainWindow other(context);
        other.show();
        QVERIFY(openSessionAndWait(other, session));
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = other.findChild<QMessageBox*>(u"checksumWarningBox"_s)));
        QVERIFY(box->isVisible());
        QVERIFY(box->text().contains(QDir::toNativeSeparators(image)));
        compareDocuments(*other.document(), *w.document()); // opened all the same
    }

    void sessionOfAnotherImageSizeIsRefused()
    {
        AppContext context;
        const QString image = freshImage();
        const QString session = image + u".tessera"_s;
        MainWindow w(context);
        w.show();
        QVERIFY(openAndWait(w, image));
        makeEdits(*w.document());
        QVERIFY(w.sessionController()->saveTo(session).isOk());
        QVERIFY(QFile::remove(image));
        QVERIFY(QFile::copy(dataDir + u"/synthetic/disks16.tif"_s, image)); // another image in its place
        MainWindow other(context);
        other.show();
        QVERIFY(openSessionAndWait(other, session, false));
        QVERIFY(!other.document());
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = other.findChild<QMessageBox*>(u"errorBox"_s)));
        QVERIFY2(box->text().contains(u"the session was made for"_s), qPrintable(box->text()));
    }

    void badSessionFileShowsTheError()
    {
        AppContext context;
        const QString session = m_home.filePath(u"bad.tessera"_s);
        QFile f(session);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "tessera-session", "version": 99, "images": []})");
        f.close();
        MainWindow w(context);
        w.show();
        QVERIFY(openSessionAndWait(w, session, false));
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = w.findChild<QMessageBox*>(u"errorBox"_s)));
        QVERIFY2(box->text().contains(u"version 99"_s), qPrintable(box->text()));
    }

    void autosaveWritesARecoveryFileUntilSaved()
    {
        qputenv("TESSERA_AUTOSAVE_MS", "200");
        AppContext context;
        const QString image = freshImage();
        auto* w = new MainWindow(context);
        w->show();
        QVERIFY(openAndWait(*w, image));
        Autosaver* autosaver = w->sessionController()->autosaver();
        QSignalSpy written(autosaver, &Autosaver::written);
        QTest::qWait(500);
        QCOMPARE(written.size(), 0); // nothing to recover without edits
        w->document()->undoStack()->push(new AddRoisCommand(w->document(), {Roi::rectangle(u"a"_s, 1, 2, 3, 4)}));
        QVERIFY(written.wait(5000));
        QVERIFY(written.last().at(1).toBool());
        const QString recovery = autosaver->recoveryPath();
        QVERIFY(recovery.startsWith(Autosaver::folder()));
        const Expected<Session> s = SessionFile::read(recovery);
        QVERIFY2(s.isOk(), qPrintable(s.status().message()));
        QCOMPARE(int(s->images[0].rois.size()), 1);
        QVERIFY(Autosaver::orphans().isEmpty()); // held by this (living) window
        // Saving removes it; so does undoing back to the saved state.
        QVERIFY(w->sessionController()->saveTo(image + u".tessera"_s).isOk());
        QVERIFY(!QFileInfo::exists(recovery));
        w->document()->undoStack()->push(new AddRoisCommand(w->document(), {Roi::rectangle(u"b"_s, 1, 2, 3, 4)}));
        QVERIFY(written.wait(5000));
        QVERIFY(QFileInfo::exists(recovery));
        w->document()->undoStack()->undo();
        QVERIFY(!QFileInfo::exists(recovery));
        w->document()->undoStack()->redo();
        QVERIFY(written.wait(5000));
        // A clean close (Discard) removes it too.
        answerModal(u"saveChangesBox"_s, QMessageBox::Discard);
        QVERIFY(w->close());
        QVERIFY(!QFileInfo::exists(recovery));
        QVERIFY(QDir(Autosaver::folder()).entryList(QDir::Files).isEmpty());
        delete w;
        qunsetenv("TESSERA_AUTOSAVE_MS");
    }
};

QTEST_MAIN(TestSessionWindow)
#include "TestSessionWindow.moc"
