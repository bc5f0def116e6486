#include "core/session/Session.h"

#include "core/roi/RoiFile.h"
#include "core/segmentation/SegmentationParamsJson.h"
#include "core/session/LayerTiff.h"
#include "core/session/SessionJson.h"
#include "core/session/SessionParams.h"
#include "core/task/TaskContext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <future>

#include <opencv2/core.hpp>

namespace tessera {

using sessionjson::number;
using sessionjson::Reader;

namespace {

const QString kFormat = QStringLiteral("tessera-session");

QJsonObject planeToJson(const SessionPlane& p)
{
    return {{QStringLiteral("c"), p.c}, {QStringLiteral("z"), p.z}, {QStringLiteral("t"), p.t}};
}

SessionPlane planeFromJson(Reader& r, const QJsonObject& o, const QString& where, const SessionImage& image)
{
    SessionPlane p;
    p.c = r.integer(o, where, QStringLiteral("c"), 0, image.channels - 1);
    p.z = r.integer(o, where, QStringLiteral("z"), 0, image.slices - 1);
    p.t = r.integer(o, where, QStringLiteral("t"), 0, image.frames - 1);
    return p;
}

/** Layer file name (relative to the session's folder) of image index i (0-based) and kind ("mask"/"labels"). */
QString layerName(const QString& sessionPath, int i, const QString& kind)
{
    return QFileInfo(SessionFile::layerFolder(sessionPath)).fileName() +
           QStringLiteral("/image-%1-%2.tif").arg(i + 1).arg(kind);
}

QJsonObject viewToJson(const SessionView& v)
{
    QJsonArray channels;
    for (const SessionChannelView& c : v.channels) {
        channels.append(QJsonObject{{QStringLiteral("min"), number(c.min)},
                                    {QStringLiteral("max"), number(c.max)},
                                    {QStringLiteral("lut"), c.lut},
                                    {QStringLiteral("color"), c.color},
                                    {QStringLiteral("visible"), c.visible}});
    }
    QJsonObject o{{QStringLiteral("channels"), channels},
                  {QStringLiteral("composite"), v.composite},
                  {QStringLiteral("inverted"), v.inverted},
                  {QStringLiteral("roiNamesShown"), v.roiNamesShown}};
    if (v.zoom) {
        o.insert(QStringLiteral("zoom"), number(*v.zoom));
    }
    if (v.center) {
        o.insert(QStringLiteral("center"), QJsonArray{number(v.center->x()), number(v.center->y())});
    }
    return o;
}

SessionView viewFromJson(Reader& r, const QJsonObject& o, const QString& where, int channelCount)
{
    SessionView v;
    const QJsonArray channels = r.array(o, where, QStringLiteral("channels"));
    if (!channels.isEmpty() && channels.size() != channelCount) {
        r.fail(Reader::join(where, QStringLiteral("channels")),
               SessionFile::tr("%1 channel views for an image of %2 channels").arg(channels.size()).arg(channelCount));
    }
    for (int i = 0; i < channels.size() && r.ok(); ++i) {
        const QString at = QStringLiteral("%1.channels[%2]").arg(where).arg(i);
        const QJsonObject c = r.element(channels, Reader::join(where, QStringLiteral("channels")), i);
        SessionChannelView cv;
        cv.min = r.number(c, at, QStringLiteral("min"));
        cv.max = r.number(c, at, QStringLiteral("max"));
        cv.lut = r.string(c, at, QStringLiteral("lut"), cv.lut);
        cv.color = r.color(c, at, QStringLiteral("color"), cv.color);
        cv.visible = r.boolean(c, at, QStringLiteral("visible"), cv.visible);
        v.channels.push_back(cv);
    }
    v.composite = r.boolean(o, where, QStringLiteral("composite"), false);
    v.inverted = r.boolean(o, where, QStringLiteral("inverted"), false);
    v.roiNamesShown = r.boolean(o, where, QStringLiteral("roiNamesShown"), true);
    if (o.contains(QStringLiteral("zoom"))) {
        v.zoom = r.number(o, where, QStringLiteral("zoom"));
        if (r.ok() && !(*v.zoom > 0 && *v.zoom < 1e6)) {
            r.fail(Reader::join(where, QStringLiteral("zoom")), SessionFile::tr("expected a positive number"));
        }
    }
    if (o.contains(QStringLiteral("center"))) {
        const QJsonArray c = r.array(o, where, QStringLiteral("center"));
        if (r.ok() && (c.size() != 2 || !c.at(0).isDouble() || !c.at(1).isDouble())) {
            r.fail(Reader::join(where, QStringLiteral("center")), SessionFile::tr("expected [x, y]"));
        }
        v.center = QPointF(c.at(0).toDouble(), c.at(1).toDouble());
    }
    return v;
}

QJsonObject imageToJson(const SessionImage& im, int index, const QString& sessionPath)
{
    const QString absolute = QFileInfo(im.path).absoluteFilePath();
    const QString relative = QFileInfo(sessionPath).absoluteDir().relativeFilePath(absolute);
    QJsonObject o{{QStringLiteral("path"), absolute},        {QStringLiteral("sha256"), im.sha256},
                  {QStringLiteral("width"), im.width},       {QStringLiteral("height"), im.height},
                  {QStringLiteral("channels"), im.channels}, {QStringLiteral("slices"), im.slices},
                  {QStringLiteral("frames"), im.frames},     {QStringLiteral("plane"), planeToJson(im.plane)}};
    // A relative path exists (not so across Windows drives, nor for Qt resources such as the bundled sample).
    if (!QDir::isAbsolutePath(relative) && !absolute.startsWith(QLatin1Char(':'))) {
        o.insert(QStringLiteral("relativePath"), relative);
    }
    QJsonArray classes;
    for (const SessionClass& c : im.classes) {
        classes.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("color"), c.color}});
    }
    o.insert(QStringLiteral("classes"), classes);
    QJsonArray rois;
    for (const Roi& roi : im.rois) {
        rois.append(roiToJson(roi));
    }
    o.insert(QStringLiteral("rois"), rois);
    o.insert(QStringLiteral("view"), viewToJson(im.view));
    QJsonObject analyses;
    if (im.glcm) {
        analyses.insert(QStringLiteral("glcm"), sessionjson::glcmToJson(*im.glcm));
    }
    if (im.segmentation) {
        analyses.insert(QStringLiteral("segmentation"), segmentationParamsJson(*im.segmentation));
    }
    if (im.localThreshold) {
        analyses.insert(QStringLiteral("localThreshold"), sessionjson::localThresholdToJson(*im.localThreshold));
    }
    o.insert(QStringLiteral("analyses"), analyses);
    o.insert(QStringLiteral("panels"), im.panels);
    QJsonObject layers;
    if (!im.maskLayer.empty()) {
        layers.insert(QStringLiteral("mask"),
                      QJsonObject{{QStringLiteral("file"), layerName(sessionPath, index, QStringLiteral("mask"))},
                                  {QStringLiteral("plane"), planeToJson(im.maskPlane)}});
    }
    if (!im.labelLayer.empty()) {
        layers.insert(QStringLiteral("labels"),
                      QJsonObject{{QStringLiteral("file"), layerName(sessionPath, index, QStringLiteral("labels"))},
                                  {QStringLiteral("count"), im.labelCount},
                                  {QStringLiteral("plane"), planeToJson(im.labelPlane)}});
    }
    o.insert(QStringLiteral("layers"), layers);
    return o;
}

