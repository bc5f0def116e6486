#include "app/cli/CliCommand.h"
#ifdef TESSERA_CLI_FIGURE
#include "app/cli/FigureCommand.h"

#include <QApplication>
#include <QGuiApplication>
#endif

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char** argv)
{
    std::unique_ptr<QCoreApplication> app;
#ifdef TESSERA_CLI_FIGURE
    // Commands that draw get a (Gui)Application on the offscreen platform, no display needed; the others stay on
    // QCoreApplication, so they neither need nor initialise a display.
    const tessera::CliDrawing drawing = tessera::cliDrawing(argc, argv);
    if (drawing != tessera::CliDrawing::None && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (drawing == tessera::CliDrawing::Widgets) { // figure --panel draws the scatter plot widget
        app = std::make_unique<QApplication>(argc, argv);
    } else if (drawing == tessera::CliDrawing::Gui) {
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    if (!app) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("tessera-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    tessera::CliIo io{out, err};
#ifdef TESSERA_CLI_FIGURE
    const std::vector<tessera::CliCommand> commands = tessera::figureCliCommands();
#else
    const std::vector<tessera::CliCommand> commands = tessera::cliCommands();
#endif
    return tessera::runCli(QCoreApplication::arguments(), io, commands);
}
