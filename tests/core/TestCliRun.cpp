// tessera-cli run, in-process: a session's ROIs and analyses applied to several images, one of them corrupt. Each
// image's CSVs must equal tessera-cli glcm / segment on that image alone; the combined CSVs are those rows with an
// image column; the corrupt image is reported and skipped and the exit status says so; errors before any image runs
// are one line with status 2.
#include "tests/core/BatchTestSupport.h"
#include "tests/core/CliTestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace tessera;
using test::CliRun;
using test::fileText;

namespace {
/** Lines of CSV text without the line ends (CRLF or LF). */
QStringList csvLines(const QString& text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return t.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

/**
 * A CSV line without its empty fields: a combined row holds its image's cells and empty cells in the columns of other
 * images (another calibration unit), so a combined row without empties is its image and the per-image row without
 * empties. (The test tables have no other empty cell in a successful row but the GLCM error column, empty on both
 * sides.)
 */
QString withoutEmpty(const QString& line, QChar separator)
{
    return line.split(separator, Qt::SkipEmptyParts).join(separator);
}

/** The SHA-256 of the file at path, hex (QCryptographicHash over the whole file; empty when unreadable). */
QString sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}
} // namespace

class TestCliRun : public QObject
{
    Q_OBJECT
private slots:
    void runMatchesSingleCommands_data()
    {
        QTest::addColumn<QStringList>("images");
        QTest::addColumn<QStringList>("stems"); // output stem per image; empty = the image must fail
        QTest::addColumn<bool>("segment");
        QTest::addColumn<int>("jobs");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("tableOptions"); // given to run and to the single commands alike
        const QString nucleiStem = QStringLiteral("cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits");
        QTest::newRow("three images, one corrupt, 1 job")
            << QStringList{test::nucleiImage, test::corruptImage, test::disksImage}
            << QStringList{nucleiStem, QString(), QStringLiteral("disks16")} << true << 1 << 3 << QStringList{};
        QTest::newRow("three images, one corrupt, 2 jobs")
            << QStringList{test::nucleiImage, test::corruptImage, test::disksImage}
            << QStringList{nucleiStem, QString(), QStringLiteral("disks16")} << true << 2 << 3 << QStringList{};
        QTest::newRow("all succeed, same name twice, GLCM and ROIs only")
            << QStringList{test::disksImage, test::stillImage, test::disksImage}
            << QStringList{QStringLiteral("disks16"), QStringLiteral("pyimagej_test_still"),
                           QStringLiteral("disks16_2")}
            << false << 2 << 0 << QStringList{};
        QTest::newRow("European CSV, no sidecars")
            << QStringList{test::nucleiImage, test::stillImage}
            << QStringList{nucleiStem, QStringLiteral("pyimagej_test_still")} << true << 1 << 0
            << QStringList{QStringLiteral("--european"), QStringLiteral("--no-sidecar")};
    }
    void runMatchesSingleCommands()
    {
        QFETCH(QStringList, images);
        QFETCH(QStringList, stems);
        QFETCH(bool, segment);
        QFETCH(int, jobs);
        QFETCH(int, status);
        QFETCH(QStringList, tableOptions);
        const QChar sep = tableOptions.contains(QStringLiteral("--european")) ? QLatin1Char(';') : QLatin1Char(',');
        const bool sidecars = !tableOptions.contains(QStringLiteral("--no-sidecar"));
        QTemporaryDir dir;
        const QString session = dir.filePath(QStringLiteral("analysis.tessera"));
        const Status written = test::writeBatchSession(session, test::batchRois, segment);
        QVERIFY2(written.isOk(), qPrintable(written.message()));
        const QString out = dir.filePath(QStringLiteral("out/sub"));
        const CliRun r = test::runCliWith(
            QStringList{QStringLiteral("run"), session} + images +
            QStringList{QStringLiteral("--out"), out, QStringLiteral("--jobs"), QString::number(jobs)} + tableOptions);
        QCOMPARE(r.status, status);
        QVERIFY(r.out.isEmpty());
        const QStringList errLines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList tables{QStringLiteral("glcm"), QStringLiteral("rois")};
        if (segment) {
            tables << QStringLiteral("objects");
        }
        QMap<QString, QStringList> combinedExpected; // table → expected data lines of combined.TABLE.csv
        QMap<QString, QStringList> headers;          // table → the column names of the per-image files
        int failed = 0;
        for (int i = 0; i < images.size(); ++i) {
            const QString name = QFileInfo(images[i]).fileName();
            if (stems[i].isEmpty()) {
                ++failed;
                QVERIFY2(r.err.contains(QStringLiteral("] %1 FAILED: ").arg(name)), qPrintable(r.err));
                continue;
            }
            QVERIFY2(r.err.contains(QRegularExpression(QStringLiteral("\\[\\d/%1\\] %2 ok \\d+\\.\\d\\d s\n")
                                                           .arg(images.size())
                                                           .arg(QRegularExpression::escape(name)))),
                     qPrintable(r.err));
            // Per-image GLCM: the bytes tessera-cli glcm writes for this image alone.
            const CliRun g = test::runCliWith(test::glcmArgs(images[i], test::batchRois) + tableOptions);
            QCOMPARE(g.status, 0);
            const QString glcm = fileText(QDir(out).filePath(stems[i] + QStringLiteral(".glcm.csv")));
            QCOMPARE(glcm, g.out);
            QMap<QString, QString> perImage{{QStringLiteral("glcm"), glcm}};
            perImage[QStringLiteral("rois")] = fileText(QDir(out).filePath(stems[i] + QStringLiteral(".rois.csv")));
            QCOMPARE(csvLines(perImage[QStringLiteral("rois")]).size(), 1 + int(test::batchRois.size()));
            if (segment) {
                const CliRun s = test::runCliWith(
                    QStringList{QStringLiteral("segment"), images[i], QStringLiteral("--out"), QStringLiteral("-")} +
                    tableOptions);
                QCOMPARE(s.status, 0);
                perImage[QStringLiteral("objects")] =
                    fileText(QDir(out).filePath(stems[i] + QStringLiteral(".objects.csv")));
                QCOMPARE(perImage[QStringLiteral("objects")], s.out);
                QVERIFY(csvLines(s.out).size() > 1);
            } else {
                QVERIFY(!QFileInfo::exists(QDir(out).filePath(stems[i] + QStringLiteral(".objects.csv"))));
            }
            for (const QString& t : tables) {
                const QStringList lines = csvLines(perImage[t]);
                headers[t] << lines.first().split(sep);
                for (const QString& line : lines.mid(1)) {
                    combinedExpected[t] << withoutEmpty(images[i] + sep + line, sep);
                }
                // The provenance sidecar names this image and the program.
                const QString sidecar = QDir(out).filePath(QStringLiteral("%1.%2.csv.json").arg(stems[i], t));
                QCOMPARE(QFileInfo::exists(sidecar), sidecars);
                if (sidecars) {
                    const QJsonObject json = QJsonDocument::fromJson(fileText(sidecar).toUtf8()).object();
                    QCOMPARE(json[QStringLiteral("input")][QStringLiteral("path")].toString(),
                             QFileInfo(images[i]).absoluteFilePath());
                    QCOMPARE(json[QStringLiteral("tessera")][QStringLiteral("program")].toString(),
                             QStringLiteral("tessera-cli run"));
                    // The image's hash (computed once per image for all its tables) is the file's SHA-256.
                    QCOMPARE(json[QStringLiteral("input")][QStringLiteral("sha256")].toString(), sha256Of(images[i]));
                    QCOMPARE(
                        json[QStringLiteral("regions")][QStringLiteral("roiFile")][QStringLiteral("sha256")].toString(),
                        t == QLatin1String("objects") ? QString() : sha256Of(session));
                }
            }
        }
        // Nothing of a failed image: one file per table and image that succeeded, plus the combined one.
        for (const QString& t : tables) {
            QCOMPARE(QDir(out).entryList({QStringLiteral("*.%1.csv").arg(t)}, QDir::Files).size(),
                     int(images.size()) - failed + 1);
        }
        // Combined: every row of every image that succeeded, in input order, with the image column first.
        for (const QString& t : tables) {
            const QStringList combined =
                csvLines(fileText(QDir(out).filePath(QStringLiteral("combined.%1.csv").arg(t))));
            QVERIFY(!combined.isEmpty());
            // Header: "image", then every column of the per-image files, a name coming in two units (the images
            // differ in calibration) once per unit as "NAME [UNIT]"; no name twice.
            const QStringList header = combined.first().split(sep);
            QCOMPARE(header.first(), QStringLiteral("image"));
            QCOMPARE(QSet<QString>(header.begin(), header.end()).size(), int(header.size()));
            for (const QString& name : headers[t]) {
                QVERIFY2(header.contains(name) || !header
                                                       .filter(QRegularExpression(QStringLiteral("^%1 \\[").arg(
                                                           QRegularExpression::escape(name))))
                                                       .isEmpty(),
                         qPrintable(name));
            }
            QStringList rows;
            for (const QString& line : combined.mid(1)) {
                rows << withoutEmpty(line, sep);
            }
            QCOMPARE(rows, combinedExpected[t]);
        }
        QCOMPARE(errLines.filter(QRegularExpression(QStringLiteral("^\\[\\d/\\d\\] "))).size(), int(images.size()));
        QCOMPARE(r.err.contains(QStringLiteral("%1 of %2 image(s) failed").arg(failed).arg(images.size())), failed > 0);
    }

