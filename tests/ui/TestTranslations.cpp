#include "ui/app/AppContext.h"
#include "ui/app/MainWindow.h"

#include <QMenuBar>
#include <QTranslator>
#include <QtTest>

using namespace tessera;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void embeddedTranslationsLoad_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
    }
    void embeddedTranslationsLoad()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(language), QStringLiteral("tessera"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QVERIFY(!translator.isEmpty());
    }
    // One string per part of the code (core through Q_DECLARE_TR_FUNCTIONS, the CLI, docks): each must be found
    // under the context the code looks it up in. Completeness of the whole file: TestTranslationsComplete.
    void stringsAreTranslated_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("core measurement column")
            << QStringLiteral("tessera::ObjectMeasurements") << QStringLiteral("Number of pixels.")
            << QStringLiteral("Anzahl der Pixel.");
        QTest::newRow("core segmentation")
            << QStringLiteral("tessera::SegmentationPipeline") << QStringLiteral("channel %1, slice %2, frame %3")
            << QStringLiteral("Kanal %1, Schicht %2, Zeitpunkt %3");
        QTest::newRow("core reader") << QStringLiteral("tessera::TiffReader")
                                     << QStringLiteral("Cannot read \"%1\": %2")
                                     << QStringLiteral("„%1“ kann nicht gelesen werden: %2");
        QTest::newRow("cli") << QStringLiteral("tessera::Cli") << QStringLiteral("Commands:")
                             << QStringLiteral("Befehle:");
        QTest::newRow("roi manager") << QStringLiteral("tessera::RoiManagerDock") << QStringLiteral("ROI Manager")
                                     << QStringLiteral("ROI-Manager");
    }
    void stringsAreTranslated()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QStringLiteral("de")), QStringLiteral("tessera"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCOMPARE(translator.translate(qPrintable(context), qPrintable(source)), expected);
    }
    void numerusFormsFollowTheCount_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one") << 1 << QStringLiteral("1 ROI importieren");
        QTest::newRow("several") << 3 << QStringLiteral("3 ROIs importieren");
    }
    void numerusFormsFollowTheCount()
    {
        QFETCH(int, n);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QStringLiteral("de")), QStringLiteral("tessera"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        const QString text = QCoreApplication::translate("tessera::RoiManagerPanel", "Import %n ROI(s)", nullptr, n);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(text, expected);
    }
    void menusAreTranslated()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QStringLiteral("de")), QStringLiteral("tessera"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        AppContext context;
        MainWindow w(context);
        QStringList titles;
        for (QAction* a : w.menuBar()->actions()) {
            titles << a->text();
        }
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(QLatin1Char(','))));
        QVERIFY(titles.contains(QStringLiteral("&Ansicht")));
        QVERIFY(titles.contains(QStringLiteral("&Bearbeiten")));
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
