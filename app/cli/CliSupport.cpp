#include "app/cli/CliSupport.h"

#include "core/io/FileChecks.h"
#include "core/io/ImageReader.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Cli)
};
} // namespace

void addPlaneOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("channel"), Tr::tr("Channel to analyse, 1-based (default 1)."),
                      QStringLiteral("C"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("slice"), Tr::tr("Z slice to analyse, 1-based (default 1)."), QStringLiteral("Z"),
                      QStringLiteral("1")});
    parser.addOption({QStringLiteral("frame"), Tr::tr("Time frame to analyse, 1-based (default 1)."),
                      QStringLiteral("T"), QStringLiteral("1")});
}

Expected<PlaneSelection> planeSelection(const QCommandLineParser& parser, const Image& image)
{
    auto pick = [&](const QString& name, int count, int& out) -> Status {
        bool ok = false;
        const int v = parser.value(name).toInt(&ok);
        if (!ok || v < 1 || v > count) {
            return Status::invalid(Tr::tr("--%1 must be a whole number from 1 to %2, not \"%3\".")
                                       .arg(name)
                                       .arg(count)
                                       .arg(parser.value(name)));
        }
        out = v - 1;
        return Status::ok();
    };
    PlaneSelection sel;
    for (const Status& s :
         {pick(QStringLiteral("channel"), image.channels(), sel.c),
          pick(QStringLiteral("slice"), image.slices(), sel.z), pick(QStringLiteral("frame"), image.frames(), sel.t)}) {
        if (!s.isOk()) {
            return s;
        }
    }
    return sel;
}

QString wrapText(const QString& text, int width)
{
    QStringList out;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                out << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        out << line;
    }
    return out.join(QLatin1Char('\n'));
}

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QString& command, const QString& synopsis,
                                    const QStringList& args, CliIo& io, const QString& description)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList argv = args;
    argv.prepend(QStringLiteral("tessera-cli ") + command);
    if (!parser.parse(argv)) {
        return cliFail(io, command, parser.errorText());
    }
    if (parser.isSet(help)) {
        io.out << Tr::tr("Usage: tessera-cli %1 %2").arg(command, synopsis) << "\n\n";
        if (!description.isEmpty()) {
            io.out << wrapText(description) << "\n\n";
        }
        io.out << parser.helpText().section(QLatin1Char('\n'), 2) << '\n'
               << Tr::tr("Exit status: 0 on success, 2 on any error (one line on standard error).") << '\n';
        return CliOk;
    }
    return std::nullopt;
}

std::optional<Image> readImageForCli(const QString& command, const QString& path, CliIo& io)
{
    ImageReader reader;
    Expected<Image> image = reader.read(path);
    if (!image.isOk()) {
        cliFail(io, command, image.status().message());
        return std::nullopt;
    }
    for (const QString& w : reader.warnings()) {
        cliWarning(io, command, w);
    }
    return std::move(image).value();
}

Status checkCliOutputs(const std::vector<CliOutput>& outputs, const QStringList& inputs)
{
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        const CliOutput& o = outputs[i];
        if (Status s = checkOutputIsNotInput(o.path, inputs); !s.isOk()) {
            return Status::invalid(QStringLiteral("%1: %2").arg(o.option, s.message()));
        }
        for (std::size_t j = 0; j < i; ++j) {
            const CliOutput& p = outputs[j];
            const bool bothStdout = isStandardOutputPath(o.path) && isStandardOutputPath(p.path);
            const bool samePath = !isStandardOutputPath(o.path) &&
                                  QFileInfo(o.path).absoluteFilePath() == QFileInfo(p.path).absoluteFilePath();
            if (bothStdout || samePath || !checkOutputIsNotInput(o.path, {p.path}).isOk()) {
                return Status::invalid(
                    Tr::tr("%1 and %2 name the same output \"%3\"; give each its own file (only one may be \"-\").")
                        .arg(p.option, o.option, o.path));
            }
        }
    }
    return Status::ok();
}

Status writeCliOutput(const QString& path, const QByteArray& bytes, CliIo& io)
{
    if (isStandardOutputPath(path)) {
        io.out << QString::fromUtf8(bytes);
        io.out.flush();
        return Status::ok();
    }
    const QFileInfo info(path);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        QFile file(path); // a pipe or device: no temporary file and rename, just the bytes
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
            return Status::ioError(Tr::tr("cannot write \"%1\": %2").arg(path, file.errorString()));
        }
        return Status::ok();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Status::ioError(Tr::tr("cannot write \"%1\": %2").arg(path, file.errorString()));
    }
    return Status::ok();
}

void addTableOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("european"),
         Tr::tr("CSV for European spreadsheets: ';' separator and decimal comma (default: ',' and '.').")});
    parser.addOption({QStringLiteral("no-sidecar"),
                      Tr::tr("Do not write the provenance sidecar FILE.csv.json beside the CSV (written by default for "
                             "files; never for standard output). Format: docs/tables.md.")});
    parser.addOption({QStringLiteral("comment-header"),
                      Tr::tr("Write the provenance as '#' comment lines before the CSV header instead of the sidecar "
                             "(read with pandas.read_csv(..., comment='#')).")});
}

TableWriteOptions tableWriteOptions(const QCommandLineParser& parser)
{
    TableWriteOptions o;
    if (parser.isSet(QStringLiteral("european"))) {
        o.csv = CsvOptions::european();
    }
    o.provenance = parser.isSet(QStringLiteral("comment-header")) ? ProvenanceMode::CommentHeader
                   : parser.isSet(QStringLiteral("no-sidecar"))   ? ProvenanceMode::None
                                                                  : ProvenanceMode::Sidecar;
    return o;
}

namespace {
/** True when path is written through writeCliOutput() as a stream: standard output, a pipe or a device. */
bool isStreamOutput(const QString& path)
{
    const QFileInfo info(path);
    return isStandardOutputPath(path) || (info.exists() && !info.isFile() && !info.isDir());
}
} // namespace

std::vector<CliOutput> tableOutputs(const QString& option, const QString& path, const TableWriteOptions& options)
{
    std::vector<CliOutput> outputs{{option, path}};
    if (options.provenance == ProvenanceMode::Sidecar && !isStreamOutput(path)) {
        outputs.push_back({Tr::tr("%1 (its sidecar)").arg(option), provenanceSidecarPath(path)});
    }
    return outputs;
}

Status writeCliTable(const QString& path, const MeasurementTable& table, const TableWriteOptions& options,
                     const TableProvenance& provenance, CliIo& io)
{
    if (isStreamOutput(path)) {
        return writeCliOutput(path, tableBytes(table, options, provenance), io);
    }
    return writeTable(table, path, options, provenance);
}

namespace {
void writeMessageLine(CliIo& io, const QString& prefix, const QString& message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    io.err << prefix << line << '\n';
    io.err.flush();
}
} // namespace

int cliFail(CliIo& io, const QString& message)
{
    writeMessageLine(io, QStringLiteral("tessera-cli: "), message);
    return CliError;
}

int cliFail(CliIo& io, const QString& command, const QString& message)
{
    writeMessageLine(io, QStringLiteral("tessera-cli %1: ").arg(command), message);
    return CliError;
}

void cliWarning(CliIo& io, const QString& command, const QString& message)
{
    writeMessageLine(io, QStringLiteral("tessera-cli %1: ").arg(command), Tr::tr("warning: %1").arg(message));
}

} // namespace tessera
