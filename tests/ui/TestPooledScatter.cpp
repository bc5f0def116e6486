// The scatter plot pooling the images of a project: two or three documents (the sample rotated by 0°, 90° and 180°, so
// their textures differ) with the reference ROIs (classes cell / background) and real GLCM results computed by
// computeGlcmJob() (the GLCM panel's worker). "All images" plots the sum of their points; colouring by image gives
// each image its own colour and a legend of the image names, by class a legend of the classes over all images;
// clicking a point of another image makes it current and selects its ROI; a rubber band selects in every image;
// removing or adding an image, a new result and a reclassified ROI update the plot; images without the chosen distance
// are left out and named in the status line; the SVG export has the image names in its legend, which fits a single
// column figure (and the figure panel); the empty plot shows a hint that exports leave out, and a pooled plot
// survives its project being deleted first.
#include "core/task/TaskContext.h"
#include "tests/ui/GlcmTestSupport.h"
#include "ui/figure/FigureContent.h"
#include "ui/figure/FigureOptions.h"
#include "ui/figure/FigurePanel.h"
#include "ui/plots/FlowLegend.h"
#include "ui/plots/PlotExport.h"
#include "ui/plots/ScatterPlot.h"
#include "ui/project/Project.h"
#include "ui/texture/GlcmJob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>

#include <opencv2/core.hpp>

#include <qcustomplot.h>

using namespace tessera;
using namespace tessera::test;

namespace {

/** Stores document's GLCM result for params, computed as the GLCM panel does; false on failure. */
bool computeGlcm(ImageDocument& doc, const GlcmParams& params)
{
    doc.setParameters(AnalysisKind::Glcm, params);
    TaskContext task;
    const ResultStamp stamp = doc.stamp(AnalysisKind::Glcm);
    Expected<GlcmResult> result = computeGlcmJob(makeGlcmJob(doc), task);
    if (!result.isOk()) {
        qWarning("GLCM failed: %s", qPrintable(result.status().message()));
        return false;
    }
    doc.setResult<GlcmResult>(AnalysisKind::Glcm, std::make_shared<const GlcmResult>(std::move(result.value())), stamp);
    return true;
}

GlcmParams params(std::vector<int> distances = {1})
{
    GlcmParams p;
    p.levels = 32;
    p.distances = std::move(distances);
    return p;
}

struct Fixture
{
    std::unique_ptr<Project> owned = std::make_unique<Project>();
    Project& project = *owned;
    ScatterPlot plot;

    Fixture()
    {
        plot.setProject(&project);
        plot.resize(900, 700);
        plot.show();
    }

    /**
     * Adds the sample rotated by rotation × 90° as image path with the first roiCount reference ROIs and, unless
     * distances is empty, its GLCM result; returns the document.
     */
    ImageDocument* addImage(const QString& path, int rotation, int roiCount, std::vector<int> distances = {1})
    {
        std::unique_ptr<ImageDocument> sample = openSampleDocument();
        if (!sample) {
            return nullptr;
        }
        cv::Mat plane = sample->image().plane(0).clone();
        for (int r = 0; r < rotation; ++r) {
            cv::Mat turned;
            cv::rotate(plane, turned, cv::ROTATE_90_CLOCKWISE);
            plane = turned;
        }
        Expected<Image> image = Image::fromPlane(plane);
        if (!image.isOk()) {
            return nullptr;
        }
        Image img = image.value();
        img.sourcePath = QStringLiteral("/data/") + path;
        auto doc = std::make_unique<ImageDocument>(img);
        std::vector<Roi> rois = referenceRois();
        rois.resize(std::size_t(roiCount));
        addRois(*doc, rois);
        if (!distances.empty() && !computeGlcm(*doc, params(distances))) {
            return nullptr;
        }
        ImageDocument* raw = doc.get();
        project.add(std::move(doc));
        return raw;
    }

    void choose(const char* comboName, int data)
    {
        auto* combo = plot.findChild<QComboBox*>(QLatin1String(comboName));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(data));
        emit combo->activated(combo->currentIndex());
        plot.plot()->replot();
    }

