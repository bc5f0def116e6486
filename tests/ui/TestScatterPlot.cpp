// ScatterPlot with real widgets: after a GLCM run with the PyImageJ tutorial preset every point equals the reference
// MEAN row of its ROI (Correlation vs DifferenceVariance, 1e-9); clicking a point (mouse at its pixel) selects its ROI,
// the document's selection is highlighted, a rubber band selects the points inside it, low-pair ROIs are hollow with
// the reason in the tool tip, classes give colours and the legend, labels follow names and vanish with 10,000 points
// until zoomed in, and the plot exports as PNG, SVG and PDF.
#include "tests/ui/GlcmTestSupport.h"
#include "ui/app/AppContext.h"
#include "ui/async/TaskRunner.h"
#include "ui/plots/ScatterPlot.h"
#include "ui/texture/GlcmPanel.h"

#include <QComboBox>
#include <QTemporaryDir>

#include <qcustomplot.h>

using namespace tessera;
using namespace tessera::test;

namespace {
struct Fixture : GlcmPanelFixture
{
    ScatterPlot plot;

    Fixture()
    {
        plot.setDocument(doc.get());
        plot.resize(900, 700);
        plot.show();
    }
    /** The reference ROIs, tutorial preset chosen in the panel's combo, run, result stored. */
    bool runTutorial()
    {
        if (!runReference(2)) {
            return false;
        }
        plot.plot()->replot(); // lay out the axes so pixel positions are valid
        return true;
    }
};
} // namespace

class TestScatterPlot : public QObject
{
    Q_OBJECT

private slots:
    void pointsEqualReference()
    {
        Fixture f;
        QVERIFY(f.doc);
        QVERIFY(f.runTutorial());
        QCOMPARE(f.plot.xFeature(), HaralickFeature::Correlation);
        QCOMPARE(f.plot.yFeature(), HaralickFeature::DifferenceVariance);
        const auto reference = referenceMeans(128, 7);
        const QVector<ScatterPlot::Point> points = f.plot.points();
        QCOMPARE(points.size(), 8);
        for (const ScatterPlot::Point& p : points) {
            const QString name = f.doc->roi(p.id).name;
            QVERIFY2(reference.contains(name), qPrintable(name));
            QVERIFY2(relativeClose(p.x, reference[name][QStringLiteral("Correlation")]), qPrintable(name));
            QVERIFY2(relativeClose(p.y, reference[name][QStringLiteral("DifferenceVariance")]), qPrintable(name));
        }
        // other axes through the combos
        auto* x = f.plot.findChild<QComboBox*>(QStringLiteral("scatterX"));
        x->setCurrentIndex(x->findText(QStringLiteral("Contrast")));
        emit x->activated(x->currentIndex());
        QCOMPARE(f.plot.xFeature(), HaralickFeature::Contrast);
        for (const ScatterPlot::Point& p : f.plot.points()) {
            const QString name = f.doc->roi(p.id).name;
            QVERIFY(relativeClose(p.x, reference[name][QStringLiteral("Contrast")]));
        }
        QCOMPARE(f.plot.pointsFor(HaralickFeature::Entropy, HaralickFeature::ASM).size(), 8);
    }

