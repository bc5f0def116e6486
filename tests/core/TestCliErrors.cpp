// tessera-cli's error rules, for every command, run in-process: one line on stderr and exit status 2 for every error
// (usage errors included); nothing a command throws escapes runCli; an output never overwrites an input (also through
// links); FIFOs, devices, /proc files and symbolic link loops as IMAGE get a clear message (and never hang); "-" (and
// /dev/stdout) as --out writes to standard output.
#include "tests/core/CliTestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QException>
#include <QFile>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

#include <opencv2/core.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <thread>

using namespace tessera;
using tessera::test::CliRun;
using tessera::test::runCliWith;

Q_DECLARE_METATYPE(std::function<void()>)

namespace {
const QString dataDir = QStringLiteral(TESSERA_TEST_DATA);
const QString still = dataDir + QStringLiteral("/pyimagej_test_still.tif");

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** The error contract: status 2, nothing on stdout, exactly one line on stderr starting with "tessera-cli". */
bool isOneLineError(const CliRun& r)
{
    return r.status == 2 && r.out.isEmpty() && r.err.count(QLatin1Char('\n')) == 1 &&
           r.err.startsWith(QLatin1String("tessera-cli")) && r.err.endsWith(QLatin1Char('\n'));
}

QString describe(const CliRun& r)
{
    return QStringLiteral("status %1, out \"%2\", err \"%3\"").arg(r.status).arg(r.out.left(200), r.err);
}

/**
 * Guards a test that opens a FIFO: if the code under test blocks in open() or read() on path, the watchdog opens the
 * write end after 10 s and closes it, so the reader sees end-of-file and the test fails instead of hanging.
 */
class FifoWatchdog
{
public:
    explicit FifoWatchdog(const QString& path)
        : m_thread([this, p = QFile::encodeName(path)] {
              std::unique_lock<std::mutex> lock(m_mutex);
              if (!m_done.wait_for(lock, std::chrono::seconds(10), [this] { return m_stop; })) {
                  const int fd = ::open(p.constData(), O_WRONLY | O_NONBLOCK);
                  fired = fd >= 0;
                  if (fd >= 0) {
                      ::close(fd);
                  }
              }
          })
    {}
    ~FifoWatchdog()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_done.notify_all();
        m_thread.join();
    }
    std::atomic<bool> fired{false};

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_stop = false;
    std::thread m_thread;
};
} // namespace

