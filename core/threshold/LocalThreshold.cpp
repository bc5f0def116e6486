#include "core/threshold/LocalThreshold.h"

#include "core/task/TaskContext.h"

#include <QCoreApplication>

#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <limits>
#include <vector>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::LocalThreshold)
};

struct LocalName
{
    LocalThresholdMethod method;
    const char* name;
};

constexpr std::array<LocalName, 9> kLocalMethods{{
    {LocalThresholdMethod::Bernsen, "Bernsen"},
    {LocalThresholdMethod::Contrast, "Contrast"},
    {LocalThresholdMethod::Mean, "Mean"},
    {LocalThresholdMethod::Median, "Median"},
    {LocalThresholdMethod::MidGrey, "MidGrey"},
    {LocalThresholdMethod::Niblack, "Niblack"},
    {LocalThresholdMethod::Otsu, "Otsu"},
    {LocalThresholdMethod::Phansalkar, "Phansalkar"},
    {LocalThresholdMethod::Sauvola, "Sauvola"},
}};

/** Half-widths of ImageJ's RankFilters circular kernel, one per row dy = -r..r. */
std::vector<int> kernelHalfWidths(int r)
{
    std::vector<int> k(size_t(2 * r + 1));
    const double r2 = double(r) * r + 1.0;
    for (int dy = -r; dy <= r; ++dy) {
        k[size_t(dy + r)] = int(std::sqrt(r2 - double(dy) * dy));
    }
    return k;
}

/** ImageJ's Otsu threshold (first maximum of the between-class variance) of a 256-bin histogram of n pixels. */
int otsu256(const std::array<int, 256>& h, int n)
{
    const double term = 1.0 / n;
    double totalMean = 0.0;
    for (int i = 1; i < 256; ++i) {
        totalMean += i * (term * h[size_t(i)]);
    }
    double cnh = 0.0;
    double mean = 0.0;
    double maxBcv = 0.0;
    int threshold = 0;
    for (int i = 0; i < 256; ++i) {
        const double p = term * h[size_t(i)];
        cnh += p;
        if (i > 0) {
            mean += i * p;
        }
        double bcv = totalMean * cnh - mean;
        bcv *= bcv / (cnh * (1.0 - cnh));
        if (maxBcv < bcv) {
            maxBcv = bcv;
            threshold = i;
        }
    }
    return threshold;
}
} // namespace

QString localThresholdMethodName(LocalThresholdMethod method)
{
    for (const LocalName& m : kLocalMethods) {
        if (m.method == method) {
            return QLatin1String(m.name);
        }
    }
    return QString();
}

std::optional<LocalThresholdMethod> localThresholdMethodFromName(const QString& name)
{
    for (const LocalName& m : kLocalMethods) {
        if (name.compare(QLatin1String(m.name), Qt::CaseInsensitive) == 0) {
            return m.method;
        }
    }
    return std::nullopt;
}

QStringList localThresholdMethodNames()
{
    QStringList names;
    for (const LocalName& m : kLocalMethods) {
        names << QLatin1String(m.name);
    }
    return names;
}

Status LocalThresholdParams::validate() const
{
    if (radius < 1 || radius > 1000) {
        return Status::invalid(
            Tr::tr("The local threshold radius must be between 1 and 1000 pixels (got %1).").arg(radius));
    }
    if ((parameter1 && !std::isfinite(*parameter1)) || (parameter2 && !std::isfinite(*parameter2))) {
        return Status::invalid(Tr::tr("The local threshold parameters must be finite numbers."));
    }
    if (method == LocalThresholdMethod::Phansalkar || method == LocalThresholdMethod::Sauvola) {
        if (effectiveParameter2() == 0.0) {
            return Status::invalid(
                Tr::tr("The dynamic range r (parameter 2) of %1 must not be 0.").arg(localThresholdMethodName(method)));
        }
    }
    return Status::ok();
}

