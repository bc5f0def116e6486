#pragma once

#include "ui/document/ImageDocument.h"

#include <QWidget>

class QLabel;
class QSlider;

namespace tessera {

/**
 * Sliders for channel, slice and frame (shown only for dimensions larger than 1), labelled 1-based like ImageJ
 * ("c 1/2"). Object names: "channelSlider", "sliceSlider", "frameSlider".
 */
class PlaneSelector : public QWidget
{
    Q_OBJECT

public:
    explicit PlaneSelector(QWidget* parent = nullptr);

    /** Sets the dimensions (C, Z, T) and position without emitting positionRequested. */
    void setDimensions(int channels, int slices, int frames, PlanePosition position);

signals:
    void positionRequested(tessera::PlanePosition position);

private:
    struct Row
    {
        QLabel* label = nullptr;
        QSlider* slider = nullptr;
        QString prefix;
    };
    Row makeRow(const QString& prefix, const QString& objectName, const QString& toolTip);
    void updateLabels();
    void emitPosition();

    Row m_c;
    Row m_z;
    Row m_t;
    bool m_updating = false;
};

} // namespace tessera
