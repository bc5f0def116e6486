#include "ui/segmentation/PreprocessEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace tessera {
namespace {
/** Gesture ids of the editor's parameter controls: distinct per step and parameter. */
quint64 gestureOf(int step, int parameter)
{
    return 0x5e900000ULL + quint64(step) * 8 + quint64(parameter);
}

QString indexedName(const char* name, int i)
{
    return QLatin1String(name) + QString::number(i);
}

bool sameStructure(const PreprocessChain& a, const PreprocessChain& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].kind != b[i].kind) {
            return false;
        }
    }
    return true;
}
} // namespace

PreprocessEditor::PreprocessEditor(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rows = new QWidget(this);
    m_rowsLayout = new QVBoxLayout(m_rows);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);
    layout->addWidget(m_rows);

    m_add = new QComboBox(this);
    m_add->setObjectName(QStringLiteral("addStepCombo"));
    m_add->addItem(tr("Add step…"), -1);
    for (PreprocessKind kind : {PreprocessKind::Gaussian, PreprocessKind::Median, PreprocessKind::Background,
                                PreprocessKind::Clahe, PreprocessKind::Equalize}) {
        m_add->addItem(Preprocess::kindTitle(kind), int(kind));
    }
    m_add->setToolTip(tr("Append a pre-processing step (steps run from top to bottom)"));
    layout->addWidget(m_add);
    connect(m_add, &QComboBox::activated, this, [this](int index) {
        const int kind = m_add->itemData(index).toInt();
        m_add->setCurrentIndex(0);
        if (kind < 0) {
            return;
        }
        PreprocessChain chain = m_chain;
        const auto k = PreprocessKind(kind);
        chain.push_back(k == PreprocessKind::Gaussian     ? PreprocessStep::gaussian(1.0)
                        : k == PreprocessKind::Median     ? PreprocessStep::median(2)
                        : k == PreprocessKind::Background ? PreprocessStep::background(50)
                        : k == PreprocessKind::Clahe      ? PreprocessStep::claheStep(64, 3.0)
                                                          : PreprocessStep::equalize());
        edit(chain, tr("Add %1").arg(Preprocess::kindTitle(k)));
    });

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("preprocessText"));
    m_text->setToolTip(tr("The chain as text, as tessera-cli segment --pre takes it, e.g. median:5,gaussian:1 "
                          "(steps: gaussian:SIGMA, median:RADIUS, background:RADIUS[:light], clahe:TILE:CLIP, "
                          "equalize; \":off\" turns a step off; none = no pre-processing). Edit and press Enter."));
    layout->addWidget(m_text);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("preprocessError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c00000"));
    m_error->hide();
    layout->addWidget(m_error);
    connect(m_text, &QLineEdit::editingFinished, this, &PreprocessEditor::applyText);
    rebuild();
}

void PreprocessEditor::setChain(const PreprocessChain& chain)
{
    const bool structural = !sameStructure(chain, m_chain);
    m_chain = chain;
    if (structural) {
        rebuild();
    } else {
        updateValues();
    }
}

void PreprocessEditor::edit(const PreprocessChain& chain, const QString& description, quint64 gesture)
{
    if (chain != m_chain) {
        emit chainEdited(chain, description, gesture);
    }
}

void PreprocessEditor::applyText()
{
    const QString text = m_text->text();
    if (text == Preprocess::toText(m_chain)) {
        m_error->hide();
        return;
    }
    const Expected<PreprocessChain> chain = Preprocess::parse(text);
    if (!chain.isOk()) {
        m_error->setText(chain.status().message());
        m_error->show();
        return;
    }
    m_error->hide();
    edit(chain.value(), tr("Pre-processing: %1").arg(Preprocess::toText(chain.value())));
}

void PreprocessEditor::rebuild()
{
    // Old rows go later: rebuild() may run inside a signal of one of their buttons.
    while (QLayoutItem* item = m_rowsLayout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->setParent(nullptr); // out of findChild()'s reach at once
            w->deleteLater();
        }
        delete item;
    }
    for (int i = 0; i < int(m_chain.size()); ++i) {
        m_rowsLayout->addWidget(makeRow(i));
    }
    if (m_chain.empty()) {
        auto* none = new QLabel(tr("No pre-processing: the threshold sees the raw plane."), m_rows);
        none->setWordWrap(true);
        m_rowsLayout->addWidget(none);
    }
    updateValues();
}

