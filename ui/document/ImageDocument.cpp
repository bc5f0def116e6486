#include "ui/document/ImageDocument.h"

#include "core/texture/Glcm.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <vector>

namespace tessera {
namespace {

/** ImageJ's default channel colours for composites: red, green, blue, gray, cyan, magenta, yellow. */
QColor defaultChannelColor(int c)
{
    static const QColor colors[] = {QColor(255, 0, 0),   QColor(0, 255, 0),   QColor(0, 0, 255),  QColor(255, 255, 255),
                                    QColor(0, 255, 255), QColor(255, 0, 255), QColor(255, 255, 0)};
    return colors[c % 7];
}

} // namespace

ImageDocument::ImageDocument(Image image, QObject* parent) : QObject(parent), m_image(std::move(image))
{
    QList<DisplayRange> ranges = m_image.displayRanges;
    if (ranges.size() != m_image.channels()) {
        ranges.clear();
        for (int c = 0; c < m_image.channels(); ++c) {
            ranges.append(autoDisplayRange(m_image.plane(c, m_image.slices() / 2, 0)));
        }
    }
    for (int c = 0; c < m_image.channels(); ++c) {
        ChannelView view;
        view.range = ranges[c];
        view.color = m_image.channels() > 1 ? defaultChannelColor(c) : QColor(Qt::white);
        m_channels.append(view);
    }
    // Class names are data (written to CSV and JSON like the CLI's), so they are not translated.
    m_classes = {{QStringLiteral("cell"), QColor(230, 60, 60)}, {QStringLiteral("background"), QColor(60, 140, 230)}};
    setParameters(AnalysisKind::Glcm, GlcmParams{});
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

ImageDocument::~ImageDocument()
{
    // Commands refer to this document: drop them before the members they use go away.
    m_undoStack.clear();
}

QString ImageDocument::fileName() const
{
    return m_image.sourcePath.isEmpty() ? tr("Untitled") : QFileInfo(m_image.sourcePath).fileName();
}

void ImageDocument::setPosition(PlanePosition p)
{
    p.c = std::clamp(p.c, 0, m_image.channels() - 1);
    p.z = std::clamp(p.z, 0, m_image.slices() - 1);
    p.t = std::clamp(p.t, 0, m_image.frames() - 1);
    if (p != m_position) {
        m_position = p;
        emit positionChanged(p);
    }
}

// --- ROIs ------------------------------------------------------------------------------------------------------------

const Roi& ImageDocument::roi(RoiId id) const
{
    auto it = m_rois.constFind(id);
    Q_ASSERT(it != m_rois.constEnd());
    return *it;
}

RoiId ImageDocument::findRoi(const QString& name) const
{
    for (RoiId id : m_roiOrder) {
        if (m_rois.value(id).name == name) {
            return id;
        }
    }
    return 0;
}

QString ImageDocument::uniqueRoiName(const QString& prefix) const
{
    QSet<QString> names;
    for (const Roi& r : m_rois) {
        names.insert(r.name);
    }
    for (int n = 1;; ++n) {
        const QString candidate = QStringLiteral("%1 %2").arg(prefix).arg(n);
        if (!names.contains(candidate)) {
            return candidate;
        }
    }
}

void ImageDocument::insertRois(const QList<RoiRecord>& records)
{
    if (records.isEmpty()) {
        return;
    }
    RoiIdList inserted;
    for (const RoiRecord& rec : records) {
        Q_ASSERT(rec.id != 0 && !m_rois.contains(rec.id));
        const int index = (rec.index < 0 || rec.index > m_roiOrder.size()) ? int(m_roiOrder.size()) : rec.index;
        m_roiOrder.insert(index, rec.id);
        m_rois.insert(rec.id, rec.roi);
        m_lastRoiId = std::max(m_lastRoiId, rec.id);
        inserted.append(rec.id);
    }
    bumpRoiGeneration();
    emit roisInserted(inserted);
    emit roisChanged();
}

QList<ImageDocument::RoiRecord> ImageDocument::removeRois(const RoiIdList& ids)
{
    // O(n + k): one index of the order instead of a linear search per id (deleting 10,000 ROIs stays fast).
    QHash<RoiId, int> indexOf;
    indexOf.reserve(m_roiOrder.size());
    for (int i = 0; i < m_roiOrder.size(); ++i) {
        indexOf.insert(m_roiOrder[i], i);
    }
    QList<RoiRecord> removed;
    for (RoiId id : ids) {
        auto it = indexOf.find(id);
        if (it != indexOf.end()) {
            removed.append({id, *it, m_rois.value(id)});
            indexOf.erase(it); // an id listed twice is removed once
        }
    }
    if (removed.isEmpty()) {
        return removed;
    }
    std::sort(removed.begin(), removed.end(), [](const RoiRecord& a, const RoiRecord& b) { return a.index < b.index; });
    RoiIdList removedIds;
    for (const RoiRecord& rec : removed) {
        m_rois.remove(rec.id);
        removedIds.append(rec.id);
    }
    m_roiOrder.removeIf([this](RoiId id) { return !m_rois.contains(id); });
    bumpRoiGeneration();
    bool selectionTouched = false;
    for (RoiId id : removedIds) {
        selectionTouched |= m_selection.remove(id);
    }
    emit roisRemoved(removedIds);
    emit roisChanged();
    if (selectionTouched) {
        emit selectionChanged();
    }
    return removed;
}

void ImageDocument::setRoi(RoiId id, const Roi& roi)
{
    auto it = m_rois.find(id);
    if (it == m_rois.end()) {
        return;
    }
    RoiChanges what;
    if (it->name != roi.name) {
        what |= RoiChange::Name;
    }
    if (it->className != roi.className) {
        what |= RoiChange::Class;
    }
    if (it->shape != roi.shape || it->bounds != roi.bounds || it->vertices != roi.vertices) {
        what |= RoiChange::Geometry;
    }
    if (!what) {
        return;
    }
    *it = roi;
    if (what & RoiChange::Geometry) {
        bumpRoiGeneration();
    }
    emit roiChanged(id, what);
    emit roisChanged();
}

void ImageDocument::setRoiOrder(const RoiIdList& order)
{
    if (order == m_roiOrder) {
        return;
    }
    RoiIdList sortedNew = order;
    RoiIdList sortedOld = m_roiOrder;
    std::sort(sortedNew.begin(), sortedNew.end());
    std::sort(sortedOld.begin(), sortedOld.end());
    if (sortedNew != sortedOld) {
        qWarning("ImageDocument::setRoiOrder: not a permutation of the ROI ids; ignored");
        return;
    }
    m_roiOrder = order;
    emit roisReordered();
    emit roisChanged();
}

// --- selection -------------------------------------------------------------------------------------------------------

RoiIdList ImageDocument::selectedRoiIds() const
{
    RoiIdList out;
    for (RoiId id : m_roiOrder) {
        if (m_selection.contains(id)) {
            out.append(id);
        }
    }
    return out;
}

void ImageDocument::setSelection(const RoiIdSet& ids)
{
    RoiIdSet valid;
    for (RoiId id : ids) {
        if (m_rois.contains(id)) {
            valid.insert(id);
        }
    }
    if (valid != m_selection) {
        m_selection = valid;
        emit selectionChanged();
    }
}

// --- classes ---------------------------------------------------------------------------------------------------------

int ImageDocument::classIndex(const QString& name) const
{
    for (int i = 0; i < m_classes.size(); ++i) {
        if (m_classes[i].name == name) {
            return i;
        }
    }
    return -1;
}

QColor ImageDocument::classColor(const QString& name) const
{
    const int i = name.isEmpty() ? -1 : classIndex(name);
    return i >= 0 ? m_classes[i].color : noClassColor();
}

bool ImageDocument::insertClass(int index, const RoiClass& roiClass)
{
    if (roiClass.name.isEmpty() || hasClass(roiClass.name)) {
        return false;
    }
    m_classes.insert(std::clamp(index, 0, int(m_classes.size())), roiClass);
    emit classesChanged();
    return true;
}

RoiIdList ImageDocument::removeClass(const QString& name)
{
    const int index = classIndex(name);
    if (index < 0) {
        return {};
    }
    m_classes.removeAt(index);
    RoiIdList members;
    for (RoiId id : m_roiOrder) {
        if (m_rois[id].className == name) {
            m_rois[id].className.clear();
            members.append(id);
        }
    }
    emit classesChanged();
    for (RoiId id : members) {
        emit roiChanged(id, RoiChange::Class);
    }
    if (!members.isEmpty()) {
        emit roisChanged();
    }
    return members;
}

bool ImageDocument::setClass(const QString& name, const RoiClass& roiClass)
{
    const int index = classIndex(name);
    if (index < 0 || roiClass.name.isEmpty()) {
        return false;
    }
    const int other = classIndex(roiClass.name);
    if (other >= 0 && other != index) {
        return false;
    }
    if (m_classes[index] == roiClass) {
        return true;
    }
    m_classes[index] = roiClass;
    RoiIdList members;
    if (roiClass.name != name) {
        for (RoiId id : m_roiOrder) {
            if (m_rois[id].className == name) {
                m_rois[id].className = roiClass.name;
                members.append(id);
            }
        }
    }
    emit classesChanged();
    for (RoiId id : members) {
        emit roiChanged(id, RoiChange::Class);
    }
    if (!members.isEmpty()) {
        emit roisChanged();
    }
    return true;
}

// --- analyses --------------------------------------------------------------------------------------------------------

bool ImageDocument::setMaskLayer(const cv::Mat& mask, PlanePosition plane)
{
    if (!mask.empty() && (mask.type() != CV_8UC1 || mask.cols != m_image.width() || mask.rows != m_image.height())) {
        return false;
    }
    if (mask.empty() && m_maskLayer.empty()) {
        return true;
    }
    m_maskLayer = mask;
    m_maskLayerPlane = mask.empty() ? PlanePosition{} : plane;
    emit maskLayerChanged();
    return true;
}

bool ImageDocument::setLabelLayer(const LabelImage& labels, PlanePosition plane)
{
    if (!labels.labels.empty()) {
        if (labels.labels.type() != CV_32SC1 || labels.labels.cols != m_image.width() ||
            labels.labels.rows != m_image.height() || labels.count < 0) {
            return false;
        }
        double minLabel = 0;
        double maxLabel = 0;
        cv::minMaxLoc(labels.labels, &minLabel, &maxLabel);
        if (minLabel < 0 || maxLabel > labels.count) {
            return false;
        }
    }
    if (labels.labels.empty() && m_labelLayer.labels.empty()) {
        return true;
    }
    m_labelLayer = labels.labels.empty() ? LabelImage{} : labels;
    m_labelLayerPlane = labels.labels.empty() ? PlanePosition{} : plane;
    ++m_labelGeneration;
    emit labelLayerChanged();
    if (!m_selectedObjects.isEmpty()) {
        // Keep only selected objects that still exist (an edit may delete or merge them): one pass over the layer.
        std::vector<char> present(size_t(m_labelLayer.count) + 1, 0);
        const cv::Mat& layer = m_labelLayer.labels;
        for (int r = 0; r < layer.rows; ++r) {
            const qint32* row = layer.ptr<qint32>(r);
            for (int c = 0; c < layer.cols; ++c) {
                present[size_t(row[c])] = 1;
            }
        }
        QSet<int> kept;
        for (int label : std::as_const(m_selectedObjects)) {
            if (label <= m_labelLayer.count && present[size_t(label)]) {
                kept.insert(label);
            }
        }
        setSelectedObjects(kept);
    }
    return true;
}

void ImageDocument::setSelectedObjects(const QSet<int>& labels)
{
    QSet<int> valid;
    for (int label : labels) {
        if (label > 0 && label <= m_labelLayer.count) {
            valid.insert(label);
        }
    }
    if (valid == m_selectedObjects) {
        return;
    }
    m_selectedObjects = valid;
    emit objectSelectionChanged();
}

QString analysisKindName(AnalysisKind kind)
{
    switch (kind) {
    case AnalysisKind::Glcm:
        return QStringLiteral("glcm");
    case AnalysisKind::Histogram:
        return QStringLiteral("histogram");
    case AnalysisKind::Threshold:
        return QStringLiteral("threshold");
    case AnalysisKind::Segmentation:
        return QStringLiteral("segmentation");
    case AnalysisKind::Measurements:
        return QStringLiteral("measurements");
    }
    return QStringLiteral("analysis");
}

QString ImageDocument::taskKey(AnalysisKind kind) const
{
    return QStringLiteral("%1@%2").arg(analysisKindName(kind)).arg(quintptr(this), 0, 16);
}

bool ImageDocument::hasParameters(AnalysisKind kind) const
{
    auto it = m_analyses.find(kind);
    return it != m_analyses.end() && it->second.parameters.has_value();
}

void ImageDocument::setParametersAny(AnalysisKind kind, std::any params,
                                     std::function<bool(const std::any&, const std::any&)> equal)
{
    AnalysisSlot& slot = m_analyses[kind];
    if (slot.parameters.has_value() && equal && equal(slot.parameters, params)) {
        return;
    }
    slot.parameters = std::move(params);
    slot.equal = std::move(equal);
    emit parametersChanged(kind);
}

std::any ImageDocument::parametersAny(AnalysisKind kind) const
{
    auto it = m_analyses.find(kind);
    return it != m_analyses.end() ? it->second.parameters : std::any();
}

ResultStamp ImageDocument::stamp(AnalysisKind kind) const
{
    ResultStamp s;
    s.parameters = parametersAny(kind);
    s.plane = m_position;
    s.roiGeneration = m_roiGeneration;
    s.labelGeneration = m_labelGeneration;
    return s;
}

void ImageDocument::setResultAny(AnalysisKind kind, std::any result, const ResultStamp& stamp)
{
    AnalysisSlot& slot = m_analyses[kind];
    slot.result = std::move(result);
    slot.stamp = stamp;
    emit resultChanged(kind);
}

bool ImageDocument::hasResult(AnalysisKind kind) const
{
    auto it = m_analyses.find(kind);
    return it != m_analyses.end() && it->second.result.has_value();
}

ResultStamp ImageDocument::resultStamp(AnalysisKind kind) const
{
    auto it = m_analyses.find(kind);
    return it != m_analyses.end() ? it->second.stamp : ResultStamp();
}

bool ImageDocument::isStale(AnalysisKind kind) const
{
    auto it = m_analyses.find(kind);
    if (it == m_analyses.end() || !it->second.result.has_value()) {
        return false;
    }
    const AnalysisSlot& slot = it->second;
    if (slot.stamp.plane != m_position || slot.stamp.roiGeneration != m_roiGeneration) {
        return true;
    }
    if (kind == AnalysisKind::Measurements && slot.stamp.labelGeneration != m_labelGeneration) {
        return true;
    }
    if (slot.parameters.has_value() != slot.stamp.parameters.has_value()) {
        return true;
    }
    return slot.parameters.has_value() && !(slot.equal && slot.equal(slot.parameters, slot.stamp.parameters));
}

void ImageDocument::clearResult(AnalysisKind kind)
{
    auto it = m_analyses.find(kind);
    if (it != m_analyses.end() && it->second.result.has_value()) {
        it->second.result.reset();
        it->second.stamp = ResultStamp();
        emit resultChanged(kind);
    }
}

// --- view state ------------------------------------------------------------------------------------------------------

void ImageDocument::setChannelView(int c, const ChannelView& view)
{
    if (c < 0 || c >= m_channels.size() || m_channels[c] == view) {
        return;
    }
    m_channels[c] = view;
    emit viewStateChanged(c);
}

void ImageDocument::setDisplayRange(int c, DisplayRange range)
{
    if (c < 0 || c >= m_channels.size()) {
        return;
    }
    ChannelView view = m_channels[c];
    view.range = range;
    setChannelView(c, view);
}

void ImageDocument::setComposite(bool composite)
{
    if (composite != m_composite) {
        m_composite = composite;
        emit viewStateChanged(-1);
    }
}

void ImageDocument::setInverted(bool inverted)
{
    if (inverted != m_inverted) {
        m_inverted = inverted;
        emit viewStateChanged(-1);
    }
}

void ImageDocument::setRoiNamesShown(bool shown)
{
    if (shown != m_roiNamesShown) {
        m_roiNamesShown = shown;
        emit roiNamesShownChanged(shown);
    }
}

// --- auto contrast ---------------------------------------------------------------------------------------------------

DisplayRange autoDisplayRange(const cv::Mat& plane, double saturated)
{
    // Subsample to at most ~1M values, then take the two quantiles with nth_element.
    const qint64 total = qint64(plane.total());
    const int step = int(std::max<qint64>(1, total / 1000000));
    std::vector<float> values;
    values.reserve(size_t(total / step + 1));
    // Reads only the sampled pixels (no converted copy of the whole plane); 8/16-bit values are exact as float.
    auto sample = [&](auto typeTag) {
        using T = decltype(typeTag);
        for (int r = 0; r < plane.rows; ++r) {
            const T* row = plane.ptr<T>(r);
            for (int c = (r * 7) % step; c < plane.cols; c += step) {
                const float v = float(row[c]);
                if (std::isfinite(v)) {
                    values.push_back(v);
                }
            }
        }
    };
    switch (plane.depth()) {
    case CV_8U:
        sample(uchar{});
        break;
    case CV_16U:
        sample(quint16{});
        break;
    case CV_32F:
        sample(float{});
        break;
    default: {
        cv::Mat asFloat;
        plane.convertTo(asFloat, CV_32F);
        return autoDisplayRange(asFloat, saturated);
    }
    }
    if (values.empty()) {
        return {0.0, 1.0};
    }
    const size_t n = values.size();
    const size_t lo = std::min(n - 1, size_t(double(n) * saturated / 2));
    const size_t hi = n - 1 - lo;
    std::nth_element(values.begin(), values.begin() + lo, values.end());
    const double vmin = values[lo];
    std::nth_element(values.begin(), values.begin() + hi, values.end());
    const double vmax = values[hi];
    if (vmax > vmin) {
        return {vmin, vmax};
    }
    return {vmin, vmin + 1.0};
}

} // namespace tessera
