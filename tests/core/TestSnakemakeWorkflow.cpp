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
        QStringList glcmExpected;
        QStringList objectsExpected;
        QString glcmHeader;
        QString objectsHeader;
        for (const auto& [name, source] : good) {
            const QString image = QStringLiteral("images/%1.tif").arg(name);
            const CliRun g = test::runCliWith(test::glcmArgs(source, test::batchRois));
            QCOMPARE(g.status, 0);
            const CliRun s =
                test::runCliWith({QStringLiteral("segment"), source, QStringLiteral("--out"), QStringLiteral("-")});
            QCOMPARE(s.status, 0);
            const QStringList gl = csvLines(g.out);
            const QStringList sl = csvLines(s.out);
            QVERIFY(sl.size() > 1);
            glcmHeader = QStringLiteral("image,") + gl.first();
            objectsHeader = QStringLiteral("image,") + sl.first();
            for (const QString& line : gl.mid(1)) {
                glcmExpected << image + QLatin1Char(',') + line;
            }
            for (const QString& line : sl.mid(1)) {
                objectsExpected << image + QLatin1Char(',') + line;
            }
        }
        const QStringList glcm = csvLines(fileText(QDir(merged).filePath(QStringLiteral("glcm.csv"))));
        QVERIFY2(!glcm.isEmpty(), qPrintable(log));
        QCOMPARE(glcm.first(), glcmHeader);
        QCOMPARE(glcm.mid(1), glcmExpected);
        const QStringList objects = csvLines(fileText(QDir(merged).filePath(QStringLiteral("objects.csv"))));
        QVERIFY(!objects.isEmpty());
        QCOMPARE(objects.first(), objectsHeader);
        QCOMPARE(objects.mid(1), objectsExpected);
        const QStringList rois = csvLines(fileText(QDir(merged).filePath(QStringLiteral("rois.csv"))));
        QCOMPARE(rois.size(), 1 + int(good.size() * test::batchRois.size()));
    }
};

QTEST_GUILESS_MAIN(TestSnakemakeWorkflow)
#include "TestSnakemakeWorkflow.moc"
