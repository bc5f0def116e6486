#pragma once

#include "app/cli/CliCommand.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <functional>

namespace tessera::test {

/** What one in-process run of tessera-cli returned: its exit status and everything it wrote to stdout and stderr. */
struct CliRun
{
    int status = -1;
    QString out;
    QString err;
};

/** runCliWith() with the command table commands instead of tessera-cli's own (tests of the dispatch itself). */
inline CliRun runCliWith(const QStringList& args, const std::vector<CliCommand>& commands)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    CliIo io{out, err};
    r.status = runCli(QStringList{QStringLiteral("tessera-cli")} + args, io, commands);
    out.flush();
    err.flush();
    return r;
}

/**
 * Runs tessera-cli in-process (tessera::runCli) with args, the arguments after the program name (for example
 * {"info", path}), capturing stdout and stderr into the returned CliRun. Not thread safe (runs on the caller's thread
 * with the caller's QCoreApplication).
 */
inline CliRun runCliWith(const QStringList& args)
{
    return runCliWith(args, cliCommands());
}

/**
 * Runs fn with the process's file descriptor 2 (standard error, where C libraries such as libpng print) redirected
 * into an in-memory file and returns what was written there. The in-process runner only sees what tessera-cli writes
 * to its CliIo; this sees what bypasses it.
 */
inline QByteArray captureStandardError(const std::function<void()>& fn)
{
    std::fflush(stderr);
    const int capture = memfd_create("test-stderr", MFD_CLOEXEC);
    const int saved = dup(STDERR_FILENO);
    dup2(capture, STDERR_FILENO);
    fn();
    std::fflush(stderr);
    dup2(saved, STDERR_FILENO);
    close(saved);
    QByteArray text(1 << 16, '\0');
    const ssize_t n = pread(capture, text.data(), size_t(text.size()), 0);
    close(capture);
    text.truncate(n > 0 ? qsizetype(n) : 0);
    return text;
}

} // namespace tessera::test
