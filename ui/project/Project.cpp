#include "ui/project/Project.h"

#include "ui/document/ImageDocument.h"

#include <QDir>
#include <QFileInfo>

namespace tessera {

Project::Project(QObject* parent) : QObject(parent) {}

Project::~Project()
{
    // Documents go before the QObject base so that listeners still see a Project while they are deleted.
    m_entries.clear();
}

ImageDocument* Project::document(int index) const
{
    return index >= 0 && index < count() ? m_entries[size_t(index)].document.get() : nullptr;
}

QList<ImageDocument*> Project::documents() const
{
    QList<ImageDocument*> list;
    list.reserve(count());
    for (const Entry& e : m_entries) {
        list.append(e.document.get());
    }
    return list;
}

int Project::indexOf(const ImageDocument* document) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_entries[size_t(i)].document.get() == document) {
            return i;
        }
    }
    return -1;
}

QString Project::checksum(const ImageDocument* document) const
{
    const int i = indexOf(document);
    return i >= 0 ? m_entries[size_t(i)].sha256 : QString();
}

QString Project::imageName(const ImageDocument* document) const
{
    if (!document) {
        return QString();
    }
    const QString path = document->image().sourcePath;
    if (path.isEmpty()) {
        return document->fileName();
    }
    // Path components from the end; add parent folders until no other image of the project ends the same way.
    const QStringList parts =
        QDir::fromNativeSeparators(QFileInfo(path).absoluteFilePath()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList others;
    for (const Entry& e : m_entries) {
        if (e.document.get() != document && !e.document->image().sourcePath.isEmpty()) {
            others.append(QDir::fromNativeSeparators(QFileInfo(e.document->image().sourcePath).absoluteFilePath()));
        }
    }
    for (int n = 1; n <= parts.size(); ++n) {
        const QString tail = parts.mid(parts.size() - n).join(QLatin1Char('/'));
        const bool clash = std::any_of(others.cbegin(), others.cend(), [&](const QString& other) {
            return other == tail || other.endsWith(QLatin1Char('/') + tail);
        });
        if (!clash) {
            return tail;
        }
    }
    return parts.join(QLatin1Char('/')); // the same file twice: the full path
}

int Project::add(std::unique_ptr<ImageDocument> document, const QString& sha256)
{
    Q_ASSERT(document);
    ImageDocument* doc = document.get();
    doc->setParent(nullptr);
    m_entries.push_back({std::move(document), sha256});
    const int index = count() - 1;
    connect(doc, &ImageDocument::modifiedChanged, this, [this, doc] {
        emit imageChanged(indexOf(doc));
        updateModified();
    });
    connect(doc, &ImageDocument::roisChanged, this, [this, doc] { emit imageChanged(indexOf(doc)); });
    m_structureModified = true;
    emit imageAdded(index);
    updateModified();
    if (m_current < 0) {
        setCurrent(index);
    }
    return index;
}

void Project::remove(int index)
{
    if (index < 0 || index >= count()) {
        return;
    }
    std::unique_ptr<ImageDocument> gone = std::move(m_entries[size_t(index)].document);
    m_entries.erase(m_entries.begin() + index);
    disconnect(gone.get(), nullptr, this, nullptr);
    m_structureModified = true;
    const bool wasCurrent = index == m_current;
    if (index < m_current) {
        --m_current;
    } else if (wasCurrent) {
        m_current = isEmpty() ? -1 : std::min(index, count() - 1);
    }
    emit imageRemoved(index, gone.get());
    if (wasCurrent) {
        emit currentChanged(current(), gone.get());
    }
    updateModified();
    gone.reset();
}

void Project::clear()
{
    if (isEmpty()) {
        markClean();
        return;
    }
    ImageDocument* previous = current();
    m_current = -1;
    emit currentChanged(nullptr, previous);
    while (!isEmpty()) {
        std::unique_ptr<ImageDocument> gone = std::move(m_entries.back().document);
        m_entries.pop_back();
        disconnect(gone.get(), nullptr, this, nullptr);
        emit imageRemoved(count(), gone.get());
    }
    markClean();
}

void Project::setCurrent(int index)
{
    if (index < -1 || index >= count() || (index == -1 && !isEmpty()) || index == m_current) {
        return;
    }
    ImageDocument* previous = current();
    m_current = index;
    emit currentChanged(current(), previous);
}

bool Project::isModified() const
{
    if (m_structureModified) {
        return true;
    }
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry& e) { return e.document->isModified(); });
}

void Project::markClean()
{
    m_structureModified = false;
    for (const Entry& e : m_entries) {
        e.document->undoStack()->setClean();
    }
    updateModified();
}

void Project::setStructureModified(bool modified)
{
    m_structureModified = modified;
    updateModified();
}

void Project::updateModified()
{
    const bool modified = isModified();
    if (modified != m_modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
}

} // namespace tessera