    void pool()
    {
        auto* check = plot.findChild<QCheckBox*>(QStringLiteral("scatterPoolCheck"));
        QVERIFY(check->isEnabled());
        check->setChecked(true);
        plot.plot()->replot();
    }

    int pointsOf(const ImageDocument* doc) const
    {
        const QVector<ScatterPlot::Point>& pts = plot.points();
        return int(std::count_if(pts.begin(), pts.end(), [doc](const auto& p) { return p.document == doc; }));
    }

    /** (name, fill colour, point count) of each legend entry, in order. */
    QList<std::tuple<QString, QColor, int>> legend() const
    {
        QList<std::tuple<QString, QColor, int>> out;
        auto* flow = dynamic_cast<FlowLegend*>(plot.plot()->legend);
        if (!flow) {
            return out;
        }
        for (QCPAbstractLegendItem* item : flow->items()) {
            auto* graph = qobject_cast<QCPGraph*>(static_cast<QCPPlottableLegendItem*>(item)->plottable());
            out.append({graph->name(), graph->scatterStyle().brush().color(), graph->dataCount()});
        }
        return out;
    }

    /** A point of doc at least minPixels from every other point (pointer into points()), or nullptr. */
    const ScatterPlot::Point* isolatedPoint(const ImageDocument* doc, double minPixels = 12.0) const
    {
        for (const ScatterPlot::Point& p : plot.points()) {
            if (p.document != doc) {
                continue;
            }
            const QPoint at = plot.pixelPosition(p.document, p.id);
            const bool alone = std::none_of(plot.points().begin(), plot.points().end(), [&](const auto& q) {
                return &q != &p && QLineF(at, plot.pixelPosition(q.document, q.id)).length() < minPixels;
            });
            if (alone && plot.plot()->axisRect()->rect().adjusted(4, 4, -4, -4).contains(at)) {
                return &p;
            }
        }
        return nullptr;
    }
};

} // namespace

class TestPooledScatter : public QObject
{
    Q_OBJECT

private slots:
    void pooledPointCountIsTheSum_data()
    {
        QTest::addColumn<QList<int>>("roiCounts");
        QTest::newRow("two images") << QList<int>{8, 5};
        QTest::newRow("three images") << QList<int>{8, 5, 3};
        QTest::newRow("three, one without ROIs") << QList<int>{6, 0, 4};
    }
    void pooledPointCountIsTheSum()
    {
        QFETCH(QList<int>, roiCounts);
        Fixture f;
        auto* check = f.plot.findChild<QCheckBox*>(QStringLiteral("scatterPoolCheck"));
        QVERIFY(check);
        QList<ImageDocument*> docs;
        for (int k = 0; k < roiCounts.size(); ++k) {
            docs << f.addImage(QStringLiteral("img%1.tif").arg(k), k, roiCounts[k]);
            QVERIFY(docs.last());
            QCOMPARE(check->isEnabled(), k > 0);
        }
        QCOMPARE(f.project.current(), docs[0]);
        QCOMPARE(f.plot.points().size(), roiCounts[0]); // the current image only
        f.pool();
        QVERIFY(f.plot.isPooled());
        int sum = 0;
        for (int k = 0; k < docs.size(); ++k) {
            QCOMPARE(f.pointsOf(docs[k]), roiCounts[k]);
            sum += roiCounts[k];
        }
        QCOMPARE(f.plot.points().size(), sum);
        // the same points as each image's own plot
        for (ImageDocument* doc : docs) {
            ScatterPlot single;
            single.setDocument(doc);
            for (const ScatterPlot::Point& p : single.points()) {
                const auto it = std::find_if(f.plot.points().begin(), f.plot.points().end(),
                                             [&](const auto& q) { return q.document == doc && q.id == p.id; });
                QVERIFY(it != f.plot.points().end());
                QCOMPARE(it->x, p.x);
                QCOMPARE(it->y, p.y);
            }
        }
        check->setChecked(false);
        QCOMPARE(f.plot.points().size(), roiCounts[0]);
    }