class TestCliErrors : public QObject
{
    Q_OBJECT
private slots:
    void everyErrorExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("problem");
        const QString missing = dataDir + QStringLiteral("/no-such-file.tif");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("no COMMAND");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
        for (const char* c : {"info", "glcm", "threshold", "segment"}) {
            const QString cmd = QString::fromLatin1(c);
            QTest::newRow(qPrintable(cmd + QStringLiteral(" unknown option")))
                << QStringList{cmd, still, QStringLiteral("--bogus")} << QStringLiteral("bogus");
            QTest::newRow(qPrintable(cmd + QStringLiteral(" no image"))) << QStringList{cmd} << QStringLiteral("IMAGE");
            QTest::newRow(qPrintable(cmd + QStringLiteral(" two images")))
                << QStringList{cmd, still, still} << QStringLiteral("IMAGE");
            QTest::newRow(qPrintable(cmd + QStringLiteral(" missing file")))
                << QStringList{cmd, missing} << QStringLiteral("does not exist");
            QTest::newRow(qPrintable(cmd + QStringLiteral(" option without value")))
                << QStringList{cmd, still, QStringLiteral("--channel")} << QStringLiteral("channel");
        }
        QTest::newRow("threshold method")
            << QStringList{QStringLiteral("threshold"), still, QStringLiteral("--method"), QStringLiteral("Nope")}
            << QStringLiteral("Nope");
        QTest::newRow("threshold channel")
            << QStringList{QStringLiteral("threshold"), still, QStringLiteral("--channel"), QStringLiteral("2")}
            << QStringLiteral("--channel");
        QTest::newRow("segment smooth") << QStringList{QStringLiteral("segment"), still, QStringLiteral("--smooth"),
                                                       QStringLiteral("abc")}
                                        << QStringLiteral("--smooth");
        QTest::newRow("segment pre") << QStringList{QStringLiteral("segment"), still, QStringLiteral("--pre"),
                                                    QStringLiteral("median:5,,gaussian:1")}
                                     << QStringLiteral("--pre");
        QTest::newRow("segment smooth range")
            << QStringList{QStringLiteral("segment"), still, QStringLiteral("--smooth"), QStringLiteral("200")}
            << QStringLiteral("--smooth");
        for (const char* d : {"2.5", "-1", "1e12", "nan"}) {
            QTest::newRow(qPrintable(QStringLiteral("segment min-distance %1").arg(QLatin1String(d))))
                << QStringList{QStringLiteral("segment"), still, QStringLiteral("--min-distance"), QLatin1String(d)}
                << QStringLiteral("--min-distance");
        }
        QTest::newRow("segment slice") << QStringList{QStringLiteral("segment"), still, QStringLiteral("--slice"),
                                                      QStringLiteral("3")}
                                       << QStringLiteral("--slice");
        QTest::newRow("glcm levels") << QStringList{QStringLiteral("glcm"), still, QStringLiteral("--levels"),
                                                    QStringLiteral("1")}
                                     << QStringLiteral("levels");
        QTest::newRow("glcm roi") << QStringList{QStringLiteral("glcm"), still, QStringLiteral("--roi"),
                                                 QStringLiteral("a=1,2,3")}
                                  << QStringLiteral("NAME=X,Y,W,H");
        QTest::newRow("glcm roi file") << QStringList{QStringLiteral("glcm"), still, QStringLiteral("--rois"),
                                                      dataDir + QStringLiteral("/no-such-rois.json")}
                                       << QStringLiteral("no-such-rois.json");
        QTest::newRow("glcm frame") << QStringList{QStringLiteral("glcm"), still, QStringLiteral("--frame"),
                                                   QStringLiteral("0")}
                                    << QStringLiteral("--frame");
    }
    void everyErrorExitsTwoWithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, problem);
        const CliRun r = runCliWith(args);
        QVERIFY2(isOneLineError(r), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(problem), qPrintable(r.err));
        // One form for every error: "tessera-cli COMMAND: ..." once a known command runs, else "tessera-cli: ...".
        const bool known = !args.isEmpty() && args.first() != QLatin1String("frobnicate");
        const QString prefix =
            known ? QStringLiteral("tessera-cli %1: ").arg(args.first()) : QStringLiteral("tessera-cli: ");
        QVERIFY2(r.err.startsWith(prefix), qPrintable(r.err));
    }
    void helpAndSuccessExitZero_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
        for (const char* c : {"info", "glcm", "threshold", "segment"}) {
            QTest::newRow(c) << QStringList{QString::fromLatin1(c), QStringLiteral("--help")};
        }
        QTest::newRow("info") << QStringList{QStringLiteral("info"), still};
        QTest::newRow("threshold") << QStringList{QStringLiteral("threshold"), still};
    }
    void helpAndSuccessExitZero()
    {
        QFETCH(QStringList, args);
        const CliRun r = runCliWith(args);
        QCOMPARE(r.status, 0);
        QVERIFY(!r.out.isEmpty());
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        if (args.contains(QStringLiteral("--help"))) {
            QVERIFY2(r.out.contains(QStringLiteral("Exit status: 0")) && r.out.contains(QStringLiteral(" 2 ")),
                     qPrintable(r.out));
        }
    }

    /** Whatever a command throws becomes "tessera-cli: NAME failed unexpectedly: WHAT." with status 2. */
    void thrownExceptionsBecomeOneLineErrors_data()
    {
        QTest::addColumn<std::function<void()>>("thrower");
        QTest::addColumn<QString>("what");
        QTest::newRow("std::exception") << std::function<void()>([] { throw std::runtime_error("the disk fell off"); })
                                        << QStringLiteral("the disk fell off");
        QTest::newRow("bad_alloc") << std::function<void()>([] { throw std::bad_alloc(); })
                                   << QStringLiteral("not enough memory");
        QTest::newRow("length_error") << std::function<void()>([] { std::vector<int>().reserve(size_t(-1)); })
                                      << QStringLiteral("vector");
        QTest::newRow("cv::Exception from OpenCV") << std::function<void()>([] {
            cv::Mat sum;
            cv::add(cv::Mat(2, 2, CV_8U), cv::Mat(3, 3, CV_8U), sum); // sizes differ: OpenCV throws
        }) << QStringLiteral("OpenCV error in");
        QTest::newRow("QUnhandledException from a worker") << std::function<void()>([] {
            throw QUnhandledException(std::make_exception_ptr(std::logic_error("worker broke")));
        }) << QStringLiteral("worker broke");
        QTest::newRow("int") << std::function<void()>([] { throw 42; }) << QStringLiteral("unknown exception");
        // Real thread boundaries: OpenCV's parallel_for_ and QtConcurrent hand a worker's exception to the caller.
        QTest::newRow("thrown in a cv::parallel_for_ worker") << std::function<void()>([] {
            cv::parallel_for_(cv::Range(0, 64), [](const cv::Range& r) {
                if (r.end == 64) {
                    throw std::runtime_error("band failed");
                }
            });
        }) << QStringLiteral("band failed");
        QTest::newRow("thrown in a QtConcurrent worker") << std::function<void()>([] {
            QThreadPool pool;
            QtConcurrent::run(&pool, [] { throw std::out_of_range("no such plane"); }).waitForFinished();
        }) << QStringLiteral("no such plane");
    }
    void thrownExceptionsBecomeOneLineErrors()
    {
        QFETCH(std::function<void()>, thrower);
        QFETCH(QString, what);
        const std::vector<CliCommand> commands{
            {QStringLiteral("boom"), QStringLiteral("throws"), [thrower](const QStringList&, CliIo&) -> int {
                 thrower();
                 return CliOk;
             }}};
        const CliRun r = runCliWith({QStringLiteral("boom")}, commands);
        QVERIFY2(isOneLineError(r), qPrintable(describe(r)));
        QVERIFY2(r.err.startsWith(QStringLiteral("tessera-cli: boom failed unexpectedly: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(what), qPrintable(r.err));
    }

    /** Every output option refuses a path that is an input of the command, by any name; the input is untouched. */
    void outputThatIsAnInputIsRefused_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("how"); // same, symlink, hardlink, spelling, rois
        for (const char* c : {"segment", "glcm"}) {
            for (const char* how : {"same", "symlink", "hardlink", "spelling"}) {
                QTest::newRow(qPrintable(QStringLiteral("%1 --out %2").arg(QLatin1String(c), QLatin1String(how))))
                    << QString::fromLatin1(c) << QStringLiteral("--out") << QString::fromLatin1(how);
            }
        }
        for (const char* how : {"same", "symlink", "hardlink", "spelling"}) {
            QTest::newRow(qPrintable(QStringLiteral("segment --labels %1").arg(QLatin1String(how))))
                << QStringLiteral("segment") << QStringLiteral("--labels") << QString::fromLatin1(how);
        }
        QTest::newRow("glcm --out the ROI file")
            << QStringLiteral("glcm") << QStringLiteral("--out") << QStringLiteral("rois");
    }
    void outputThatIsAnInputIsRefused()
    {
        QFETCH(QString, command);
        QFETCH(QString, option);
        QFETCH(QString, how);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString image = dir.filePath(QStringLiteral("X.tif")); // a copy: the repository's data stays safe
        QVERIFY(QFile::copy(still, image));
        const QString rois = dir.filePath(QStringLiteral("rois.csv"));
        {
            QFile f(rois);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("a,10,10,40,40\n");
        }
        QString target = image;
        if (how == QLatin1String("symlink")) {
            target = dir.filePath(QStringLiteral("link.tif"));
            QVERIFY(QFile::link(image, target));
        } else if (how == QLatin1String("hardlink")) {
            target = dir.filePath(QStringLiteral("hard.tif"));
            QCOMPARE(::link(QFile::encodeName(image).constData(), QFile::encodeName(target).constData()), 0);
        } else if (how == QLatin1String("spelling")) {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
            target = dir.path() + QStringLiteral("/sub/.././/X.tif");
        } else if (how == QLatin1String("rois")) {
            target = rois;
        }
        const QByteArray imageBefore = fileBytes(image);
        const QByteArray roisBefore = fileBytes(rois);
        QStringList args{command, image, option, target};
        if (command == QLatin1String("glcm")) {
            args << QStringLiteral("--rois") << rois;
        }
        const CliRun r = runCliWith(args);
        QVERIFY2(isOneLineError(r), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(option) && r.err.contains(QStringLiteral("input")), qPrintable(r.err));
        QVERIFY(fileBytes(image) == imageBefore);
        QVERIFY(fileBytes(rois) == roisBefore);
    }
    void twoOutputsCannotShareAFile()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("result"));
        const CliRun r = runCliWith({QStringLiteral("segment"), still, QStringLiteral("--out"), out,
                                     QStringLiteral("--labels"), dir.path() + QStringLiteral("/./result")});
        QVERIFY2(isOneLineError(r), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("same output")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    /** Odd IMAGE paths, for every command: a clear one-line error, never a hang, never "empty"/"does not exist". */
    void oddInputPaths_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("problem");
        for (const char* c : {"info", "glcm", "threshold", "segment"}) {
            const QString cmd = QString::fromLatin1(c);
            QTest::newRow(qPrintable(cmd + QStringLiteral(" fifo")))
                << cmd << QStringLiteral("fifo") << QStringLiteral("named pipe (FIFO), not a regular file");
            QTest::newRow(qPrintable(cmd + QStringLiteral(" symlink loop")))
                << cmd << QStringLiteral("loop") << QStringLiteral("too many levels of symbolic links");
            QTest::newRow(qPrintable(cmd + QStringLiteral(" dangling symlink")))
                << cmd << QStringLiteral("dangling") << QStringLiteral("symbolic link to a file that does not exist");
            QTest::newRow(qPrintable(cmd + QStringLiteral(" /dev/zero")))
                << cmd << QStringLiteral("/dev/zero") << QStringLiteral("character device, not a regular file");
            QTest::newRow(qPrintable(cmd + QStringLiteral(" /proc file")))
                << cmd << QStringLiteral("/proc/self/status") << QStringLiteral("unknown size");
        }
    }
    void oddInputPaths()
    {
        QFETCH(QString, command);
        QFETCH(QString, kind);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        QString path = kind;
        if (kind == QLatin1String("fifo")) {
            path = dir.filePath(QStringLiteral("pipe.tif"));
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (kind == QLatin1String("loop")) {
            path = dir.filePath(QStringLiteral("a.tif"));
            QVERIFY(QFile::link(dir.filePath(QStringLiteral("b.tif")), path));
            QVERIFY(QFile::link(path, dir.filePath(QStringLiteral("b.tif"))));
        } else if (kind == QLatin1String("dangling")) {
            path = dir.filePath(QStringLiteral("dangling.tif"));
            QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone.tif")), path));
        }
        QVERIFY2(kind != QLatin1String("/proc/self/status") || QFile::exists(path), "no /proc here");
        CliRun r;
        {
            const FifoWatchdog watchdog(path);
            r = runCliWith({command, path});
            QVERIFY2(!watchdog.fired, "the command blocked on the FIFO");
        }
        QVERIFY2(isOneLineError(r), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QVERIFY2(r.err.contains(problem), qPrintable(r.err));
    }

    /** "-" and /dev/stdout as --out write the CSV to standard output; other existing non-files are written to. */
    void dashWritesToStandardOutput_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("out");
        for (const char* c : {"glcm", "segment"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 -").arg(QLatin1String(c))))
                << QString::fromLatin1(c) << QStringLiteral("-");
            QTest::newRow(qPrintable(QStringLiteral("%1 /dev/stdout").arg(QLatin1String(c))))
                << QString::fromLatin1(c) << QStringLiteral("/dev/stdout");
        }
    }
    void dashWritesToStandardOutput()
    {
        QFETCH(QString, command);
        QFETCH(QString, out);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("table.csv"));
        const QStringList args{command, still};
        const CliRun toFile = runCliWith(args + QStringList{QStringLiteral("--out"), file});
        QCOMPARE(toFile.status, 0);
        const QByteArray expected = fileBytes(file);
        QVERIFY(expected.startsWith(command == QLatin1String("glcm") ? "roi," : "Label"));
        const CliRun toStdout = runCliWith(args + QStringList{QStringLiteral("--out"), out});
        QVERIFY2(toStdout.status == 0, qPrintable(describe(toStdout)));
        QCOMPARE(toStdout.out.toUtf8(), expected); // only the CSV: segment's {"objects": N} line is left out
        QVERIFY(!QFile::exists(QDir::current().filePath(QStringLiteral("-"))));
        // /dev/null (an existing character device) is written to directly, not replaced by a temporary file.
        const CliRun toNull = runCliWith(args + QStringList{QStringLiteral("--out"), QStringLiteral("/dev/null")});
        QVERIFY2(toNull.status == 0, qPrintable(describe(toNull)));
    }
    void labelsCannotBeStandardOutput()
    {
        const CliRun r =
            runCliWith({QStringLiteral("segment"), still, QStringLiteral("--labels"), QStringLiteral("-")});
        QVERIFY2(isOneLineError(r), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("regular file")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliErrors)
#include "TestCliErrors.moc"