    void errorsBeforeAnyImageExitTwo_data()
    {
        QTest::addColumn<QStringList>("args"); // after "run"; SESSION and OUT are replaced by the test's paths
        QTest::addColumn<QString>("problem");
        const QString image = test::nucleiImage;
        QTest::newRow("no arguments") << QStringList{} << QStringLiteral("SESSION");
        QTest::newRow("no image") << QStringList{QStringLiteral("SESSION"), QStringLiteral("--out"),
                                                 QStringLiteral("OUT")}
                                  << QStringLiteral("at least one IMAGE");
        QTest::newRow("no --out") << QStringList{QStringLiteral("SESSION"), image} << QStringLiteral("--out");
        QTest::newRow("jobs 0") << QStringList{QStringLiteral("SESSION"), image,
                                               QStringLiteral("--out"),   QStringLiteral("OUT"),
                                               QStringLiteral("--jobs"),  QStringLiteral("0")}
                                << QStringLiteral("--jobs");
        QTest::newRow("jobs text") << QStringList{QStringLiteral("SESSION"), image,
                                                  QStringLiteral("--out"),   QStringLiteral("OUT"),
                                                  QStringLiteral("--jobs"),  QStringLiteral("many")}
                                   << QStringLiteral("--jobs");
        QTest::newRow("missing session") << QStringList{QStringLiteral("nope.tessera"), image, QStringLiteral("--out"),
                                                        QStringLiteral("OUT")}
                                         << QStringLiteral("nope.tessera");
        QTest::newRow("not a session") << QStringList{image, image, QStringLiteral("--out"), QStringLiteral("OUT")}
                                       << QStringLiteral("cellprofiler");
        QTest::newRow("no such session image") << QStringList{QStringLiteral("SESSION"),         image,
                                                              QStringLiteral("--out"),           QStringLiteral("OUT"),
                                                              QStringLiteral("--session-image"), QStringLiteral("2")}
                                               << QStringLiteral("no image 2");
        QTest::newRow("out is standard output")
            << QStringList{QStringLiteral("SESSION"), image, QStringLiteral("--out"), QStringLiteral("-")}
            << QStringLiteral("folder");
        QTest::newRow("out is a file") << QStringList{QStringLiteral("SESSION"), image, QStringLiteral("--out"),
                                                      QStringLiteral("SESSION")}
                                       << QStringLiteral("not a folder");
        // tessera_cli alone (no QtGui) cannot draw: refused before anything runs.
        QTest::newRow("figures without figure support")
            << QStringList{QStringLiteral("SESSION"), image, QStringLiteral("--out"), QStringLiteral("OUT"),
                           QStringLiteral("--figures")}
            << QStringLiteral("without figure support");
        QTest::newRow("unknown figure format") << QStringList{QStringLiteral("SESSION"),         image,
                                                              QStringLiteral("--out"),           QStringLiteral("OUT"),
                                                              QStringLiteral("--figure-format"), QStringLiteral("gif")}
                                               << QStringLiteral("--figure-format");
    }
    void errorsBeforeAnyImageExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString session = dir.filePath(QStringLiteral("s.tessera"));
        QVERIFY(test::writeBatchSession(session, test::batchRois, false).isOk());
        const QString out = dir.filePath(QStringLiteral("out"));
        for (QString& a : args) {
            a = a == QLatin1String("SESSION")         ? session
                : a == QLatin1String("OUT")           ? out
                : a.startsWith(QLatin1String("nope")) ? dir.filePath(a)
                                                      : a;
        }
        const CliRun r = test::runCliWith(QStringList{QStringLiteral("run")} + args);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("tessera-cli run: ")) && r.err.count(QLatin1Char('\n')) == 1,
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(problem), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out) || QDir(out).isEmpty());
    }

    /** An output in DIR that is one of the inputs (through a link) is refused before anything runs. */
    void neverWritesOverAnInput()
    {
        QTemporaryDir dir;
        const QString session = dir.filePath(QStringLiteral("s.tessera"));
        QVERIFY(test::writeBatchSession(session, test::batchRois, false).isOk());
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        const QString image = dir.filePath(QStringLiteral("x.tif"));
        QVERIFY(QFile::copy(test::disksImage, image));
        QVERIFY(QFile::link(image, QDir(out).filePath(QStringLiteral("x.glcm.csv"))));
        const CliRun r = test::runCliWith({QStringLiteral("run"), session, image, QStringLiteral("--out"), out});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QStringLiteral("x.glcm.csv")), qPrintable(r.err));
        QCOMPARE(QFileInfo(image).size(), QFileInfo(test::disksImage).size());
    }

    void helpDocumentsExitStatuses()
    {
        const CliRun r = test::runCliWith({QStringLiteral("run"), QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("3 when at least one image failed")));
        const CliRun top = test::runCliWith({QStringLiteral("--help")});
        QVERIFY(top.out.contains(QStringLiteral("  run ")));
    }
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "TestCliRun.moc"
