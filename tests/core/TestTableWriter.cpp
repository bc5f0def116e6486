// The one table writer with provenance (core/measure/TableWriter.h): the sidecar NAME.csv.json and its schema, the
// '#' comment header instead, no provenance, SHA-256 of the input (a published test vector) and of the CSV, atomic
// writes that leave old files untouched on failure.
#include "core/io/FileHash.h"
#include "core/measure/TableWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>

using namespace tessera;

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

MeasurementTable sampleTable()
{
    MeasurementTable t;
    t.addColumn(QStringLiteral("Name"));
    t.addColumn(QStringLiteral("Area"), QStringLiteral("µm^2"), QStringLiteral("area of the region"));
    t.addColumn(QStringLiteral("Mean"));
    const int r = t.addRow();
    t.setText(r, 0, QStringLiteral("cell 1"));
    t.setValue(r, 1, 0.1);
    t.setValue(r, 2, std::numeric_limits<double>::quiet_NaN());
    return t;
}

/** A provenance with an input file holding "abc" (SHA-256 test vector of FIPS 180-2). */
TableProvenance sampleProvenance(const QTemporaryDir& dir)
{
    TableProvenance p;
    p.program = QStringLiteral("test");
    p.analysis = QStringLiteral("measurements");
    p.inputPath = dir.filePath(QStringLiteral("input.tif"));
    writeFile(p.inputPath, "abc");
    p.channel = 1;
    p.slice = 2;
    p.frame = 0;
    p.calibration.pixelWidth = 0.325;
    p.calibration.pixelHeight = 0.5;
    p.calibration.unit = QStringLiteral("µm");
    Roi roi;
    roi.name = QStringLiteral("cell 1");
    roi.bounds = QRectF(1, 2, 3, 4);
    p.regions = roiRegions({roi});
    p.parameters.insert(QStringLiteral("levels"), 32);
    p.parameters.insert(QStringLiteral("upper"), std::numeric_limits<double>::infinity());
    return p;
}

const QString kAbcSha256 = QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
} // namespace

