#include "core/texture/Glcm.h"
#include "ui/document/AnalysisResults.h"
#include "ui/document/ImageDocument.h"
#include "ui/document/commands/ClassCommands.h"
#include "ui/document/commands/LabelCommands.h"
#include "ui/document/commands/ParameterCommands.h"
#include "ui/document/commands/RoiCommands.h"

#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <random>

using namespace tessera;
using namespace Qt::StringLiterals;

namespace {

/** A 2-channel, 3-slice 16-bit image of 64 × 48 with distinct values per plane. */
Image makeImage()
{
    Image image = Image::create(PixelType::UInt16, 64, 48, 2, 3, 1).value();
    for (int c = 0; c < 2; ++c) {
        for (int z = 0; z < 3; ++z) {
            cv::Mat plane = image.plane(c, z, 0);
            for (int r = 0; r < plane.rows; ++r) {
                for (int x = 0; x < plane.cols; ++x) {
                    plane.at<quint16>(r, x) = quint16(100 * c + 10 * z + (r * plane.cols + x) % 97);
                }
            }
        }
    }
    return image;
}

/** Brute-force reference for ImageJ's saturated-fraction auto contrast: sort every finite value and take the values
 *  of rank floor(n·s/2) and n − 1 − floor(n·s/2). */
std::vector<float> sortedFinite(const cv::Mat& plane)
{
    cv::Mat f;
    plane.convertTo(f, CV_32F);
    std::vector<float> v;
    for (int r = 0; r < f.rows; ++r) {
        for (int c = 0; c < f.cols; ++c) {
            if (std::isfinite(f.at<float>(r, c))) {
                v.push_back(f.at<float>(r, c));
            }
        }
    }
    std::sort(v.begin(), v.end());
    return v;
}

} // namespace

class TestImageDocument : public QObject
{
    Q_OBJECT
private slots:
    void startsWithDefaults()
    {
        ImageDocument doc(makeImage());
        QCOMPARE(doc.roiCount(), 0);
        QCOMPARE(doc.classes().size(), 2);
        QCOMPARE(doc.classes().at(0).name, QStringLiteral("cell"));
        QCOMPARE(doc.classes().at(1).name, QStringLiteral("background"));
        QCOMPARE(doc.channelCount(), 2);
        QVERIFY(doc.hasParameters(AnalysisKind::Glcm));
        QVERIFY(doc.parameters<GlcmParams>(AnalysisKind::Glcm) == GlcmParams{});
        QVERIFY(!doc.hasResult(AnalysisKind::Glcm));
        QVERIFY(!doc.isStale(AnalysisKind::Glcm));
        QVERIFY(!doc.isModified());
    }

