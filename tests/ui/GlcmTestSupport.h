#pragma once
// Shared fixtures of the GLCM panel, scatter plot and results table tests: the bundled sample, the eight reference
// ROIs of tests/data/reference/glcm_rois.json and the MEAN rows of glcm_reference.csv (imagej-ops via PyImageJ).

#include "core/io/ImageReader.h"
#include "ui/document/ImageDocument.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

namespace tessera::test {

inline QString glcmDataDir()
{
    return QStringLiteral(TESSERA_TEST_DATA);
}

/** The sample image (16-bit, 300 × 300) in a new document; null (and a test failure) when it cannot be read. */
inline std::unique_ptr<ImageDocument> openSampleDocument()
{
    ImageReader reader;
    Expected<Image> image = reader.read(glcmDataDir() + QStringLiteral("/pyimagej_test_still.tif"));
    if (!image.isOk()) {
        qWarning("cannot read the sample: %s", qPrintable(image.status().message()));
        return nullptr;
    }
    return std::make_unique<ImageDocument>(image.value());
}

/** The ROIs of glcm_rois.json, in file order. */
inline std::vector<Roi> referenceRois()
{
    QFile file(glcmDataDir() + QStringLiteral("/reference/glcm_rois.json"));
    std::vector<Roi> rois;
    if (!file.open(QIODevice::ReadOnly)) {
        return rois;
    }
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("rois")).toArray();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        const double x = o.value(QStringLiteral("x")).toDouble();
        const double y = o.value(QStringLiteral("y")).toDouble();
        const double w = o.value(QStringLiteral("w")).toDouble();
        const double h = o.value(QStringLiteral("h")).toDouble();
        Roi roi = o.value(QStringLiteral("shape")).toString() == QLatin1String("ellipse")
                      ? Roi::ellipse(name, x, y, w, h)
                      : Roi::rectangle(name, x, y, w, h);
        roi.className = name.startsWith(QLatin1String("bkg")) ? QStringLiteral("background") : QStringLiteral("cell");
        rois.push_back(roi);
    }
    return rois;
}

/** Adds rois to document (not as undo steps) and returns their ids. */
inline RoiIdList addRois(ImageDocument& document, const std::vector<Roi>& rois)
{
    QList<ImageDocument::RoiRecord> records;
    RoiIdList ids;
    for (const Roi& roi : rois) {
        ImageDocument::RoiRecord r;
        r.id = document.allocateRoiId();
        r.roi = roi;
        records.push_back(r);
        ids.push_back(r.id);
    }
    document.insertRois(records);
    return ids;
}

/** MEAN rows of glcm_reference.csv for (levels, distance): ROI name → column name → value. */
inline QHash<QString, QHash<QString, double>> referenceMeans(int levels, int distance)
{
    QHash<QString, QHash<QString, double>> out;
    QFile file(glcmDataDir() + QStringLiteral("/reference/glcm_reference.csv"));
    if (!file.open(QIODevice::ReadOnly)) {
        return out;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList header = lines.value(0).trimmed().split(QLatin1Char(','));
    const int cRoi = int(header.indexOf(QStringLiteral("roi")));
    const int cLevels = int(header.indexOf(QStringLiteral("levels")));
    const int cDistance = int(header.indexOf(QStringLiteral("distance")));
    const int cOrientation = int(header.indexOf(QStringLiteral("orientation")));
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList f = lines[i].trimmed().split(QLatin1Char(','));
        if (f.value(cOrientation) != QLatin1String("MEAN") || f.value(cLevels).toInt() != levels ||
            f.value(cDistance).toInt() != distance) {
            continue;
        }
        QHash<QString, double>& row = out[f.value(cRoi)];
        for (int c = 0; c < header.size(); ++c) {
            bool ok = false;
            const double v = f.value(c).toDouble(&ok);
            if (ok) {
                row.insert(header[c], v);
            }
        }
    }
    return out;
}

/** |a − b| ≤ 1e-9 · |b| (1e-12 absolute near 0). */
inline bool relativeClose(double a, double b)
{
    return std::abs(a - b) <= std::max(1e-9 * std::abs(b), 1e-12);
}

} // namespace tessera::test

#include "ui/document/AnalysisResults.h"

#include <random>

namespace tessera::test {

/**
 * n ROIs (50 × 50 rectangles, alternating classes "cell" / "background") with a synthetic GLCM result of uniformly
 * random feature values stored in document (for scale tests of the plot and table; not real texture values).
 */
inline RoiIdList addSyntheticResult(ImageDocument& document, int n, unsigned seed = 7)
{
    std::vector<Roi> rois;
    for (int i = 0; i < n; ++i) {
        Roi r = Roi::rectangle(QStringLiteral("s%1").arg(i), (i * 7) % 250, (i * 13) % 250, 50, 50);
        r.className = i % 2 ? QStringLiteral("background") : QStringLiteral("cell");
        rois.push_back(r);
    }
    const RoiIdList ids = addRois(document, rois);
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    auto result = std::make_shared<GlcmResult>();
    result->roiIds = ids;
    for (int i = 0; i < n; ++i) {
        GlcmRoiResult r;
        r.name = rois[std::size_t(i)].name;
        r.pixelCount = 2500;
        GlcmOrientationSummary s;
        s.distance = 1;
        s.pairs = 9800;
        for (double& v : s.mean.values) {
            v = u(rng);
        }
        s.range = s.mean;
        r.summaries.push_back(s);
        for (GlcmOrientation o : allGlcmOrientations()) {
            GlcmMeasurement m;
            m.orientation = o;
            m.pairs = 2450;
            m.features = s.mean;
            r.measurements.push_back(m);
        }
        result->table.rois.push_back(r);
        PlaneStatistics st;
        st.count = 2500;
        st.area = 2500;
        result->statistics.push_back(st);
    }
    document.setResult<GlcmResult>(AnalysisKind::Glcm, std::shared_ptr<const GlcmResult>(result),
                                   document.stamp(AnalysisKind::Glcm));
    return ids;
}

} // namespace tessera::test

#include "ui/app/AppContext.h"
#include "ui/async/TaskRunner.h"
#include "ui/texture/GlcmPanel.h"

#include <QComboBox>

namespace tessera::test {

/** The common part of the results table and scatter plot fixtures: the sample document, a GlcmPanel (no auto-run)
 *  on it with its own pool and runner; the runner is shut down on destruction. */
struct GlcmPanelFixture
{
    AppContext context{2};
    TaskRunner runner{context.threadPool()};
    std::unique_ptr<ImageDocument> doc = openSampleDocument();
    GlcmPanel panel{&runner};
    RoiIdList ids;

    GlcmPanelFixture()
    {
        panel.setAutoRun(false);
        panel.setDocument(doc.get());
    }
    ~GlcmPanelFixture() { runner.shutdown(); }
    GlcmPanelFixture(const GlcmPanelFixture&) = delete;
    GlcmPanelFixture& operator=(const GlcmPanelFixture&) = delete;

    /** Adds the reference ROIs (ids kept in ids), chooses preset in the panel's combo as the user does and runs;
     *  true when the run finished within 20 s and succeeded. */
    bool runReference(int preset)
    {
        ids = addRois(*doc, referenceRois());
        auto* combo = panel.findChild<QComboBox*>(QStringLiteral("glcmPreset"));
        combo->setCurrentIndex(preset);
        emit combo->activated(preset);
        QSignalSpy finished(&panel, &GlcmPanel::runFinished);
        panel.run();
        return finished.wait(20000) && finished.last().at(0).toBool();
    }
};

} // namespace tessera::test
