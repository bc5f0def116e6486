#pragma once

#include "core/cli/CliCommand.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace tessera::test {

/** What one in-process run of tessera-cli returned: its exit status and everything it wrote to stdout and stderr. */
struct CliRun
{
    int status = -1;
    QString out;
    QString err;
};

/**
 * Runs tessera-cli in-process (tessera::runCli) with args, the arguments after the program name (for example
 * {"info", path}), capturing stdout and stderr into the returned CliRun. Not thread safe (runs on the caller's thread
 * with the caller's QCoreApplication).
 */
inline CliRun runCliWith(const QStringList& args)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    CliIo io{out, err};
    r.status = runCli(QStringList{QStringLiteral("tessera-cli")} + args, io);
    out.flush();
    err.flush();
    return r;
}

} // namespace tessera::test