    void idsAreStableAndNeverReused()
    {
        ImageDocument doc(makeImage());
        QSignalSpy inserted(&doc, &ImageDocument::roisInserted);
        QSignalSpy removed(&doc, &ImageDocument::roisRemoved);
        QSignalSpy changed(&doc, &ImageDocument::roisChanged);
        auto* add = new AddRoisCommand(&doc, {Roi::rectangle(u"a"_s, 1, 1, 5, 5), Roi::rectangle(u"b"_s, 2, 2, 5, 5)});
        const RoiIdList ids = add->ids();
        doc.undoStack()->push(add);
        QCOMPARE(doc.roiIds(), ids);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().first().value<RoiIdList>(), ids);
        doc.undoStack()->push(new RemoveRoisCommand(&doc, {ids[0]}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(doc.roiIds(), RoiIdList{ids[1]});
        auto* add2 = new AddRoisCommand(&doc, {Roi::rectangle(u"c"_s, 3, 3, 5, 5)});
        doc.undoStack()->push(add2);
        QVERIFY(!ids.contains(add2->ids().first())); // a deleted id is not handed out again
        doc.undoStack()->undo();
        doc.undoStack()->undo(); // the delete: u"a"_s comes back with its id, at its place
        QCOMPARE(doc.roiIds(), ids);
        QCOMPARE(doc.roi(ids[0]).name, QStringLiteral("a"));
        QCOMPARE(changed.size(), 5); // add, delete, add, undo add, undo delete
    }

    void selectionIsSharedStateNotAnEdit()
    {
        ImageDocument doc(makeImage());
        auto* add = new AddRoisCommand(&doc, {Roi::rectangle(u"a"_s, 1, 1, 5, 5), Roi::rectangle(u"b"_s, 2, 2, 5, 5)});
        doc.undoStack()->push(add);
        const int commands = doc.undoStack()->count();
        QSignalSpy spy(&doc, &ImageDocument::selectionChanged);
        doc.setSelection({add->ids()[1], 9999}); // an unknown id is dropped
        QCOMPARE(doc.selection(), RoiIdSet{add->ids()[1]});
        QCOMPARE(spy.size(), 1);
        doc.setSelection({add->ids()[1]});
        QCOMPARE(spy.size(), 1); // no change, no signal
        QCOMPARE(doc.undoStack()->count(), commands);
        doc.undoStack()->push(new RemoveRoisCommand(&doc, {add->ids()[1]}));
        QVERIFY(doc.selection().isEmpty()); // deleted ROIs leave the selection
        QCOMPARE(spy.size(), 2);
    }

    void staleness_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<bool>("stale");
        QTest::newRow("nothing") << u"nothing"_s << false;
        QTest::newRow("move ROI") << u"move"_s << true;
        QTest::newRow("resize ROI") << u"resize"_s << true;
        QTest::newRow("add ROI") << u"add"_s << true;
        QTest::newRow("delete ROI") << u"delete"_s << true;
        QTest::newRow("rename ROI") << u"rename"_s << false;
        QTest::newRow("reclassify ROI") << u"reclassify"_s << false;
        QTest::newRow("reorder ROIs") << u"reorder"_s << false;
        QTest::newRow("select ROI") << u"select"_s << false;
        QTest::newRow("change parameters") << u"params"_s << true;
        QTest::newRow("change parameters and undo") << u"params+undo"_s << false;
        QTest::newRow("move and undo") << u"move+undo"_s << true; // pixels are back, but the generation moved on
        QTest::newRow("change slice") << u"plane"_s << true;
        QTest::newRow("change slice and back") << u"plane+back"_s << false;
        QTest::newRow("display range") << u"display"_s << false;
    }
    void staleness()
    {
        QFETCH(QString, edit);
        QFETCH(bool, stale);
        ImageDocument doc(makeImage());
        auto* add = new AddRoisCommand(&doc, {Roi::rectangle(u"a"_s, 1, 1, 5, 5), Roi::rectangle(u"b"_s, 2, 2, 5, 5)});
        doc.undoStack()->push(add);
        const RoiId a = add->ids()[0];

        QSignalSpy resultSpy(&doc, &ImageDocument::resultChanged);
        const ResultStamp stamp = doc.stamp(AnalysisKind::Glcm);
        auto result = std::make_shared<const GlcmResult>(GlcmResult{GlcmTable{}, doc.roiIds(), {}});
        doc.setResult(AnalysisKind::Glcm, result, stamp);
        QCOMPARE(resultSpy.size(), 1);
        QCOMPARE(doc.result<GlcmResult>(AnalysisKind::Glcm), result);
        QVERIFY(!doc.isStale(AnalysisKind::Glcm));

        GlcmParams tutorial;
        tutorial.levels = 128;
        tutorial.distances = {7};
        if (edit == u"move"_s || edit == u"move+undo"_s) {
            doc.undoStack()->push(new MoveRoisCommand(&doc, {a}, QPointF(3, 0)));
        } else if (edit == u"resize"_s) {
            doc.undoStack()->push(new SetRoiGeometryCommand(&doc, a, Roi::rectangle({}, 1, 1, 9, 9)));
        } else if (edit == u"add"_s) {
            doc.undoStack()->push(new AddRoisCommand(&doc, {Roi::ellipse(u"c"_s, 0, 0, 4, 4)}));
        } else if (edit == u"delete"_s) {
            doc.undoStack()->push(new RemoveRoisCommand(&doc, {a}));
        } else if (edit == u"rename"_s) {
            doc.undoStack()->push(new RenameRoiCommand(&doc, a, u"renamed"_s));
        } else if (edit == u"reclassify"_s) {
            doc.undoStack()->push(new SetRoiClassCommand(&doc, {a}, u"cell"_s));
        } else if (edit == u"reorder"_s) {
            doc.undoStack()->push(new ReorderRoisCommand(&doc, {doc.roiIds()[1], doc.roiIds()[0]}));
        } else if (edit == u"select"_s) {
            doc.setSelection({a});
        } else if (edit == u"params"_s || edit == u"params+undo"_s) {
            doc.undoStack()->push(new SetParametersCommand<GlcmParams>(&doc, AnalysisKind::Glcm, tutorial));
        } else if (edit == u"plane"_s || edit == u"plane+back"_s) {
            doc.setPosition({0, 2, 0});
        } else if (edit == u"display"_s) {
            doc.setDisplayRange(0, {0, 5});
        }
        if (edit.endsWith(u"+undo"_s)) {
            doc.undoStack()->undo();
        }
        if (edit == u"plane+back"_s) {
            doc.setPosition({0, 0, 0});
        }
        QCOMPARE(doc.isStale(AnalysisKind::Glcm), stale);
        QCOMPARE(doc.result<GlcmResult>(AnalysisKind::Glcm), result); // a stale result is kept (and shown as stale)
        QVERIFY(!doc.isStale(AnalysisKind::Histogram));               // no result, nothing stale
        doc.clearResult(AnalysisKind::Glcm);
        QVERIFY(!doc.hasResult(AnalysisKind::Glcm));
        QVERIFY(!doc.isStale(AnalysisKind::Glcm));
    }

