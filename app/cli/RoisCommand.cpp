#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "core/roi/RoiFile.h"

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Cli)
};

int runRois(const QStringList& args, CliIo& io)
{
    const QString command = QStringLiteral("rois");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("The ROI file: ImageJ RoiSet.zip or .roi, Tessera JSON, or CSV."));
    parser.addOption({QStringLiteral("out"),
                      Tr::tr("Where to write the ROIs: an ImageJ ROI set (.zip), one ImageJ .roi (a single ROI) or "
                             "Tessera JSON (any other name; \"-\" = standard output, the default)."),
                      QStringLiteral("FILE"), QStringLiteral("-")});
    if (auto exit = parseCommandLine(parser, command, QStringLiteral("FILE [--out FILE]"), args, io,
                                     Tr::tr("Reads a ROI file and writes it again, converting between ImageJ ROI "
                                            "files and Tessera's JSON. Details a format cannot hold are named as "
                                            "warnings."))) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        return cliFail(io, command, Tr::tr("expected exactly one FILE argument."));
    }
    const QString input = parser.positionalArguments().first();
    const QString out = parser.value(QStringLiteral("out"));
    if (const Status s = checkCliOutputs({{QStringLiteral("--out"), out}}, {input}); !s.isOk()) {
        return cliFail(io, command, s.message());
    }
    QStringList warnings;
    const Expected<std::vector<Roi>> rois = readRoiFile(input, &warnings);
    for (const QString& w : warnings) {
        cliWarning(io, command, w);
    }
    if (!rois.isOk()) {
        return cliFail(io, command, rois.status().message());
    }
    const bool toStdout = out == QLatin1String("-");
    const Expected<QByteArray> data = roiFileData(rois.value(), toStdout ? RoiFileFormat::Json : roiFileFormatFor(out));
    if (!data.isOk()) {
        return cliFail(io, command, data.status().message());
    }
    if (const Status s = writeCliOutput(out, data.value(), io); !s.isOk()) {
        return cliFail(io, command, s.message());
    }
    return CliOk;
}

} // namespace

CliCommand roisCommand()
{
    return {QStringLiteral("rois"), Tr::tr("Convert ROI files: ImageJ RoiSet.zip / .roi to and from Tessera JSON."),
            runRois};
}

} // namespace tessera
