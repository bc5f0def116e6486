#pragma once

#include "app/cli/CliCommand.h"
#include "core/common/Status.h"
#include "core/image/Image.h"
#include "core/measure/TableWriter.h"

#include <QCommandLineParser>

#include <optional>

namespace tessera {

/** 0-based plane coordinates chosen with --channel/--slice/--frame (1-based on the command line). */
struct PlaneSelection
{
    int c = 0;
    int z = 0;
    int t = 0;
};

/** Adds the --channel, --slice and --frame options (1-based, default 1). */
void addPlaneOptions(QCommandLineParser& parser);
/** Validates the plane options against image; an error Status names the option and the valid range. */
Expected<PlaneSelection> planeSelection(const QCommandLineParser& parser, const Image& image);

/**
 * Parses args with parser, handling --help (prints help to io.out: the usage line, description wrapped to 100
 * columns when not empty, the options). Returns an exit status when the command should stop now (help printed:
 * CliOk; a usage error reported as one line: CliError), nullopt to continue.
 */
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QString& command, const QString& synopsis,
                                    const QStringList& args, CliIo& io, const QString& description = QString());

/** text broken into lines of at most width characters at spaces (paragraphs separated by "\n" are kept). */
QString wrapText(const QString& text, int width = 100);

/**
 * Reads an image for command; on failure writes the one-line message to io.err (cliFail(io, command, ...)), and
 * each reader warning as cliWarning(io, command, ...).
 */
std::optional<Image> readImageForCli(const QString& command, const QString& path, CliIo& io);

/** An output option of a command: the option's name (for messages, e.g. "--out") and the path given. */
struct CliOutput
{
    QString option;
    QString path;
};

/**
 * Checks a command's output paths before any work is done: none may be one of inputs (checkOutputIsNotInput(), also
 * through links), no two may name the same file, at most one may be standard output ("-"). The error Status names
 * the option.
 */
Status checkCliOutputs(const std::vector<CliOutput>& outputs, const QStringList& inputs);

/**
 * Writes the text bytes of an output option to path: standard output ("-" or /dev/stdout) → io.out; an existing file
 * that is not a regular file (a pipe such as bash's >(...) /dev/fd/N, a FIFO, /dev/null) → written directly; any
 * other path → atomically (QSaveFile: the file appears complete or not at all). The error Status names the path.
 */
Status writeCliOutput(const QString& path, const QByteArray& bytes, CliIo& io);

/**
 * Adds the table options every command that writes a CSV has: --european (';' separator, decimal comma),
 * --no-sidecar (no NAME.csv.json provenance) and --comment-header (the provenance as '#' lines before the CSV header
 * instead of the sidecar).
 */
void addTableOptions(QCommandLineParser& parser);
/** The TableWriteOptions the table options of parser ask for. */
TableWriteOptions tableWriteOptions(const QCommandLineParser& parser);

/**
 * The outputs a table written to path with options creates, for checkCliOutputs(): {option, path} and, with a
 * sidecar and a regular file, {option + " sidecar", provenanceSidecarPath(path)}.
 */
std::vector<CliOutput> tableOutputs(const QString& option, const QString& path, const TableWriteOptions& options);

/**
 * Writes table to the path of an output option: standard output, a pipe or a device → tableBytes() through
 * writeCliOutput() (never a sidecar); a regular file → writeTable() (CSV and sidecar, both atomic).
 */
Status writeCliTable(const QString& path, const MeasurementTable& table, const TableWriteOptions& options,
                     const TableProvenance& provenance, CliIo& io);

/** Writes "tessera-cli: <message>" as one line on io.err and returns CliError (errors before a command runs). */
int cliFail(CliIo& io, const QString& message);

/**
 * Writes "tessera-cli COMMAND: <message>" as one line on io.err and returns CliError: the one form of every error a
 * command reports (usage errors included).
 */
int cliFail(CliIo& io, const QString& command, const QString& message);

/** Writes "tessera-cli COMMAND: warning: <message>" as one line on io.err. */
void cliWarning(CliIo& io, const QString& command, const QString& message);

} // namespace tessera
