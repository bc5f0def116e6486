#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#ifdef TESSERA_CLI_FIGURE
#include "app/cli/FigureCommand.h"

#include <QApplication>
#include <QGuiApplication>
#endif

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

#ifdef TESSERA_CLI_DRAW_HELPER
#include <cerrno>
#include <climits>
#include <cstring>
#include <string>
#include <unistd.h>

namespace {
/** The drawing helper beside this executable (the folder of /proc/self/exe, else of argv[0]; else found on PATH). */
std::string drawHelperPath(const char* argv0)
{
    std::string self;
    char buffer[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    if (n > 0) {
        self.assign(buffer, size_t(n));
    } else if (argv0) {
        self = argv0;
    }
    const size_t slash = self.rfind('/');
    return (slash == std::string::npos ? std::string() : self.substr(0, slash + 1)) + TESSERA_CLI_DRAW_HELPER;
}
} // namespace
#endif

int main(int argc, char** argv)
{
    [[maybe_unused]] const tessera::CliDrawing drawing = tessera::cliDrawing(argc, argv);
#ifdef TESSERA_CLI_DRAW_HELPER
    // The commands that draw run in the helper, which links the GUI libraries; this program never loads them.
    QString helperError;
    if (drawing != tessera::CliDrawing::None) {
        const std::string helper = drawHelperPath(argv[0]);
        execvp(helper.c_str(), argv); // returns only on failure
        helperError = QStringLiteral("%1: %2").arg(QString::fromLocal8Bit(helper.c_str()),
                                                   QString::fromLocal8Bit(std::strerror(errno)));
    }
#endif
    std::unique_ptr<QCoreApplication> app;
#ifdef TESSERA_CLI_FIGURE
    // Commands that draw get a (Gui)Application on the offscreen platform, no display needed; the others stay on
    // QCoreApplication, so they neither need nor initialise a display.
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
#if defined(TESSERA_CLI_FIGURE)
    const std::vector<tessera::CliCommand> commands = tessera::figureCliCommands();
#elif defined(TESSERA_CLI_DRAW_HELPER)
    if (!helperError.isEmpty()) {
        return tessera::cliFail(
            io, QCoreApplication::translate("tessera::Cli", "cannot start the drawing helper %1.").arg(helperError));
    }
    std::vector<tessera::CliCommand> commands = tessera::cliCommands();
    commands.push_back(tessera::figureCommandElsewhere(QStringLiteral(TESSERA_CLI_DRAW_HELPER)));
#else
    const std::vector<tessera::CliCommand> commands = tessera::cliCommands();
#endif
    return tessera::runCli(QCoreApplication::arguments(), io, commands);
}
