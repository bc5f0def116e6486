#include "ui/session/SessionState.h"

#include "core/segmentation/SegmentationPipeline.h"
#include "ui/document/ImageDocument.h"
#include "ui/viewer/ImageView.h"

#include <QFileInfo>

namespace tessera {
namespace {

QString colorName(const QColor& c)
{
    return c.name(QColor::HexRgb);
}

SessionPlane toSession(PlanePosition p)
{
    return {p.c, p.z, p.t};
}

PlanePosition toDocument(SessionPlane p)
{
    return {p.c, p.z, p.t};
}

} // namespace

SessionImage SessionState::capture(const ImageDocument& doc, const QString& sha256, const ImageView* view)
{
    const Image& image = doc.image();
    SessionImage s;
    s.path = image.sourcePath.isEmpty() || image.sourcePath.startsWith(QLatin1Char(':'))
                 ? image.sourcePath
                 : QFileInfo(image.sourcePath).absoluteFilePath();
    s.sha256 = sha256;
    s.width = image.width();
    s.height = image.height();
    s.channels = image.channels();
    s.slices = image.slices();
    s.frames = image.frames();
    s.plane = toSession(doc.position());
    for (const RoiClass& c : doc.classes()) {
        s.classes.push_back({c.name, colorName(c.color)});
    }
    s.rois.reserve(size_t(doc.roiCount()));
    for (RoiId id : doc.roiIds()) {
        s.rois.push_back(doc.roi(id));
    }
    for (int c = 0; c < doc.channelCount(); ++c) {
        const ChannelView v = doc.channelView(c);
        s.view.channels.push_back({v.range.min, v.range.max, v.lut, colorName(v.color), v.visible});
    }
    s.view.composite = doc.isComposite();
    s.view.inverted = doc.isInverted();
    s.view.roiNamesShown = doc.roiNamesShown();
    if (view && !view->image().isNull()) {
        s.view.zoom = view->scale();
        s.view.center = view->widgetToImage(QRectF(view->rect()).center());
    }
    if (doc.hasParameters(AnalysisKind::Glcm)) {
        s.glcm = doc.parameters<GlcmParams>(AnalysisKind::Glcm);
    }
    const std::any segmentation = doc.parametersAny(AnalysisKind::Segmentation);
    if (const auto* p = std::any_cast<SegmentationParams>(&segmentation)) {
        s.segmentation = *p;
    }
    const std::any threshold = doc.parametersAny(AnalysisKind::Threshold);
    if (const auto* t = std::any_cast<ThresholdSettings>(&threshold)) {
        s.panels.insert(QStringLiteral("threshold"), thresholdToJson(*t));
        s.localThreshold = t->local;
    }
    if (doc.hasMaskLayer()) {
        s.maskLayer = doc.maskLayer();
        s.maskPlane = toSession(doc.maskLayerPlane());
    }
    if (doc.hasLabelLayer()) {
        s.labelLayer = doc.labelLayer().labels;
        s.labelCount = doc.labelLayer().count;
        s.labelPlane = toSession(doc.labelLayerPlane());
    }
    return s;
}

Status SessionState::checkFits(const ImageDocument& doc, const SessionImage& s)
{
    const Image& im = doc.image();
    if (im.width() != s.width || im.height() != s.height || im.channels() != s.channels || im.slices() != s.slices ||
        im.frames() != s.frames) {
        return Status::invalid(tr("The image “%1” is %2 × %3 pixels with %4 channels, %5 slices and %6 frames, but "
                                  "the session was made for %7 × %8 pixels with %9 channels, %10 slices and %11 "
                                  "frames.")
                                   .arg(im.sourcePath)
                                   .arg(im.width())
                                   .arg(im.height())
                                   .arg(im.channels())
                                   .arg(im.slices())
                                   .arg(im.frames())
                                   .arg(s.width)
                                   .arg(s.height)
                                   .arg(s.channels)
                                   .arg(s.slices)
                                   .arg(s.frames));
    }
    return Status::ok();
}

void SessionState::apply(ImageDocument& doc, const SessionImage& s)
{
    // Classes: exactly the session's, in its order (a fresh document has the default ones).
    const QList<RoiClass> old = doc.classes();
    for (const RoiClass& c : old) {
        doc.removeClass(c.name);
    }
    for (const SessionClass& c : s.classes) {
        doc.insertClass(int(doc.classes().size()), {c.name, QColor(c.color)});
    }
    doc.removeRois(doc.roiIds());
    QList<ImageDocument::RoiRecord> records;
    records.reserve(qsizetype(s.rois.size()));
    for (const Roi& roi : s.rois) {
        records.append({doc.allocateRoiId(), -1, roi});
    }
    doc.insertRois(records);

    if (s.glcm) {
        doc.setParameters(AnalysisKind::Glcm, *s.glcm);
    }
    if (s.segmentation) {
        doc.setParameters(AnalysisKind::Segmentation, *s.segmentation);
    }
    if (s.panels.contains(QStringLiteral("threshold")) || s.localThreshold) {
        doc.setParameters(AnalysisKind::Threshold,
                          thresholdFromJson(s.panels.value(QStringLiteral("threshold")).toObject(),
                                            s.localThreshold.value_or(LocalThresholdParams{})));
    }
    doc.setMaskLayer(s.maskLayer, toDocument(s.maskPlane));
    doc.setLabelLayer(s.labelLayer.empty() ? LabelImage{} : LabelImage{s.labelLayer, s.labelCount},
                      toDocument(s.labelPlane));

    for (int c = 0; c < int(s.view.channels.size()) && c < doc.channelCount(); ++c) {
        const SessionChannelView& v = s.view.channels[size_t(c)];
        ChannelView cv;
        cv.range = {v.min, v.max};
        cv.lut = v.lut;
        cv.color = QColor(v.color);
        cv.visible = v.visible;
        doc.setChannelView(c, cv);
    }
    doc.setComposite(s.view.composite);
    doc.setInverted(s.view.inverted);
    doc.setRoiNamesShown(s.view.roiNamesShown);
    doc.setPosition(toDocument(s.plane));
}

void SessionState::applyZoom(ImageView& view, const SessionView& s)
{
    if (s.zoom) {
        view.setScale(*s.zoom, QRectF(view.rect()).center());
    }
    if (s.center) {
        view.centerOn(*s.center);
    }
}

QJsonObject SessionState::thresholdToJson(const ThresholdSettings& t)
{
    return {{QStringLiteral("mode"),
             t.mode == ThresholdSettings::Mode::Local ? QStringLiteral("local") : QStringLiteral("global")},
            {QStringLiteral("method"), t.method},
            {QStringLiteral("darkBackground"), t.darkBackground},
            {QStringLiteral("fullHistogram"), t.fullHistogram},
            {QStringLiteral("levelsSet"), t.levelsSet},
            {QStringLiteral("lower"), t.lower},
            {QStringLiteral("upper"), t.upper},
            {QStringLiteral("color"), t.color.name(QColor::HexRgb)},
            {QStringLiteral("preview"), t.preview}};
}

ThresholdSettings SessionState::thresholdFromJson(const QJsonObject& o, const LocalThresholdParams& local)
{
    ThresholdSettings t;
    t.mode = o.value(QStringLiteral("mode")).toString() == QLatin1String("local") ? ThresholdSettings::Mode::Local
                                                                                  : ThresholdSettings::Mode::Global;
    t.method = o.value(QStringLiteral("method")).toString(t.method);
    t.darkBackground = o.value(QStringLiteral("darkBackground")).toBool(t.darkBackground);
    t.fullHistogram = o.value(QStringLiteral("fullHistogram")).toBool(t.fullHistogram);
    t.levelsSet = o.value(QStringLiteral("levelsSet")).toBool(t.levelsSet);
    t.lower = o.value(QStringLiteral("lower")).toDouble(t.lower);
    t.upper = o.value(QStringLiteral("upper")).toDouble(t.upper);
    const QColor color(o.value(QStringLiteral("color")).toString());
    if (color.isValid()) {
        t.color = color;
    }
    t.preview = o.value(QStringLiteral("preview")).toBool(t.preview);
    t.local = local;
    return t;
}

} // namespace tessera
