#include "ui/async/TaskRunner.h"

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
} // namespace

class TestTaskRunner : public QObject
{
    Q_OBJECT
private slots:
    void resultArrivesOnGuiThread()
    {
        TaskRunner runner;
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
            [&](double f, const QString&) { lastProgress = f; });
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
        TaskRunner runner;
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
    void shutdownCancelsAndWaits()
    {
        std::atomic<int> finished{0};
        bool delivered = false;
        {
            TaskRunner runner;
            QObject receiver;
            runner.run<int>(QStringLiteral("a"), slowWork(1, 100000, &finished), &receiver,
                            [&](const int&) { delivered = true; });
            runner.run<int>(QStringLiteral("b"), slowWork(2, 100000, &finished), &receiver,
                            [&](const int&) { delivered = true; });
            QTest::qWait(20);
            QElapsedTimer timer;
            timer.start();
            runner.shutdown();
            QVERIFY(timer.elapsed() < 2000); // cancelled, not run to the end (100 s)
            QCOMPARE(finished.load(), 2);    // both workers returned before shutdown() did
        }
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }
    void deadReceiverGetsNothing()
    {
        TaskRunner runner;
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
