// Differential test of the global auto-thresholds against ImageJ 1.53t: every row of
// tests/data/reference/threshold_corpus_imagej.csv (written by tests/tools/threshold_corpus.py, see
// tests/data/README.md) on the image rebuilt from threshold_corpus_inputs.csv.
#include "core/task/TaskContext.h"
#include "core/threshold/AutoThreshold.h"

#include <QFile>
#include <QHash>
#include <QtTest>

#include <cmath>
#include <cstdlib>

using namespace tessera;

namespace {
const QString referenceDir = QStringLiteral(TESSERA_TEST_DATA) + QStringLiteral("/reference/");

struct CorpusImage
{
    cv::Mat plane;
    QString kind;
    double min = 0.0;
    double max = 0.0;
};

/** Rebuilds one image of threshold_corpus_inputs.csv: rows x cols pixels holding "value:count" in ascending order. */
bool decodeImage(const QStringList& f, CorpusImage& out)
{
    const int type = f[1] == QLatin1String("8") ? CV_8U : f[1] == QLatin1String("16") ? CV_16U : CV_32F;
    const int rows = f[3].toInt();
    const int cols = f[4].toInt();
    cv::Mat m(rows, cols, type);
    size_t at = 0;
    const size_t n = size_t(rows) * size_t(cols);
    bool first = true;
    for (const QString& pair : f[5].split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        const QByteArray value = pair.left(colon).toLatin1();
        const qint64 count = pair.mid(colon + 1).toLongLong();
        // strtof gives the float32 the generator wrote (shortest round-trip text), without double rounding.
        const double v = type == CV_32F ? double(std::strtof(value.constData(), nullptr)) : value.toDouble();
        if (first) {
            out.min = v;
            first = false;
        }
        out.max = v;
        for (qint64 i = 0; i < count; ++i, ++at) {
            if (at >= n) {
                return false;
            }
            const int r = int(at / size_t(cols));
            const int c = int(at % size_t(cols));
            if (type == CV_8U) {
                m.at<quint8>(r, c) = quint8(v);
            } else if (type == CV_16U) {
                m.at<quint16>(r, c) = quint16(v);
            } else {
                m.at<float>(r, c) = float(v);
            }
        }
    }
    out.plane = m;
    out.kind = f[2];
    return at == n;
}

const QHash<QString, CorpusImage>& corpus()
{
    static const QHash<QString, CorpusImage> images = [] {
        QHash<QString, CorpusImage> h;
        QFile csv(referenceDir + QStringLiteral("threshold_corpus_inputs.csv"));
        if (!csv.open(QIODevice::ReadOnly | QIODevice::Text)) {
            return h;
        }
        csv.readLine();
        while (!csv.atEnd()) {
            const QStringList f = QString::fromLatin1(csv.readLine()).trimmed().split(QLatin1Char(','));
            CorpusImage img;
            if (f.size() == 6 && decodeImage(f, img)) {
                h.insert(f[0], img);
            }
        }
        return h;
    }();
    return images;
}

/** Equal to 4 significant digits, relative to the larger of the value and the data's range. */
bool closeFloat(double actual, double expected, double range)
{
    const double scale = std::max({std::fabs(expected), std::fabs(actual), range});
    return std::fabs(actual - expected) <= 1e-4 * scale;
}
} // namespace

class TestThresholdDifferential : public QObject
{
    Q_OBJECT
private slots:
    void corpusIsComplete()
    {
        // 525 images; every one decodes to exactly rows x cols pixels.
        QCOMPARE(corpus().size(), 525);
        QSet<QString> kinds;
        for (const CorpusImage& img : corpus()) {
            kinds.insert(img.kind.section(QLatin1Char('_'), 0, 1));
        }
        for (const char* k : {"8bit_sparse", "8bit_constant", "8bit_two", "8bit_strong", "8bit_tail", "8bit_inner",
                              "16bit_two", "16bit_full", "16bit_0", "float_constant", "float_bimodal"}) {
            QVERIFY2(kinds.contains(QLatin1String(k)), k);
        }
    }

    void matchesImageJ_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("method");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        QFile csv(referenceDir + QStringLiteral("threshold_corpus_imagej.csv"));
        QVERIFY2(csv.open(QIODevice::ReadOnly | QIODevice::Text), "threshold_corpus_imagej.csv missing");
        QCOMPARE(QString::fromLatin1(csv.readLine()).trimmed(), QStringLiteral("id,method,dark,lower,upper"));
        int rows = 0;
        QSet<QString> methods;
        while (!csv.atEnd()) {
            const QStringList f = QString::fromLatin1(csv.readLine()).trimmed().split(QLatin1Char(','));
            QCOMPARE(f.size(), 5);
            const QByteArray tag = (f[0] + QLatin1Char(':') + corpus().value(f[0]).kind + QLatin1Char(':') + f[1] +
                                    (f[2] == QLatin1String("1") ? QStringLiteral(":dark") : QStringLiteral(":light")))
                                       .toUtf8();
            QTest::newRow(tag.constData())
                << f[0] << f[1] << (f[2] == QLatin1String("1")) << f[3].toDouble() << f[4].toDouble();
            methods.insert(f[1]);
            ++rows;
        }
        QCOMPARE(methods.size(), 17);
        QCOMPARE(rows, 525 * 17 * 2);
    }
    void matchesImageJ()
    {
        QFETCH(QString, id);
        QFETCH(QString, method);
        QFETCH(bool, dark);
        QFETCH(double, lower);
        QFETCH(double, upper);
        QVERIFY2(corpus().contains(id), qPrintable(id));
        const CorpusImage& img = corpus().value(id);
        const std::optional<ThresholdMethod> m = thresholdMethodFromName(method);
        QVERIFY2(m.has_value(), qPrintable(method));
        AutoThresholdParams params;
        params.method = *m;
        params.darkBackground = dark;
        TaskContext task;
        const Expected<ThresholdResult> r = computeAutoThreshold(img.plane, cv::Mat(), params, task);
        QVERIFY2(r.isOk(), qPrintable(r.status().message()));
        const QByteArray got = QStringLiteral("Tessera %1..%2, ImageJ %3..%4")
                                   .arg(r->lower, 0, 'g', 10)
                                   .arg(r->upper, 0, 'g', 10)
                                   .arg(lower, 0, 'g', 10)
                                   .arg(upper, 0, 'g', 10)
                                   .toUtf8();
        if (lower == -1.0 && upper == -1.0 && img.min == 0.0 && img.max == 0.0 && img.plane.depth() != CV_8U) {
            // ImageJ reports "no threshold" (getThreshold() gives -1, -1) on an all-zero 16-bit or float image, but
            // lower = upper = the value on every other constant one: Tessera reports the constant value as the whole
            // foreground and found = false in both cases (docs/thresholds.md). Only this case is exempt.
            QVERIFY2(!r->found, got.constData());
            QVERIFY2(r->lower == img.min && r->upper == img.max, got.constData());
            return;
        }
        if (img.plane.depth() != CV_32F) {
            QVERIFY2(r->lower == lower && r->upper == upper, got.constData());
            return;
        }
        // Float: ImageJ's open ends -1e30 / 1e30 are reported by Tessera as the data's min / max.
        const double range = img.max - img.min;
        const double expLower = lower <= -1e29 ? img.min : lower;
        const double expUpper = upper >= 1e29 ? img.max : upper;
        QVERIFY2(closeFloat(r->lower, expLower, range) && closeFloat(r->upper, expUpper, range), got.constData());
    }
};

QTEST_GUILESS_MAIN(TestThresholdDifferential)
#include "TestThresholdDifferential.moc"
