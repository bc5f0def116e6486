#include "ui/app/AppContext.h"
#include "ui/app/MainWindow.h"
#include "ui/settings/Settings.h"
#include "ui/viewer/ImageView.h"

#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

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
        auto* w = new MainWindow(m_context);
        w->show();
        w->openFile(dataDir + QStringLiteral("/synthetic/disks16.tif"));
        w->close();
        delete w; // must cancel and wait for the worker, and never call back into the dead window
        QTest::qWait(50);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
