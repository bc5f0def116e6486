// The histogram dock on real widgets; every expected count and statistic is computed by brute force in the test; its
// Export… button writes the plot at publication size (SVG with both axis labels as text).
#include "ui/app/AppContext.h"
#include "ui/async/TaskRunner.h"
#include "ui/document/ImageDocument.h"
#include "ui/histogram/HistogramPanel.h"
#include "ui/threshold/ThresholdSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <vector>

using namespace tessera;

namespace {

constexpr int kW = 40;
constexpr int kH = 30;

/**
 * A kW × kH plane with seeded random values: 8-bit 0..255, 16-bit 0..1023, float multiples of 1/64 in [0, 4] plus one
 * NaN. The extremes are forced so the plane's range is exactly [0, top] (bin edges are then exact binary fractions).
 */
Image randomImage(PixelType type)
{
    Image image = Image::create(type, kW, kH).value();
    cv::Mat p = image.plane(0);
    cv::RNG rng(2026);
    for (int y = 0; y < kH; ++y) {
        for (int x = 0; x < kW; ++x) {
            if (type == PixelType::UInt8) {
                p.at<uchar>(y, x) = uchar(rng.uniform(0, 256));
            } else if (type == PixelType::UInt16) {
                p.at<quint16>(y, x) = quint16(rng.uniform(0, 1024));
            } else {
                p.at<float>(y, x) = float(rng.uniform(0, 257) / 64.0);
            }
        }
    }
    const double top = type == PixelType::UInt8 ? 255 : (type == PixelType::UInt16 ? 1023 : 4);
    if (type == PixelType::Float32) {
        p.at<float>(0, 0) = 0.0f;
        p.at<float>(0, 1) = float(top);
        p.at<float>(5, 5) = std::numeric_limits<float>::quiet_NaN();
    } else if (type == PixelType::UInt8) {
        p.at<uchar>(0, 0) = 0;
        p.at<uchar>(0, 1) = uchar(top);
    } else {
        p.at<quint16>(0, 0) = 0;
        p.at<quint16>(0, 1) = quint16(top);
    }
    image.displayRanges = {DisplayRange{0.0, top}};
    return image;
}

double valueAt(const cv::Mat& p, int x, int y)
{
    switch (p.depth()) {
    case CV_8U:
        return p.at<uchar>(y, x);
    case CV_16U:
        return p.at<quint16>(y, x);
    default:
        return p.at<float>(y, x);
    }
}

/** Finite values of the pixels whose centre passes inside(cx, cy). */
std::vector<double> valuesWhere(const cv::Mat& p, const std::function<bool(double, double)>& inside)
{
    std::vector<double> out;
    for (int y = 0; y < p.rows; ++y) {
        for (int x = 0; x < p.cols; ++x) {
            const double v = valueAt(p, x, y);
            if (std::isfinite(v) && inside(x + 0.5, y + 0.5)) {
                out.push_back(v);
            }
        }
    }
    return out;
}

// The ROIs of the tests and their inside rule written out independently (pixel centre inside the shape).
Roi rectRoi()
{
    Roi r = Roi::rectangle(QStringLiteral("box"), 2, 3, 10, 6);
    r.className = QStringLiteral("cell");
    return r;
}
bool insideRect(double cx, double cy)
{
    return cx > 2 && cx < 12 && cy > 3 && cy < 9;
}
Roi ellipseRoi()
{
    return Roi::ellipse(QStringLiteral("oval"), 20, 10, 11, 7); // no pixel centre lies on its boundary
}
bool insideEllipse(double cx, double cy)
{
    const double dx = (cx - 25.5) / 5.5, dy = (cy - 13.5) / 3.5;
    return dx * dx + dy * dy < 1.0;
}

/** Brute-force bin counts: every level of [lo, hi] (integer), or 256 bins over [lo, hi) / [lo, hi] (float). */
std::vector<double> bruteCounts(const std::vector<double>& values, double lo, double hi, bool integer, bool everyLevel)
{
    if (integer && everyLevel) {
        std::vector<double> counts(size_t(hi - lo + 1), 0.0);
        for (double v : values) {
            counts[size_t(v - lo)] += 1;
        }
        return counts;
    }
    const double top = integer ? hi + 1 : hi;
    std::vector<double> counts(256, 0.0);
    for (double v : values) {
        const int b = std::min(255, int(std::floor((v - lo) * 256.0 / (top - lo))));
        counts[size_t(b)] += 1;
    }
    return counts;
}

struct BruteStats
{
    double n, mean, sd, min, max, median, mode;
};

BruteStats bruteStats(std::vector<double> v, bool integer)
{
    BruteStats s{};
    std::sort(v.begin(), v.end());
    s.n = double(v.size());
    double sum = 0;
    for (double x : v) {
        sum += x;
    }
    s.mean = sum / s.n;
    double ss = 0;
    for (double x : v) {
        ss += (x - s.mean) * (x - s.mean);
    }
    s.sd = std::sqrt(ss / (s.n - 1));
    s.min = v.front();
    s.max = v.back();
    const size_t n = v.size();
    if (integer) {
        s.median = v[n / 2]; // smallest level whose cumulative count exceeds n/2
        std::map<double, int> freq;
        for (double x : v) {
            ++freq[x];
        }
        int best = -1;
        for (const auto& [level, count] : freq) { // ascending: the smallest level wins ties
            if (count > best) {
                best = count;
                s.mode = level;
            }
        }
    } else {
        s.median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        std::vector<int> bins(256, 0);
        for (double x : v) {
            ++bins[size_t(std::min(255, int((x - s.min) * 256.0 / (s.max - s.min))))];
        }
        const int fullest = int(std::max_element(bins.begin(), bins.end()) - bins.begin());
        s.mode = s.min + fullest * (s.max - s.min) / 256.0;
    }
    return s;
}

/** The graph's bin values (its last point repeats the last bin for the step line). */
std::vector<double> graphValues(QCPGraph* graph)
{
    std::vector<double> out;
    const auto data = graph->data();
    for (int i = 0; i + 1 < data->size(); ++i) {
        out.push_back(data->at(i)->value);
    }
    return out;
}

void sendMouse(QWidget* w, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &event);
}

} // namespace

