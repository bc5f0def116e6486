#include "ui/figure/FigureContent.h"

#include "ui/document/ImageDocument.h"
#include "ui/threshold/ThresholdOverlay.h"
#include "ui/viewer/PlaneRenderer.h"
#include "ui/viewer/RoiOverlay.h"

#include <QFileInfo>

namespace tessera {

FigureContent FigureContent::fromDocument(ImageDocument& document, ThresholdOverlay* overlay)
{
    FigureContent c;
    const Image& image = document.image();
    QList<ChannelView> views;
    for (int i = 0; i < document.channelCount(); ++i) {
        views.append(document.channelView(i));
    }
    c.image = renderDisplay(
        image, makeDisplayState(image, document.position(), views, document.isComposite(), document.isInverted()));
    c.calibration = image.calibration;
    for (RoiId id : document.roiIds()) {
        const Roi& roi = document.roi(id);
        c.rois.append({RoiOverlay::roiPath(roi), roi.name, document.classColor(roi.className)});
    }
    if (document.hasLabelLayer()) {
        c.labels = document.labelLayer().labels;
        c.labelCount = document.labelLayer().count;
    }
    const QRect whole(0, 0, image.width(), image.height());
    if (overlay) {
        if (overlay->isVisible()) {
            c.threshold = overlay->renderRegion(whole);
        }
    } else {
        ThresholdOverlay fresh;
        fresh.setDocument(&document);
        c.threshold = fresh.renderRegion(whole);
    }
    c.title = QFileInfo(image.sourcePath).fileName();
    return c;
}

} // namespace tessera
