// The Threshold panel's two pages (global levels, local method); the panel's behaviour is in ThresholdPanel.cpp.
#include "ui/document/commands/ParameterCommands.h"
#include "ui/threshold/ThresholdPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>

namespace tessera {

QWidget* ThresholdPanel::buildGlobalPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_method = new QComboBox(page);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_method->addItems(thresholdMethodNames());
    m_method->addItem(manualMethodName());
    m_method->setItemText(m_method->count() - 1, tr("Manual"));
    for (int i = 0; i < m_method->count(); ++i) {
        m_method->setItemData(i, i + 1 < m_method->count() ? thresholdMethodNames().at(i) : manualMethodName());
    }
    m_method->setToolTip(tr("Automatic method (ImageJ's names) whose levels are set, or Manual for levels set by "
                            "hand. Moving a slider switches to Manual."));
    form->addRow(tr("Method:"), m_method);
    m_histogram = new QComboBox(page);
    m_histogram->setObjectName(QStringLiteral("histogramCombo"));
    m_histogram->addItem(tr("ImageJ (256 bins)"));
    m_histogram->addItem(tr("Full 16-bit (65536 bins)"));
    m_histogram->setToolTip(tr("Histogram the automatic methods run on: ImageJ's 256 bins between the plane's min and "
                               "max, or every level of a 16-bit plane (8-bit and float planes always use 256)."));
    form->addRow(tr("Histogram:"), m_histogram);

    auto makeLevelRow = [this, page, form](bool lower) {
        auto* slider = new QSlider(Qt::Horizontal, page);
        auto* spin = new QDoubleSpinBox(page);
        slider->setObjectName(lower ? QStringLiteral("lowerSlider") : QStringLiteral("upperSlider"));
        spin->setObjectName(lower ? QStringLiteral("lowerSpin") : QStringLiteral("upperSpin"));
        slider->setToolTip(lower ? tr("Lower level: pixels below it are background (drag for Manual)")
                                 : tr("Upper level: pixels above it are background (drag for Manual)"));
        spin->setToolTip(lower ? tr("Lower level in image units (inclusive)")
                               : tr("Upper level in image units (inclusive)"));
        spin->setKeyboardTracking(false);
        auto* row = new QHBoxLayout;
        row->addWidget(slider, 1);
        row->addWidget(spin);
        form->addRow(lower ? tr("Lower:") : tr("Upper:"), row);
        connect(slider, &QSlider::sliderPressed, this, [this] { m_dragGesture = newGestureId(); });
        connect(slider, &QSlider::sliderReleased, this, [this] { m_dragGesture = 0; });
        connect(slider, &QSlider::valueChanged, this, [this, lower](int position) {
            if (!m_updating) {
                setLevelFromControl(lower, sliderToValue(position), m_dragGesture);
            }
        });
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, lower](double value) {
            if (!m_updating) {
                if (m_spinGesture == 0) {
                    m_spinGesture = newGestureId();
                }
                setLevelFromControl(lower, value, m_spinGesture);
            }
        });
        connect(spin, &QDoubleSpinBox::editingFinished, this, [this] { m_spinGesture = 0; });
        (lower ? m_lowerSlider : m_upperSlider) = slider;
        (lower ? m_lowerSpin : m_upperSpin) = spin;
    };
    makeLevelRow(true);
    makeLevelRow(false);

    m_tryAllButton = new QPushButton(tr("Try All…"), page);
    m_tryAllButton->setObjectName(QStringLiteral("tryAllButton"));
    m_tryAllButton->setToolTip(tr("Show every method's mask on the current plane; click one to use it"));
    form->addRow(m_tryAllButton);

    connect(m_method, &QComboBox::activated, this, [this] {
        ThresholdSettings s = settings();
        s.method = m_method->currentData().toString();
        if (s.method == manualMethodName()) {
            push(s, tr("Threshold method: Manual"));
        } else {
            computeLevels(s);
        }
    });
    connect(m_histogram, &QComboBox::activated, this, [this](int index) {
        ThresholdSettings s = settings();
        s.fullHistogram = index == 1;
        if (s.method != manualMethodName()) {
            computeLevels(s);
        } else {
            push(s, tr("Threshold histogram: %1").arg(m_histogram->currentText()));
        }
    });
    connect(m_tryAllButton, &QPushButton::clicked, this, &ThresholdPanel::openTryAll);
    return page;
}

QWidget* ThresholdPanel::buildLocalPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_localMethod = new QComboBox(page);
    m_localMethod->setObjectName(QStringLiteral("localMethodCombo"));
    m_localMethod->addItems(localThresholdMethodNames());
    m_localMethod->setToolTip(tr("Local method (Fiji's Auto Local Threshold names)"));
    form->addRow(tr("Method:"), m_localMethod);
    m_radius = new QSpinBox(page);
    m_radius->setObjectName(QStringLiteral("radiusSpin"));
    m_radius->setRange(1, 1000);
    m_radius->setSuffix(tr(" px"));
    m_radius->setKeyboardTracking(false);
    m_radius->setToolTip(tr("Radius of the circular neighbourhood in pixels"));
    form->addRow(tr("Radius:"), m_radius);
    m_param1 = new QDoubleSpinBox(page);
    m_param1->setObjectName(QStringLiteral("parameter1Spin"));
    m_param2 = new QDoubleSpinBox(page);
    m_param2->setObjectName(QStringLiteral("parameter2Spin"));
    for (QDoubleSpinBox* spin : {m_param1, m_param2}) {
        spin->setRange(-1e6, 1e6);
        spin->setDecimals(3);
        spin->setKeyboardTracking(false);
    }
    m_param1->setToolTip(tr("Fiji's parameter 1 (Bernsen: contrast threshold; Mean, Median, MidGrey: C; Niblack, "
                            "Phansalkar, Sauvola: k), in 8-bit units"));
    m_param2->setToolTip(tr("Fiji's parameter 2 (Niblack: C; Phansalkar, Sauvola: r)"));
    form->addRow(tr("Parameter 1:"), m_param1);
    form->addRow(tr("Parameter 2:"), m_param2);

    connect(m_localMethod, &QComboBox::activated, this, [this] {
        ThresholdSettings s = settings();
        s.local.method = *localThresholdMethodFromName(m_localMethod->currentText());
        s.local.parameter1.reset();
        s.local.parameter2.reset();
        push(s, tr("Local method: %1").arg(m_localMethod->currentText()));
    });
    connect(m_radius, &QSpinBox::valueChanged, this, [this](int radius) {
        if (!m_updating) {
            ThresholdSettings s = settings();
            s.local.radius = radius;
            push(s, tr("Local radius: %1").arg(radius));
        }
    });
    for (QDoubleSpinBox* spin : {m_param1, m_param2}) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, spin](double value) {
            if (!m_updating) {
                ThresholdSettings s = settings();
                (spin == m_param1 ? s.local.parameter1 : s.local.parameter2) = value;
                push(s, tr("Local parameter: %1").arg(value));
            }
        });
    }
    return page;
}

} // namespace tessera