class TestHistogramPanel : public QObject
{
    Q_OBJECT

    AppContext m_context{2};

    struct Fixture
    {
        explicit Fixture(AppContext& context, PixelType type)
            : runner(context.threadPool()), doc(randomImage(type)), panel(&runner),
              spy(&panel, &HistogramPanel::histogramsUpdated)
        {
            panel.resize(500, 600);
            panel.show();
            panel.setDocument(&doc);
        }
        bool waitUpdate()
        {
            const int before = spy.count();
            return QTest::qWaitFor([&] { return spy.count() > before; }, 5000);
        }
        TaskRunner runner;
        ImageDocument doc;
        HistogramPanel panel;
        QSignalSpy spy;
    };

    /** Adds the rectangle ("cell") and the ellipse (no class) and selects both. */
    static RoiIdList addAndSelect(Fixture& f)
    {
        const RoiId a = f.doc.allocateRoiId();
        const RoiId b = f.doc.allocateRoiId();
        f.doc.insertRois({{a, -1, rectRoi()}, {b, -1, ellipseRoi()}});
        f.doc.setSelection({a, b});
        return {a, b};
    }

private slots:
    void initTestCase()
    {
        // Settings (the plot export's remembered size) apart from the user's; Qt's own file dialog, not the desktop's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TesseraTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestHistogramPanel"));
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    }

