#include "core/task/TaskContext.h"

#include <QtTest>

#include <thread>
#include <vector>

using namespace tessera;

class TestTaskContext : public QObject
{
    Q_OBJECT
private slots:
    void progressIsClampedAndMonotonic_data()
    {
        QTest::addColumn<QVector<double>>("reports");
        QTest::addColumn<double>("expected");
        QTest::newRow("increasing") << QVector<double>{0.1, 0.5, 0.9} << 0.9;
        QTest::newRow("decreasing ignored") << QVector<double>{0.7, 0.2} << 0.7;
        QTest::newRow("clamped high") << QVector<double>{2.0} << 1.0;
        QTest::newRow("clamped low") << QVector<double>{-1.0} << 0.0;
    }
    void progressIsClampedAndMonotonic()
    {
        QFETCH(QVector<double>, reports);
        QFETCH(double, expected);
        QVector<double> seen;
        TaskContext task([&](double f, const QString&) { seen.append(f); });
        for (double r : reports) {
            QVERIFY(task.setProgress(r));
        }
        QCOMPARE(task.progress(), expected);
        for (int i = 1; i < seen.size(); ++i) {
            QVERIFY(seen[i] >= seen[i - 1]);
        }
    }
    void cancelIsSeenBySetProgressAndSubTasks()
    {
        TaskContext parent;
        SubTask sub(parent, 0.5, 1.0);
        QVERIFY(!sub.isCancelled());
        QVERIFY(sub.setProgress(0.5));
        QCOMPARE(parent.progress(), 0.75);
        parent.cancel();
        QVERIFY(sub.isCancelled());
        QVERIFY(!sub.setProgress(0.6));
        QVERIFY(!parent.setProgress(0.9));
    }
    void reportsFromManyThreads()
    {
        TaskContext task;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&task, t] {
                for (int i = 0; i <= 1000; ++i) {
                    task.setProgress((i + t) / 1003.0);
                }
            });
        }
        for (auto& th : threads) {
            th.join();
        }
        QCOMPARE(task.progress(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestTaskContext)
#include "TestTaskContext.moc"
