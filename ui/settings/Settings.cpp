#include "ui/settings/Settings.h"

#include <QDir>
#include <QStandardPaths>

namespace tessera {
namespace {
const QString kRecent = QStringLiteral("files/recent");
const QString kLastDir = QStringLiteral("files/lastDirectory");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSaturation = QStringLiteral("display/autoSaturation");
const QString kTableProvenance = QStringLiteral("tables/provenance");
} // namespace

Settings::Settings() = default;

QStringList Settings::recentFiles() const
{
    return m_settings.value(kRecent).toStringList().mid(0, maxRecentFiles());
}

void Settings::addRecentFile(const QString& path)
{
    QStringList list = recentFiles();
    list.removeAll(path);
    list.prepend(path);
    m_settings.setValue(kRecent, list.mid(0, maxRecentFiles()));
}

void Settings::clearRecentFiles()
{
    m_settings.remove(kRecent);
}

QString Settings::lastDirectory() const
{
    const QString dir = m_settings.value(kLastDir).toString();
    if (!dir.isEmpty() && QDir(dir).exists()) {
        return dir;
    }
    return QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
}

void Settings::setLastDirectory(const QString& dir)
{
    m_settings.setValue(kLastDir, dir);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(kState, state);
}

double Settings::autoContrastSaturation() const
{
    bool ok = false;
    const double v = m_settings.value(kSaturation, 0.35).toDouble(&ok);
    return ok && v >= 0.0 && v < 50.0 ? v : 0.35;
}

void Settings::setAutoContrastSaturation(double percent)
{
    m_settings.setValue(kSaturation, percent);
}

ProvenanceMode Settings::tableProvenance() const
{
    const QString v = m_settings.value(kTableProvenance).toString();
    return v == QLatin1String("comment") ? ProvenanceMode::CommentHeader
           : v == QLatin1String("none")  ? ProvenanceMode::None
                                         : ProvenanceMode::Sidecar;
}

void Settings::setTableProvenance(ProvenanceMode mode)
{
    m_settings.setValue(kTableProvenance, mode == ProvenanceMode::CommentHeader ? QStringLiteral("comment")
                                          : mode == ProvenanceMode::None        ? QStringLiteral("none")
                                                                                : QStringLiteral("sidecar"));
}

} // namespace tessera
