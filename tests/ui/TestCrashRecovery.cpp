// Crash recovery with a real process: the built `tessera` starts on an image with `--rois FILE` (an undoable edit),
// autosaves a recovery file, and is killed with SIGKILL; then the real start-up code (Recovery::offer) finds the
// orphaned file and restores the edits into a new window (modified, so they can still be saved), or discards it.

#include "core/io/ImageReader.h"
#include "core/roi/RoiFile.h"
#include "core/session/Session.h"
#include "ui/app/AppContext.h"
#include "ui/app/MainWindow.h"
#include "ui/session/Autosaver.h"
#include "ui/session/Recovery.h"
#include "ui/session/SessionController.h"

#include <QElapsedTimer>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tessera;
using namespace Qt::StringLiterals;

namespace {

const QString dataDir = QStringLiteral(TESSERA_TEST_DATA);

std::vector<Roi> testRois()
{
    Roi cell = Roi::rectangle(u"cell one"_s, 10, 20, 30, 40);
    cell.className = u"cell"_s;
    return {cell, Roi::ellipse(u"oval"_s, 50.5, 60.25, 20, 10), Roi::polygon(u"poly"_s, {{1, 1}, {40, 3.5}, {20, 30}})};
}

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_image;
    QString m_rois;

    /** Starts tessera with --rois m_rois and file, waits for its recovery file with roiCount ROIs, kills it; returns
     *  the file. */
    QString runAndKill(const QString& file = {}, size_t roiCount = testRois().size())
    {
        QProcess tessera;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"TESSERA_AUTOSAVE_MS"_s, u"300"_s);
        tessera.setProcessEnvironment(env); // XDG_* and HOME were set in initTestCase
        tessera.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        tessera.start(QStringLiteral(TESSERA_GUI_BINARY), {u"--rois"_s, m_rois, file.isEmpty() ? m_image : file});
        if (!tessera.waitForStarted(10000)) {
            return {};
        }
        QString found;
        QElapsedTimer timer;
        timer.start();
        while (found.isEmpty() && timer.elapsed() < 60000) {
            QTest::qWait(100);
            const QStringList files = QDir(Autosaver::folder()).entryList({u"*.tessera"_s}, QDir::Files);
            for (const QString& name : files) {
                const QString path = QDir(Autosaver::folder()).filePath(name);
                const Expected<Session> s = SessionFile::read(path);
                if (s.isOk() && s->images[0].rois.size() == roiCount) {
                    found = path;
                }
            }
        }
        tessera.kill(); // SIGKILL: no destructor, no clean-up runs
        tessera.waitForFinished(10000);
        if (tessera.exitStatus() != QProcess::CrashExit) {
            return {};
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        // The child and this process share the recovery folder (same XDG_DATA_HOME, organisation and application).
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toLocal8Bit());
        qputenv("HOME", m_home.path().toLocal8Bit());
        QCoreApplication::setOrganizationName(u"Tessera"_s);
        QCoreApplication::setApplicationName(u"Tessera"_s);
        m_image = m_home.filePath(u"cells.tif"_s);
        QVERIFY(QFile::copy(dataDir + u"/pyimagej_test_still.tif"_s, m_image));
        m_rois = m_home.filePath(u"rois.json"_s);
        QVERIFY(writeRoiFile(m_rois, testRois()).isOk());
    }

    void defaultIntervalIsOneMinute()
    {
        qunsetenv("TESSERA_AUTOSAVE_MS");
        QCOMPARE(Autosaver::intervalMs(), 60000);
        qputenv("TESSERA_AUTOSAVE_MS", "1234");
        QCOMPARE(Autosaver::intervalMs(), 1234);
        qputenv("TESSERA_AUTOSAVE_MS", "-5");
        QCOMPARE(Autosaver::intervalMs(), 60000);
        qunsetenv("TESSERA_AUTOSAVE_MS");
    }

    void killedProcessIsRestored()
    {
        QVERIFY(Autosaver::orphans().isEmpty());
        const QString recovery = runAndKill();
        QVERIFY(!recovery.isEmpty());
        QCOMPARE(Autosaver::orphans(), QStringList{recovery}); // the killed process holds no lock any more

        AppContext context;
        QStringList offered;
        const QList<MainWindow*> windows = Recovery::offer(context, [&offered](const QStringList& files) {
            offered = files;
            return true;
        });
        QCOMPARE(offered, QStringList{recovery});
        QCOMPARE(windows.size(), 1);
        MainWindow* w = windows.first();
        QSignalSpy opened(w->sessionController(), &SessionController::sessionOpened);
        QVERIFY(opened.wait(20000));
        QVERIFY(opened.first().first().toBool());
        const ImageDocument* doc = w->document();
        QVERIFY(doc);
        QCOMPARE(QFileInfo(doc->image().sourcePath).absoluteFilePath(), m_image);
        const std::vector<Roi> expected = testRois();
        QCOMPARE(doc->roiCount(), int(expected.size()));
        for (int i = 0; i < doc->roiCount(); ++i) {
            QCOMPARE(doc->roi(doc->roiIdAt(i)), expected[size_t(i)]);
        }
        QVERIFY(doc->isModified()); // restored edits are unsaved
        QVERIFY(w->isWindowModified());
        // The window took the file over: kept (and locked) until it closes cleanly.
        QVERIFY(QFileInfo::exists(recovery));
        QVERIFY(Autosaver::orphans().isEmpty());
        SessionController::Dialogs d = w->sessionController()->dialogs();
        d.askSave = [](const QString&) { return QMessageBox::Discard; };
        w->sessionController()->setDialogs(d);
        QVERIFY(w->close());
        QVERIFY(!QFileInfo::exists(recovery));
    }

    void sessionFromTheCommandLine()
    {
        // `tessera work.tessera` opens the session (then --rois adds to its ROIs, which makes it autosave).
        ImageReader reader;
        const Expected<Image> image = reader.read(m_image);
        QVERIFY(image.isOk());
        SessionImage im;
        im.path = m_image;
        im.width = image->width();
        im.height = image->height();
        im.rois = {Roi::rectangle(u"saved"_s, 5, 6, 7, 8)};
        im.classes = {{u"cell"_s, u"#00ff00"_s}};
        Session session;
        session.images = {im};
        const QString path = m_home.filePath(u"work.tessera"_s);
        QVERIFY(SessionFile::write(session, path).isOk());
        const QString recovery = runAndKill(path, 1 + testRois().size());
        QVERIFY(!recovery.isEmpty());
        const Expected<Session> s = SessionFile::read(recovery);
        QVERIFY(s.isOk());
        QCOMPARE(s->images[0].rois.front(), im.rois.front()); // the session's ROI, then the imported ones
        QCOMPARE(s->images[0].rois.back(), testRois().back());
        QCOMPARE(s->images[0].classes.front().color, u"#00ff00"_s);
        QCOMPARE(s->images[0].panels[u"recovery"_s].toObject()[u"sessionPath"_s].toString(), path);
        Autosaver::removeFiles(recovery);
    }

    void killedProcessCanBeDiscarded()
    {
        const QString recovery = runAndKill();
        QVERIFY(!recovery.isEmpty());
        AppContext context;
        const QList<MainWindow*> windows = Recovery::offer(context, [](const QStringList&) { return false; });
        QVERIFY(windows.isEmpty());
        QVERIFY(!QFileInfo::exists(recovery));
        QVERIFY(QDir(Autosaver::folder()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        QVERIFY(Recovery::offer(context, [](const QStringList&) {
                    qFatal("nothing to offer");
                    return false;
                }).isEmpty());
    }
};

QTEST_MAIN(TestCrashRecovery)
#include "TestCrashRecovery.moc"
