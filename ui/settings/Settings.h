#pragma once

#include "core/measure/TableWriter.h"

#include <QSettings>
#include <QStringList>

namespace tessera {

/**
 * Typed access to Tessera's persistent settings (the only place in the code base that touches QSettings).
 * Construct on the GUI thread when needed; cheap.
 */
class Settings
{
public:
    Settings();

    /** Most recent first, at most maxRecentFiles() entries, existing or not. */
    QStringList recentFiles() const;
    /** Moves path to the front of the recent files list. */
    void addRecentFile(const QString& path);
    void clearRecentFiles();
    static constexpr int maxRecentFiles() { return 10; }

    /** Folder of the last opened file; the user's pictures folder when none. */
    QString lastDirectory() const;
    void setLastDirectory(const QString& dir);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    /** Percentage of pixels the display panel's Auto saturates (ImageJ's default 0.35 %), in [0, 50). */
    double autoContrastSaturation() const;
    void setAutoContrastSaturation(double percent);

    /** Where exported tables put their provenance (Results > Export… menu): Sidecar (default), CommentHeader, None. */
    ProvenanceMode tableProvenance() const;
    void setTableProvenance(ProvenanceMode mode);

private:
    QSettings m_settings;
};

} // namespace tessera