double LocalThresholdParams::effectiveParameter1() const
{
    if (parameter1) {
        return *parameter1;
    }
    switch (method) {
    case LocalThresholdMethod::Bernsen:
        return 15.0;
    case LocalThresholdMethod::Niblack:
        return 0.2;
    case LocalThresholdMethod::Phansalkar:
        return 0.25;
    case LocalThresholdMethod::Sauvola:
        return 0.5;
    default:
        return 0.0;
    }
}

double LocalThresholdParams::effectiveParameter2() const
{
    if (parameter2) {
        return *parameter2;
    }
    switch (method) {
    case LocalThresholdMethod::Phansalkar:
        return 0.5;
    case LocalThresholdMethod::Sauvola:
        return 128.0;
    default:
        return 0.0;
    }
}

cv::Mat toImageJ8Bit(const cv::Mat& plane)
{
    if (plane.depth() == CV_8U) {
        return plane;
    }
    cv::Mat out(plane.size(), CV_8U);
    if (plane.depth() == CV_16U) {
        double mn = 0;
        double mx = 0;
        cv::minMaxLoc(plane, &mn, &mx);
        const int min = int(mn);
        const double scale = 256.0 / (int(mx) - min + 1);
        for (int r = 0; r < plane.rows; ++r) {
            const ushort* p = plane.ptr<ushort>(r);
            uchar* o = out.ptr<uchar>(r);
            for (int c = 0; c < plane.cols; ++c) {
                o[c] = uchar(std::min(255, int((p[c] - min) * scale + 0.5)));
            }
        }
        return out;
    }
    double mn = std::numeric_limits<double>::infinity();
    double mx = -std::numeric_limits<double>::infinity();
    for (int r = 0; r < plane.rows; ++r) {
        const float* p = plane.ptr<float>(r);
        for (int c = 0; c < plane.cols; ++c) {
            if (std::isfinite(p[c])) {
                mn = std::min(mn, double(p[c]));
                mx = std::max(mx, double(p[c]));
            }
        }
    }
    const double scale = mx > mn ? 255.0 / (mx - mn) : 0.0;
    for (int r = 0; r < plane.rows; ++r) {
        const float* p = plane.ptr<float>(r);
        uchar* o = out.ptr<uchar>(r);
        for (int c = 0; c < plane.cols; ++c) {
            o[c] = !std::isfinite(p[c]) ? 0 : uchar(std::min(255, int((double(p[c]) - mn) * scale + 0.5)));
        }
    }
    return out;
}

