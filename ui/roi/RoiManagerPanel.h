#pragma once

#include "core/common/Status.h"
#include "ui/document/DocumentTypes.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>

class QAction;
class QTableView;

namespace tessera {

class ImageDocument;
class RoiClassDelegate;
class RoiClassEditor;
class RoiTableModel;

/**
 * The ROI manager (object name "roiManagerPanel"; hosted in a QDockWidget by the main window): a table of the current
 * document's ROIs (RoiTableModel, object name "roiTable") with in-place rename and reclassify, delete (Del key or
 * button), duplicate, move up / down (or drag rows), import / export of ROI files (ImageJ RoiSet.zip and .roi,
 * Tessera JSON, CSV on import: core/roi/RoiFile.h), a "Show names" toggle for the viewer, and the classes editor
 * (RoiClassEditor) below.
 *
 * Every edit is an undo command on the document's stack. The table's row selection and the document's ROI selection
 * follow each other both ways (selecting rows selects the ROIs; a selection made elsewhere selects the rows and
 * scrolls to them) without feedback loops. Works with no document (empty and disabled).
 */
class RoiManagerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RoiManagerPanel(QWidget* parent = nullptr);
    ~RoiManagerPanel() override;
    QSize sizeHint() const override;

    /** Shows document (nullptr: none); call again when another image opens. Does not take ownership. */
    void setDocument(ImageDocument* document);
    ImageDocument* document() const { return m_document; }

    QTableView* tableView() const { return m_table; }
    RoiTableModel* model() const { return m_model; }
    RoiClassEditor* classEditor() const { return m_classEditor; }

    /** Deletes the selected ROIs (one undo step). */
    void deleteSelected();
    /** Copies the selected ROIs (same shape and class, next free number in the name), each right after its
     *  original, and selects the copies (one undo step). */
    void duplicateSelected();
    /** Moves each selected ROI one place up (delta -1) or down (+1) past unselected ones (one undo step). */
    void moveSelected(int delta);
    /**
     * Adds the ROIs of a ROI file (ImageJ RoiSet.zip / .roi, JSON or CSV, see core/roi/RoiFile.h) and any classes
     * they name that the document lacks, as one undo step, and selects them. Names are kept as they are, even when
     * the document already has a ROI of that name (ImageJ's ROI Manager allows that too). A new class takes the
     * stroke colour of its first ROI that has one, else a suggested colour. What the file held that Tessera cannot
     * keep is appended to warnings when given. On error nothing changes.
     */
    Status importRois(const QString& path, QStringList* warnings = nullptr);
    /**
     * Writes the ROIs in table order (only the selected ones when selectedOnly and some are selected) to path
     * atomically, in the format of its extension: .zip ImageJ ROI set, .roi one ImageJ ROI, else JSON.
     */
    Status exportRois(const QString& path, bool selectedOnly = false) const;

    /**
     * Asks the user for a file: save (true) or open, the dialog's caption and name filter ("A (*.a);;B (*.b)");
     * returns the path (empty when cancelled) and sets *selectedFilter to the chosen filter. The default shows
     * QFileDialog; tests install their own to drive Import… and Export… without a native dialog.
     */
    using FileChooser =
        std::function<QString(bool save, const QString& caption, const QString& filter, QString* selectedFilter)>;
    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }

private:
    void createActions();
    void updateActions();
    void pushSelectionToDocument();
    void pullSelectionFromDocument(bool scroll);
    void importDialog();
    void exportDialog();
    QString chooseFile(bool save, const QString& caption, const QString& filter, QString* selectedFilter);

    QPointer<ImageDocument> m_document;
    RoiTableModel* m_model = nullptr;
    RoiClassDelegate* m_delegate = nullptr;
    QTableView* m_table = nullptr;
    RoiClassEditor* m_classEditor = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_upAction = nullptr;
    QAction* m_downAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_showNamesAction = nullptr;
    FileChooser m_fileChooser;
    bool m_syncing = false; ///< true while the selection is copied between table and document, or rows change
};

} // namespace tessera
