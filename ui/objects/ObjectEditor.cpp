#include "ui/objects/ObjectEditor.h"

#include "core/segmentation/LabelEditing.h"
#include "core/task/TaskContext.h"
#include "ui/document/commands/LabelCommands.h"
#include "ui/document/commands/RoiCommands.h"
#include "ui/objects/LabelOverlay.h"

#include <algorithm>
#include <cmath>

namespace tessera {
namespace {

std::vector<cv::Point2d> toCv(const std::vector<QPointF>& points)
{
    std::vector<cv::Point2d> out;
    out.reserve(points.size());
    for (const QPointF& p : points) {
        out.emplace_back(p.x(), p.y());
    }
    return out;
}

std::vector<int> sortedSelection(const ImageDocument& doc)
{
    std::vector<int> labels(doc.selectedObjects().begin(), doc.selectedObjects().end());
    std::sort(labels.begin(), labels.end());
    return labels;
}

} // namespace

ObjectEditor::ObjectEditor(LabelOverlay* overlay, QObject* parent) : QObject(parent), m_overlay(overlay)
{
    setObjectName(QStringLiteral("objectEditor"));
}

void ObjectEditor::setDocument(ImageDocument* document)
{
    m_document = document;
}

int ObjectEditor::objectAt(const QPointF& imagePos) const
{
    if (!m_document || !m_document->hasLabelLayer()) {
        return 0;
    }
    const cv::Mat& labels = m_document->labelLayer().labels;
    const int x = int(std::floor(imagePos.x()));
    const int y = int(std::floor(imagePos.y()));
    if (x < 0 || y < 0 || x >= labels.cols || y >= labels.rows) {
        return 0;
    }
    return std::max(0, labels.at<int>(y, x));
}

int ObjectEditor::objectCount() const
{
    if (!m_document || !m_document->hasLabelLayer()) {
        return 0;
    }
    if (m_overlay && m_overlay->isReady()) {
        return int(m_overlay->outlines().size());
    }
    return int(labelsInUse(m_document->labelLayer().labels).size());
}

bool ObjectEditor::apply(const Expected<LabelImage>& result, const QString& undoText, const QSet<int>& selectAfter)
{
    ImageDocument* doc = m_document;
    if (!result.isOk()) {
        emit message(result.status().message(), 6000);
        return false;
    }
    doc->undoStack()->push(new SetLabelLayerCommand(doc, result.value(), doc->labelLayerPlane(), undoText));
    doc->setSelectedObjects(selectAfter);
    return true;
}

bool ObjectEditor::deleteSelected()
{
    ImageDocument* doc = m_document;
    if (!doc || !doc->hasLabelLayer()) {
        return false;
    }
    const std::vector<int> labels = sortedSelection(*doc);
    if (labels.empty()) {
        emit message(tr("Select the objects to delete first (click one; Shift+click adds)."), 6000);
        return false;
    }
    const QString text = labels.size() == 1 ? tr("Delete object %1").arg(labels.front())
                                            : tr("Delete %n objects", nullptr, int(labels.size()));
    return apply(deleteObjects(doc->labelLayer(), labels), text);
}

bool ObjectEditor::mergeSelected()
{
    ImageDocument* doc = m_document;
    if (!doc || !doc->hasLabelLayer()) {
        return false;
    }
    const std::vector<int> labels = sortedSelection(*doc);
    if (labels.size() < 2) {
        emit message(tr("Select two or more objects to merge (Shift+click adds to the selection)."), 6000);
        return false;
    }
    QString text;
    if (labels.size() == 2) {
        text = tr("Merge objects %1 and %2").arg(labels[0]).arg(labels[1]);
    } else {
        QStringList first;
        for (size_t i = 0; i + 1 < labels.size(); ++i) {
            first.append(QString::number(labels[i]));
        }
        text = tr("Merge objects %1 and %2").arg(first.join(QStringLiteral(", "))).arg(labels.back());
    }
    return apply(mergeObjects(doc->labelLayer(), labels), text, {labels.front()});
}

bool ObjectEditor::splitAlong(const std::vector<QPointF>& polyline)
{
    ImageDocument* doc = m_document;
    if (!doc || !doc->hasLabelLayer()) {
        return false;
    }
    const std::vector<cv::Point2d> line = toCv(polyline);
    const auto under = objectsUnderCut(doc->labelLayer().labels, line, m_cutWidth);
    if (under.empty()) {
        emit message(tr("The line crosses no object: draw it across the object to split."), 6000);
        return false;
    }
    // Prefer a selected object the line crosses, else the one it covers most.
    int label = under.front().first;
    for (const auto& [l, n] : under) {
        Q_UNUSED(n)
        if (doc->selectedObjects().contains(l)) {
            label = l;
            break;
        }
    }
    const int before = largestLabel(doc->labelLayer().labels);
    const Expected<LabelImage> result = splitObject(doc->labelLayer(), label, line, m_cutWidth);
    QSet<int> pieces{label};
    if (result.isOk()) {
        for (int l = before + 1; l <= result->count; ++l) {
            pieces.insert(l);
        }
    }
    return apply(result, tr("Split object %1").arg(label), pieces);
}

bool ObjectEditor::drawObject(const std::vector<QPointF>& outline)
{
    ImageDocument* doc = m_document;
    if (!doc || !doc->hasLabelLayer()) {
        return false;
    }
    const Expected<LabelImage> result = addObject(doc->labelLayer(), toCv(outline));
    return apply(result, tr("Draw object"), result.isOk() ? QSet<int>{result->count} : QSet<int>{});
}

bool ObjectEditor::relabel()
{
    ImageDocument* doc = m_document;
    if (!doc || !doc->hasLabelLayer()) {
        return false;
    }
    return apply(relabelObjects(doc->labelLayer()), tr("Relabel objects"));
}

int ObjectEditor::addToRoiManager(const QString& className)
{
    ImageDocument* doc = m_document;
    if (!doc || !doc->hasLabelLayer()) {
        return 0;
    }
    std::vector<ObjectOutline> computed;
    const std::vector<ObjectOutline>* outlines = nullptr;
    if (m_overlay && m_overlay->isReady()) {
        outlines = &m_overlay->outlines();
    } else {
        TaskContext task;
        Expected<std::vector<ObjectOutline>> r = objectOutlines(doc->labelLayer().labels, task);
        if (!r.isOk()) {
            emit message(r.status().message(), 6000);
            return 0;
        }
        computed = std::move(r).value();
        outlines = &computed;
    }
    QList<Roi> rois;
    for (const ObjectOutline& o : *outlines) {
        for (size_t i = 0; i < o.parts.size(); ++i) {
            std::vector<QPointF> vertices;
            vertices.reserve(o.parts[i].size());
            for (const cv::Point& p : o.parts[i]) {
                vertices.emplace_back(p.x, p.y);
            }
            // Names are data (CSV, ROI files, the CLI), not interface text: not translated.
            const QString name = i == 0 ? QStringLiteral("object %1").arg(o.label)
                                        : QStringLiteral("object %1.%2").arg(o.label).arg(i + 1);
            Roi roi = Roi::polygon(name, std::move(vertices));
            roi.className = className;
            rois.append(roi);
        }
    }
    if (rois.isEmpty()) {
        emit message(tr("There are no objects to add."), 6000);
        return 0;
    }
    auto* command = new AddRoisCommand(doc, rois);
    command->setText(tr("Add objects to the ROI manager"));
    doc->undoStack()->push(command);
    emit message(tr("ROIs added from the objects: %1.").arg(rois.size()), 4000);
    return int(rois.size());
}

} // namespace tessera