Expected<cv::Mat> computeLocalThreshold(const cv::Mat& plane, const LocalThresholdParams& params, TaskContext& task)
{
    if (plane.empty() || plane.channels() != 1 ||
        (plane.depth() != CV_8U && plane.depth() != CV_16U && plane.depth() != CV_32F)) {
        return Status::invalid(Tr::tr("Only single-channel 8-bit, 16-bit and 32-bit float planes can be thresholded."));
    }
    if (Status s = params.validate(); !s.isOk()) {
        return s;
    }
    const cv::Mat img = toImageJ8Bit(plane);
    const int r = params.radius;
    cv::Mat padded;
    cv::copyMakeBorder(img, padded, r, r, r, r, cv::BORDER_REPLICATE);
    const std::vector<int> kx = kernelHalfWidths(r);
    const LocalThresholdMethod method = params.method;
    const double p1 = params.effectiveParameter1();
    const double p2 = params.effectiveParameter2();
    const bool needHist = method == LocalThresholdMethod::Median || method == LocalThresholdMethod::Otsu ||
                          method == LocalThresholdMethod::Bernsen || method == LocalThresholdMethod::Contrast ||
                          method == LocalThresholdMethod::MidGrey;
    const uchar fg = params.darkBackground ? 255 : 0;
    const uchar bg = params.darkBackground ? 0 : 255;
    cv::Mat out(img.size(), CV_8U);
    std::atomic<bool> cancelled{false};
    std::atomic<int> rowsDone{0};
    const int width = img.cols;

    cv::parallel_for_(cv::Range(0, img.rows), [&](const cv::Range& rows) {
        std::array<int, 256> hist{};
        for (int y = rows.start; y < rows.end; ++y) {
            if (cancelled.load(std::memory_order_relaxed)) {
                return;
            }
            const int done = rowsDone.fetch_add(1, std::memory_order_relaxed) + 1;
            if (!task.setProgress(double(done) / img.rows, Tr::tr("Local threshold"))) {
                cancelled.store(true);
                return;
            }
            hist.fill(0);
            qint64 n = 0;
            qint64 sum = 0;
            qint64 sum2 = 0;
            auto add = [&](int v, int sign) {
                hist[size_t(v)] += sign;
                n += sign;
                sum += sign * v;
                sum2 += sign * v * v;
            };
            for (int dy = -r; dy <= r; ++dy) {
                const uchar* row = padded.ptr<uchar>(y + r + dy) + r;
                const int k = kx[size_t(dy + r)];
                for (int dx = -k; dx <= k; ++dx) {
                    add(row[dx], 1);
                }
            }
            const uchar* src = img.ptr<uchar>(y);
            uchar* dst = out.ptr<uchar>(y);
            for (int x = 0; x < width; ++x) {
                if (x > 0) {
                    for (int dy = -r; dy <= r; ++dy) {
                        const uchar* row = padded.ptr<uchar>(y + r + dy) + r;
                        const int k = kx[size_t(dy + r)];
                        add(row[x - 1 - k], -1);
                        add(row[x + k], 1);
                    }
                }
                const int v = src[x];
                int mn = 0;
                int mx = 255;
                if (needHist) {
                    while (hist[size_t(mn)] == 0) {
                        ++mn;
                    }
                    while (hist[size_t(mx)] == 0) {
                        --mx;
                    }
                }
                const double mean = double(sum) / double(n);
                bool object = false;
                switch (method) {
                case LocalThresholdMethod::Bernsen: {
                    const int contrast = mx - mn;
                    const int mid = (mx + mn) / 2;
                    object = contrast < p1 ? mid >= 128 : v >= mid;
                    break;
                }
                case LocalThresholdMethod::Contrast:
                    object = std::abs(mx - v) <= std::abs(v - mn);
                    break;
                case LocalThresholdMethod::Mean:
                    object = v > mean - p1;
                    break;
                case LocalThresholdMethod::Median: {
                    const qint64 half = n / 2;
                    qint64 cum = 0;
                    int med = mn;
                    for (; med <= mx; ++med) {
                        cum += hist[size_t(med)];
                        if (cum > half) {
                            break;
                        }
                    }
                    object = v > med - p1;
                    break;
                }
                case LocalThresholdMethod::MidGrey:
                    object = v > (mx + mn) / 2.0 - p1;
                    break;
                case LocalThresholdMethod::Niblack: {
                    const double sd = std::sqrt(std::max(0.0, double(sum2) / double(n) - mean * mean));
                    object = v > mean + p1 * sd - p2;
                    break;
                }
                case LocalThresholdMethod::Otsu:
                    object = v > otsu256(hist, int(n));
                    break;
                case LocalThresholdMethod::Phansalkar: {
                    const double m = mean / 255.0;
                    const double var = double(sum2) / double(n) / (255.0 * 255.0) - m * m;
                    const double sd = std::sqrt(std::max(0.0, var));
                    object = v / 255.0 > m * (1.0 + 2.0 * std::exp(-10.0 * m) + p1 * (sd / p2 - 1.0));
                    break;
                }
                case LocalThresholdMethod::Sauvola: {
                    const double sd = std::sqrt(std::max(0.0, double(sum2) / double(n) - mean * mean));
                    object = v > mean * (1.0 + p1 * (sd / p2 - 1.0));
                    break;
                }
                }
                dst[x] = object ? fg : bg;
            }
        }
    });
    if (cancelled.load() || task.isCancelled()) {
        return Status::cancelled();
    }
    return out;
}

} // namespace tessera
