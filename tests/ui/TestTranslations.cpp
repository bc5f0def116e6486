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
