#include "ui/app/AppContext.h"
#include "ui/app/MainWindow.h"
#include "ui/roi/RoiManagerDock.h"
#include "ui/roi/RoiManagerPanel.h"
#include "ui/session/Recovery.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

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
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "Images or sessions (.tessera) to open."),
                                 QStringLiteral("[FILE...]"));
    const QCommandLineOption roisOption(
        QStringLiteral("rois"),
        QApplication::translate("main", "Import the ROIs of FILE (a JSON or CSV ROI file) into each image opened, as "
                                        "an edit that can be undone."),
        QStringLiteral("FILE"));
    parser.addOption(roisOption);
    parser.process(app);
    const QString roiFile = parser.value(roisOption);

    // One worker pool and loader for every window of the application.
    tessera::AppContext context;
    // Work of a Tessera that did not close properly: offer to restore it first.
    const QList<tessera::MainWindow*> restored = tessera::Recovery::offer(context);
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() && restored.isEmpty()) {
        auto* window = new tessera::MainWindow(context);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    }
    for (const QString& file : files) {
        auto* window = new tessera::MainWindow(context);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        if (!roiFile.isEmpty()) {
            QObject::connect(
                window, &tessera::MainWindow::loadFinished, window,
                [window, roiFile](bool ok) {
                    auto* dock = window->findChild<tessera::RoiManagerDock*>();
                    const tessera::Status status =
                        ok && dock ? dock->panel()->importRois(roiFile) : tessera::Status::invalid(QString());
                    if (ok && !status.isOk()) {
                        std::fprintf(stderr, "tessera: %s\n", qPrintable(status.message()));
                    }
                },
                Qt::SingleShotConnection);
        }
        window->openFile(file);
    }
    return app.exec();
}