    void colourByImageAndByClass()
    {
        Fixture f;
        ImageDocument* a = f.addImage(QStringLiteral("control/a.tif"), 0, 8);
        ImageDocument* b = f.addImage(QStringLiteral("treated/a.tif"), 1, 6);
        ImageDocument* c = f.addImage(QStringLiteral("treated/b.tif"), 2, 4);
        QVERIFY(a && b && c);
        f.pool();
        f.choose("scatterColourCombo", int(ScatterColouring::Image));
        QCOMPARE(f.plot.colouring(), ScatterColouring::Image);
        const auto entries = f.legend();
        QCOMPARE(entries.size(), 3); // no ROI of these has too few pairs
        QStringList names;
        QSet<QRgb> colours;
        for (const auto& [name, colour, count] : entries) {
            names << name;
            colours.insert(colour.rgb());
        }
        QCOMPARE(names, (QStringList{f.project.imageName(a), f.project.imageName(b), f.project.imageName(c)}));
        QCOMPARE(names, (QStringList{QStringLiteral("control/a.tif"), QStringLiteral("treated/a.tif"),
                                     QStringLiteral("b.tif")}));
        QCOMPARE(colours.size(), 3);
        QCOMPARE(std::get<2>(entries[0]), f.pointsOf(a));
        QCOMPARE(std::get<2>(entries[1]), f.pointsOf(b));
        QCOMPARE(std::get<2>(entries[2]), f.pointsOf(c));
        for (int k = 0; k < 3; ++k) {
            QCOMPARE(std::get<1>(entries[k]), imagePaletteColour(k));
        }

        // by class: the classes of all images, counted over all images
        f.choose("scatterColourCombo", int(ScatterColouring::Class));
        int cells = 0;
        int background = 0;
        for (const ScatterPlot::Point& p : f.plot.points()) {
            (p.document->roi(p.id).className == QLatin1String("cell") ? cells : background) += 1;
        }
        const auto byClass = f.legend();
        QCOMPARE(byClass.size(), 2);
        QCOMPARE(std::get<0>(byClass[0]), QStringLiteral("cell"));
        QCOMPARE(std::get<2>(byClass[0]), cells);
        QCOMPARE(std::get<1>(byClass[0]), a->classColor(QStringLiteral("cell")));
        QCOMPARE(std::get<0>(byClass[1]), QStringLiteral("background"));
        QCOMPARE(std::get<2>(byClass[1]), background);
        QCOMPARE(cells + background, 18);

        // reclassifying a ROI of another image adds its class to the legend
        const RoiId id = b->roiIds().front();
        Roi roi = b->roi(id);
        roi.className = QStringLiteral("debris");
        b->setRoi(id, roi);
        QCOMPARE(f.legend().size(), 3);
        QCOMPARE(std::get<0>(f.legend()[2]), QStringLiteral("debris"));
        QCOMPARE(std::get<2>(f.legend()[2]), 1);
    }

    void hoverNamesTheImage()
    {
        Fixture f;
        ImageDocument* a = f.addImage(QStringLiteral("control/a.tif"), 0, 3);
        ImageDocument* b = f.addImage(QStringLiteral("treated/a.tif"), 1, 3);
        QVERIFY(a && b);
        f.pool();
        const RoiId id = b->findRoi(QStringLiteral("cyto2"));
        const QString tip = f.plot.toolTipFor(b, id);
        QVERIFY2(tip.contains(QStringLiteral("image: treated/a.tif")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("cyto2")));
        QVERIFY(f.plot.toolTipFor(a, id).contains(QStringLiteral("control/a.tif")));
    }

