#pragma once

#include "core/common/Status.h"
#include "core/filters/Contrast.h"

#include <QCoreApplication>
#include <QString>

#include <opencv2/core.hpp>

#include <vector>

namespace tessera {

class TaskContext;

/** What one pre-processing step does. */
enum class PreprocessKind
{
    Gaussian,   ///< Smoothing::gaussian(sigma)
    Median,     ///< Smoothing::medianDisk(radius): scikit-image's median(image, disk(radius))
    Background, ///< Smoothing::subtractBackground(radius, lightBackground)
    Clahe,      ///< Contrast::clahe(clahe)
    Equalize,   ///< Contrast::equalizeHistogram()
};

/**
 * One step of a pre-processing chain with its parameters and an on/off switch (a step that is off keeps its
 * parameters but does nothing). Only the parameters of its kind are used (and compared).
 */
struct PreprocessStep
{
    PreprocessKind kind = PreprocessKind::Gaussian;
    bool enabled = true;
    double sigma = 1.0;           ///< Gaussian: sigma in pixels, (0, 100]
    int radius = 2;               ///< Median: disk radius 1..50; Background: rolling-disk radius 1..1000
    bool lightBackground = false; ///< Background: dark objects on a bright background
    ClaheParams clahe;            ///< Clahe: tile size and clip limit

    static PreprocessStep gaussian(double sigma);
    static PreprocessStep median(int radius);
    static PreprocessStep background(int radius, bool lightBackground = false);
    static PreprocessStep claheStep(int tileSize, double clipLimit);
    static PreprocessStep equalize();

    bool operator==(const PreprocessStep& o) const;
    bool operator!=(const PreprocessStep& o) const { return !(*this == o); }
};

/** Steps in the order they are applied. */
using PreprocessChain = std::vector<PreprocessStep>;

/**
 * The pre-processing chain applied to a plane before it is thresholded and split (SegmentationParams::preprocess),
 * and its text form, which users read and type (`tessera-cli segment --pre TEXT`):
 *
 *     STEP[,STEP…]  with STEP one of
 *     gaussian:SIGMA   median:RADIUS   background:RADIUS[:light]   clahe:TILE:CLIP   equalize
 *
 * e.g. "median:5,gaussian:1" (the scikit-image nuclei tutorial's median over disk(5), then a Gaussian). A step that
 * is off ends in ":off" ("median:5:off"); "none" (or empty text) is the empty chain. Names are case-insensitive,
 * spaces around commas and colons are ignored; parameters left out take the defaults of PreprocessStep (gaussian 1,
 * median 2, background 50, clahe 64:3). toText() writes every parameter, and parse(toText(c)) == c.
 */
class Preprocess
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Preprocess)

public:
    /** "gaussian", "median", "background", "clahe" or "equalize" (not translated: the text form's keywords). */
    static QString kindName(PreprocessKind kind);
    /** A readable, translated name ("Gaussian blur", "Median (disk)", …) for panels. */
    static QString kindTitle(PreprocessKind kind);
    /** The text form (see the class comment); "none" for an empty chain. */
    static QString toText(const PreprocessChain& chain);
    /** Parses the text form; a readable InvalidInput message naming the bad step otherwise. Validates the values. */
    static Expected<PreprocessChain> parse(const QString& text);
    /** Checks every step's parameters (also of steps that are off), naming the step. */
    static Status validate(const PreprocessChain& chain);
    /** True when any step is on. */
    static bool isActive(const PreprocessChain& chain);
};

/**
 * Applies the enabled steps of chain to plane (CV_8U, CV_16U or CV_32F, one channel) in order; each step gets an
 * equal share of the progress. The result has the plane's type except after Clahe/Equalize on a float plane (floats
 * in [0, 1], see Contrast). An empty chain (or all steps off) returns the plane itself (shared, not copied).
 * Invalid steps give InvalidInput before any work; cancellation gives Status::cancelled() (polled between bands of
 * every step). Thread-safe (pure function).
 */
Expected<cv::Mat> applyPreprocess(const cv::Mat& plane, const PreprocessChain& chain, TaskContext& task);

} // namespace tessera
