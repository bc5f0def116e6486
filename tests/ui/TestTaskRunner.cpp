#include "core/common/Status.h"
#include "ui/app/AppContext.h"
#include "ui/app/MainWindow.h"
#include "ui/async/TaskRunner.h"

#include <opencv2/core.hpp>

#include <QSignalSpy>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace tessera;

namespace {
/** Work that runs until cancelled or `steps` × 1 ms, reporting progress; returns its tag. */
std::function<int(TaskContext&)> slowWork(int tag, int steps, std::atomic<int>* finishedCount = nullptr)
{
    return [=](TaskContext& task) {
        for (int i = 0; i < steps; ++i) {
            if (!task.setProgress(double(i) / steps)) {
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        if (finishedCount) {
            ++*finishedCount;
        }
        return tag;
    };
}

enum class Failure
{
    StdException,
    CvException,
    BadAlloc,
    Unknown,
    ErrorStatus,
};

/** Work that fails in the given way after a few milliseconds. */
std::function<Expected<int>(TaskContext&)> failingWork(Failure failure)
{
    return [failure](TaskContext&) -> Expected<int> {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        switch (failure) {
        case Failure::StdException:
            throw std::runtime_error("disk on fire");
        case Failure::CvException: {
            cv::Mat a(2, 2, CV_8UC1), b(3, 3, CV_8UC1);
            cv::Mat c = a + b; // sizes differ: OpenCV throws cv::Exception
            return c.rows;
        }
        case Failure::BadAlloc:
            throw std::bad_alloc();
        case Failure::Unknown:
            throw 42;
        case Failure::ErrorStatus:
            return Status::invalid(QStringLiteral("ROI “bkg2” has no pixels"));
        }
        return 0;
    };
}
} // namespace

class TestTaskRunner : public QObject
{
    Q_OBJECT
    QThreadPool m_pool;

private slots:
    void resultArrivesOnGuiThread()
    {
        TaskRunner runner(&m_pool);
        QObject receiver;
        int result = 0;
        QThread* thread = nullptr;
        double lastProgress = -1;
        runner.run<int>(
            QStringLiteral("k"), slowWork(7, 20), &receiver,
            [&](const int& r) {
                result = r;
                thread = QThread::currentThread();
            },
            {}, [&](double f, const QString&) { lastProgress = f; });
        QTRY_COMPARE(result, 7);
        QCOMPARE(thread, QThread::currentThread());
        QVERIFY(lastProgress >= 0.0);
        QVERIFY(!runner.isRunning(QStringLiteral("k")));
    }
    void newestRequestWins_data()
    {
        QTest::addColumn<int>("requests");
        QTest::newRow("two") << 2;
        QTest::newRow("ten") << 10;
    }
    void newestRequestWins()
    {
        QFETCH(int, requests);
        TaskRunner runner(&m_pool);
        QObject receiver;
        QVector<int> delivered;
        for (int i = 1; i <= requests; ++i) {
            runner.run<int>(QStringLiteral("preview"), slowWork(i, 50), &receiver,
                            [&](const int& r) { delivered.append(r); });
        }
        QTRY_VERIFY(!runner.isRunning(QStringLiteral("preview")));
        QTest::qWait(100); // let stale finishes arrive, if any
        QCOMPARE(delivered, QVector<int>{requests});
    }
    void failureEndsBusyAndReachesOnError_data()
    {
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("std::exception") << int(Failure::StdException) << QStringLiteral("disk on fire");
        QTest::newRow("cv::Exception") << int(Failure::CvException) << QStringLiteral("OpenCV");
        QTest::newRow("bad_alloc") << int(Failure::BadAlloc) << QStringLiteral("memory");
        QTest::newRow("unknown") << int(Failure::Unknown) << QStringLiteral("unknown");
        QTest::newRow("error status") << int(Failure::ErrorStatus) << QStringLiteral("“bkg2” has no pixels");
    }
    void failureEndsBusyAndReachesOnError()
    {
        QFETCH(int, failure);
        QFETCH(QString, expectedText);
        TaskRunner runner(&m_pool);
        QObject receiver;
        QSignalSpy finished(&runner, &TaskRunner::taskFinished);
        QSignalSpy failed(&runner, &TaskRunner::taskFailed);
        QSignalSpy busy(&runner, &TaskRunner::busyChanged);
        bool done = false;
        QString error;
        runner.run<Expected<int>>(
            QStringLiteral("glcm"), failingWork(Failure(failure)), &receiver, [&](const int&) { done = true; },
            [&](const QString& message) { error = message; });
        QVERIFY(runner.isBusy());
        QTRY_VERIFY(!error.isEmpty());
        QVERIFY2(error.contains(expectedText, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(!done);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!runner.isBusy());
        QVERIFY(!runner.isRunning(QStringLiteral("glcm")));
        QCOMPARE(busy.size(), 2); // true, then false
        QCOMPARE(busy.last().first().toBool(), false);
        QCOMPARE(failed.size(), 0); // handled by onError: reported once
    }
    void failureWithoutOnErrorIsSignalled_data() { failureEndsBusyAndReachesOnError_data(); }
    void failureWithoutOnErrorIsSignalled()
    {
        QFETCH(int, failure);
        QFETCH(QString, expectedText);
        TaskRunner runner(&m_pool);
        QObject receiver;
        QSignalSpy failed(&runner, &TaskRunner::taskFailed);
        runner.run<Expected<int>>(QStringLiteral("k"), failingWork(Failure(failure)), &receiver, [](const int&) {});
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("k"));
        QVERIFY2(failed.first().at(1).toString().contains(expectedText, Qt::CaseInsensitive),
                 qPrintable(failed.first().at(1).toString()));
        QVERIFY(!runner.isBusy());
    }
    void cancelledStatusIsSilent()
    {
        TaskRunner runner(&m_pool);
        QObject receiver;
        QSignalSpy failed(&runner, &TaskRunner::taskFailed);
        QSignalSpy finished(&runner, &TaskRunner::taskFinished);
        bool called = false;
        runner.run<Status>(
            QStringLiteral("k"), [](TaskContext&) { return Status::cancelled(); }, &receiver,
            [&](const Status&) { called = true; }, [&](const QString&) { called = true; });
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!called);
        QCOMPARE(failed.size(), 0);
    }
    void newRequestCancelsPreviousOfSameKeyOnly()
    {
        TaskRunner runner(&m_pool);
        QObject receiver;
        std::atomic<int> started{0};
        std::atomic<bool> firstSawCancel{false};
        std::atomic<bool> otherSawCancel{false};
        // Runs until cancelled (notes it, returns -1), or until *stop is set (returns 1), for at most 100 s.
        auto untilCancelled = [&started](std::atomic<bool>* saw, const std::atomic<bool>* stop) {
            return std::function<int(TaskContext&)>([&started, saw, stop](TaskContext& task) {
                ++started;
                for (int i = 0; i < 100000 && !(stop && stop->load()); ++i) {
                    if (task.isCancelled()) {
                        *saw = true;
                        return -1;
                    }
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                }
                return 1;
            });
        };
        int otherResult = 0;
        QVector<int> glcmResults;
        runner.run<int>(QStringLiteral("glcm"), untilCancelled(&firstSawCancel, nullptr), &receiver,
                        [&](const int& r) { glcmResults.append(r); });
        // The histogram worker outlives the GLCM one: it ends only once that one has seen its cancel.
        runner.run<int>(QStringLiteral("histogram"), untilCancelled(&otherSawCancel, &firstSawCancel), &receiver,
                        [&](const int& r) { otherResult = r; });
        // Both are running (a worker cancelled before it starts never runs, so there would be nothing to observe).
        QTRY_COMPARE(started.load(), 2);
        runner.run<int>(QStringLiteral("glcm"), slowWork(2, 10), &receiver,
                        [&](const int& r) { glcmResults.append(r); });
        QTRY_VERIFY(firstSawCancel.load()); // the previous GLCM worker was told to stop
        QTRY_COMPARE(glcmResults, QVector<int>{2});
        QTRY_COMPARE(otherResult, 1); // another key ran to its end
        QVERIFY(!otherSawCancel.load());
    }
    void windowsShareTheApplicationPool()
    {
        AppContext context(2);
        MainWindow first(context);
        MainWindow second(context);
        QCOMPARE(first.runner()->pool(), context.threadPool());
        QCOMPARE(second.runner()->pool(), context.threadPool());
        QVERIFY(first.runner()->pool() != QThreadPool::globalInstance());

        // Both windows' workers run on the shared pool at once, and closing one window waits for its own work only.
        std::atomic<bool> release{false};
        std::atomic<int> started{0};
        auto blocking = [&](TaskContext& task) {
            ++started;
            while (!release.load() && !task.isCancelled()) {
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            return 1;
        };
        std::atomic<bool> secondDone{false};
        auto uncancellable = [&](TaskContext&) {
            ++started;
            while (!release.load()) {
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            secondDone = true;
            return 2;
        };
        first.runner()->run<int>(QStringLiteral("a"), blocking, &first, [](const int&) {});
        second.runner()->run<int>(QStringLiteral("b"), uncancellable, &second, [](const int&) {});
        QTRY_COMPARE(started.load(), 2);
        QCOMPARE(context.threadPool()->activeThreadCount(), 2);
        QElapsedTimer timer;
        timer.start();
        first.runner()->shutdown(); // cancels its own task; must not wait for the second window's
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(!secondDone.load());
        release = true;
        second.runner()->shutdown();
        QVERIFY(secondDone.load());
    }
    void shutdownCancelsAndWaits()
    {
        std::atomic<int> started{0};
        std::atomic<int> finished{0};
        bool delivered = false;
        {
            TaskRunner runner(&m_pool);
            QObject receiver;
            auto work = [&](int tag) {
                return std::function<int(TaskContext&)>([&, tag](TaskContext& task) {
                    ++started;
                    return slowWork(tag, 100000, &finished)(task);
                });
            };
            runner.run<int>(QStringLiteral("a"), work(1), &receiver, [&](const int&) { delivered = true; });
            runner.run<int>(QStringLiteral("b"), work(2), &receiver, [&](const int&) { delivered = true; });
            // Both workers are inside their work (one cancelled before it starts never runs it, and could not be
            // counted below). Waiting for that, rather than a fixed delay, keeps a loaded machine from failing this.
            QTRY_COMPARE(started.load(), 2);
            QElapsedTimer timer;
            timer.start();
            runner.shutdown();
            // Cancelled, not run to the end (100 s); generous for a loaded machine, where a worker waits for a core.
            QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
            QCOMPARE(finished.load(), 2); // both workers returned before shutdown() did
        }
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }
    void deadReceiverGetsNothing()
    {
        TaskRunner runner(&m_pool);
        bool delivered = false;
        auto* receiver = new QObject;
        runner.run<int>(QStringLiteral("k"), slowWork(3, 30), receiver, [&](const int&) { delivered = true; });
        delete receiver;
        QTRY_VERIFY(!runner.isRunning(QStringLiteral("k")));
        QVERIFY(!delivered);
    }
};

QTEST_MAIN(TestTaskRunner)
#include "TestTaskRunner.moc"
