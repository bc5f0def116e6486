// core/session/Session: the .tessera session format. Write → read round trips are exact for every field (ROIs,
// classes, view state, analysis parameters with infinite values, panels, mask and label layers, several images);
// relative image paths follow a moved folder; bad files (syntax, format, version, missing fields, wrong types, bad
// values, missing/damaged/wrong-size/wrong-type layers) fail with a message naming the problem; SHA-256 against the
// FIPS 180-2 test vectors.

#include "core/filters/Preprocess.h"
#include "core/session/LayerTiff.h"
#include "core/session/Session.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgproc.hpp>

#include <functional>
#include <limits>

using namespace tessera;
using namespace Qt::StringLiterals;

using JsonEdit = std::function<void(QJsonObject&)>;
Q_DECLARE_METATYPE(tessera::Session)
Q_DECLARE_METATYPE(JsonEdit)

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

Roi withClass(Roi roi, const QString& className)
{
    roi.className = className;
    return roi;
}

SessionImage plainImage(const QString& path)
{
    SessionImage im;
    im.path = path;
    im.sha256 = QString(64, u'a');
    im.width = 40;
    im.height = 30;
    return im;
}

/** An image with every field set to a value that is not its default. */
SessionImage fullImage(const QString& path)
{
    SessionImage im = plainImage(path);
    im.channels = 2;
    im.slices = 3;
    im.frames = 1;
    im.plane = {1, 2, 0};
    im.classes = {{u"cell"_s, u"#00ff00"_s}, {u"background"_s, u"#1a2b3c"_s}, {u"Zellkern ü"_s, u"#ffffff"_s}};
    im.rois = {withClass(Roi::rectangle(u"a"_s, 1, 2, 3, 4), u"cell"_s), Roi::ellipse(u"b b"_s, 0.25, 1.5, 7.125, 3),
               withClass(Roi::polygon(u"p"_s, {{1.1, 2.2}, {10.000001, 2}, {5, 9.3333333333333339}}), u"Zellkern ü"_s)};
    im.view.channels = {{0.5, 250.25, u"Fire"_s, u"#ff00ff"_s, false}, {-3, 1e9, u"Grays"_s, u"#00ffff"_s, true}};
    im.view.composite = true;
    im.view.inverted = true;
    im.view.roiNamesShown = false;
    im.view.zoom = 2.5;
    im.view.center = QPointF(12.75, 3.1);
    GlcmParams glcm;
    glcm.levels = 64;
    glcm.distances = {1, 3, 7};
    glcm.orientations = {GlcmOrientation::Diagonal, GlcmOrientation::Horizontal};
    glcm.convention = GlcmConvention::Haralick;
    glcm.symmetry = GlcmSymmetry::Asymmetric;
    glcm.rangeMode = GlcmRangeMode::Custom;
    glcm.customMin = -1.5;
    glcm.customMax = 1234.0625;
    im.glcm = glcm;
    SegmentationParams seg;
    seg.channel = 1;
    seg.slice = 2;
    seg.preprocess = {PreprocessStep::median(5), PreprocessStep::gaussian(0.1 + 0.2)}; // 0.3000…04: exact round trip
    seg.autoThreshold = false;
    seg.method = ThresholdMethod::Li;
    seg.fullHistogram = true;
    seg.darkBackground = false;
    seg.manualLower = 10;
    seg.manualUpper = kInf;
    seg.fillHoles = false;
    seg.watershed = WatershedMode::Intensity;
    seg.seeds = {2.5, 3, 0.75};
    seg.watershedOnGradient = true;
    seg.connectivity = Connectivity::Four;
    seg.refineOutlines = false;
    seg.refineDistance = 7;
    seg.minSize = 5;
    seg.maxSize = kInf;
    seg.sizeUnit = SizeUnit::Calibrated;
    seg.excludeEdges = true;
    seg.measure = false;
    im.segmentation = seg;
    im.localThreshold = LocalThresholdParams{LocalThresholdMethod::Sauvola, 21, 0.34, std::nullopt, false};
    im.panels = QJsonObject{{u"threshold"_s, QJsonObject{{u"mode"_s, u"local"_s}, {u"lower"_s, 3.5}}},
                            {u"other"_s, QJsonArray{1, u"x"_s}}};
    im.maskLayer = cv::Mat(im.height, im.width, CV_8U, cv::Scalar(0));
    cv::circle(im.maskLayer, {20, 15}, 9, cv::Scalar(255), -1);
    im.maskPlane = {1, 0, 0};
    im.labelLayer = cv::Mat(im.height, im.width, CV_32S, cv::Scalar(0));
    cv::rectangle(im.labelLayer, cv::Rect(2, 3, 5, 6), cv::Scalar(7), -1);
    cv::rectangle(im.labelLayer, cv::Rect(20, 3, 5, 6), cv::Scalar(2000000000), -1);
    im.labelCount = 2000000000;
    im.labelPlane = {0, 2, 0};
    return im;
}

