#pragma once

#include "core/texture/Glcm.h"
#include "ui/app/DocumentPanel.h"
#include "ui/project/Project.h"
#include "ui/texture/GlcmJob.h"

#include "ui/async/TaskRunner.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace tessera {

class ImageDocument;

/**
 * The GLCM parameters and run control of one document (a dock's widget). Every control edits the document's
 * GlcmParams (AnalysisKind::Glcm) through an undoable SetParametersCommand, and follows the document (undo shows at
 * once). Runs computeGlcmJob() for all ROIs on the TaskRunner (key document->taskKey(Glcm), so a new run cancels the
 * previous one), with progress and cancel, and stores the result with the stamp taken at the request. With auto-run
 * (default on) a change of the ROIs' pixels, the plane or the parameters reruns it after a short debounce, newest
 * request winning, so the plot follows edits live. Warnings (clipped ROIs, ROIs without pixels, too few pairs) and
 * worker errors are shown in the panel; a stale result is marked as such.
 *
 * "Run on all images" (button "glcmRunAllButton", with a project of more than one image) copies the current image's
 * parameters to every other image that has ROIs with an area (an undoable parameter change in each document, so each
 * result is reproducible from its own document) and computes them all in one task (key "glcmAll", one progress bar,
 * Cancel), storing each image's result in its own document with the stamp taken at the request, exactly like a single
 * run. Images without such ROIs are skipped and named in the report line; a failing image does not stop the others.
 */
class GlcmPanel : public QWidget
{
    Q_OBJECT

public:
    /** The worker function (tests inject slow or failing ones); default computeGlcmJob. */
    using Work = std::function<Expected<GlcmResult>(const GlcmJob&, TaskContext&)>;

    /** runner: the window's runner (not owned; must outlive the panel). */
    explicit GlcmPanel(TaskRunner* runner, QWidget* parent = nullptr);
    ~GlcmPanel() override;

    /** Shows and edits document (nullable: everything disabled). Cancels a run for the previous document. */
    void setDocument(ImageDocument* document);
    ImageDocument* document() const { return m_document; }
    /** The window's images, for "Run on all images" (not owned; may be null: the button stays disabled). */
    void setProject(Project* project);
    Project* project() const { return m_project; }
    /**
     * Live, Run, Cancel, Run on all images, progress and status (object name "glcmFooter"): the last row of the panel
     * until a dock moves it below its scrolling form (DocumentPanel::setScrollableWidget) so that it stays visible.
     */
    QWidget* footer() const { return m_footer; }

    /** imagej-ops' defaults: 32 levels, distance 1, four orientations, ImageJ convention, per-ROI range. */
    static GlcmParams imagejOpsPreset();
    /** The PyImageJ GLCM tutorial: 128 levels, distance 7, the four orientations averaged, per-ROI range. */
    static GlcmParams tutorialPreset();

    /** "1, 3, 7" → {1, 3, 7}; nullopt unless every part is a whole number ≥ 1, each once. */
    static std::optional<std::vector<int>> parseDistances(const QString& text);
    /** {1, 3, 7} → "1, 3, 7". */
    static QString distancesText(const std::vector<int>& distances);

    /** Automatic reruns on changes (default true). */
    void setAutoRun(bool on) { m_autoRun = on; }
    bool autoRun() const { return m_autoRun; }
    /** Debounce of automatic reruns in ms (default 150). */
    void setDebounceInterval(int ms);
    void setWork(Work work);

    /** True while this document's GLCM runs. */
    bool isRunning() const;
    /** True while "Run on all images" runs. */
    bool isRunningAll() const;
    /** What the last "Run on all images" did (computed, skipped and failed images); empty before the first. */
    QString runAllReport() const;
    /** The message of the last failed run (empty after a successful one). */
    QString lastError() const { return m_lastError; }
    /** The warnings shown for the current result (clipped ROIs, ROIs without pixels, too few pairs). */
    QString warningText() const;

public slots:
    /** Starts a run now (no-op without document or ROIs). */
    void run();
    /** Schedules a run after the debounce interval (restarts the timer). */
    void scheduleRun();
    void cancel();
    /** Computes every image of the project with the current image's parameters (see the class comment). */
    void runAll();

signals:
    void runStarted();
    /** A run ended: ok (result stored), failed (message shown) or cancelled. */
    void runFinished(bool ok);
    /** "Run on all images" ended: ok (some image's result stored, see runAllReport()), or failed or cancelled. */
    void runAllFinished(bool ok);

private:
    void buildUi();
    void syncFromDocument();
    void updateState();
    void pushParams(const GlcmParams& params, const QString& text, quint64 gesture = 0);
    GlcmParams currentParams() const;
    void applyPreset(int index);
    void showResultWarnings();
    void onParametersChanged();
    void finishRunAll(bool ok, const QString& report);
    static QString runAllKey() { return QStringLiteral("glcmAll"); }

    QPointer<TaskRunner> m_runner; ///< the window's; may be destroyed before this panel when the window closes
    QPointer<ImageDocument> m_document;
    QPointer<Project> m_project;
    Work m_work;
    bool m_autoRun = true;
    bool m_syncing = false;
    quint64 m_levelsGesture = 0;
    quint64 m_rangeGesture = 0;
    QString m_lastError;
    QString m_taskKey;
    QTimer* m_debounce = nullptr;

    QComboBox* m_preset = nullptr;
    QSpinBox* m_levels = nullptr;
    QLineEdit* m_distances = nullptr;
    QCheckBox* m_orient[4] = {};
    QComboBox* m_convention = nullptr;
    QComboBox* m_symmetry = nullptr;
    QComboBox* m_rangeMode = nullptr;
    QDoubleSpinBox* m_customMin = nullptr;
    QDoubleSpinBox* m_customMax = nullptr;
    QCheckBox* m_autoRunBox = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_runAllButton = nullptr;
    QLabel* m_runAllStatus = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QWidget* m_footer = nullptr;
    QLabel* m_warnings = nullptr;
};

/** The dock of the GLCM panel (object name "glcmDock"): hands the window's current document to its GlcmPanel. */
class GlcmDock : public DocumentPanel
{
    Q_OBJECT

public:
    /** project: the window's images for "Run on all images" (not owned; may be null). */
    GlcmDock(TaskRunner* runner, Project* project = nullptr, QWidget* parent = nullptr);
    GlcmPanel* panel() const { return m_panel; }

protected:
    void documentChanged(ImageDocument* previous) override;

private:
    GlcmPanel* m_panel = nullptr;
};

} // namespace tessera