QWidget* PreprocessEditor::makeRow(int i)
{
    const PreprocessStep step = m_chain[size_t(i)];
    auto* row = new QWidget(m_rows);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto* check = new QCheckBox(Preprocess::kindTitle(step.kind), row);
    check->setObjectName(indexedName("stepCheck", i));
    check->setToolTip(tr("Turn this step on or off (it keeps its parameters)"));
    h->addWidget(check, 1);
    connect(check, &QCheckBox::toggled, this, [this, i](bool on) {
        PreprocessChain chain = m_chain;
        chain[size_t(i)].enabled = on;
        edit(chain, (on ? tr("%1 on") : tr("%1 off")).arg(Preprocess::kindTitle(chain[size_t(i)].kind)));
    });
    auto intSpin = [&](const char* name, int lo, int hi, const QString& suffix, int parameter, const QString& tip,
                       auto setter) {
        auto* spin = new QSpinBox(row);
        spin->setObjectName(indexedName(name, i));
        spin->setRange(lo, hi);
        spin->setSuffix(suffix);
        spin->setKeyboardTracking(false);
        spin->setToolTip(tip);
        h->addWidget(spin);
        connect(spin, &QSpinBox::valueChanged, this, [this, i, parameter, setter](int v) {
            PreprocessChain chain = m_chain;
            setter(chain[size_t(i)], v);
            edit(chain, tr("Pre-processing: %1").arg(Preprocess::toText(chain)), gestureOf(i, parameter));
        });
    };
    auto realSpin = [&](const char* name, double lo, double hi, int decimals, const QString& suffix, int parameter,
                        const QString& tip, auto setter) {
        auto* spin = new QDoubleSpinBox(row);
        spin->setObjectName(indexedName(name, i));
        spin->setRange(lo, hi);
        spin->setDecimals(decimals);
        spin->setSuffix(suffix);
        spin->setKeyboardTracking(false);
        spin->setToolTip(tip);
        h->addWidget(spin);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, i, parameter, setter](double v) {
            PreprocessChain chain = m_chain;
            setter(chain[size_t(i)], v);
            edit(chain, tr("Pre-processing: %1").arg(Preprocess::toText(chain)), gestureOf(i, parameter));
        });
    };
    switch (step.kind) {
    case PreprocessKind::Gaussian:
        realSpin("stepSigma", 0.1, 100, 2, tr(" px"), 0, tr("Gaussian sigma in pixels"),
                 [](PreprocessStep& s, double v) { s.sigma = v; });
        break;
    case PreprocessKind::Median:
        intSpin("stepRadius", 1, 50, tr(" px"), 0, tr("Radius of the disk (scikit-image's disk(r))"),
                [](PreprocessStep& s, int v) { s.radius = v; });
        break;
    case PreprocessKind::Background: {
        intSpin("stepRadius", 1, 1000, tr(" px"), 0, tr("Rolling-disk radius: larger than the largest object"),
                [](PreprocessStep& s, int v) { s.radius = v; });
        auto* light = new QCheckBox(tr("Light"), row);
        light->setObjectName(indexedName("stepLight", i));
        light->setToolTip(tr("Light background (dark objects)"));
        h->addWidget(light);
        connect(light, &QCheckBox::toggled, this, [this, i](bool on) {
            PreprocessChain chain = m_chain;
            chain[size_t(i)].lightBackground = on;
            edit(chain, tr("Pre-processing: %1").arg(Preprocess::toText(chain)));
        });
        break;
    }
    case PreprocessKind::Clahe:
        intSpin("stepTile", 8, 4096, tr(" px"), 0, tr("CLAHE tile size in pixels"),
                [](PreprocessStep& s, int v) { s.clahe.tileSize = v; });
        realSpin("stepClip", 1, 100, 1, QString(), 1, tr("CLAHE clip limit (ImageJ's maximum slope)"),
                 [](PreprocessStep& s, double v) { s.clahe.clipLimit = v; });
        break;
    case PreprocessKind::Equalize:
        break;
    }
    auto button = [&](const char* name, const QString& text, const QString& tip, int target) {
        auto* b = new QToolButton(row);
        b->setObjectName(indexedName(name, i));
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        h->addWidget(b);
        connect(b, &QToolButton::clicked, this, [this, i, target] {
            PreprocessChain chain = m_chain;
            const QString title = Preprocess::kindTitle(chain[size_t(i)].kind);
            if (target < 0) {
                chain.erase(chain.begin() + i);
                edit(chain, tr("Remove %1").arg(title));
            } else if (target < int(chain.size())) {
                std::swap(chain[size_t(i)], chain[size_t(target)]);
                edit(chain, tr("Move %1").arg(title));
            }
        });
        return b;
    };
    button("stepUp", QStringLiteral("↑"), tr("Run this step earlier"), i - 1)->setEnabled(i > 0);
    button("stepDown", QStringLiteral("↓"), tr("Run this step later"), i + 1)->setEnabled(i + 1 < int(m_chain.size()));
    button("stepRemove", QStringLiteral("✕"), tr("Remove this step"), -1);
    return row;
}

void PreprocessEditor::updateValues()
{
    for (int i = 0; i < int(m_chain.size()); ++i) {
        const PreprocessStep& s = m_chain[size_t(i)];
        if (auto* c = m_rows->findChild<QCheckBox*>(indexedName("stepCheck", i))) {
            const QSignalBlocker block(c);
            c->setChecked(s.enabled);
        }
        auto setInt = [&](const char* name, int v) {
            if (auto* w = m_rows->findChild<QSpinBox*>(indexedName(name, i))) {
                const QSignalBlocker block(w);
                w->setValue(v);
            }
        };
        auto setReal = [&](const char* name, double v) {
            if (auto* w = m_rows->findChild<QDoubleSpinBox*>(indexedName(name, i))) {
                const QSignalBlocker block(w);
                w->setValue(v);
            }
        };
        setReal("stepSigma", s.sigma);
        setInt("stepRadius", s.radius);
        setInt("stepTile", s.clahe.tileSize);
        setReal("stepClip", s.clahe.clipLimit);
        if (auto* l = m_rows->findChild<QCheckBox*>(indexedName("stepLight", i))) {
            const QSignalBlocker block(l);
            l->setChecked(s.lightBackground);
        }
    }
    if (!m_text->hasFocus()) {
        m_text->setText(Preprocess::toText(m_chain));
    }
    m_error->hide();
}

} // namespace tessera
