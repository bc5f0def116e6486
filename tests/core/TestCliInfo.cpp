#include "core/cli/CliCommand.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace tessera;

namespace {
const QString dataDir = QStringLiteral(TESSERA_TEST_DATA);

struct CliRun
{
    int status = -1;
    QString out;
    QString err;
};

CliRun runCliWith(const QStringList& args)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    CliIo io{out, err};
    r.status = runCli(QStringList{QStringLiteral("tessera-cli")} + args, io);
    out.flush();
    err.flush();
    return r;
}
} // namespace

class TestCliInfo : public QObject
{
    Q_OBJECT
private slots:
    void infoReportsEveryField_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("slices");
        QTest::addColumn<QString>("pixelType");
        QTest::addColumn<double>("pixelWidth");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::newRow("pyimagej") << QStringLiteral("pyimagej_test_still.tif") << 300 << 300 << 1 << 1
                                  << QStringLiteral("uint16") << 1.0 << 658.0 << 6157.0;
        QTest::newRow("haralick") << QStringLiteral("imagej-ops_haralick_test_img.tif") << 20 << 20 << 1 << 1
                                  << QStringLiteral("uint8") << 1.0 << 1.0 << 254.0;
        QTest::newRow("hyperstack") << QStringLiteral("synthetic/hyperstack.tif") << 160 << 128 << 2 << 5
                                    << QStringLiteral("uint16") << 0.2 << -1.0 << -1.0;
        QTest::newRow("disks") << QStringLiteral("synthetic/disks16.tif") << 512 << 512 << 1 << 1
                               << QStringLiteral("uint16") << 0.325 << -1.0 << -1.0;
    }
    void infoReportsEveryField()
    {
        QFETCH(QString, file);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, channels);
        QFETCH(int, slices);
        QFETCH(QString, pixelType);
        QFETCH(double, pixelWidth);
        QFETCH(double, min);
        QFETCH(double, max);
        const CliRun r = runCliWith({QStringLiteral("info"), dataDir + QLatin1Char('/') + file});
        QCOMPARE(r.status, 0);
        QVERIFY(r.err.isEmpty());
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("width")).toInt(), width);
        QCOMPARE(o.value(QStringLiteral("height")).toInt(), height);
        QCOMPARE(o.value(QStringLiteral("channels")).toInt(), channels);
        QCOMPARE(o.value(QStringLiteral("slices")).toInt(), slices);
        QCOMPARE(o.value(QStringLiteral("frames")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("pixelType")).toString(), pixelType);
        QVERIFY(qAbs(o.value(QStringLiteral("pixelWidth")).toDouble() - pixelWidth) < 1e-6);
        QVERIFY(o.contains(QStringLiteral("pixelHeight")) && o.contains(QStringLiteral("pixelDepth")) &&
                o.contains(QStringLiteral("unit")));
        if (min >= 0) {
            QCOMPARE(o.value(QStringLiteral("min")).toDouble(), min);
            QCOMPARE(o.value(QStringLiteral("max")).toDouble(), max);
        }
    }
    void errorsGiveOneLineAndStatus2()
    {
        const CliRun r = runCliWith({QStringLiteral("info"), dataDir + QStringLiteral("/no-such-file.tif")});
        QCOMPARE(r.status, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.err.contains(QStringLiteral("does not exist")));
    }
    void helpListsCommands()
    {
        const CliRun r = runCliWith({QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("info")));
        const CliRun h = runCliWith({QStringLiteral("info"), QStringLiteral("--help")});
        QCOMPARE(h.status, 0);
        QVERIFY(h.out.contains(QStringLiteral("IMAGE")));
    }
};

QTEST_GUILESS_MAIN(TestCliInfo)
#include "TestCliInfo.moc"