/** Layer file of entry o (checked to stay inside the session's folder tree), or empty after an error. */
QString layerFile(Reader& r, const QJsonObject& o, const QString& where, const QString& sessionPath)
{
    const QString file = r.string(o, where, QStringLiteral("file"));
    if (r.ok() &&
        (file.isEmpty() || QDir::isAbsolutePath(file) || QDir::cleanPath(file).startsWith(QLatin1String("..")))) {
        r.fail(Reader::join(where, QStringLiteral("file")),
               SessionFile::tr("expected a file name relative to the session's folder, not \"%1\"").arg(file));
        return {};
    }
    return QFileInfo(sessionPath).absoluteDir().filePath(file);
}

SessionImage imageFromJson(Reader& r, const QJsonObject& o, const QString& where, const QString& sessionPath,
                           SessionFile::PendingLayers& layers)
{
    SessionImage im;
    constexpr int kMaxSize = 1 << 30;
    im.storedAbsolutePath = r.string(o, where, QStringLiteral("path"));
    im.storedRelativePath = r.string(o, where, QStringLiteral("relativePath"), QString());
    im.sha256 = r.string(o, where, QStringLiteral("sha256"), QString()).toLower();
    if (r.ok() && !im.sha256.isEmpty() &&
        (im.sha256.size() != 64 || QByteArray::fromHex(im.sha256.toLatin1()).toHex() != im.sha256.toLatin1())) {
        r.fail(Reader::join(where, QStringLiteral("sha256")), SessionFile::tr("expected 64 hexadecimal digits"));
    }
    im.width = r.integer(o, where, QStringLiteral("width"), 1, kMaxSize);
    im.height = r.integer(o, where, QStringLiteral("height"), 1, kMaxSize);
    im.channels = r.integer(o, where, QStringLiteral("channels"), 1, kMaxSize, 1);
    im.slices = r.integer(o, where, QStringLiteral("slices"), 1, kMaxSize, 1);
    im.frames = r.integer(o, where, QStringLiteral("frames"), 1, kMaxSize, 1);
    if (!r.ok()) {
        return im;
    }
    const QDir dir = QFileInfo(sessionPath).absoluteDir();
    const QString relative = im.storedRelativePath.isEmpty() ? QString() : dir.absoluteFilePath(im.storedRelativePath);
    if (!relative.isEmpty() && QFileInfo::exists(relative)) {
        im.path = QDir::cleanPath(relative);
    } else {
        im.path = im.storedAbsolutePath;
    }
    im.imageFound = QFileInfo(im.path).isFile();
    im.plane =
        planeFromJson(r, r.object(o, where, QStringLiteral("plane")), Reader::join(where, QStringLiteral("plane")), im);

    const QString classesAt = Reader::join(where, QStringLiteral("classes"));
    const QJsonArray classes = r.array(o, where, QStringLiteral("classes"), true);
    QSet<QString> classNames;
    for (int i = 0; i < classes.size() && r.ok(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(classesAt).arg(i);
        const QJsonObject c = r.element(classes, classesAt, i);
        SessionClass sc{r.string(c, at, QStringLiteral("name")), r.color(c, at, QStringLiteral("color"))};
        if (r.ok() && (sc.name.isEmpty() || classNames.contains(sc.name))) {
            r.fail(at, SessionFile::tr("a class needs a unique, non-empty name (\"%1\")").arg(sc.name));
        }
        classNames.insert(sc.name);
        im.classes.push_back(sc);
    }

    const QString roisAt = Reader::join(where, QStringLiteral("rois"));
    const QJsonArray rois = r.array(o, where, QStringLiteral("rois"), true);
    im.rois.reserve(rois.size());
    for (int i = 0; i < rois.size() && r.ok(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(roisAt).arg(i);
        Expected<Roi> roi = roiFromJson(r.element(rois, roisAt, i), at);
        if (!roi.isOk()) {
            r.fail(at, roi.status().message());
            break;
        }
        im.rois.push_back(std::move(roi).value());
    }

    im.view = viewFromJson(r, r.object(o, where, QStringLiteral("view")), Reader::join(where, QStringLiteral("view")),
                           im.channels);
    const QString analysesAt = Reader::join(where, QStringLiteral("analyses"));
    const QJsonObject analyses = r.object(o, where, QStringLiteral("analyses"));
    if (analyses.contains(QStringLiteral("glcm"))) {
        im.glcm = sessionjson::glcmFromJson(r, r.object(analyses, analysesAt, QStringLiteral("glcm")),
                                            Reader::join(analysesAt, QStringLiteral("glcm")));
    }
    if (analyses.contains(QStringLiteral("segmentation"))) {
        im.segmentation =
            sessionjson::segmentationFromJson(r, r.object(analyses, analysesAt, QStringLiteral("segmentation")),
                                              Reader::join(analysesAt, QStringLiteral("segmentation")));
    }
    if (analyses.contains(QStringLiteral("localThreshold"))) {
        im.localThreshold =
            sessionjson::localThresholdFromJson(r, r.object(analyses, analysesAt, QStringLiteral("localThreshold")),
                                                Reader::join(analysesAt, QStringLiteral("localThreshold")));
    }
    im.panels = r.object(o, where, QStringLiteral("panels"));

    const QString layersAt = Reader::join(where, QStringLiteral("layers"));
    const QJsonObject layerObjects = r.object(o, where, QStringLiteral("layers"));
    if (layerObjects.contains(QStringLiteral("mask"))) {
        const QString at = Reader::join(layersAt, QStringLiteral("mask"));
        const QJsonObject m = r.object(layerObjects, layersAt, QStringLiteral("mask"));
        layers.mask = layerFile(r, m, at, sessionPath);
        im.maskPlane =
            planeFromJson(r, r.object(m, at, QStringLiteral("plane")), Reader::join(at, QStringLiteral("plane")), im);
    }
    if (layerObjects.contains(QStringLiteral("labels"))) {
        const QString at = Reader::join(layersAt, QStringLiteral("labels"));
        const QJsonObject l = r.object(layerObjects, layersAt, QStringLiteral("labels"));
        layers.labels = layerFile(r, l, at, sessionPath);
        im.labelCount = r.integer(l, at, QStringLiteral("count"), 0, std::numeric_limits<int>::max());
        im.labelPlane =
            planeFromJson(r, r.object(l, at, QStringLiteral("plane")), Reader::join(at, QStringLiteral("plane")), im);
    }
    return im;
}

/** Loads the layers named in pending into im, checking their size, type and values. */
Status loadLayers(SessionImage& im, const SessionFile::PendingLayers& pending, int index)
{
    if (!pending.mask.isEmpty()) {
        Expected<cv::Mat> mask = LayerTiff::read(pending.mask, CV_8U, im.width, im.height);
        if (!mask.isOk()) {
            return mask.status();
        }
        im.maskLayer = std::move(mask).value();
        cv::compare(im.maskLayer, 0, im.maskLayer, cv::CMP_NE); // 0 / 255 whatever non-zero value was stored
    }
    if (!pending.labels.isEmpty()) {
        Expected<cv::Mat> labels = LayerTiff::read(pending.labels, CV_32S, im.width, im.height);
        if (!labels.isOk()) {
            return labels.status();
        }
        double lo = 0;
        double hi = 0;
        cv::minMaxLoc(labels.value(), &lo, &hi);
        if (lo < 0 || hi > im.labelCount) {
            return Status::invalid(SessionFile::tr("the label layer \"%1\" of image %2 has labels from %3 to %4, "
                                                   "outside 0..%5 (its \"count\").")
                                       .arg(pending.labels)
                                       .arg(index + 1)
                                       .arg(qint64(lo))
                                       .arg(qint64(hi))
                                       .arg(im.labelCount));
        }
        im.labelLayer = std::move(labels).value();
    }
    return Status::ok();
}

} // namespace

QString SessionFile::layerFolder(const QString& sessionPath)
{
    return QFileInfo(sessionPath).absoluteFilePath() + QStringLiteral(".d");
}

QJsonObject SessionFile::toJson(const Session& session, const QString& sessionPath)
{
    QJsonArray images;
    for (int i = 0; i < int(session.images.size()); ++i) {
        images.append(imageToJson(session.images[i], i, sessionPath));
    }
    QJsonObject o{{QStringLiteral("format"), kFormat},
                  {QStringLiteral("version"), kSessionFormatVersion},
                  {QStringLiteral("current"), session.current},
                  {QStringLiteral("images"), images}};
    if (!session.generator.isEmpty()) {
        o.insert(QStringLiteral("generator"), session.generator);
    }
    return o;
}

Expected<Session> SessionFile::fromJson(const QByteArray& json, const QString& sessionPath)
{
    return parse(json, sessionPath, nullptr);
}

Expected<Session> SessionFile::parse(const QByteArray& json, const QString& sessionPath,
                                     std::vector<PendingLayers>* layers)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return Status::invalid(tr("the session \"%1\" is not a JSON object (%2 at byte %3).")
                                   .arg(sessionPath, error.errorString())
                                   .arg(error.offset));
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        return Status::invalid(
            tr("\"%1\" is not a Tessera session (its \"format\" is not \"%2\").").arg(sessionPath, kFormat));
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != kSessionFormatVersion) {
        return Status::unsupported(
            tr("the session \"%1\" has format version %2; this Tessera reads version %3 "
               "(a newer Tessera may have written it).")
                .arg(sessionPath, version.isDouble() ? QString::number(version.toDouble()) : tr("(none)"))
                .arg(kSessionFormatVersion));
    }
    Reader r(sessionPath);
    Session session;
    session.generator = r.string(root, QString(), QStringLiteral("generator"), QString());
    const QJsonArray images = r.array(root, QString(), QStringLiteral("images"), true);
    if (r.ok() && images.isEmpty()) {
        r.fail(QStringLiteral("images"), tr("a session needs at least one image"));
    }
    for (int i = 0; i < images.size() && r.ok(); ++i) {
        PendingLayers pending;
        session.images.push_back(imageFromJson(r, r.element(images, QStringLiteral("images"), i),
                                               QStringLiteral("images[%1]").arg(i), sessionPath, pending));
        if (layers) {
            layers->push_back(pending);
        }
    }
    // Optional (files of early Tessera versions have none): the image shown when the session was saved.
    session.current = r.integer(root, QString(), QStringLiteral("current"), 0, std::max(0, int(images.size()) - 1), 0);
    if (!r.ok()) {
        return r.status();
    }
    return session;
}

