#include "core/measure/TableWriter.h"

#include "core/common/Version.h"
#include "core/io/FileHash.h"
#include "core/roi/RoiFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::TableWriter)
};

QJsonValue fileHash(const QString& path)
{
    const Expected<QString> hash = fileSha256(path);
    return hash.isOk() ? QJsonValue(hash.value()) : QJsonValue(QJsonValue::Null);
}

QJsonValue finiteOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonObject calibrationJson(const Calibration& cal)
{
    QJsonObject o;
    o.insert(QStringLiteral("calibrated"), cal.isCalibrated());
    o.insert(QStringLiteral("pixelWidth"), finiteOrNull(cal.pixelWidth));
    o.insert(QStringLiteral("pixelHeight"), finiteOrNull(cal.pixelHeight));
    o.insert(QStringLiteral("pixelDepth"), finiteOrNull(cal.pixelDepth));
    o.insert(QStringLiteral("unit"), cal.unit);
    if (cal.frameInterval > 0) {
        o.insert(QStringLiteral("frameInterval"), finiteOrNull(cal.frameInterval));
        o.insert(QStringLiteral("timeUnit"), cal.timeUnit);
    }
    return o;
}

/** A 0-based plane as the 1-based {channel, slice, frame} the user sees. */
QJsonObject planeJson(int channel, int slice, int frame)
{
    return QJsonObject{{QStringLiteral("channel"), channel + 1},
                       {QStringLiteral("slice"), slice + 1},
                       {QStringLiteral("frame"), frame + 1}};
}

QJsonObject formatJson(const CsvOptions& csv)
{
    QJsonObject o;
    o.insert(QStringLiteral("encoding"), QStringLiteral("UTF-8"));
    o.insert(QStringLiteral("separator"), QString(csv.separator));
    o.insert(QStringLiteral("decimal"), csv.decimalComma ? QStringLiteral(",") : QStringLiteral("."));
    o.insert(QStringLiteral("lineBreak"),
             csv.lineBreak == CsvLineBreak::CrLf ? QStringLiteral("CRLF") : QStringLiteral("LF"));
    o.insert(QStringLiteral("unitsInHeader"), csv.unitsInHeader);
    o.insert(QStringLiteral("nan"), QStringLiteral("NaN"));
    o.insert(QStringLiteral("infinity"), QStringLiteral("Infinity"));
    return o;
}

/** Null for every non-finite number (JSON has none), recursively. */
QJsonValue sanitize(const QJsonValue& v)
{
    if (v.isDouble()) {
        return finiteOrNull(v.toDouble());
    }
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue& e : v.toArray()) {
            a.append(sanitize(e));
        }
        return a;
    }
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            it.value() = sanitize(it.value());
        }
        return o;
    }
    return v;
}

QByteArray commentHeader(const QJsonObject& provenance, const CsvOptions& csv)
{
    const QByteArray eol = csv.lineBreak == CsvLineBreak::Lf ? QByteArray("\n") : QByteArray("\r\n");
    QByteArray out;
    const QList<QByteArray> lines = QJsonDocument(provenance).toJson(QJsonDocument::Indented).split('\n');
    for (const QByteArray& line : lines) {
        if (!line.isEmpty()) {
            out += "# " + line + eol;
        }
    }
    return out;
}

Status saveError(const QString& path, const QString& why)
{
    return Status::ioError(Tr::tr("Cannot write \"%1\": %2").arg(path, why));
}
} // namespace

QJsonObject roiRegions(const std::vector<Roi>& rois, const QString& roiFilePath)
{
    QJsonObject o;
    o.insert(QStringLiteral("source"), QStringLiteral("rois"));
    if (!roiFilePath.isEmpty()) {
        QJsonObject file;
        file.insert(QStringLiteral("path"), QFileInfo(roiFilePath).absoluteFilePath());
        file.insert(QStringLiteral("sha256"), fileHash(roiFilePath));
        o.insert(QStringLiteral("roiFile"), file);
    }
    // The ROIs themselves in the ROI file format, so the table can be redone from the sidecar alone.
    o.insert(QStringLiteral("rois"), QJsonDocument::fromJson(roiFileJson(rois)).object().value(QStringLiteral("rois")));
    return o;
}

QJsonObject segmentationRegions()
{
    return {{QStringLiteral("source"), QStringLiteral("segmentation")}};
}

QJsonObject wholeImageRegions()
{
    return {{QStringLiteral("source"), QStringLiteral("image")}};
}

QString provenanceSidecarPath(const QString& csvPath)
{
    return csvPath + QStringLiteral(".json");
}

