#include "core/histogram/Histogram.h"
#include "core/io/ImageReader.h"
#include "core/task/TaskContext.h"
#include "core/threshold/AutoThreshold.h"
#include "core/threshold/AutoThresholdMethods.h"

#include <QFile>
#include <QtTest>

#include <opencv2/imgproc.hpp>

#include <cmath>

using namespace tessera;

namespace {
const QString dataDir = QStringLiteral(TESSERA_TEST_DATA);

/** Where each file named in imagej_thresholds.csv lives under tests/data. */
QString imagePath(const QString& file)
{
    for (const QString& dir : {QString(), QStringLiteral("synthetic/")}) {
        const QString p = dataDir + QLatin1Char('/') + dir + file;
        if (QFile::exists(p)) {
            return p;
        }
    }
    return QString();
}

cv::Mat firstPlane(const QString& path)
{
    ImageReader reader;
    Expected<Image> image = reader.read(path);
    if (!image.isOk()) {
        return {};
    }
    return image->plane(0).clone();
}

AutoThresholdParams paramsFor(ThresholdMethod m, bool full = false, bool dark = true)
{
    AutoThresholdParams p;
    p.method = m;
    p.fullHistogram = full;
    p.darkBackground = dark;
    return p;
}
} // namespace

class TestAutoThreshold : public QObject
{
    Q_OBJECT
private slots:
    void matchesImageJ_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("method");
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        QFile csv(dataDir + QStringLiteral("/reference/imagej_thresholds.csv"));
        QVERIFY2(csv.open(QIODevice::ReadOnly | QIODevice::Text), "imagej_thresholds.csv missing");
        const QStringList header = QString::fromUtf8(csv.readLine()).trimmed().split(QLatin1Char(','));
        QCOMPARE(header, (QStringList{QStringLiteral("file"), QStringLiteral("method"), QStringLiteral("lower"),
                                      QStringLiteral("upper")}));
        int rows = 0;
        while (!csv.atEnd()) {
            const QStringList f = QString::fromUtf8(csv.readLine()).trimmed().split(QLatin1Char(','));
            if (f.size() != 4) {
                continue;
            }
            const QByteArray tag = (f[0] + QLatin1Char(':') + f[1]).toUtf8();
            QTest::newRow(tag.constData()) << f[0] << f[1] << f[2].toDouble() << f[3].toDouble();
            ++rows;
        }
        QVERIFY(rows >= 85);
    }
    void matchesImageJ()
    {
        QFETCH(QString, file);
        QFETCH(QString, method);
        QFETCH(double, lower);
        QFETCH(double, upper);
        const QString path = imagePath(file);
        QVERIFY2(!path.isEmpty(), qPrintable(file));
        const cv::Mat plane = firstPlane(path);
        QVERIFY(!plane.empty());
        const std::optional<ThresholdMethod> m = thresholdMethodFromName(method);
        QVERIFY2(m.has_value(), qPrintable(method));
        TaskContext task;
        const Expected<ThresholdResult> r = computeAutoThreshold(plane, cv::Mat(), paramsFor(*m), task);
        QVERIFY2(r.isOk(), qPrintable(r.status().message()));
        if (plane.depth() == CV_32F) {
            QVERIFY(std::fabs(r->lower - lower) <= 5e-4 * std::fabs(lower));
        } else {
            QCOMPARE(r->lower, lower);
            QCOMPARE(r->upper, upper);
        }
    }
};

QTEST_GUILESS_MAIN(TestAutoThreshold)
#include "TestAutoThreshold.moc"