Expected<Session> SessionFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Status::ioError(tr("cannot read the session \"%1\": %2").arg(path, file.errorString()));
    }
    std::vector<PendingLayers> layers;
    Expected<Session> session = parse(file.readAll(), path, &layers);
    for (size_t i = 0; session.isOk() && i < layers.size(); ++i) {
        const Status status = loadLayers(session.value().images[i], layers[i], int(i));
        if (!status.isOk()) {
            return Status(status.code(), tr("cannot open the session \"%1\": %2").arg(path, status.message()));
        }
    }
    return session;
}

Status SessionFile::write(const Session& session, const QString& path)
{
    if (session.images.empty()) {
        return Status::invalid(tr("cannot write the session \"%1\": it has no image.").arg(path));
    }
    if (session.current < 0 || session.current >= int(session.images.size())) {
        return Status::invalid(tr("cannot write the session \"%1\": its current image %2 does not exist.")
                                   .arg(path)
                                   .arg(session.current + 1));
    }
    // The JSON is built on a second thread while the layers are compressed and written (both take tens of
    // milliseconds for large sessions); toJson() only reads session. The future's destructor waits on early returns.
    std::future<QByteArray> json = std::async(std::launch::async, [&session, &path] {
        return QJsonDocument(toJson(session, path)).toJson(QJsonDocument::Indented);
    });
    const QString folder = layerFolder(path);
    QSet<QString> written;
    for (int i = 0; i < int(session.images.size()); ++i) {
        const SessionImage& im = session.images[size_t(i)];
        if (im.width <= 0 || im.height <= 0) {
            return Status::invalid(tr("cannot write the session \"%1\": image %2 has no size.").arg(path).arg(i + 1));
        }
        const auto writeLayer = [&](const cv::Mat& layer, int type, const QString& kind) -> Status {
            if (layer.empty()) {
                return Status::ok();
            }
            if (layer.type() != type || layer.cols != im.width || layer.rows != im.height) {
                return Status::invalid(tr("cannot write the session \"%1\": the %2 layer of image %3 does not have "
                                          "the image's size and type.")
                                           .arg(path, kind)
                                           .arg(i + 1));
            }
            if (!QDir().mkpath(folder)) {
                return Status::ioError(tr("cannot create the folder \"%1\".").arg(folder));
            }
            const QString file = QFileInfo(path).absoluteDir().filePath(layerName(path, i, kind));
            written.insert(QFileInfo(file).fileName());
            return LayerTiff::write(layer, file);
        };
        Status status = writeLayer(im.maskLayer, CV_8U, QStringLiteral("mask"));
        if (status.isOk()) {
            status = writeLayer(im.labelLayer, CV_32S, QStringLiteral("labels"));
        }
        if (!status.isOk()) {
            return status;
        }
    }
    const QByteArray bytes = json.get();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Status::ioError(tr("cannot write the session \"%1\": %2").arg(path, file.errorString()));
    }
    // Layers of an earlier save that this one no longer has.
    const QStringList old = QDir(folder).entryList({QStringLiteral("image-*-*.tif")}, QDir::Files);
    for (const QString& name : old) {
        if (!written.contains(name)) {
            QFile::remove(QDir(folder).filePath(name));
        }
    }
    if (written.isEmpty()) {
        QDir().rmdir(folder); // only when empty
    }
    return Status::ok();
}

Expected<QString> sha256OfFile(const QString& path, TaskContext* task)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Status::ioError(SessionFile::tr("cannot read \"%1\": %2").arg(path, file.errorString()));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    constexpr qint64 kBlock = 1 << 20;
    QByteArray block(int(kBlock), Qt::Uninitialized);
    const qint64 size = file.size();
    qint64 done = 0;
    while (true) {
        if (task && task->isCancelled()) {
            return Status::cancelled();
        }
        const qint64 n = file.read(block.data(), kBlock);
        if (n < 0) {
            return Status::ioError(SessionFile::tr("cannot read \"%1\": %2").arg(path, file.errorString()));
        }
        if (n == 0) {
            break;
        }
        hash.addData(QByteArrayView(block.constData(), n));
        done += n;
        if (task && size > 0) {
            task->setProgress(double(done) / double(size));
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace tessera