class TestTableWriter : public QObject
{
    Q_OBJECT
private slots:
    void fileSha256OfTestVectorAndErrors()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("abc"));
        QVERIFY(writeFile(path, "abc"));
        QCOMPARE(fileSha256(path).value(), kAbcSha256);
        QCOMPARE(fileSha256(dir.filePath(QStringLiteral("missing"))).status().code(), StatusCode::IoError);
        QCOMPARE(fileSha256(dir.path()).status().code(), StatusCode::IoError);
    }

    void sidecarHoldsTheProvenance()
    {
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("table.csv"));
        const MeasurementTable table = sampleTable();
        const TableProvenance provenance = sampleProvenance(dir);
        QVERIFY(writeTable(table, csvPath, TableWriteOptions(), provenance).isOk());
        const QByteArray csv = readAll(csvPath);
        QCOMPARE(csv, toCsv(table)); // no comment lines
        QCOMPARE(provenanceSidecarPath(csvPath), csvPath + QStringLiteral(".json"));
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(readAll(csvPath + QStringLiteral(".json")), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("tessera-table-provenance"));
        QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(), 2);
        QVERIFY(!o.value(QStringLiteral("tessera")).toObject().value(QStringLiteral("version")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("tessera")).toObject().value(QStringLiteral("program")).toString(),
                 QStringLiteral("test"));
        QVERIFY(QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate).isValid());
        const QJsonObject input = o.value(QStringLiteral("input")).toObject();
        QCOMPARE(input.value(QStringLiteral("path")).toString(),
                 QDir(dir.path()).absoluteFilePath(QStringLiteral("input.tif")));
        QCOMPARE(input.value(QStringLiteral("sha256")).toString(), kAbcSha256);
        const QJsonObject plane = o.value(QStringLiteral("plane")).toObject();
        QCOMPARE(plane.value(QStringLiteral("channel")).toInt(), 2); // 1-based
        QCOMPARE(plane.value(QStringLiteral("slice")).toInt(), 3);
        QCOMPARE(plane.value(QStringLiteral("frame")).toInt(), 1);
        const QJsonObject cal = o.value(QStringLiteral("calibration")).toObject();
        QCOMPARE(cal.value(QStringLiteral("pixelWidth")).toDouble(), 0.325);
        QCOMPARE(cal.value(QStringLiteral("pixelHeight")).toDouble(), 0.5);
        QCOMPARE(cal.value(QStringLiteral("unit")).toString(), QStringLiteral("µm"));
        QCOMPARE(cal.value(QStringLiteral("calibrated")).toBool(), true);
        const QJsonObject regions = o.value(QStringLiteral("regions")).toObject();
        QCOMPARE(regions.value(QStringLiteral("source")).toString(), QStringLiteral("rois"));
        const QJsonObject roi = regions.value(QStringLiteral("rois")).toArray().at(0).toObject();
        QCOMPARE(roi.value(QStringLiteral("name")).toString(), QStringLiteral("cell 1"));
        QCOMPARE(roi.value(QStringLiteral("w")).toDouble(), 3.0);
        const QJsonObject parameters = o.value(QStringLiteral("parameters")).toObject();
        QCOMPARE(parameters.value(QStringLiteral("levels")).toInt(), 32);
        QVERIFY(parameters.value(QStringLiteral("upper")).isNull()); // ∞ has no JSON form
        const QJsonObject t = o.value(QStringLiteral("table")).toObject();
        QCOMPARE(t.value(QStringLiteral("file")).toString(), QStringLiteral("table.csv"));
        QCOMPARE(t.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(t.value(QStringLiteral("rows")).toInt(), 1);
        const QJsonArray columns = t.value(QStringLiteral("columns")).toArray();
        QCOMPARE(columns.size(), 3);
        const QJsonObject area = columns.at(1).toObject();
        QCOMPARE(area.value(QStringLiteral("header")).toString(), QStringLiteral("Area [µm²]"));
        QCOMPARE(area.value(QStringLiteral("name")).toString(), QStringLiteral("Area"));
        QCOMPARE(area.value(QStringLiteral("unit")).toString(), QStringLiteral("µm²"));
        QCOMPARE(area.value(QStringLiteral("description")).toString(), QStringLiteral("area of the region"));
        QVERIFY(columns.at(0).toObject().value(QStringLiteral("unit")).isNull());
        const QJsonObject format = t.value(QStringLiteral("format")).toObject();
        QCOMPARE(format.value(QStringLiteral("separator")).toString(), QStringLiteral(","));
        QCOMPARE(format.value(QStringLiteral("decimal")).toString(), QStringLiteral("."));
        QCOMPARE(format.value(QStringLiteral("lineBreak")).toString(), QStringLiteral("CRLF"));
        QCOMPARE(format.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    }

    void europeanDialectInTheSidecar()
    {
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("eu.csv"));
        TableWriteOptions options;
        options.csv = CsvOptions::european();
        QVERIFY(writeTable(sampleTable(), csvPath, options, sampleProvenance(dir)).isOk());
        QCOMPARE(readAll(csvPath), QByteArray("Name;Area [\xc2\xb5m\xc2\xb2];Mean\r\ncell 1;0,1;NaN\r\n"));
        const QJsonObject format = QJsonDocument::fromJson(readAll(csvPath + QStringLiteral(".json")))
                                       .object()
                                       .value(QStringLiteral("table"))
                                       .toObject()
                                       .value(QStringLiteral("format"))
                                       .toObject();
        QCOMPARE(format.value(QStringLiteral("separator")).toString(), QStringLiteral(";"));
        QCOMPARE(format.value(QStringLiteral("decimal")).toString(), QStringLiteral(","));
    }

    void commentHeaderInsteadOfSidecar()
    {
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("c.csv"));
        TableWriteOptions options;
        options.provenance = ProvenanceMode::CommentHeader;
        const MeasurementTable table = sampleTable();
        QVERIFY(writeTable(table, csvPath, options, sampleProvenance(dir)).isOk());
        QVERIFY(!QFile::exists(csvPath + QStringLiteral(".json")));
        const QByteArray bytes = readAll(csvPath);
        QVERIFY(bytes.endsWith(toCsv(table)));
        // Every line before the CSV starts with "# "; without that prefix they are the provenance JSON.
        const QByteArray header = bytes.left(bytes.size() - toCsv(table).size());
        QByteArray json;
        for (const QByteArray& line : header.split('\n')) {
            if (line.isEmpty()) {
                continue;
            }
            QVERIFY2(line.startsWith("# ") && line.endsWith('\r'), line.constData());
            json += line.mid(2).chopped(1) + '\n';
        }
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("input")).toObject().value(QStringLiteral("sha256")).toString(), kAbcSha256);
        QVERIFY(!o.value(QStringLiteral("table")).toObject().contains(QStringLiteral("sha256")));
        QCOMPARE(tableBytes(table, options, sampleProvenance(dir)).size(), bytes.size());
    }

    void noProvenance()
    {
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("n.csv"));
        TableWriteOptions options;
        options.provenance = ProvenanceMode::None;
        QVERIFY(writeTable(sampleTable(), csvPath, options, sampleProvenance(dir)).isOk());
        QCOMPARE(readAll(csvPath), toCsv(sampleTable()));
        QVERIFY(!QFile::exists(csvPath + QStringLiteral(".json")));
    }

    void unreadableInputHasNullHash()
    {
        QTemporaryDir dir;
        TableProvenance p = sampleProvenance(dir);
        p.inputPath = dir.filePath(QStringLiteral("moved-away.tif"));
        const QJsonObject o = provenanceJson(p, sampleTable(), CsvOptions());
        QVERIFY(o.value(QStringLiteral("input")).toObject().value(QStringLiteral("sha256")).isNull());
    }

    /** A sidecar that cannot be written leaves both old files as they were; bad options write nothing. */
    void failuresLeaveOldFilesUntouched()
    {
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("old.csv"));
        QVERIFY(writeFile(csvPath, "old table"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("old.csv.json"))); // a folder where the sidecar goes
        const Status s = writeTable(sampleTable(), csvPath, TableWriteOptions(), sampleProvenance(dir));
        QCOMPARE(s.code(), StatusCode::IoError);
        QVERIFY(s.message().contains(QStringLiteral("old.csv.json")));
        QCOMPARE(readAll(csvPath), QByteArray("old table"));

        TableWriteOptions bad;
        bad.csv.decimalComma = true; // with ',' as separator
        const QString other = dir.filePath(QStringLiteral("other.csv"));
        QCOMPARE(writeTable(sampleTable(), other, bad, sampleProvenance(dir)).code(), StatusCode::InvalidInput);
        QVERIFY(!QFile::exists(other));
        QCOMPARE(writeTable(sampleTable(), dir.filePath(QStringLiteral("no/dir/t.csv")), TableWriteOptions(),
                            sampleProvenance(dir))
                     .code(),
                 StatusCode::IoError);
    }
};

QTEST_GUILESS_MAIN(TestTableWriter)
#include "TestTableWriter.moc"