bool sameMat(const cv::Mat& a, const cv::Mat& b)
{
    if (a.empty() || b.empty()) {
        return a.empty() == b.empty();
    }
    return a.type() == b.type() && a.size() == b.size() && cv::countNonZero(a != b) == 0;
}

void compareImages(const SessionImage& got, const SessionImage& want)
{
    QCOMPARE(got.path, want.path);
    QVERIFY(got.imageFound);
    QCOMPARE(got.sha256, want.sha256);
    QCOMPARE(got.width, want.width);
    QCOMPARE(got.height, want.height);
    QCOMPARE(got.channels, want.channels);
    QCOMPARE(got.slices, want.slices);
    QCOMPARE(got.frames, want.frames);
    QVERIFY(got.plane == want.plane);
    QVERIFY(got.classes == want.classes);
    QVERIFY(got.rois == want.rois);
    QVERIFY(got.view == want.view);
    QVERIFY(got.glcm == want.glcm);
    QVERIFY(got.segmentation == want.segmentation);
    QVERIFY(got.localThreshold == want.localThreshold);
    QCOMPARE(got.panels, want.panels);
    QVERIFY(sameMat(got.maskLayer, want.maskLayer));
    QVERIFY(got.maskPlane == want.maskPlane);
    QVERIFY(sameMat(got.labelLayer, want.labelLayer));
    QCOMPARE(got.labelCount, want.labelCount);
    QVERIFY(got.labelPlane == want.labelPlane);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

/** Applies edit to images[0] of root. */
JsonEdit onImage(std::function<void(QJsonObject&)> edit)
{
    return [edit](QJsonObject& root) {
        QJsonArray images = root[u"images"_s].toArray();
        QJsonObject image = images[0].toObject();
        edit(image);
        images[0] = image;
        root[u"images"_s] = images;
    };
}

/** Sets (or with an undefined value removes) image[object][key]. */
JsonEdit setIn(const QString& object, const QString& key, const QJsonValue& value)
{
    return onImage([=](QJsonObject& image) {
        QJsonObject o = image[object].toObject();
        if (value.isUndefined()) {
            o.remove(key);
        } else {
            o[key] = value;
        }
        image[object] = o;
    });
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsExact_data()
    {
        QTest::addColumn<Session>("session");
        QTemporaryDir unused;
        Session plain;
        plain.images = {plainImage(u"IMAGES/a.tif"_s)};
        QTest::newRow("plain image, nothing else") << plain;
        Session full;
        full.generator = u"Tessera test"_s;
        full.images = {fullImage(u"IMAGES/a.tif"_s)};
        QTest::newRow("every field") << full;
        Session two;
        two.images = {fullImage(u"IMAGES/a.tif"_s), plainImage(u"IMAGES/sub dir/b ü.tif"_s)};
        two.images[1].rois = {Roi::rectangle(u"only"_s, 0, 0, 1, 1)};
        QTest::newRow("two images") << two;
        two.current = 1;
        QTest::newRow("two images, the second current") << two;
        Session onlyLabels;
        onlyLabels.images = {plainImage(u"IMAGES/a.tif"_s)};
        onlyLabels.images[0].labelLayer = cv::Mat(30, 40, CV_32S, cv::Scalar(0));
        onlyLabels.images[0].labelCount = 0;
        QTest::newRow("empty label layer, no mask") << onlyLabels;
    }

    void roundTripIsExact()
    {
        QFETCH(Session, session);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir().mkpath(dir.filePath(u"images/sub dir"_s));
        for (SessionImage& im : session.images) {
            im.path.replace(u"IMAGES"_s, dir.filePath(u"images"_s));
            writeAll(im.path, "image");
        }
        const QString path = dir.filePath(u"s.tessera"_s);
        const Status written = SessionFile::write(session, path);
        QVERIFY2(written.isOk(), qPrintable(written.message()));
        const Expected<Session> read = SessionFile::read(path);
        QVERIFY2(read.isOk(), qPrintable(read.status().message()));
        QCOMPARE(read->generator, session.generator);
        QCOMPARE(read->current, session.current);
        QCOMPARE(read->images.size(), session.images.size());
        for (size_t i = 0; i < session.images.size(); ++i) {
            compareImages(read->images[i], session.images[i]);
            QCOMPARE(read->images[i].storedRelativePath, QDir(dir.path()).relativeFilePath(session.images[i].path));
        }
        // Writing what was read gives the same bytes (the JSON holds nothing the value type drops).
        const QByteArray first = readAll(path);
        QVERIFY(SessionFile::write(read.value(), path).isOk());
        QCOMPARE(readAll(path), first);
        const QJsonObject root = QJsonDocument::fromJson(first).object();
        QCOMPARE(root[u"format"_s].toString(), u"tessera-session"_s);
        QCOMPARE(root[u"version"_s].toInt(), 1);
    }

    void fileWithoutCurrentReadsTheFirstImage()
    {
        // Sessions written before "current" existed: the first image is current.
        QTemporaryDir dir;
        Session s;
        s.images = {plainImage(dir.filePath(u"a.tif"_s)), plainImage(dir.filePath(u"b.tif"_s))};
        s.current = 1;
        const QString path = dir.filePath(u"s.tessera"_s);
        QVERIFY(SessionFile::write(s, path).isOk());
        QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
        QCOMPARE(root[u"current"_s].toInt(), 1);
        root.remove(u"current"_s);
        writeAll(path, QJsonDocument(root).toJson());
        const Expected<Session> read = SessionFile::read(path);
        QVERIFY2(read.isOk(), qPrintable(read.status().message()));
        QCOMPARE(read->current, 0);
        s.current = 2; // no third image
        QVERIFY(!SessionFile::write(s, path).isOk());
    }

    void relativePathFollowsAMovedFolder()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(u"project/data"_s));
        writeAll(dir.filePath(u"project/data/cells.tif"_s), "pixels");
        Session s;
        s.images = {fullImage(dir.filePath(u"project/data/cells.tif"_s))};
        QVERIFY(SessionFile::write(s, dir.filePath(u"project/cells.tessera"_s)).isOk());
        QVERIFY(QFileInfo::exists(dir.filePath(u"project/cells.tessera.d/image-1-labels.tif"_s)));
        QVERIFY(QFileInfo::exists(dir.filePath(u"project/cells.tessera.d/image-1-mask.tif"_s)));
        QVERIFY(QDir().rename(dir.filePath(u"project"_s), dir.filePath(u"moved"_s)));
        const Expected<Session> read = SessionFile::read(dir.filePath(u"moved/cells.tessera"_s));
        QVERIFY2(read.isOk(), qPrintable(read.status().message()));
        QCOMPARE(read->images[0].path, dir.filePath(u"moved/data/cells.tif"_s));
        QVERIFY(read->images[0].imageFound);
        QCOMPARE(read->images[0].storedRelativePath, u"data/cells.tif"_s);
        QCOMPARE(read->images[0].storedAbsolutePath, dir.filePath(u"project/data/cells.tif"_s));
        QVERIFY(sameMat(read->images[0].labelLayer, s.images[0].labelLayer));

        // Neither place exists: the stored absolute path, not found.
        QVERIFY(QFile::remove(dir.filePath(u"moved/data/cells.tif"_s)));
        const Expected<Session> lost = SessionFile::read(dir.filePath(u"moved/cells.tessera"_s));
        QVERIFY(lost.isOk());
        QVERIFY(!lost->images[0].imageFound);
        QCOMPARE(lost->images[0].path, dir.filePath(u"project/data/cells.tif"_s));
    }

    void saveRemovesLayersItNoLongerHas()
    {
        QTemporaryDir dir;
        Session s;
        s.images = {fullImage(dir.filePath(u"a.tif"_s))};
        const QString path = dir.filePath(u"s.tessera"_s);
        QVERIFY(SessionFile::write(s, path).isOk());
        s.images[0].maskLayer.release();
        QVERIFY(SessionFile::write(s, path).isOk());
        QVERIFY(!QFileInfo::exists(dir.filePath(u"s.tessera.d/image-1-mask.tif"_s)));
        QVERIFY(QFileInfo::exists(dir.filePath(u"s.tessera.d/image-1-labels.tif"_s)));
        s.images[0].labelLayer.release();
        QVERIFY(SessionFile::write(s, path).isOk());
        QVERIFY(!QFileInfo::exists(dir.filePath(u"s.tessera.d"_s)));
        const Expected<Session> read = SessionFile::read(path);
        QVERIFY(read.isOk());
        QVERIFY(read->images[0].maskLayer.empty() && read->images[0].labelLayer.empty());
    }

    void layersOpenInTifffile()
    {
        // An independent reader (Debian's python3-tifffile) sees the same pixels, types and compression.
        QTemporaryDir dir;
        Session s;
        s.images = {fullImage(dir.filePath(u"a.tif"_s))};
        QVERIFY(SessionFile::write(s, dir.filePath(u"s.tessera"_s)).isOk());
        const QString script = uR"(
import sys, tifffile
for name in sys.argv[1:]:
    with tifffile.TiffFile(name) as t:
        page = t.pages[0]
        a = page.asarray()
        print(a.dtype, a.shape[1], a.shape[0], int(a.astype('int64').sum()), page.compression.name)
)"_s;
        QProcess python;
        python.start(u"/usr/bin/python3"_s, {u"-c"_s, script, dir.filePath(u"s.tessera.d/image-1-mask.tif"_s),
                                             dir.filePath(u"s.tessera.d/image-1-labels.tif"_s)});
        QVERIFY(python.waitForFinished(60000));
        QCOMPARE(python.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(python.readAllStandardOutput()).trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        const SessionImage& im = s.images[0];
        QCOMPARE(lines[0], u"uint8 40 30 %1 ADOBE_DEFLATE"_s.arg(qint64(cv::sum(im.maskLayer)[0])));
        QCOMPARE(lines[1], u"int32 40 30 %1 ADOBE_DEFLATE"_s.arg(qint64(cv::sum(im.labelLayer)[0])));
    }

    void failedSaveKeepsTheOldFile()
    {
        QTemporaryDir dir;
        Session s;
        s.images = {plainImage(dir.filePath(u"a.tif"_s))};
        const QString path = dir.filePath(u"s.tessera"_s);
        QVERIFY(SessionFile::write(s, path).isOk());
        const QByteArray before = readAll(path);
        Session bad = s;
        bad.images[0].labelLayer = cv::Mat(5, 5, CV_32S, cv::Scalar(0)); // not the image's size
        bad.images[0].rois = {Roi::rectangle(u"new"_s, 0, 0, 1, 1)};
        const Status status = SessionFile::write(bad, path);
        QVERIFY(!status.isOk());
        QVERIFY2(status.message().contains(u"size"_s), qPrintable(status.message()));
        QCOMPARE(readAll(path), before);
        QVERIFY(!SessionFile::write(s, dir.filePath(u"no/such/folder/s.tessera"_s)).isOk());
    }

    void badFilesFail_data()
    {
        QTest::addColumn<JsonEdit>("edit");
        QTest::addColumn<QString>("message");
        const auto remove = [](const QString& key) {
            return onImage([key](QJsonObject& image) { image.remove(key); });
        };
        const auto set = [](const QString& key, const QJsonValue& v) {
            return onImage([key, v](QJsonObject& image) { image[key] = v; });
        };
        QTest::newRow("wrong format") << JsonEdit([](QJsonObject& r) { r[u"format"_s] = u"other"_s; })
                                      << u"is not a Tessera session"_s;
        QTest::newRow("no format") << JsonEdit([](QJsonObject& r) { r.remove(u"format"_s); })
                                   << u"is not a Tessera session"_s;
        QTest::newRow("newer version") << JsonEdit([](QJsonObject& r) { r[u"version"_s] = 2; })
                                       << u"has format version 2; this Tessera reads version 1"_s;
        QTest::newRow("version as string")
            << JsonEdit([](QJsonObject& r) { r[u"version"_s] = u"1"_s; }) << u"has format version (none)"_s;
        QTest::newRow("no images") << JsonEdit([](QJsonObject& r) { r.remove(u"images"_s); })
                                   << u"at images: the field is missing"_s;
        QTest::newRow("images empty") << JsonEdit([](QJsonObject& r) { r[u"images"_s] = QJsonArray(); })
                                      << u"at least one image"_s;
        QTest::newRow("current past the last image")
            << JsonEdit([](QJsonObject& r) { r[u"current"_s] = 1; }) << u"at current:"_s;
        QTest::newRow("current negative") << JsonEdit([](QJsonObject& r) { r[u"current"_s] = -1; }) << u"at current:"_s;
        QTest::newRow("current not a number")
            << JsonEdit([](QJsonObject& r) { r[u"current"_s] = u"0"_s; }) << u"at current:"_s;
        QTest::newRow("image not an object") << JsonEdit([](QJsonObject& r) { r[u"images"_s] = QJsonArray{3}; })
                                             << u"at images[0]: expected an object"_s;
        QTest::newRow("no path") << remove(u"path"_s) << u"at images[0].path: the field is missing"_s;
        QTest::newRow("path a number") << set(u"path"_s, 3) << u"at images[0].path: expected a string"_s;
        QTest::newRow("no width") << remove(u"width"_s) << u"at images[0].width: the field is missing"_s;
        QTest::newRow("width 0") << set(u"width"_s, 0) << u"at images[0].width: expected a whole number from 1"_s;
        QTest::newRow("height 2.5") << set(u"height"_s, 2.5) << u"at images[0].height: expected a whole number"_s;
        QTest::newRow("bad sha256") << set(u"sha256"_s, u"xyz"_s) << u"at images[0].sha256: expected 64"_s;
        QTest::newRow("no rois") << remove(u"rois"_s) << u"at images[0].rois: the field is missing"_s;
        QTest::newRow("rois an object") << set(u"rois"_s, QJsonObject()) << u"at images[0].rois: expected an array"_s;
        QTest::newRow("roi without name")
            << set(u"rois"_s, QJsonArray{QJsonObject{{u"x"_s, 1}, {u"y"_s, 1}, {u"w"_s, 1}, {u"h"_s, 1}}})
            << u"images[0].rois[0]"_s;
        QTest::newRow("roi x string")
            << set(u"rois"_s, QJsonArray{QJsonObject{
                                  {u"name"_s, u"a"_s}, {u"x"_s, u"1"_s}, {u"y"_s, 1}, {u"w"_s, 1}, {u"h"_s, 1}}})
            << u"images[0].rois[0]"_s;
        QTest::newRow("no classes") << remove(u"classes"_s) << u"at images[0].classes: the field is missing"_s;
        QTest::newRow("class colour") << set(u"classes"_s,
                                             QJsonArray{QJsonObject{{u"name"_s, u"c"_s}, {u"color"_s, u"red"_s}}})
                                      << u"at images[0].classes[0].color: expected a colour"_s;
        QTest::newRow("duplicate class")
            << set(u"classes"_s, QJsonArray{QJsonObject{{u"name"_s, u"c"_s}, {u"color"_s, u"#ff0000"_s}},
                                            QJsonObject{{u"name"_s, u"c"_s}, {u"color"_s, u"#00ff00"_s}}})
            << u"at images[0].classes[1]: a class needs a unique"_s;
        QTest::newRow("plane outside") << setIn(u"plane"_s, u"z"_s, 3)
                                       << u"at images[0].plane.z: expected a whole number from 0 to 2"_s;
        QTest::newRow("plane missing c") << setIn(u"plane"_s, u"c"_s, QJsonValue::Undefined)
                                         << u"at images[0].plane.c: the field is missing"_s;
        QTest::newRow("view channels") << setIn(u"view"_s, u"channels"_s, QJsonArray{QJsonObject{{u"min"_s, 0}}})
                                       << u"at images[0].view.channels: 1 channel views for an image of 2"_s;
        QTest::newRow("view zoom") << setIn(u"view"_s, u"zoom"_s, -1) << u"at images[0].view.zoom"_s;
        QTest::newRow("composite not bool")
            << setIn(u"view"_s, u"composite"_s, 1) << u"at images[0].view.composite: expected true or false"_s;
        QTest::newRow("panels not object") << set(u"panels"_s, 1) << u"at images[0].panels: expected an object"_s;
        const auto analysis = [](const QString& kind, const QString& key, const QJsonValue& v) {
            return onImage([=](QJsonObject& image) {
                QJsonObject a = image[u"analyses"_s].toObject();
                QJsonObject p = a[kind].toObject();
                p[key] = v;
                a[kind] = p;
                image[u"analyses"_s] = a;
            });
        };
        QTest::newRow("glcm levels") << analysis(u"glcm"_s, u"levels"_s, 1)
                                     << u"at images[0].analyses.glcm.levels: expected a whole number from 2"_s;
        QTest::newRow("glcm orientation") << analysis(u"glcm"_s, u"orientations"_s, QJsonArray{u"up"_s})
                                          << u"at images[0].analyses.glcm.orientations[0]"_s;
        QTest::newRow("glcm duplicate distance")
            << analysis(u"glcm"_s, u"distances"_s, QJsonArray{1, 1}) << u"at images[0].analyses.glcm"_s;
        QTest::newRow("glcm range") << analysis(u"glcm"_s, u"range"_s, u"wide"_s)
                                    << u"unknown value \"wide\" (expected one of roi, image"_s;
        QTest::newRow("segmentation watershed") << analysis(u"segmentation"_s, u"watershed"_s, u"foo"_s)
                                                << u"at images[0].analyses.segmentation.watershed: unknown"_s;
        QTest::newRow("segmentation sigma") << analysis(u"segmentation"_s, u"preprocess"_s, u"gaussian:1000"_s)
                                            << u"at images[0].analyses.segmentation.preprocess"_s;
        QTest::newRow("segmentation chain")
            << analysis(u"segmentation"_s, u"preprocess"_s, u"median:5,sharpen:2"_s) << u"sharpen"_s;
        QTest::newRow("segmentation method")
            << analysis(u"segmentation"_s, u"method"_s, u"Magic"_s) << u"unknown threshold method \"Magic\""_s;
        QTest::newRow("segmentation connectivity")
            << analysis(u"segmentation"_s, u"connectivity"_s, 6) << u"expected 4 or 8"_s;
        QTest::newRow("local radius") << analysis(u"localThreshold"_s, u"radius"_s, 0)
                                      << u"at images[0].analyses.localThreshold.radius"_s;
        const auto layer = [](const QString& kind, const QString& key, const QJsonValue& v) {
            return onImage([=](QJsonObject& image) {
                QJsonObject layers = image[u"layers"_s].toObject();
                QJsonObject l = layers[kind].toObject();
                l[key] = v;
                layers[kind] = l;
                image[u"layers"_s] = layers;
            });
        };
        QTest::newRow("layer absolute") << layer(u"mask"_s, u"file"_s, u"/etc/passwd"_s)
                                        << u"at images[0].layers.mask.file: expected a file name relative"_s;
        QTest::newRow("layer outside") << layer(u"labels"_s, u"file"_s, u"../x.tif"_s)
                                       << u"at images[0].layers.labels.file"_s;
        QTest::newRow("layer missing") << layer(u"labels"_s, u"file"_s, u"nothing.tif"_s) << u"cannot read the layer"_s;
        QTest::newRow("labels are the mask") << layer(u"labels"_s, u"file"_s, u"s.tessera.d/image-1-mask.tif"_s)
                                             << u"is not a one-channel 32-bit signed integer TIFF"_s;
        QTest::newRow("mask is the labels")
            << layer(u"mask"_s, u"file"_s, u"s.tessera.d/image-1-labels.tif"_s) << u"is not a one-channel 8-bit TIFF"_s;
        QTest::newRow("label above count")
            << layer(u"labels"_s, u"count"_s, 7) << u"has labels from 0 to 2000000000, outside 0..7"_s;
        QTest::newRow("layer of another size") << JsonEdit([set](QJsonObject& r) {
            setIn(u"plane"_s, u"c"_s, 0)(r);
            set(u"width"_s, 41)(r);
        }) << u"is 40 × 30 pixels, but the image is 41 × 30"_s;
        QTest::newRow("layer not a TIFF") << layer(u"mask"_s, u"file"_s, u"s.tessera"_s) << u"is not a TIFF file"_s;
    }

    void badFilesFail()
    {
        QFETCH(JsonEdit, edit);
        QFETCH(QString, message);
        QTemporaryDir dir;
        Session s;
        s.images = {fullImage(dir.filePath(u"a.tif"_s))};
        const QString path = dir.filePath(u"s.tessera"_s);
        QVERIFY(SessionFile::write(s, path).isOk());
        QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
        edit(root);
        writeAll(path, QJsonDocument(root).toJson());
        const Expected<Session> read = SessionFile::read(path);
        QVERIFY(!read.isOk());
        QVERIFY2(read.status().message().contains(message), qPrintable(read.status().message()));
        QVERIFY2(read.status().message().contains(path), qPrintable(read.status().message()));
    }

    void damagedFilesFail_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty session") << u"s.tessera"_s << QByteArray() << u"is not a JSON object"_s;
        QTest::newRow("not JSON") << u"s.tessera"_s << QByteArray("{\"format\": ") << u"is not a JSON object"_s;
        QTest::newRow("JSON array") << u"s.tessera"_s << QByteArray("[1, 2]") << u"is not a JSON object"_s;
        QTest::newRow("binary") << u"s.tessera"_s << QByteArray("\x00\xff\x10", 3) << u"is not a JSON object"_s;
        QTest::newRow("truncated layer") << u"s.tessera.d/image-1-labels.tif"_s << QByteArray("II*\x00\x08\x00", 6)
                                         << u"image-1-labels.tif"_s;
    }

    void damagedFilesFail()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        Session s;
        s.images = {fullImage(dir.filePath(u"a.tif"_s))};
        const QString path = dir.filePath(u"s.tessera"_s);
        QVERIFY(SessionFile::write(s, path).isOk());
        writeAll(dir.filePath(file), content);
        const Expected<Session> read = SessionFile::read(path);
        QVERIFY(!read.isOk());
        QVERIFY2(read.status().message().contains(message), qPrintable(read.status().message()));
    }

    void damagedLayerPixelsFail()
    {
        // A layer whose compressed strips are garbled: an error, never wrong pixels.
        QTemporaryDir dir;
        Session s;
        s.images = {fullImage(dir.filePath(u"a.tif"_s))};
        const QString path = dir.filePath(u"s.tessera"_s);
        QVERIFY(SessionFile::write(s, path).isOk());
        const QString layer = dir.filePath(u"s.tessera.d/image-1-labels.tif"_s);
        QByteArray bytes = readAll(layer);
        for (int i = 8; i < 60 && i < bytes.size(); ++i) {
            bytes[i] = char(0x5a);
        }
        writeAll(layer, bytes);
        QVERIFY(!SessionFile::read(path).isOk());
    }

    void missingFileFails()
    {
        const Expected<Session> read = SessionFile::read(u"/nonexistent/x.tessera"_s);
        QVERIFY(!read.isOk());
        QCOMPARE(read.status().code(), StatusCode::IoError);
        QVERIFY(read.status().message().contains(u"/nonexistent/x.tessera"_s));
    }

    void sha256MatchesTheStandardVectors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("digest");
        // FIPS 180-2, appendix B.
        QTest::newRow("abc") << QByteArray("abc")
                             << u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s;
        QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                    << u"248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"_s;
        QTest::newRow("a million a") << QByteArray(1000000, 'a')
                                     << u"cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"_s;
        QTest::newRow("empty") << QByteArray() << u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
    }

    void sha256MatchesTheStandardVectors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, digest);
        QTemporaryDir dir;
        writeAll(dir.filePath(u"f"_s), content);
        const Expected<QString> hash = sha256OfFile(dir.filePath(u"f"_s));
        QVERIFY(hash.isOk());
        QCOMPARE(hash.value(), digest);
    }

    void sha256OfAFileOfSeveralBlocks()
    {
        QTemporaryDir dir;
        QByteArray content(3 * (1 << 20) + 12345, '\0');
        for (int i = 0; i < content.size(); ++i) {
            content[i] = char((i * 7919) >> 3);
        }
        writeAll(dir.filePath(u"f"_s), content);
        const Expected<QString> hash = sha256OfFile(dir.filePath(u"f"_s));
        QVERIFY(hash.isOk());
        QCOMPARE(hash.value(),
                 QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        QVERIFY(!sha256OfFile(dir.filePath(u"missing"_s)).isOk());
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "TestSession.moc"
