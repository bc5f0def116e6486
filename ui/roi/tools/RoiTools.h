#pragma once

#include "ui/document/ImageDocument.h"

#include <QObject>
#include <QPointer>
#include <QSize>

#include <array>

class QAction;
class QActionGroup;
class QComboBox;
class QMenu;
class QSpinBox;
class QToolBar;

namespace tessera {

class ImageView;
class RoiTool;

/**
 * The ROI tools of one window: the tool actions (exclusive, shortcuts R, E, P, F, V), the class combo and the
 * fixed-size W × H controls in the tools tool bar, and Edit > Specify…, Select All, Select None, Delete. It owns the
 * tools (ViewTool state machines in ui/roi/tools/) and sets the active one on the view; the tools turn gestures into
 * document commands through addRoi() and the document's undo stack.
 *
 * New ROIs get the class chosen in the combo (none = "(none)") and an auto-numbered name "<class> N" (or "ROI N"),
 * and become the selection. A ROI with no pixel inside the image is refused with a message; one partly outside is
 * added (analyses clip it) and a warning is shown. Messages go out through message() (the window's status bar).
 *
 * Edit shortcuts (Ctrl+A, Ctrl+Shift+A, Delete) act while the viewer has the focus, so the same keys stay free for
 * tables and text fields in the panels.
 */
class RoiTools : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Select,
        Rectangle,
        Ellipse,
        Polygon,
        Freehand,
    };
    static constexpr int kKindCount = 5;

    explicit RoiTools(ImageView* view, QObject* parent = nullptr);
    ~RoiTools() override;

    /** Adds the tool actions and controls to toolBar and the edit actions to editMenu (each once). */
    void install(QToolBar* toolBar, QMenu* editMenu);

    /** The document the tools edit (nullptr: none; the tools then do nothing). */
    void setDocument(ImageDocument* document);
    ImageDocument* document() const { return m_document; }
    ImageView* view() const { return m_view; }

    Kind currentTool() const { return m_current; }
    /** Activates a tool (checks its action, sets it on the view). */
    void setCurrentTool(Kind kind);
    RoiTool* tool(Kind kind) const { return m_tools[size_t(kind)]; }
    QAction* toolAction(Kind kind) const { return m_toolActions[size_t(kind)]; }

    /** The class for new ROIs ("" = none). */
    QString currentClass() const;
    /** Chooses the class for new ROIs (must be a class of the document, or "" for none). */
    void setCurrentClass(const QString& name);
    /** True when rectangle and ellipse place fixed-size crops with a click (kept while other tools are used; turning
     *  it on activates the rectangle tool unless the ellipse tool is active). */
    bool isFixedSize() const;
    QSize fixedSize() const;

    /**
     * Adds roi as a user edit (one undo step): gives it the current class and, when name is empty, an auto-numbered
     * name; selects it. Refuses (returns 0, with a message) a ROI with no pixel inside the image; warns about one
     * partly outside.
     */
    RoiId addRoi(Roi roi, const QString& name = QString());

    /**
     * After a move, resize or nudge: a status-bar warning when one of ids lies partly outside the image (analyses clip
     * it) or has no pixel inside (analyses refuse it). Returns false when it warned.
     */
    bool checkInside(const RoiIdList& ids);

public slots:
    /** Edit > Select All: selects the ROI covering the whole image, adding it ("whole") if there is none. */
    void selectAll();
    void selectNone();
    /** Edit > Delete: deletes the selected ROIs (one undo step). */
    void deleteSelection();
    /** Edit > Specify…: opens the dialog (object name "specifyRoiDialog") for exact x, y, w, h. */
    void specify();

signals:
    /** A message for the status bar (timeout in ms), e.g. QStatusBar::showMessage. */
    void message(const QString& text, int timeout);
    void currentToolChanged(tessera::RoiTools::Kind kind);

private:
    void createActions();
    void rebuildClassCombo();
    void updateEnabled();

    QPointer<ImageView> m_view;
    QPointer<ImageDocument> m_document;
    std::array<RoiTool*, kKindCount> m_tools{};
    std::array<QAction*, kKindCount> m_toolActions{};
    Kind m_current = Kind::Select;
    QActionGroup* m_toolGroup = nullptr;
    QComboBox* m_classCombo = nullptr;
    QAction* m_fixedSizeAction = nullptr;
    QSpinBox* m_widthSpin = nullptr;
    QSpinBox* m_heightSpin = nullptr;
    QAction* m_specifyAction = nullptr;
    QAction* m_selectAllAction = nullptr;
    QAction* m_selectNoneAction = nullptr;
    QAction* m_deleteAction = nullptr;
};

} // namespace tessera
