#include "ui/viewer/PlaneSelector.h"

#include <QGridLayout>
#include <QLabel>
#include <QSlider>

namespace tessera {

PlaneSelector::PlaneSelector(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_c = makeRow(tr("c"), QStringLiteral("channelSlider"), tr("Channel"));
    m_z = makeRow(tr("z"), QStringLiteral("sliceSlider"), tr("Slice (Z)"));
    m_t = makeRow(tr("t"), QStringLiteral("frameSlider"), tr("Frame (time)"));
    int row = 0;
    for (Row* r : {&m_c, &m_z, &m_t}) {
        layout->addWidget(r->label, row, 0);
        layout->addWidget(r->slider, row, 1);
        ++row;
    }
    setDimensions(1, 1, 1, {});
}

PlaneSelector::Row PlaneSelector::makeRow(const QString& prefix, const QString& objectName, const QString& toolTip)
{
    Row r;
    r.prefix = prefix;
    r.label = new QLabel(this);
    r.label->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("c 000/000")));
    r.slider = new QSlider(Qt::Horizontal, this);
    r.slider->setObjectName(objectName);
    r.slider->setToolTip(toolTip);
    r.slider->setPageStep(1);
    connect(r.slider, &QSlider::valueChanged, this, [this] {
        updateLabels();
        if (!m_updating) {
            emitPosition();
        }
    });
    return r;
}

void PlaneSelector::setDimensions(int channels, int slices, int frames, PlanePosition position)
{
    m_updating = true;
    const int counts[] = {channels, slices, frames};
    const int values[] = {position.c, position.z, position.t};
    Row* rows[] = {&m_c, &m_z, &m_t};
    for (int i = 0; i < 3; ++i) {
        rows[i]->slider->setRange(1, std::max(1, counts[i]));
        rows[i]->slider->setValue(values[i] + 1);
        const bool visible = counts[i] > 1;
        rows[i]->slider->setVisible(visible);
        rows[i]->label->setVisible(visible);
    }
    m_updating = false;
    updateLabels();
    setVisible(channels > 1 || slices > 1 || frames > 1);
}

void PlaneSelector::updateLabels()
{
    for (Row* r : {&m_c, &m_z, &m_t}) {
        r->label->setText(QStringLiteral("%1 %2/%3").arg(r->prefix).arg(r->slider->value()).arg(r->slider->maximum()));
    }
}

void PlaneSelector::emitPosition()
{
    emit positionRequested({m_c.slider->value() - 1, m_z.slider->value() - 1, m_t.slider->value() - 1});
}

} // namespace tessera