    void countsEqualBruteForce_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("everyLevel");
        QTest::addColumn<bool>("normalised");
        QTest::newRow("8-bit 256") << int(PixelType::UInt8) << false << false;
        QTest::newRow("16-bit 256") << int(PixelType::UInt16) << false << false;
        QTest::newRow("16-bit every level") << int(PixelType::UInt16) << true << false;
        QTest::newRow("16-bit every level normalised") << int(PixelType::UInt16) << true << true;
        QTest::newRow("float 256") << int(PixelType::Float32) << false << false;
        QTest::newRow("float 256 normalised") << int(PixelType::Float32) << false << true;
    }
    void countsEqualBruteForce()
    {
        QFETCH(int, type);
        QFETCH(bool, everyLevel);
        QFETCH(bool, normalised);
        Fixture f(m_context, PixelType(type));
        QVERIFY(f.waitUpdate());
        QCOMPARE(f.panel.plot()->graphCount(), 1);
        addAndSelect(f);
        QVERIFY(f.waitUpdate());
        auto* bins = f.panel.findChild<QComboBox*>(QStringLiteral("binsCombo"));
        const bool integer = PixelType(type) != PixelType::Float32;
        QCOMPARE(bins->isEnabled(), integer);
        if (everyLevel) {
            bins->setCurrentIndex(bins->findData(0));
        }
        if (normalised) {
            QTest::mouseClick(f.panel.findChild<QCheckBox*>(QStringLiteral("normalisedCheck")), Qt::LeftButton);
        }
        QCOMPARE(f.panel.plot()->graphCount(), 3);
        const cv::Mat plane = f.doc.currentPlane();
        const double top = f.doc.image().displayRanges[0].max;
        const std::vector<std::vector<double>> regions = {valuesWhere(plane, [](double, double) { return true; }),
                                                          valuesWhere(plane, insideRect),
                                                          valuesWhere(plane, insideEllipse)};
        for (int g = 0; g < 3; ++g) {
            std::vector<double> expected = bruteCounts(regions[size_t(g)], 0.0, top, integer, everyLevel);
            if (normalised) {
                for (double& v : expected) {
                    v /= double(regions[size_t(g)].size());
                }
            }
            const std::vector<double> actual = graphValues(f.panel.plot()->graph(g));
            QCOMPARE(actual.size(), expected.size());
            for (size_t i = 0; i < expected.size(); ++i) {
                QVERIFY2(
                    qAbs(actual[i] - expected[i]) < 1e-12,
                    qPrintable(
                        QStringLiteral("graph %1 bin %2: %3 vs %4").arg(g).arg(i).arg(actual[i]).arg(expected[i])));
            }
        }
        // Curves in their class colours.
        QCOMPARE(f.panel.plot()->graph(1)->pen().color(), f.doc.classColor(QStringLiteral("cell")));
        QCOMPARE(f.panel.plot()->graph(2)->pen().color(), ImageDocument::noClassColor());
    }

    void statisticsEqualBruteForce_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("8-bit") << int(PixelType::UInt8);
        QTest::newRow("16-bit") << int(PixelType::UInt16);
        QTest::newRow("float") << int(PixelType::Float32);
    }
    void statisticsEqualBruteForce()
    {
        QFETCH(int, type);
        Fixture f(m_context, PixelType(type));
        QVERIFY(f.waitUpdate());
        addAndSelect(f);
        QVERIFY(f.waitUpdate());
        const bool integer = PixelType(type) != PixelType::Float32;
        const cv::Mat plane = f.doc.currentPlane();
        const std::vector<std::vector<double>> regions = {valuesWhere(plane, [](double, double) { return true; }),
                                                          valuesWhere(plane, insideRect),
                                                          valuesWhere(plane, insideEllipse)};
        QTableWidget* table = f.panel.statsTable();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(1, HistogramPanel::RegionColumn)->text(), QStringLiteral("box"));
        QCOMPARE(table->item(2, HistogramPanel::RegionColumn)->text(), QStringLiteral("oval"));
        for (int row = 0; row < 3; ++row) {
            const BruteStats s = bruteStats(regions[size_t(row)], integer);
            const double expected[] = {s.n, s.mean, s.sd, s.min, s.max, s.median, s.mode};
            for (int k = 0; k < 7; ++k) {
                const double actual = table->item(row, HistogramPanel::CountColumn + k)->data(Qt::UserRole).toDouble();
                QVERIFY2(qAbs(actual - expected[k]) <= 1e-9 * std::max(1.0, qAbs(expected[k])),
                         qPrintable(QStringLiteral("row %1 column %2: %3 vs %4")
                                        .arg(row)
                                        .arg(k + 1)
                                        .arg(actual, 0, 'g', 17)
                                        .arg(expected[k], 0, 'g', 17)));
            }
        }
        // Deselecting leaves the plane only.
        f.doc.clearSelection();
        QVERIFY(f.waitUpdate());
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(f.panel.plot()->graphCount(), 1);
    }

    void followsThePlane()
    {
        // Two slices: slice 2 = slice 1 shifted by 100 levels; the cached plane result must not be reused across them.
        Image image = Image::create(PixelType::UInt16, kW, kH, 1, 2).value();
        randomImage(PixelType::UInt16).plane(0).copyTo(image.plane(0, 0));
        cv::add(image.plane(0, 0), cv::Scalar(100), image.plane(0, 1));
        TaskRunner runner(m_context.threadPool());
        ImageDocument doc(image);
        HistogramPanel panel(&runner);
        QSignalSpy spy(&panel, &HistogramPanel::histogramsUpdated);
        panel.setDocument(&doc);
        QVERIFY(spy.wait(5000));
        auto planeMean = [&] {
            return panel.statsTable()->item(0, HistogramPanel::MeanColumn)->data(Qt::UserRole).toDouble();
        };
        const auto mean = [](const std::vector<double>& v) {
            double s = 0;
            for (double x : v) {
                s += x;
            }
            return s / double(v.size());
        };
        const auto all = [](double, double) { return true; };
        const double mean0 = mean(valuesWhere(image.plane(0, 0), all));
        QVERIFY(qAbs(planeMean() - mean0) < 1e-9);
        doc.setPosition({0, 1, 0});
        QVERIFY(spy.wait(5000));
        QVERIFY(qAbs(planeMean() - mean(valuesWhere(image.plane(0, 1), all))) < 1e-9);
        QCOMPARE(graphValues(panel.plot()->graph(0)).size(), size_t(256));
        doc.setPosition({0, 0, 0});
        QVERIFY(spy.wait(5000));
        QVERIFY(qAbs(planeMean() - mean0) < 1e-9);
    }

    void roiOutsideAndClipped()
    {
        Fixture f(m_context, PixelType::UInt16);
        QVERIFY(f.waitUpdate());
        const RoiId out = f.doc.allocateRoiId();
        const RoiId clipped = f.doc.allocateRoiId();
        f.doc.insertRois({{out, -1, Roi::rectangle(QStringLiteral("away"), 100, 100, 5, 5)},
                          {clipped, -1, Roi::rectangle(QStringLiteral("edge"), 35, 25, 10, 10)}});
        f.doc.setSelection({out, clipped});
        QVERIFY(f.waitUpdate());
        QTableWidget* table = f.panel.statsTable();
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(!table->item(1, HistogramPanel::CountColumn)->data(Qt::UserRole).isValid());
        QVERIFY(!table->item(1, HistogramPanel::RegionColumn)->toolTip().isEmpty());
        // Only the 5 × 5 pixels inside the image count.
        QCOMPARE(table->item(2, HistogramPanel::CountColumn)->data(Qt::UserRole).toDouble(), 25.0);
        QVERIFY(!table->item(2, HistogramPanel::RegionColumn)->toolTip().isEmpty());
        QCOMPARE(f.panel.plot()->graphCount(), 2); // the plane and the clipped ROI
    }

    void logScaleToggle()
    {
        Fixture f(m_context, PixelType::UInt16);
        QVERIFY(f.waitUpdate());
        auto* bins = f.panel.findChild<QComboBox*>(QStringLiteral("binsCombo"));
        bins->setCurrentIndex(bins->findData(0)); // every level: 1024 levels for 1200 pixels, so some are empty
        const std::vector<double> expected =
            bruteCounts(valuesWhere(f.doc.currentPlane(), [](double, double) { return true; }), 0, 1023, true, true);
        const auto empty = std::find(expected.begin(), expected.end(), 0.0);
        QVERIFY(empty != expected.end());
        const size_t emptyBin = size_t(empty - expected.begin());
        auto* log = f.panel.findChild<QCheckBox*>(QStringLiteral("logCheck"));
        QTest::mouseClick(log, Qt::LeftButton);
        QCOMPARE(f.panel.plot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(f.panel.plot()->yAxis->range().lower > 0);
        QVERIFY(std::isnan(graphValues(f.panel.plot()->graph(0))[emptyBin])); // no point at 0 on a log axis
        QTest::mouseClick(log, Qt::LeftButton);
        QCOMPARE(f.panel.plot()->yAxis->scaleType(), QCPAxis::stLinear);
        QCOMPARE(graphValues(f.panel.plot()->graph(0))[emptyBin], 0.0);
    }

    void draggingMarkerChangesRange()
    {
        Fixture f(m_context, PixelType::UInt16);
        QVERIFY(f.waitUpdate());
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        f.doc.setDisplayRange(0, {200, 800});
        QCOMPARE(f.panel.markerPositions(), qMakePair(200.0, 800.0));
        QCustomPlot* plot = f.panel.plot();
        plot->replot();
        const double y = plot->axisRect()->center().y();
        const QPointF start(plot->xAxis->coordToPixel(200), y);
        const QPointF end(plot->xAxis->coordToPixel(400), y);
        sendMouse(plot, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
        sendMouse(plot, QEvent::MouseMove, (start + end) / 2, Qt::NoButton, Qt::LeftButton);
        sendMouse(plot, QEvent::MouseMove, end, Qt::NoButton, Qt::LeftButton);
        sendMouse(plot, QEvent::MouseButtonRelease, end, Qt::LeftButton, Qt::NoButton);
        const double levelsPerPixel = 1024.0 / plot->axisRect()->width();
        QVERIFY2(qAbs(f.doc.displayRange(0).min - 400) <= levelsPerPixel + 1,
                 qPrintable(QString::number(f.doc.displayRange(0).min)));
        QCOMPARE(f.doc.displayRange(0).max, 800.0);
        QCOMPARE(f.panel.markerPositions().first, f.doc.displayRange(0).min);
        // The max marker cannot be dragged below the min.
        const QPointF maxStart(plot->xAxis->coordToPixel(800), y);
        const QPointF left(plot->xAxis->coordToPixel(50), y);
        sendMouse(plot, QEvent::MouseButtonPress, maxStart, Qt::LeftButton, Qt::LeftButton);
        sendMouse(plot, QEvent::MouseMove, left, Qt::NoButton, Qt::LeftButton);
        sendMouse(plot, QEvent::MouseButtonRelease, left, Qt::LeftButton, Qt::NoButton);
        QCOMPARE(f.doc.displayRange(0).max, f.doc.displayRange(0).min + 1);
        // A press away from the markers changes nothing.
        const DisplayRange before = f.doc.displayRange(0);
        const QPointF away(plot->xAxis->coordToPixel(900), y);
        sendMouse(plot, QEvent::MouseButtonPress, away, Qt::LeftButton, Qt::LeftButton);
        sendMouse(plot, QEvent::MouseMove, away + QPointF(20, 0), Qt::NoButton, Qt::LeftButton);
        sendMouse(plot, QEvent::MouseButtonRelease, away + QPointF(20, 0), Qt::LeftButton, Qt::NoButton);
        QCOMPARE(f.doc.displayRange(0), before);
    }

    void draggingThresholdLineSetsManualLevels_data()
    {
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::addColumn<double>("expectedLower");
        QTest::addColumn<double>("expectedUpper");
        QTest::newRow("lower up") << 300.0 << 450.0 << 450.0 << 700.0;
        QTest::newRow("upper down") << 700.0 << 550.0 << 300.0 << 550.0;
        QTest::newRow("lower past upper takes it along") << 300.0 << 900.0 << 900.0 << 900.0;
    }
    void draggingThresholdLineSetsManualLevels()
    {
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(double, expectedLower);
        QFETCH(double, expectedUpper);
        Fixture f(m_context, PixelType::UInt16);
        QVERIFY(f.waitUpdate());
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        f.doc.setDisplayRange(0, {0, 1023});
        QVERIFY(std::isnan(f.panel.thresholdMarkerPositions().first)); // no levels yet: no lines
        ThresholdSettings before;
        before.method = QStringLiteral("Otsu");
        before.levelsSet = true;
        before.lower = 300;
        before.upper = 700;
        f.doc.setParameters(AnalysisKind::Threshold, before);
        QCOMPARE(f.panel.thresholdMarkerPositions(), qMakePair(300.0, 700.0));
        QCustomPlot* plot = f.panel.plot();
        plot->replot();
        const double y = plot->axisRect()->center().y();
        const QPointF start(plot->xAxis->coordToPixel(from), y);
        const QPointF end(plot->xAxis->coordToPixel(to), y);
        sendMouse(plot, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
        for (int i = 1; i <= 5; ++i) {
            sendMouse(plot, QEvent::MouseMove, start + (end - start) * i / 5.0, Qt::NoButton, Qt::LeftButton);
        }
        sendMouse(plot, QEvent::MouseButtonRelease, end, Qt::LeftButton, Qt::NoButton);
        const ThresholdSettings after = f.doc.parameters<ThresholdSettings>(AnalysisKind::Threshold);
        const double levelsPerPixel = 1024.0 / plot->axisRect()->width();
        QVERIFY2(qAbs(after.lower - expectedLower) <= levelsPerPixel + 1, qPrintable(QString::number(after.lower)));
        QVERIFY2(qAbs(after.upper - expectedUpper) <= levelsPerPixel + 1, qPrintable(QString::number(after.upper)));
        QCOMPARE(after.lower == std::round(after.lower), true); // 16-bit levels are whole numbers
        QCOMPARE(after.method, manualMethodName());
        QVERIFY(after.preview);
        QCOMPARE(f.panel.thresholdMarkerPositions(), qMakePair(after.lower, after.upper));
        QCOMPARE(f.panel.markerPositions(), qMakePair(0.0, 1023.0)); // the display range did not move
        // One drag is one undo step, and undo restores the levels exactly.
        QCOMPARE(f.doc.undoStack()->count(), 1);
        f.doc.undoStack()->undo();
        QCOMPARE(f.doc.parameters<ThresholdSettings>(AnalysisKind::Threshold), before);
        QCOMPARE(f.panel.thresholdMarkerPositions(), qMakePair(300.0, 700.0));
        // Local mode hides the lines.
        ThresholdSettings local = before;
        local.mode = ThresholdSettings::Mode::Local;
        f.doc.setParameters(AnalysisKind::Threshold, local);
        QVERIFY(std::isnan(f.panel.thresholdMarkerPositions().first));
    }

    void exportButtonWritesAPublicationFigure()
    {
        Fixture f(m_context, PixelType::UInt8);
        auto* button = f.panel.findChild<QToolButton*>(QStringLiteral("histogramExportButton"));
        QVERIFY(button);
        QVERIFY(f.waitUpdate());
        QVERIFY(button->isEnabled());
        f.panel.findChild<QCheckBox*>(QStringLiteral("normalisedCheck"))->setChecked(true); // another y label
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("histogram.svg"));
        // As a user: the size dialog (single column, 300 DPI), then a .svg name for the file (the chooser stands in
        // for Qt's file dialog, which hangs in its file system watcher offscreen).
        bool sized = false;
        bool named = false;
        f.panel.setExportFileChooser([&](const QString& filters, QString* selected) {
            named = filters.contains(QStringLiteral("*.svg")) && selected;
            return path;
        });
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            if (auto* size = qobject_cast<QDialog*>(modal); size && size->objectName() == u"plotSizeDialog") {
                size->findChild<QComboBox*>(QStringLiteral("plotSizePreset"))->setCurrentIndex(1);
                size->findChild<QDoubleSpinBox*>(QStringLiteral("plotDpi"))->setValue(300);
                sized = true;
                size->accept();
            }
        });
        answer.start();
        QTest::mouseClick(button, Qt::LeftButton);
        answer.stop();
        QVERIFY(sized && named);
        QFile svg(path);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(svg.readAll());
        QVERIFY2(text.contains(QStringLiteral("width=\"85")), qPrintable(text.left(300))); // 85 mm wide
        QStringList texts;
        const QRegularExpression node(QStringLiteral("<text[^>]*>([^<]*)</text>"));
        for (auto it = node.globalMatch(text); it.hasNext();) {
            texts << it.next().captured(1);
        }
        QVERIFY2(texts.contains(f.panel.plot()->xAxis->label()), qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(f.panel.plot()->yAxis->label()));
        QCOMPARE(f.panel.plot()->yAxis->label(), QStringLiteral("Fraction of pixels"));
    }

    void followsClassColourAndDocument()
    {
        Fixture f(m_context, PixelType::UInt8);
        QVERIFY(f.waitUpdate());
        addAndSelect(f);
        QVERIFY(f.waitUpdate());
        QVERIFY(f.doc.setClass(QStringLiteral("cell"), {QStringLiteral("cell"), QColor(10, 200, 30)}));
        QCOMPARE(f.panel.plot()->graph(1)->pen().color(), QColor(10, 200, 30));
        f.panel.setDocument(nullptr);
        QCOMPARE(f.panel.plot()->graphCount(), 0);
        QCOMPARE(f.panel.statsTable()->rowCount(), 0);
        // Every control explains itself.
        for (QWidget* w : f.panel.findChildren<QWidget*>()) {
            if (!w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_"))) {
                QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->objectName()));
            }
        }
    }
};

QTEST_MAIN(TestHistogramPanel)
#include "TestHistogramPanel.moc"