    void clickSelectsInAnotherImage_data()
    {
        QTest::addColumn<int>("colouring");
        QTest::newRow("by class") << int(ScatterColouring::Class);
        QTest::newRow("by image") << int(ScatterColouring::Image);
    }
    void clickSelectsInAnotherImage()
    {
        QFETCH(int, colouring);
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.plot));
        ImageDocument* a = f.addImage(QStringLiteral("a.tif"), 0, 8);
        ImageDocument* b = f.addImage(QStringLiteral("b.tif"), 1, 8);
        QVERIFY(a && b);
        f.pool();
        f.choose("scatterColourCombo", colouring);
        a->setSelection({a->roiIds().front()});
        const ScatterPlot::Point* target = f.isolatedPoint(b);
        QVERIFY2(target, "no point of b lies apart from the others");
        const RoiId id = target->id;
        const int before = f.plot.points().size();
        QTest::mouseClick(f.plot.plot(), Qt::LeftButton, Qt::NoModifier, f.plot.pixelPosition(b, id));
        QCOMPARE(f.project.current(), b);
        QCOMPARE(f.plot.document(), b);
        QCOMPARE(b->selection(), RoiIdSet{id});
        QVERIFY(a->selection().isEmpty());
        QVERIFY(f.plot.isPooled());
        QCOMPARE(f.plot.points().size(), before);
        // Ctrl-click a point of a: selected there too; the highlight shows both images' selections
        const ScatterPlot::Point* other = f.isolatedPoint(a);
        QVERIFY(other);
        const RoiId otherId = other->id;
        QTest::mouseClick(f.plot.plot(), Qt::LeftButton, Qt::ControlModifier, f.plot.pixelPosition(a, otherId));
        QCOMPARE(f.project.current(), a);
        QCOMPARE(a->selection(), RoiIdSet{otherId});
        QCOMPARE(b->selection(), RoiIdSet{id});
        int highlighted = 0;
        for (int g = 0; g < f.plot.plot()->graphCount(); ++g) {
            if (f.plot.plot()->graph(g)->layer()->name() == QLatin1String("selection")) {
                highlighted += f.plot.plot()->graph(g)->dataCount();
            }
        }
        QCOMPARE(highlighted, 2);
        // a click into empty space clears every image's selection
        QTest::mouseClick(f.plot.plot(), Qt::LeftButton, Qt::NoModifier,
                          f.plot.plot()->axisRect()->rect().topLeft() + QPoint(2, 2));
        QVERIFY(a->selection().isEmpty());
        QVERIFY(b->selection().isEmpty());
    }

    void rubberBandSelectsInEachImage()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.plot));
        ImageDocument* a = f.addImage(QStringLiteral("a.tif"), 0, 8);
        ImageDocument* b = f.addImage(QStringLiteral("b.tif"), 2, 5);
        QVERIFY(a && b);
        f.pool();
        // a band over the left half of the plot
        const QRect area = f.plot.plot()->axisRect()->rect();
        const QRect band(area.topLeft() + QPoint(1, 1), QSize(area.width() / 2, area.height() - 2));
        QHash<ImageDocument*, RoiIdSet> expected;
        for (const ScatterPlot::Point& p : f.plot.points()) {
            if (band.contains(f.plot.pixelPosition(p.document, p.id))) {
                expected[p.document].insert(p.id);
            }
        }
        QVERIFY(!expected.value(a).isEmpty() || !expected.value(b).isEmpty());
        QCustomPlot* canvas = f.plot.plot();
        QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, band.topLeft());
        QTest::mouseMove(canvas, band.center());
        QTest::mouseMove(canvas, band.bottomRight());
        QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, band.bottomRight());
        QCOMPARE(a->selection(), expected.value(a));
        QCOMPARE(b->selection(), expected.value(b));
    }

    void imagesAddedAndRemoved()
    {
        Fixture f;
        ImageDocument* a = f.addImage(QStringLiteral("a.tif"), 0, 8);
        ImageDocument* b = f.addImage(QStringLiteral("b.tif"), 1, 5);
        QVERIFY(a && b);
        f.pool();
        f.choose("scatterColourCombo", int(ScatterColouring::Image));
        QCOMPARE(f.plot.points().size(), 13);
        ImageDocument* c = f.addImage(QStringLiteral("c.tif"), 2, 3);
        QVERIFY(c);
        QCOMPARE(f.plot.points().size(), 16);
        QCOMPARE(f.legend().size(), 3);

        f.project.remove(f.project.indexOf(b));
        QCOMPARE(f.plot.points().size(), 11);
        QCOMPARE(f.pointsOf(b), 0);
        QStringList names;
        for (const auto& entry : f.legend()) {
            names << std::get<0>(entry);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("a.tif"), QStringLiteral("c.tif")}));

        // removing the current image: the next one becomes current, the pool stays
        f.project.remove(f.project.indexOf(a));
        QCOMPARE(f.plot.document(), c);
        QCOMPARE(f.plot.points().size(), 3);
        auto* check = f.plot.findChild<QCheckBox*>(QStringLiteral("scatterPoolCheck"));
        QVERIFY(!check->isEnabled());

        // a new result in a non-current image replaces its points
        ImageDocument* d = f.addImage(QStringLiteral("d.tif"), 0, 8, {});
        QVERIFY(d);
        QCOMPARE(f.plot.points().size(), 3);
        QVERIFY2(f.plot.statusText().contains(QStringLiteral("d.tif")), qPrintable(f.plot.statusText()));
        QVERIFY(computeGlcm(*d, params()));
        QCOMPARE(f.plot.points().size(), 11);
        QVERIFY(f.plot.statusText().isEmpty());
    }

    void distancesAndStaleImagesAreNamed()
    {
        Fixture f;
        ImageDocument* a = f.addImage(QStringLiteral("a.tif"), 0, 8, {1});
        ImageDocument* b = f.addImage(QStringLiteral("b.tif"), 1, 5, {1, 3});
        QVERIFY(a && b);
        f.pool();
        QCOMPARE(f.plot.distance(), 1);
        QCOMPARE(f.plot.points().size(), 13);
        QVERIFY(f.plot.statusText().isEmpty());
        auto* distances = f.plot.findChild<QComboBox*>(QStringLiteral("scatterDistance"));
        QCOMPARE(distances->count(), 2);
        f.choose("scatterDistance", 3);
        QCOMPARE(f.plot.distance(), 3);
        QCOMPARE(f.plot.points().size(), 5);
        QCOMPARE(f.pointsOf(a), 0);
        QVERIFY2(f.plot.statusText().contains(QStringLiteral("a.tif")), qPrintable(f.plot.statusText()));
        QVERIFY(!f.plot.statusText().contains(QStringLiteral("b.tif")));
        // the values at distance 3 are b's own
        const auto result = b->result<GlcmResult>(AnalysisKind::Glcm);
        for (const ScatterPlot::Point& p : f.plot.points()) {
            QCOMPARE(result->table.rois[std::size_t(p.row)].summaries[1].distance, 3);
            QCOMPARE(p.x, result->table.rois[std::size_t(p.row)].summaries[1].mean[f.plot.xFeature()]);
        }
        f.choose("scatterDistance", 1);
        QCOMPARE(f.plot.points().size(), 13);
        // a's ROIs change: a's result is out of date, and the status says which image
        const Roi old = a->roi(a->roiIds().front());
        Roi moved = Roi::rectangle(old.name, 10, 10, 40, 40);
        moved.className = old.className;
        a->setRoi(a->roiIds().front(), moved);
        QVERIFY(a->isStale(AnalysisKind::Glcm));
        QVERIFY2(f.plot.statusText().contains(QStringLiteral("a.tif")), qPrintable(f.plot.statusText()));
        QVERIFY(!f.plot.statusText().contains(QStringLiteral("b.tif")));
        // different levels in one image: the status warns
        GlcmParams other = params({1});
        other.levels = 64;
        QVERIFY(computeGlcm(*b, other));
        QVERIFY2(f.plot.statusText().contains(QStringLiteral("differ")), qPrintable(f.plot.statusText()));
    }

    void svgExportHasTheImageLegend()
    {
        Fixture f;
        ImageDocument* a = f.addImage(QStringLiteral("control/field.tif"), 0, 8);
        ImageDocument* b = f.addImage(QStringLiteral("treated/field.tif"), 1, 8);
        ImageDocument* c = f.addImage(QStringLiteral("treated-long-name/field.tif"), 2, 8);
        QVERIFY(a && b && c);
        f.pool();
        f.choose("scatterColourCombo", int(ScatterColouring::Image));
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("pooled.svg"));
        QVERIFY2(f.plot.exportSvg(svg, 640, 480), qPrintable(f.plot.lastError()));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        for (ImageDocument* doc : {a, b, c}) {
            QVERIFY2(text.contains(f.project.imageName(doc).toUtf8()), qPrintable(f.project.imageName(doc)));
        }
        QVERIFY(text.contains("Correlation"));
        QVERIFY(text.contains("DifferenceVariance"));

        // a single-column figure (85 mm): the legend wraps into rows inside the figure, above the axes
        const PlotFigureSize size; // 85 mm at 300 DPI
        const QString pdf = dir.filePath(QStringLiteral("pooled.pdf"));
        QVERIFY(exportPlotFigure(f.plot.plot(), pdf, size).isOk());
        auto* legend = dynamic_cast<FlowLegend*>(f.plot.plot()->legend);
        QVERIFY(legend);
        const QRect figure(QPoint(0, 0), size.logicalSize());
        QVERIFY(legend->columnsFor(figure.width()) < 3); // the three names need more than one row here
        const QSize wide = QSize(1400, 500);
        QVERIFY(legend->columnsFor(wide.width()) == 3);
        const QString narrow = dir.filePath(QStringLiteral("narrow.svg"));
        QVERIFY(f.plot.exportSvg(narrow, figure.width(), figure.height()));
        // the figure panel (image beside the plot) with the pooled plot and its legend
        const QString panel = dir.filePath(QStringLiteral("panel.svg"));
        const Status written = writeFigurePanel(FigureContent::fromDocument(*b), FigureOptions(), f.plot.plot(), panel);
        QVERIFY2(written.isOk(), qPrintable(written.message()));
        QFile panelFile(panel);
        QVERIFY(panelFile.open(QIODevice::ReadOnly));
        const QByteArray panelText = panelFile.readAll();
        QVERIFY(panelText.contains("treated-long-name/field.tif"));
        QVERIFY(panelText.contains("control/field.tif"));
        QVERIFY(f.plot.exportSvg(narrow, figure.width(), figure.height())); // lay the legend out at 85 mm again
        for (QCPAbstractLegendItem* item : legend->items()) {
            QVERIFY2(figure.contains(item->outerRect()), "a legend entry lies outside the figure");
            QVERIFY2(item->outerRect().width() >= item->minimumOuterSizeHint().width(), "a legend entry is squeezed");
            QVERIFY(item->outerRect().bottom() <= f.plot.plot()->axisRect()->outerRect().top() + 1);
        }
    }

    void projectDeletedBeforeThePlot()
    {
        Fixture f;
        QVERIFY(f.addImage(QStringLiteral("a.tif"), 0, 8) && f.addImage(QStringLiteral("b.tif"), 1, 8));
        f.pool();
        QCOMPARE(f.plot.points().size(), 16);
        f.owned.reset(); // the window tears its project down first: no imageRemoved, the documents just go
        QVERIFY(f.plot.points().isEmpty());
        f.plot.plot()->xAxis->setRange(0.0, 1.0); // relabels: must not touch the deleted documents
        f.plot.plot()->replot();
        QCOMPARE(f.plot.visibleLabelCount(), 0);
        QVERIFY(f.plot.pointAt(QPoint(100, 100), 1000.0) == nullptr);
    }

    void emptyPlotShowsAHintThatExportsLeaveOut()
    {
        Fixture f;
        QVERIFY(f.plot.isHintShown());
        f.plot.plot()->replot();
        // the empty legend must not squeeze the axes (and the hint over them) into a narrow column
        QVERIFY(f.plot.plot()->axisRect()->width() > f.plot.plot()->width() / 2);
        auto* hint = f.plot.findChild<QLabel*>(QStringLiteral("scatterEmptyHint"));
        QVERIFY(hint);
        QVERIFY(hint->text().contains(QStringLiteral("Draw ROIs"))); // no image, no ROI yet
        ImageDocument* a = f.addImage(QStringLiteral("a.tif"), 0, 8, {});
        QVERIFY(a);
        QVERIFY(f.plot.isHintShown());
        const QString hintText = hint->text(); // ROIs without GLCM result
        QVERIFY(!hintText.contains(QStringLiteral("Draw ROIs")));
        QVERIFY(hintText.contains(QStringLiteral("Compute GLCM features")));
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("empty.svg"));
        QVERIFY(f.plot.exportSvg(svg, 400, 300));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("Correlation")); // the axes are there
        QVERIFY(!text.contains(hintText.left(20).toUtf8()));
        QVERIFY(computeGlcm(*a, params()));
        QVERIFY(!f.plot.isHintShown());
    }
};

QTEST_MAIN(TestPooledScatter)
#include "TestPooledScatter.moc"
