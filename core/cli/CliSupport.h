#pragma once

#include "core/cli/CliCommand.h"
#include "core/common/Status.h"
#include "core/image/Image.h"

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
 * Parses args with parser, handling --help (prints help to io.out). Returns an exit status when the command
 * should stop now (help printed or a usage error reported), nullopt to continue.
 */
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QString& command, const QString& synopsis,
                                    const QStringList& args, CliIo& io);

/** Reads an image for a command; on failure writes the one-line message to io.err. */
std::optional<Image> readImageForCli(const QString& path, CliIo& io);

/** Writes "tessera-cli: <message>" as one line on io.err and returns CliError. */
int cliFail(CliIo& io, const QString& message);

} // namespace tessera
