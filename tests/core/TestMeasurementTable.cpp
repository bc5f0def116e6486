#include "core/measure/MeasurementTable.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <vector>

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
                                 << QStringLiteral("Name,Area [µm²],Mean\r\n"
                                                   "\"a,b\",0.1,NaN\r\n"
                                                   "\"say \"\"hi\"\"\",0.3333333333333333,-Infinity\r\n"
                                                   "\"two\nlines\",1e+300,2.0\r\n");
        QTest::newRow("european") << true
                                  << QStringLiteral("Name;Area [µm²];Mean\r\n"
                                                    "a,b;0,1;NaN\r\n"
                                                    "\"say \"\"hi\"\"\";0,3333333333333333;-Infinity\r\n"
                                                    "\"two\nlines\";1e+300;2,0\r\n");
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

    void unitsInHeaderAndUtf8_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("header");
        QTest::newRow("area") << QStringLiteral("µm^2") << QStringLiteral("Area [µm²]");
        QTest::newRow("length") << QStringLiteral("µm") << QStringLiteral("Area [µm]");
        QTest::newRow("volume") << QStringLiteral("mm^3") << QStringLiteral("Area [mm³]");
        QTest::newRow("uncalibrated area") << QStringLiteral("pixel^2") << QStringLiteral("Area [px²]");
        QTest::newRow("uncalibrated length") << QStringLiteral("pixel") << QStringLiteral("Area [px]");
        QTest::newRow("angle") << QStringLiteral("degree") << QStringLiteral("Area [°]");
        QTest::newRow("other unit kept") << QStringLiteral("pixels") << QStringLiteral("Area [pixels]");
        QTest::newRow("none") << QString() << QStringLiteral("Area");
    }
    void unitsInHeaderAndUtf8()
    {
        QFETCH(QString, unit);
        QFETCH(QString, header);
        MeasurementTable t;
        t.addColumn(QStringLiteral("Area"), unit);
        t.addColumn(QStringLiteral("Circ."));
        const QByteArray bytes = toCsv(t);
        QCOMPARE(bytes, header.toUtf8() + QByteArray(",Circ.\r\n")); // UTF-8, no BOM
        QVERIFY(!bytes.startsWith("\xef\xbb\xbf"));
        CsvOptions bare;
        bare.unitsInHeader = false;
        QCOMPARE(toCsv(t, bare), QByteArray("Area,Circ.\r\n"));
    }

    /** The shortest form that reads back to the identical double, for awkward and random values. */
    void numbersRoundTripExactly()
    {
        std::vector<double> values{0.1,
                                   0.1 + 0.2,
                                   1.0 / 3.0,
                                   -0.0,
                                   5e-324,
                                   2.2250738585072014e-308,
                                   1.7976931348623157e308,
                                   123456789012345678.0,
                                   1e-5,
                                   1e21,
                                   -2.5};
        std::mt19937_64 random(20261202);
        for (int i = 0; i < 2000; ++i) {
            double d = 0;
            const std::uint64_t bits = random();
            std::memcpy(&d, &bits, sizeof d);
            if (std::isfinite(d)) {
                values.push_back(d);
            }
        }
        MeasurementTable t;
        t.addColumn(QStringLiteral("v"));
        for (double v : values) {
            t.setValue(t.addRow(), 0, v);
        }
        for (const CsvOptions& options : {CsvOptions(), CsvOptions::european()}) {
            const QList<QByteArray> lines = toCsv(t, options).split('\n');
            QCOMPARE(lines.size(), int(values.size()) + 2); // header, rows, the empty end
            for (std::size_t i = 0; i < values.size(); ++i) {
                QByteArray cell = lines[int(i) + 1].chopped(1); // without the CR
                QVERIFY(!cell.contains(options.decimalComma ? '.' : ','));
                cell.replace(',', '.');
                double back = 0; // std::from_chars: locale-independent, exact
                const auto parsed = std::from_chars(cell.constData(), cell.constData() + cell.size(), back);
                QVERIFY(parsed.ec == std::errc() && parsed.ptr == cell.constData() + cell.size());
                QVERIFY2(std::memcmp(&back, &values[i], sizeof back) == 0, cell.constData());
                QVERIFY2(cell.size() <= 24, cell.constData());
            }
        }
    }

    /** Integral values keep ".0" (as Python's repr) so that a column reads as floating point whatever its values. */
    void integralValuesKeepADecimalPoint()
    {
        MeasurementTable t;
        t.addColumn(QStringLiteral("v"));
        for (double v : {45.0, -0.0, 0.0, 1e15, 1e16, 1e21, 100.0}) {
            t.setValue(t.addRow(), 0, v);
        }
        QCOMPARE(toCsv(t), QByteArray("v\r\n45.0\r\n-0.0\r\n0.0\r\n1e+15\r\n1e+16\r\n1e+21\r\n100.0\r\n"));
        QCOMPARE(toCsv(t, CsvOptions::european()),
                 QByteArray("v\r\n45,0\r\n-0,0\r\n0,0\r\n1e+15\r\n1e+16\r\n1e+21\r\n100,0\r\n"));
    }

    void specialValuesAndQuoting()
    {
        MeasurementTable t;
        t.addColumn(QStringLiteral("name"));
        t.addColumn(QStringLiteral("v"));
        const double inf = std::numeric_limits<double>::infinity();
        const QString names[4] = {QStringLiteral("cell #3"), QStringLiteral("plain"), QStringLiteral("a;b"),
                                  QStringLiteral("cr\rhere")};
        const double values[4] = {std::numeric_limits<double>::quiet_NaN(), inf, -inf, 1e-7};
        for (int i = 0; i < 4; ++i) {
            const int r = t.addRow();
            t.setText(r, 0, names[i]);
            t.setValue(r, 1, values[i]);
        }
        QCOMPARE(toCsv(t), QByteArray("name,v\r\n\"cell #3\",NaN\r\nplain,Infinity\r\na;b,-Infinity\r\n"
                                      "\"cr\rhere\",1e-07\r\n"));
        QCOMPARE(toCsv(t, CsvOptions::european()),
                 QByteArray("name;v\r\n\"cell #3\";NaN\r\nplain;Infinity\r\n\"a;b\";-Infinity\r\n"
                            "\"cr\rhere\";1e-07\r\n"));
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
        CsvOptions hash;
        hash.separator = QLatin1Char('#');
        QVERIFY(!hash.validate().isOk());
    }
};

QTEST_GUILESS_MAIN(TestMeasurementTable)
#include "TestMeasurementTable.moc"