    void labelLayer_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("cols");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("maxLabel");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("valid") << int(CV_32SC1) << 64 << 3 << 3 << true;
        QTest::newRow("gap after a delete") << int(CV_32SC1) << 64 << 5 << 3 << true;
        QTest::newRow("label above count") << int(CV_32SC1) << 64 << 2 << 3 << false;
        QTest::newRow("wrong size") << int(CV_32SC1) << 63 << 3 << 3 << false;
        QTest::newRow("16-bit labels") << int(CV_16UC1) << 64 << 3 << 3 << false;
    }
    void labelLayer()
    {
        QFETCH(int, type);
        QFETCH(int, cols);
        QFETCH(int, count);
        QFETCH(int, maxLabel);
        QFETCH(bool, accepted);
        ImageDocument doc(makeImage());
        QVERIFY(!doc.hasLabelLayer());
        LabelImage labels{cv::Mat(48, cols, type, cv::Scalar(0)), count};
        for (int label = 1; label <= maxLabel; ++label) {
            labels.labels(cv::Rect(label * 10, 5, 4, 4)).setTo(cv::Scalar(label));
        }
        const ResultStamp stamp = doc.stamp(AnalysisKind::Measurements);
        doc.setResult(AnalysisKind::Measurements, std::make_shared<const int>(1), stamp);
        doc.setResult(AnalysisKind::Glcm, std::make_shared<const int>(1), doc.stamp(AnalysisKind::Glcm));
        QSignalSpy changed(&doc, &ImageDocument::labelLayerChanged);
        doc.undoStack()->push(new SetLabelLayerCommand(&doc, labels, {1, 2, 0}, u"Segment"_s));
        QCOMPARE(doc.hasLabelLayer(), accepted);
        QCOMPARE(changed.size(), accepted ? 1 : 0);
        QCOMPARE(doc.labelGeneration(), accepted ? 1u : 0u);
        QCOMPARE(doc.isStale(AnalysisKind::Measurements), accepted); // objects changed: measurements are stale
        QVERIFY(!doc.isStale(AnalysisKind::Glcm));                   // ROI analyses do not depend on objects
        if (!accepted) {
            return;
        }
        QCOMPARE(doc.labelLayerPlane(), (PlanePosition{1, 2, 0}));
        QCOMPARE(doc.labelLayer().count, count);

        QSignalSpy selected(&doc, &ImageDocument::objectSelectionChanged);
        doc.setSelectedObjects({0, 2, count, count + 1});
        QCOMPARE(doc.selectedObjects(), (QSet<int>{2, count}));
        QCOMPARE(selected.size(), 1);

        LabelImage without2{labels.labels.clone(), count};
        without2.labels.setTo(cv::Scalar(0), without2.labels == 2);
        doc.undoStack()->push(new SetLabelLayerCommand(&doc, without2, {1, 2, 0}));
        QVERIFY(!doc.selectedObjects().contains(2)); // object 2 was deleted: no longer selected
        doc.undoStack()->undo();
        doc.setSelectedObjects({2, count});

        LabelImage fewer{labels.labels.clone(), 1};
        fewer.labels.setTo(cv::Scalar(0), fewer.labels > 1);
        doc.undoStack()->push(new SetLabelLayerCommand(&doc, fewer, {1, 2, 0}));
        QCOMPARE(doc.selectedObjects(), QSet<int>{}); // objects 2 and count are gone
        QCOMPARE(doc.undoStack()->undoText(), u"Set objects"_s);
        doc.undoStack()->undo();
        QCOMPARE(doc.labelLayer().count, count);
        QCOMPARE(cv::countNonZero(doc.labelLayer().labels != labels.labels), 0);
        doc.undoStack()->undo();
        QVERIFY(!doc.hasLabelLayer());
        QCOMPARE(changed.size(), 6);
        doc.undoStack()->redo();
        QCOMPARE(doc.labelLayerPlane(), (PlanePosition{1, 2, 0}));
        QCOMPARE(doc.undoStack()->undoText(), u"Segment"_s);
    }

    void modifiedFollowsCleanState_data()
    {
        QTest::addColumn<int>("edits");
        QTest::addColumn<int>("undos");
        QTest::addColumn<bool>("markClean");
        QTest::addColumn<bool>("modified");
        QTest::newRow("one edit") << 1 << 0 << false << true;
        QTest::newRow("edit and undo") << 1 << 1 << false << false;
        QTest::newRow("two edits, one undo") << 2 << 1 << false << true;
        QTest::newRow("saved") << 2 << 0 << true << false;
        QTest::newRow("saved, then undo") << 2 << 1 << true << true;
    }
    void modifiedFollowsCleanState()
    {
        QFETCH(int, edits);
        QFETCH(int, undos);
        QFETCH(bool, markClean);
        QFETCH(bool, modified);
        ImageDocument doc(makeImage());
        QSignalSpy spy(&doc, &ImageDocument::modifiedChanged);
        for (int i = 0; i < edits; ++i) {
            doc.undoStack()->push(new AddRoisCommand(&doc, {Roi::rectangle(doc.uniqueRoiName(u"r"_s), i, i, 4, 4)}));
        }
        if (markClean) {
            doc.undoStack()->setClean();
        }
        for (int i = 0; i < undos; ++i) {
            doc.undoStack()->undo();
        }
        QCOMPARE(doc.isModified(), modified);
        QVERIFY(!spy.isEmpty());
        QCOMPARE(spy.last().first().toBool(), modified);
    }

    void viewStateSignals()
    {
        ImageDocument doc(makeImage());
        QSignalSpy spy(&doc, &ImageDocument::viewStateChanged);
        ChannelView v = doc.channelView(1);
        QCOMPARE(v.color, QColor(0, 255, 0)); // ImageJ's composite order: red, green, …
        v.visible = false;
        v.lut = QStringLiteral("Fire");
        doc.setChannelView(1, v);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.last().first().toInt(), 1);
        doc.setChannelView(1, v);
        QCOMPARE(spy.size(), 1);
        doc.setDisplayRange(0, {3, 30});
        QCOMPARE(doc.displayRange(0).max, 30.0);
        QCOMPARE(spy.last().first().toInt(), 0);
        doc.setComposite(true);
        doc.setInverted(true);
        QCOMPARE(spy.size(), 4);
        QCOMPARE(spy.last().first().toInt(), -1);
    }

    void positionIsClamped()
    {
        ImageDocument doc(makeImage());
        QSignalSpy spy(&doc, &ImageDocument::positionChanged);
        doc.setPosition({5, -1, 3});
        QCOMPARE(doc.position(), (PlanePosition{1, 0, 0}));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(doc.currentPlane().at<quint16>(0, 0), quint16(100));
    }

    void uniqueNamesAndTaskKeys()
    {
        ImageDocument doc(makeImage());
        doc.undoStack()->push(new AddRoisCommand(&doc, {Roi::rectangle(u"crop 1"_s, 0, 0, 2, 2)}));
        doc.undoStack()->push(new AddRoisCommand(&doc, {Roi::rectangle(u"crop 3"_s, 0, 0, 2, 2)}));
        QCOMPARE(doc.uniqueRoiName(u"crop"_s), QStringLiteral("crop 2"));
        QCOMPARE(doc.findRoi(u"crop 3"_s), doc.roiIds()[1]);
        ImageDocument other(makeImage());
        QVERIFY(doc.taskKey(AnalysisKind::Glcm) != other.taskKey(AnalysisKind::Glcm));
        QVERIFY(doc.taskKey(AnalysisKind::Glcm) != doc.taskKey(AnalysisKind::Histogram));
    }

    void autoDisplayRangeMatchesQuantiles_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<double>("saturated");
        QTest::addColumn<double>("nanFraction");
        QTest::newRow("8-bit small") << CV_8U << 37 << 23 << 0.0035 << 0.0;
        QTest::newRow("16-bit 300²") << CV_16U << 300 << 300 << 0.0035 << 0.0;
        QTest::newRow("16-bit 1 % saturated") << CV_16U << 200 << 150 << 0.01 << 0.0;
        QTest::newRow("float with NaN") << CV_32F << 120 << 80 << 0.0035 << 0.1;
        QTest::newRow("no saturation") << CV_16U << 64 << 64 << 0.0 << 0.0;
        QTest::newRow("16-bit 2000×1100 (subsampled)") << CV_16U << 2000 << 1100 << 0.0035 << 0.0;
    }
    void autoDisplayRangeMatchesQuantiles()
    {
        QFETCH(int, type);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(double, saturated);
        QFETCH(double, nanFraction);
        std::mt19937 rng(width * 31 + height);
        std::gamma_distribution<double> skewed(2.0, type == CV_8U ? 30.0 : 3000.0); // a long bright tail
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        cv::Mat plane(height, width, type);
        for (int r = 0; r < height; ++r) {
            for (int c = 0; c < width; ++c) {
                const double v = skewed(rng);
                if (type == CV_8U) {
                    plane.at<uchar>(r, c) = cv::saturate_cast<uchar>(v);
                } else if (type == CV_16U) {
                    plane.at<quint16>(r, c) = cv::saturate_cast<quint16>(v);
                } else {
                    plane.at<float>(r, c) =
                        unit(rng) < nanFraction ? std::numeric_limits<float>::quiet_NaN() : float(v / 7.0);
                }
            }
        }
        const std::vector<float> sorted = sortedFinite(plane);
        const size_t n = sorted.size();
        const size_t k = size_t(double(n) * saturated / 2);
        const DisplayRange range = autoDisplayRange(plane, saturated);
        if (plane.total() < 2000000) { // every pixel is used: exact quantiles
            QCOMPARE(range.min, double(sorted[k]));
            QCOMPARE(range.max, double(sorted[n - 1 - k]));
        } else { // subsampled: the returned values' ranks are within 0.05 % of n of the targets
            const auto rankLo = std::lower_bound(sorted.begin(), sorted.end(), float(range.min)) - sorted.begin();
            const auto rankHiEnd = std::upper_bound(sorted.begin(), sorted.end(), float(range.max)) - sorted.begin();
            const double tol = 0.0005 * double(n);
            QVERIFY2(std::abs(double(rankLo) - double(k)) <= tol + 1, qPrintable(QString::number(rankLo)));
            QVERIFY2(std::abs(double(rankHiEnd - 1) - double(n - 1 - k)) <= tol + 1,
                     qPrintable(QString::number(rankHiEnd)));
        }
    }
    void autoDisplayRangeEdgeCases()
    {
        cv::Mat constant(10, 10, CV_16U, cv::Scalar(500));
        QCOMPARE(autoDisplayRange(constant).min, 500.0);
        QCOMPARE(autoDisplayRange(constant).max, 501.0);
        cv::Mat allNaN(4, 4, CV_32F, cv::Scalar(std::numeric_limits<float>::quiet_NaN()));
        QCOMPARE(autoDisplayRange(allNaN).min, 0.0);
        QCOMPARE(autoDisplayRange(allNaN).max, 1.0);
    }
};

QTEST_MAIN(TestImageDocument)
#include "TestImageDocument.moc"
