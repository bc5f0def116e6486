#pragma once

#include "core/filters/Preprocess.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace tessera {

/**
 * Editor of a pre-processing chain: one row per step (a check box with the step's name to turn it on or off, its
 * parameters, buttons to move it up or down and to remove it), an "Add step" combo, and the chain's text form
 * (Preprocess::toText()), which can also be typed (a bad text is explained below it and not applied).
 * The editor does not store the chain anywhere: every edit emits chainEdited() with the new chain, and the owner
 * stores it and calls setChain() (which never emits).
 *
 * Object names: "preprocessText", "preprocessError", "addStepCombo", and per step i (0-based) "stepCheck<i>",
 * "stepSigma<i>" (Gaussian), "stepRadius<i>" (median, background), "stepLight<i>" (background), "stepTile<i>",
 * "stepClip<i>" (CLAHE), "stepUp<i>", "stepDown<i>", "stepRemove<i>".
 */
class PreprocessEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PreprocessEditor(QWidget* parent = nullptr);

    void setChain(const PreprocessChain& chain);
    const PreprocessChain& chain() const { return m_chain; }

signals:
    /** The user changed the chain; description names the change for the undo history; edits of one control share a
     *  non-zero gesture (so a spin box series can merge into one step), structural edits have gesture 0. */
    void chainEdited(const tessera::PreprocessChain& chain, const QString& description, quint64 gesture);

private:
    void rebuild();
    void updateValues();
    QWidget* makeRow(int index);
    void edit(const PreprocessChain& chain, const QString& description, quint64 gesture = 0);
    void applyText();

    PreprocessChain m_chain;
    QVBoxLayout* m_rowsLayout = nullptr;
    QWidget* m_rows = nullptr;
    QComboBox* m_add = nullptr;
    QLineEdit* m_text = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace tessera
