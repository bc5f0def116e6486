#include "core/measure/MeasurementTable.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace tessera;

class TestMeasurementTable : public QObject
{
    Q_OBJECT
private slots:
    void columnsRowsAndValues()
    {
        MeasurementTable t;
        QCOMPARE(t.addColumn(QStringLiteral("Name")), 0);
        QCOMPARE(t.addColumn(QStringLiteral("Area"), QStringLiteral("µm^2"), QStringLiteral("area")), 1);
        QCOMPARE(t.addRow(), 0);
        QVERIFY(std::isnan(t.value(0, 1)));
        t.setText(0, 0, QStringLiteral("cell 1"));
        t.setValue(0, 1, 12.5);
        QCOMPARE(t.value(0, QStringLiteral("Area")), 12.5);
        QVERIFY(std::isnan(t.value(0, QStringLiteral("Nope"))));
        QVERIFY(std::isnan(t.value(0, 0)));
        QCOMPARE(t.columnIndex(QStringLiteral("Area")), 1);
        QCOMPARE(t.column(1).unit, QStringLiteral("µm^2"));
        MeasurementTable copy = t;
        QVERIFY(copy == t);
        copy.setValue(0, 1, 13.0);
        QVERIFY(copy != t);
        // Adding a column later fills existing rows with NaN.
        t.addColumn(QStringLiteral("Mean"));
        QVERIFY(std::isnan(t.value(0, 2)));
    }

    void csvFormatting_data()
    {
        QTest::addColumn<bool>("european");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rfc4180") << false
                                 << QStringLiteral("Name,Area,Mean\r\n"
                                                   "\"a,b\",0.1,NaN\r\n"
                                                   "\"say \"\"hi\"\"\",0.3333333333333333,-Infinity\r\n"
                                                   "\"two\nlines\",1e+300,2\r\n");
        QTest::newRow("european") << true
                                  << QStringLiteral("Name;Area;Mean\r\n"
                                                    "a,b;0,1;NaN\r\n"
                                                    "\"say \"\"hi\"\"\";0,3333333333333333;-Infinity\r\n"
                                                    "\"two\nlines\";1e+300;2\r\n");
    }
    void csvFormatting()
    {
        QFETCH(bool, european);
        QFETCH(QString, expected);
        MeasurementTable t;
        t.addColumn(QStringLiteral("Name"));
        t.addColumn(QStringLiteral("Area"), QStringLiteral("µm^2"));
        t.addColumn(QStringLiteral("Mean"));
        const QString names[3] = {QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")};
        const double areas[3] = {0.1, 1.0 / 3.0, 1e300};
        const double means[3] = {std::numeric_limits<double>::quiet_NaN(), -std::numeric_limits<double>::infinity(),
                                 2.0};
        for (int i = 0; i < 3; ++i) {
            const int r = t.addRow();
            t.setText(r, 0, names[i]);
            t.setValue(r, 1, areas[i]);
            t.setValue(r, 2, means[i]);
        }
        const CsvOptions options = european ? CsvOptions::european() : CsvOptions();
        QCOMPARE(QString::fromUtf8(toCsv(t, options)), expected);
        // Full precision: every number reads back to the identical double.
        const QStringList row = QString::fromUtf8(toCsv(t)).split(QStringLiteral("\r\n")).at(2).split(QLatin1Char(','));
        QCOMPARE(row.at(1).toDouble(), 1.0 / 3.0);
    }

    void unitsInHeaderAndUtf8()
    {
        MeasurementTable t;
        t.addColumn(QStringLiteral("Area"), QStringLiteral("µm^2"));
        t.addColumn(QStringLiteral("Circ."));
        CsvOptions o;
        o.unitsInHeader = true;
        const QByteArray bytes = toCsv(t, o);
        QCOMPARE(bytes, QByteArray("Area (\xc2\xb5m^2),Circ.\r\n"));
    }

    void writeCsvAtomicallyAndFailures()
    {
        QTemporaryDir dir;
        MeasurementTable t;
        t.addColumn(QStringLiteral("X"));
        t.setValue(t.addRow(), 0, 1.5);
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        QVERIFY(writeCsv(t, path).isOk());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("X\r\n1.5\r\n"));
        const Status missing = writeCsv(t, dir.filePath(QStringLiteral("no/such/dir/t.csv")));
        QCOMPARE(missing.code(), StatusCode::IoError);
        QVERIFY(missing.message().contains(QStringLiteral("t.csv")));
        CsvOptions bad;
        bad.decimalComma = true;
        QCOMPARE(writeCsv(t, path, bad).code(), StatusCode::InvalidInput);
        QVERIFY(!bad.validate().isOk());
        QVERIFY(CsvOptions::european().validate().isOk());
    }
};

QTEST_GUILESS_MAIN(TestMeasurementTable)
#include "TestMeasurementTable.moc"
