#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <vector>

namespace tessera {

class Image;

/** Exit statuses of tessera-cli. */
enum CliExit
{
    CliOk = 0,
    CliUsage = 1, ///< wrong arguments (message on stderr)
    CliError = 2, ///< the command failed (one-line message on stderr)
};

/** Where a command writes its output and its messages. */
struct CliIo
{
    QTextStream& out;
    QTextStream& err;
};

/** One `tessera-cli COMMAND`: its name, one-line summary, and the function that runs it on its arguments. */
struct CliCommand
{
    QString name;
    QString summary;
    /** args excludes the program and command names. Returns a CliExit value. */
    std::function<int(const QStringList& args, CliIo& io)> run;
};

/** Every command, in the order `tessera-cli --help` lists them. */
std::vector<CliCommand> cliCommands();

/**
 * Runs tessera-cli with argv-style arguments (arguments[0] is the program name). Writes results to io.out and
 * messages to io.err; returns the exit status. Used by the executable's main() and by tests.
 */
int runCli(const QStringList& arguments, CliIo& io);

// One factory per command, each defined in its own file.
CliCommand infoCommand();
CliCommand glcmCommand();
CliCommand thresholdCommand();
CliCommand segmentCommand();

} // namespace tessera
