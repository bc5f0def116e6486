// packaging/snakemake/Snakefile run for real: Debian's snakemake with --cores 2 in a temporary folder on three images
// (and a corrupt fourth). The merged CSVs must hold, per image, exactly the rows tessera-cli glcm / segment give for
// that image alone, with the image column; a failed image stops the workflow, or with allow_failures is listed in
// failed.txt and left out.
#include "tests/core/BatchTestSupport.h"
#include "tests/core/CliTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tessera;
using test::CliRun;
using test::fileText;

namespace {
QStringList csvLines(const QString& text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return t.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

class TestSnakemakeWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void mergedTablesEqualSingleRuns_data()
    {
        QTest::addColumn<bool>("withCorrupt");
        QTest::addColumn<bool>("allowFailures");
        QTest::newRow("three images") << false << false;
        QTest::newRow("a corrupt image stops the workflow") << true << false;
        QTest::newRow("a corrupt image is listed with allow_failures") << true << true;
    }
    void mergedTablesEqualSingleRuns()
    {
        QFETCH(bool, withCorrupt);
        QFETCH(bool, allowFailures);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("images")));
        // Sorted by name, as the workflow lists them.
        const QList<QPair<QString, QString>> good = {{QStringLiteral("disks"), test::disksImage},
                                                     {QStringLiteral("nuclei"), test::nucleiImage},
                                                     {QStringLiteral("still"), test::stillImage}};
        for (const auto& [name, source] : good) {
            QVERIFY(QFile::copy(source, dir.filePath(QStringLiteral("images/%1.tif").arg(name))));
        }
        if (withCorrupt) {
            QVERIFY(QFile::copy(test::corruptImage, dir.filePath(QStringLiteral("images/broken.tif"))));
        }
        QVERIFY(
            test::writeBatchSession(dir.filePath(QStringLiteral("analysis.tessera")), test::batchRois, true).isOk());
        QFile config(dir.filePath(QStringLiteral("config.yaml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            QStringLiteral("session: analysis.tessera\nimages: images\nextension: tif\nout: results\n"
                           "tessera_cli: \"%1\"\nallow_failures: %2\n")
                .arg(QStringLiteral(TESSERA_CLI_EXE), allowFailures ? QStringLiteral("true") : QStringLiteral("false"))
                .toUtf8());
        config.close();

        QProcess snakemake;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
        snakemake.setProcessEnvironment(env);
        snakemake.setWorkingDirectory(dir.path());
        snakemake.start(QStringLiteral("snakemake"),
                        {QStringLiteral("-s"),
                         QStringLiteral(TESSERA_SOURCE_DIR) + QStringLiteral("/packaging/snakemake/Snakefile"),
                         QStringLiteral("--configfile"), dir.filePath(QStringLiteral("config.yaml")),
                         QStringLiteral("--cores"), QStringLiteral("2"), QStringLiteral("--directory"), dir.path()});
        QVERIFY2(snakemake.waitForFinished(240000), "snakemake did not finish in 4 minutes");
        const QString log = QString::fromUtf8(snakemake.readAllStandardOutput() + snakemake.readAllStandardError())
                                .right(4000); // the end says what failed
        const QString merged = dir.filePath(QStringLiteral("results/merged"));
        if (withCorrupt && !allowFailures) {
            QVERIFY2(snakemake.exitCode() != 0, qPrintable(log));
            QVERIFY(!QFileInfo::exists(merged));
            QVERIFY2(
                fileText(dir.filePath(QStringLiteral("results/logs/broken.log"))).contains(QStringLiteral("FAILED")),
                qPrintable(log));
            return;
        }
        QVERIFY2(snakemake.exitStatus() == QProcess::NormalExit && snakemake.exitCode() == 0, qPrintable(log));
        QCOMPARE(fileText(QDir(merged).filePath(QStringLiteral("failed.txt"))),
                 withCorrupt ? QStringLiteral("broken\n") : QString());

        // Expected: per image (in name order), the rows of tessera-cli glcm and segment run alone, with the image
        // column.
        // Expected: per image (in name order), the rows of tessera-cli glcm and segment run alone, each cell under its
        // own header (images calibrated differently have different unit headers, e.g. "Area [µm²]" and
        // "Area [px²]"); every other merged cell of that row is empty.
        QMap<QString, QList<QMap<QString, QString>>> expected; // table → rows as header → cell
        for (const auto& [name, source] : good) {
            const QString image = QStringLiteral("images/%1.tif").arg(name);
            const CliRun g = test::runCliWith(test::glcmArgs(source, test::batchRois));
            QCOMPARE(g.status, 0);
            const CliRun s =
                test::runCliWith({QStringLiteral("segment"), source, QStringLiteral("--out"), QStringLiteral("-")});
            QCOMPARE(s.status, 0);
            for (const auto& [table, text] :
                 {qMakePair(QStringLiteral("glcm"), g.out), qMakePair(QStringLiteral("objects"), s.out)}) {
                const QStringList lines = csvLines(text);
                QVERIFY(lines.size() > 1);
                const QStringList header = lines.first().split(QLatin1Char(','));
                for (const QString& line : lines.mid(1)) {
                    QMap<QString, QString> row{{QStringLiteral("image"), image}};
                    const QStringList cells = line.split(QLatin1Char(','));
                    for (int c = 0; c < header.size(); ++c) {
                        row[header[c]] = cells.value(c);
                    }
                    expected[table] << row;
                }
            }
        }
        for (const QString& table : {QStringLiteral("glcm"), QStringLiteral("objects")}) {
            const QStringList lines = csvLines(fileText(QDir(merged).filePath(table + QStringLiteral(".csv"))));
            QVERIFY2(!lines.isEmpty(), qPrintable(log));
            const QStringList header = lines.first().split(QLatin1Char(','));
            QCOMPARE(header.first(), QStringLiteral("image"));
            QCOMPARE(QSet<QString>(header.begin(), header.end()).size(), int(header.size()));
            QCOMPARE(lines.size() - 1, int(expected[table].size()));
            for (int r = 1; r < lines.size(); ++r) {
                const QStringList cells = lines[r].split(QLatin1Char(','));
                QCOMPARE(cells.size(), header.size());
                const QMap<QString, QString>& want = expected[table][r - 1];
                for (int c = 0; c < header.size(); ++c) {
                    QVERIFY2(cells[c] == want.value(header[c]),
                             qPrintable(QStringLiteral("%1 row %2 column %3: %4, expected %5")
                                            .arg(table)
                                            .arg(r)
                                            .arg(header[c], cells[c], want.value(header[c]))));
                }
                for (auto it = want.begin(); it != want.end(); ++it) {
                    QVERIFY2(header.contains(it.key()), qPrintable(it.key()));
                }
            }
        }
        const QStringList rois = csvLines(fileText(QDir(merged).filePath(QStringLiteral("rois.csv"))));
        QCOMPARE(rois.size(), 1 + int(good.size() * test::batchRois.size()));
    }
};

QTEST_GUILESS_MAIN(TestSnakemakeWorkflow)
#include "TestSnakemakeWorkflow.moc"
