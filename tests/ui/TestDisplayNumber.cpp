// displayNumber(): the one format of numbers in panel labels. Expected strings are worked out by hand from the rule
// (4 significant digits, all integral digits, trailing zeros dropped, exponent below 1e-4), in the C and German
// locales.
#include "ui/app/DisplayNumber.h"

#include <QLocale>
#include <QtTest>

#include <limits>

using namespace tessera;

class TestDisplayNumber : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void format_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("significant");
        QTest::addColumn<QString>("expected");
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("integer") << "C" << 87.0 << 4 << "87";
        QTest::newRow("zero") << "C" << 0.0 << 4 << "0";
        QTest::newRow("negative zero") << "C" << -0.0 << 4 << "0";
        QTest::newRow("4 digits") << "C" << 123.456 << 4 << "123.5";
        QTest::newRow("all integral digits") << "C" << 12345.6 << 4 << "12346";
        QTest::newRow("no group separator") << "C" << 1234567.0 << 4 << "1234567";
        QTest::newRow("below one") << "C" << 0.012345 << 4 << "0.01235";
        QTest::newRow("trailing zeros dropped") << "C" << 2.5 << 4 << "2.5";
        QTest::newRow("rounds up to integer") << "C" << 9.99996 << 4 << "10";
        QTest::newRow("negative") << "C" << -3.14159 << 4 << "-3.142";
        QTest::newRow("6 digits") << "C" << 3.14159265 << 6 << "3.14159";
        QTest::newRow("tiny: exponent") << "C" << 0.000015 << 4 << "1.5e-05";
        QTest::newRow("infinity") << "C" << inf << 4 << "∞";
        QTest::newRow("minus infinity") << "C" << -inf << 4 << "−∞";
        QTest::newRow("NaN") << "C" << std::numeric_limits<double>::quiet_NaN() << 4 << "NaN";
        QTest::newRow("German decimal comma") << "de_DE" << 123.456 << 4 << "123,5";
        QTest::newRow("German, no grouping") << "de_DE" << 12345.6 << 4 << "12346";
        QTest::newRow("German integer") << "de_DE" << 255.0 << 4 << "255";
    }
    void format()
    {
        QFETCH(QString, locale);
        QFETCH(double, value);
        QFETCH(int, significant);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(displayNumber(value, significant), expected);
    }

    void percent()
    {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(displayPercent(10.514), QStringLiteral("10.51 %"));
        QCOMPARE(displayPercent(100.0), QStringLiteral("100 %"));
    }
};

QTEST_MAIN(TestDisplayNumber)
#include "TestDisplayNumber.moc"
