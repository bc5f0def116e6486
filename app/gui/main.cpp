#include "ui/app/AppContext.h"
#include "ui/app/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tessera"));
    QApplication::setOrganizationName(QStringLiteral("Tessera"));
    QApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tessera.svg")));

    // Tessera's own strings, then Qt's (standard dialogs), in the system language when a translation exists.
    QTranslator tesseraTranslator;
    if (tesseraTranslator.load(QLocale(), QStringLiteral("tessera"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&tesseraTranslator);
    }
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Microscopy workbench: textures, thresholds, segmentation."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QApplication::translate("main", "Images to open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    // One worker pool and loader for every window of the application.
    tessera::AppContext context;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        auto* window = new tessera::MainWindow(context);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    }
    for (const QString& file : files) {
        auto* window = new tessera::MainWindow(context);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        window->openFile(file);
    }
    return app.exec();
}
