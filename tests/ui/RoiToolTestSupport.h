#pragma once

// Shared helpers of the ROI tool tests (TestRoiTools, TestRoiEditing): real windows, mouse at image points.

#include "ui/app/AppContext.h"
#include "ui/app/MainWindow.h"
#include "ui/document/commands/RoiCommands.h"
#include "ui/roi/tools/RoiTool.h"
#include "ui/roi/tools/RoiToolGeometry.h"
#include "ui/roi/tools/RoiTools.h"
#include "ui/roi/tools/SpecifyRoiDialog.h"
#include "ui/settings/Settings.h"
#include "ui/viewer/ImageView.h"
#include "ui/viewer/RoiOverlay.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QTranslator>
#include <QtTest>

#include <cmath>
#include <memory>

namespace roitest {

using namespace tessera;

inline const QString dataDir = QStringLiteral(TESSERA_TEST_DATA);

/** For initTestCase(): QStandardPaths in test mode, the test's own organisation and application name (so its
 *  settings stay apart from the user's and other tests'), no recent files. */
inline void isolateSettings(const QString& applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TesseraTest"));
    QCoreApplication::setApplicationName(applicationName);
    Settings().clearRecentFiles();
}

/** One ROI of tests/data/reference/glcm_rois.json (the reference crops of the GLCM story). */
struct ReferenceRoi
{
    QString name;
    QString shape; // "rect" or "ellipse"
    QRectF bounds;
};

inline QList<ReferenceRoi> referenceRois()
{
    QFile file(dataDir + QStringLiteral("/reference/glcm_rois.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read glcm_rois.json");
    }
    QList<ReferenceRoi> out;
    const QJsonArray rois = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("rois")).toArray();
    for (const QJsonValue& v : rois) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("name")).toString(),
                    o.value(QStringLiteral("shape")).toString(QStringLiteral("rect")),
                    QRectF(o.value(QStringLiteral("x")).toDouble(), o.value(QStringLiteral("y")).toDouble(),
                           o.value(QStringLiteral("w")).toDouble(), o.value(QStringLiteral("h")).toDouble())});
    }
    return out;
}

inline ReferenceRoi referenceRoi(const QString& name)
{
    for (const ReferenceRoi& r : referenceRois()) {
        if (r.name == name) {
            return r;
        }
    }
    qFatal("no reference ROI %s", qPrintable(name));
    return {};
}

/** A shown main window with the bundled sample (or the image at path) open. */
inline std::unique_ptr<MainWindow> openSampleWindow(AppContext& context, const QString& path = QString())
{
    auto w = std::make_unique<MainWindow>(context);
    // The panels are not under test here: hide them so the viewer's geometry (and the image's scale in it) does not
    // depend on which docks the window has.
    for (QDockWidget* dock : w->findChildren<QDockWidget*>()) {
        dock->hide();
    }
    w->resize(1000, 800);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get())) {
        return nullptr;
    }
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get())) { // window shortcuts (R, E, P, F, V) need the active window
        return nullptr;
    }
    QSignalSpy spy(w.get(), &MainWindow::loadFinished);
    w->openFile(path.isEmpty() ? dataDir + QStringLiteral("/pyimagej_test_still.tif") : path);
    if (!spy.wait(10000) || !spy.first().first().toBool()) {
        return nullptr;
    }
    w->view()->setFocus();
    return w;
}

/** The widget point of image point p (from the view's current transform). */
inline QPoint at(const MainWindow& w, const QPointF& p)
{
    return w.view()->imageToWidget(p).toPoint();
}

inline void click(MainWindow& w, const QPointF& p, Qt::KeyboardModifiers mods = {})
{
    QTest::mouseClick(w.view(), Qt::LeftButton, mods, at(w, p));
}

/** Press at from, move in steps, release at to (modifiers on press and release). */
inline void drag(MainWindow& w, const QPointF& from, const QPointF& to, int steps = 5, Qt::KeyboardModifiers mods = {})
{
    QTest::mousePress(w.view(), Qt::LeftButton, mods, at(w, from));
    for (int i = 1; i <= steps; ++i) {
        QTest::mouseMove(w.view(), at(w, from + (to - from) * (double(i) / steps)));
    }
    QTest::mouseRelease(w.view(), Qt::LeftButton, mods, at(w, to));
}

inline void useTool(MainWindow& w, const char* actionName)
{
    QAction* action = w.findChild<QAction*>(QLatin1String(actionName));
    QVERIFY(action);
    action->trigger();
    QVERIFY(action->isChecked());
}

inline void setFixedSize(MainWindow& w, int width, int height)
{
    w.findChild<QSpinBox*>(QStringLiteral("fixedWidthSpin"))->setValue(width);
    w.findChild<QSpinBox*>(QStringLiteral("fixedHeightSpin"))->setValue(height);
    QAction* fixed = w.findChild<QAction*>(QStringLiteral("actionFixedSize"));
    if (!fixed->isChecked()) {
        fixed->trigger();
    }
}

/** The only selected ROI (0 when not exactly one). */
inline RoiId selectedRoi(const MainWindow& w)
{
    const RoiIdList ids = w.document()->selectedRoiIds();
    return ids.size() == 1 ? ids.first() : 0;
}

/** Adds a ROI directly (test setup, not a tool gesture) and selects it. */
inline RoiId addDirect(MainWindow& w, const Roi& roi)
{
    ImageDocument* doc = w.document();
    auto* command = new AddRoisCommand(doc, {roi});
    const RoiId id = command->ids().first();
    doc->undoStack()->push(command);
    doc->setSelection({id});
    return id;
}

} // namespace roitest
