#include "app/cli/CliCommand.h"
#ifdef TESSERA_CLI_FIGURE
#include "app/cli/FigureCommand.h"

#include <QApplication>
#endif

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char** argv)
{
    std::unique_ptr<QCoreApplication> app;
#ifdef TESSERA_CLI_FIGURE
    // `figure` draws text and widgets (the scatter plot): a QApplication on the offscreen platform, no display needed.
    if (argc > 1 && std::strcmp(argv[1], "figure") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QApplication>(argc, argv);
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
    std::vector<tessera::CliCommand> commands = tessera::cliCommands();
#ifdef TESSERA_CLI_FIGURE
    commands.push_back(tessera::figureCommand());
#endif
    return tessera::runCli(QCoreApplication::arguments(), io, commands);
}