    void clickSelectsRoi_data()
    {
        QTest::addColumn<QString>("name");
        for (const Roi& r : referenceRois()) {
            QTest::newRow(qPrintable(r.name)) << r.name;
        }
    }
    void clickSelectsRoi()
    {
        QFETCH(QString, name);
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.plot));
        QVERIFY(f.runTutorial());
        const RoiId id = f.doc->findRoi(name);
        const QPoint pos = f.plot.pixelPosition(id);
        QVERIFY(f.plot.plot()->rect().contains(pos));
        QTest::mouseClick(f.plot.plot(), Qt::LeftButton, Qt::NoModifier, pos);
        QCOMPARE(f.doc->selectedRoiIds(), RoiIdList{id});
        // Ctrl+click on another point adds it; a click on empty space clears
        const RoiId other = f.ids[f.ids.indexOf(id) == 0 ? 1 : 0];
        QTest::mouseClick(f.plot.plot(), Qt::LeftButton, Qt::ControlModifier, f.plot.pixelPosition(other));
        QCOMPARE(f.doc->selection(), (RoiIdSet{id, other}));
        const QRect area = f.plot.plot()->axisRect()->rect();
        QPoint empty = area.topLeft() + QPoint(2, 2);
        QVERIFY(f.plot.roiAt(empty) == 0);
        QTest::mouseClick(f.plot.plot(), Qt::LeftButton, Qt::NoModifier, empty);
        QVERIFY(f.doc->selection().isEmpty());
    }

    void selectionIsHighlighted()
    {
        Fixture f;
        QVERIFY(f.runTutorial());
        QCPGraph* highlight = nullptr;
        for (int g = 0; g < f.plot.plot()->graphCount(); ++g) {
            if (f.plot.plot()->graph(g)->layer()->name() == QLatin1String("selection")) {
                highlight = f.plot.plot()->graph(g);
            }
        }
        QVERIFY(highlight);
        QCOMPARE(highlight->dataCount(), 0);
        f.doc->setSelection({f.ids[2], f.ids[5]});
        QCOMPARE(highlight->dataCount(), 2);
        const QVector<ScatterPlot::Point> pts = f.plot.pointsFor(f.plot.xFeature(), f.plot.yFeature());
        for (auto it = highlight->data()->constBegin(); it != highlight->data()->constEnd(); ++it) {
            const bool found = std::any_of(pts.begin(), pts.end(), [&](const ScatterPlot::Point& p) {
                return (p.id == f.ids[2] || p.id == f.ids[5]) && p.x == it->key && p.y == it->value;
            });
            QVERIFY(found);
        }
    }

    void rubberBandSelects()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.plot));
        QVERIFY(f.runTutorial());
        // a band around the two points with the largest x
        QVector<ScatterPlot::Point> pts = f.plot.points();
        std::sort(pts.begin(), pts.end(), [](const auto& a, const auto& b) { return a.x > b.x; });
        QRect band;
        for (int k = 0; k < 2; ++k) {
            band |= QRect(f.plot.pixelPosition(pts[k].id) - QPoint(1, 1), QSize(3, 3));
        }
        for (int k = 2; k < pts.size(); ++k) {
            QVERIFY2(!band.adjusted(-4, -4, 4, 4).contains(f.plot.pixelPosition(pts[k].id)),
                     "a third point lies inside the band");
        }
        QCustomPlot* canvas = f.plot.plot();
        QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, band.topLeft() - QPoint(4, 4));
        QTest::mouseMove(canvas, band.center());
        QTest::mouseMove(canvas, band.bottomRight() + QPoint(4, 4));
        QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, band.bottomRight() + QPoint(4, 4));
        QCOMPARE(f.doc->selection(), (RoiIdSet{pts[0].id, pts[1].id}));
    }

    void lowPairRoisAreHollow()
    {
        Fixture f;
        addRois(*f.doc, {Roi::rectangle(QStringLiteral("tiny"), 100, 100, 9, 9)});
        QVERIFY(f.runTutorial());
        const RoiId tiny = f.doc->findRoi(QStringLiteral("tiny"));
        const auto it = std::find_if(f.plot.points().begin(), f.plot.points().end(),
                                     [tiny](const ScatterPlot::Point& p) { return p.id == tiny; });
        QVERIFY(it != f.plot.points().end());
        QVERIFY(it->lowPairs);
        int hollowPoints = 0;
        for (int g = 0; g < f.plot.plot()->graphCount(); ++g) {
            QCPGraph* graph = f.plot.plot()->graph(g);
            if (graph->scatterStyle().brush().color() == QColor(Qt::white) &&
                graph->layer()->name() == QLatin1String("main")) { // hollow: a ring on white
                hollowPoints += graph->dataCount();
                QCOMPARE(graph->data()->constBegin()->key, it->x);
            }
        }
        QCOMPARE(hollowPoints, 1);
        QVERIFY(f.plot.toolTipFor(tiny).contains(QStringLiteral("fewer than 100 pixel pairs")));
        QVERIFY(!f.plot.toolTipFor(f.doc->findRoi(QStringLiteral("cyto1"))).contains(QStringLiteral("fewer than")));
    }

    void toolTipShowsEveryFeature()
    {
        Fixture f;
        QVERIFY(f.runTutorial());
        const QString tip = f.plot.toolTipFor(f.doc->findRoi(QStringLiteral("oval1")));
        QVERIFY(tip.contains(QStringLiteral("oval1")));
        QVERIFY(tip.contains(QStringLiteral("cell")));
        for (HaralickFeature feature : allHaralickFeatures()) {
            QVERIFY2(tip.contains(haralickFeatureName(feature)), qPrintable(haralickFeatureName(feature)));
        }
    }

    void classesColourAndLegend()
    {
        Fixture f;
        QVERIFY(f.runTutorial());
        QCustomPlot* canvas = f.plot.plot();
        QCOMPARE(canvas->legend->itemCount(), 2);
        QStringList names;
        for (int i = 0; i < canvas->legend->itemCount(); ++i) {
            auto* item = qobject_cast<QCPPlottableLegendItem*>(canvas->legend->item(i));
            QVERIFY(item);
            names << item->plottable()->name();
            auto* graph = qobject_cast<QCPGraph*>(item->plottable());
            QCOMPARE(graph->scatterStyle().brush().color(), f.doc->classColor(item->plottable()->name()));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("cell"), QStringLiteral("background")}));
        // reclassify a ROI: its point moves to the other class's graph
        Roi r = f.doc->roi(f.ids[0]);
        r.className.clear();
        f.doc->setRoi(f.ids[0], r);
        QCOMPARE(canvas->legend->itemCount(), 3);
    }

    void labelsFollowNamesAndScale()
    {
        Fixture f;
        QVERIFY(f.runTutorial());
        QCOMPARE(f.plot.visibleLabelCount(), 8);
        Roi r = f.doc->roi(f.ids[0]);
        r.name = QStringLiteral("renamed crop");
        f.doc->setRoi(f.ids[0], r);
        bool found = false;
        for (int i = 0; i < f.plot.plot()->itemCount(); ++i) {
            auto* text = qobject_cast<QCPItemText*>(f.plot.plot()->item(i));
            found = found || (text && text->visible() && text->text() == QLatin1String("renamed crop"));
        }
        QVERIFY(found);

        Fixture big;
        addSyntheticResult(*big.doc, 10000);
        QCOMPARE(big.plot.points().size(), 10000);
        QCOMPARE(big.plot.visibleLabelCount(), 0);
        big.plot.plot()->xAxis->setRange(0.0, 0.05);
        big.plot.plot()->yAxis->setRange(0.0, 0.05);
        QVERIFY(big.plot.visibleLabelCount() > 0);
        QVERIFY(big.plot.visibleLabelCount() <= ScatterPlot::kMaxLabels);
    }

    void exportFormats()
    {
        Fixture f;
        QVERIFY(f.runTutorial());
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("plot.png"));
        const QString svg = dir.filePath(QStringLiteral("plot.svg"));
        const QString pdf = dir.filePath(QStringLiteral("plot.pdf"));
        QVERIFY2(f.plot.exportPng(png, 400, 300, 2.0), qPrintable(f.plot.lastError()));
        QVERIFY2(f.plot.exportSvg(svg, 400, 300), qPrintable(f.plot.lastError()));
        QVERIFY2(f.plot.exportPdf(pdf, 400, 300), qPrintable(f.plot.lastError()));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(800, 600));
        QFile s(svg);
        QVERIFY(s.open(QIODevice::ReadOnly));
        const QByteArray svgText = s.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("Correlation"));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.readAll().startsWith("%PDF"));
        QVERIFY(!f.plot.exportPng(dir.filePath(QStringLiteral("missing/dir/plot.png"))));
        QVERIFY(!f.plot.lastError().isEmpty());
    }
};

QTEST_MAIN(TestScatterPlot)
#include "TestScatterPlot.moc"