QJsonObject provenanceJson(const TableProvenance& provenance, const MeasurementTable& table, const CsvOptions& csv,
                           const QString& csvFileName, const QByteArray& csvBytes)
{
    QJsonObject o;
    o.insert(QStringLiteral("schema"), QStringLiteral("tessera-table-provenance"));
    o.insert(QStringLiteral("schemaVersion"), kTableProvenanceSchemaVersion);
    o.insert(QStringLiteral("tessera"), QJsonObject{{QStringLiteral("version"), tesseraVersion()},
                                                    {QStringLiteral("program"), provenance.program}});
    o.insert(QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!provenance.commandLine.isEmpty()) {
        o.insert(QStringLiteral("commandLine"), QJsonArray::fromStringList(provenance.commandLine));
    }
    o.insert(QStringLiteral("analysis"), provenance.analysis);
    QJsonObject input;
    if (provenance.inputPath.isEmpty()) {
        input.insert(QStringLiteral("path"), QJsonValue(QJsonValue::Null));
        input.insert(QStringLiteral("sha256"), QJsonValue(QJsonValue::Null));
    } else {
        input.insert(QStringLiteral("path"), QFileInfo(provenance.inputPath).absoluteFilePath());
        input.insert(QStringLiteral("sha256"), provenance.inputSha256.isEmpty() ? fileHash(provenance.inputPath)
                                                                                : QJsonValue(provenance.inputSha256));
    }
    o.insert(QStringLiteral("input"), input);
    o.insert(QStringLiteral("plane"), planeJson(provenance.channel, provenance.slice, provenance.frame));
    o.insert(QStringLiteral("calibration"), calibrationJson(provenance.calibration));
    o.insert(QStringLiteral("regions"), sanitize(provenance.regions));
    o.insert(QStringLiteral("parameters"), sanitize(provenance.parameters));
    if (!provenance.images.empty()) {
        QJsonArray images;
        for (const TableImage& image : provenance.images) {
            QJsonObject i;
            i.insert(QStringLiteral("image"), image.name);
            i.insert(QStringLiteral("path"), image.path.isEmpty()
                                                 ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(QFileInfo(image.path).absoluteFilePath()));
            i.insert(QStringLiteral("sha256"), image.path.isEmpty()     ? QJsonValue(QJsonValue::Null)
                                               : image.sha256.isEmpty() ? fileHash(image.path)
                                                                        : QJsonValue(image.sha256));
            i.insert(QStringLiteral("plane"), planeJson(image.channel, image.slice, image.frame));
            i.insert(QStringLiteral("calibration"), calibrationJson(image.calibration));
            i.insert(QStringLiteral("regions"), sanitize(image.regions));
            i.insert(QStringLiteral("parameters"), sanitize(image.parameters));
            images.append(i);
        }
        o.insert(QStringLiteral("images"), images);
    }

    QJsonObject t;
    if (!csvFileName.isEmpty()) {
        t.insert(QStringLiteral("file"), csvFileName);
    }
    if (!csvBytes.isEmpty()) {
        t.insert(QStringLiteral("sha256"),
                 QString::fromLatin1(QCryptographicHash::hash(csvBytes, QCryptographicHash::Sha256).toHex()));
    }
    t.insert(QStringLiteral("rows"), table.rowCount());
    QJsonArray columns;
    for (const MeasurementColumn& c : table.columns()) {
        QJsonObject col;
        col.insert(QStringLiteral("header"), csv.unitsInHeader ? csvColumnHeader(c) : c.name);
        col.insert(QStringLiteral("name"), c.name);
        col.insert(QStringLiteral("unit"),
                   c.unit.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(csvUnitLabel(c.unit)));
        if (!c.description.isEmpty()) {
            col.insert(QStringLiteral("description"), c.description);
        }
        columns.append(col);
    }
    t.insert(QStringLiteral("columns"), columns);
    t.insert(QStringLiteral("format"), formatJson(csv));
    o.insert(QStringLiteral("table"), t);
    return o;
}

QByteArray tableBytes(const MeasurementTable& table, const TableWriteOptions& options,
                      const TableProvenance& provenance)
{
    QByteArray bytes = toCsv(table, options.csv);
    if (options.provenance == ProvenanceMode::CommentHeader) {
        bytes.prepend(commentHeader(provenanceJson(provenance, table, options.csv), options.csv));
    }
    return bytes;
}

Status writeTable(const MeasurementTable& table, const QString& path, const TableWriteOptions& options,
                  const TableProvenance& provenance)
{
    if (const Status valid = options.csv.validate(); !valid.isOk()) {
        return valid;
    }
    const QString sidecarPath = provenanceSidecarPath(path);
    for (const QString& p : {path, sidecarPath}) {
        if (QFileInfo(p).isDir()) { // QSaveFile would only fail on commit, possibly after the CSV was replaced
            return saveError(p, Tr::tr("it is a folder"));
        }
    }
    const QByteArray csv = tableBytes(table, options, provenance);
    QSaveFile csvFile(path);
    if (!csvFile.open(QIODevice::WriteOnly) || csvFile.write(csv) != csv.size()) {
        return saveError(path, csvFile.errorString());
    }
    if (options.provenance != ProvenanceMode::Sidecar) {
        return csvFile.commit() ? Status::ok() : saveError(path, csvFile.errorString());
    }
    const QByteArray sidecar =
        QJsonDocument(provenanceJson(provenance, table, options.csv, QFileInfo(path).fileName(), csv))
            .toJson(QJsonDocument::Indented);
    QSaveFile sidecarFile(sidecarPath);
    if (!sidecarFile.open(QIODevice::WriteOnly) || sidecarFile.write(sidecar) != sidecar.size()) {
        return saveError(sidecarPath, sidecarFile.errorString()); // nothing committed: both files untouched
    }
    if (!csvFile.commit()) {
        return saveError(path, csvFile.errorString()); // the sidecar is discarded with sidecarFile
    }
    if (!sidecarFile.commit()) {
        return saveError(sidecarPath, sidecarFile.errorString());
    }
    return Status::ok();
}

} // namespace tessera
