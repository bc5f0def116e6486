#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace tessera {

class ImageDocument;

/**
 * The images of one window (a small project, as in QuPath): an ordered list of open ImageDocuments, each with its
 * own ROIs, parameters, results and undo stack, and the current one that the viewer and the panels show. The window
 * owns one Project; panels that pool several images (results table, scatter plot) read it, and a session
 * (core/session/Session.h) stores all of its images.
 *
 * The project owns its documents. Indexes are positions in the list (0..count()-1) and change when images are removed;
 * hold ImageDocument pointers (QPointer) rather than indexes across events. Every document stays open (pixels and
 * undo history in memory) until it is removed or the project is cleared.
 *
 * Modified: true when any document has unsaved edits (its undo stack is not clean) or when images were added or
 * removed since markClean(). GUI thread only.
 */
class Project : public QObject
{
    Q_OBJECT

public:
    explicit Project(QObject* parent = nullptr);
    ~Project() override;

    int count() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.empty(); }
    /** The document at index (0 ≤ index < count()). */
    ImageDocument* document(int index) const;
    QList<ImageDocument*> documents() const;
    /** Position of document, or -1. */
    int indexOf(const ImageDocument* document) const;

    /** The current document (nullptr when the project is empty). */
    ImageDocument* current() const { return m_current >= 0 ? document(m_current) : nullptr; }
    int currentIndex() const { return m_current; }

    /** The SHA-256 (hex) of document's file as it was read; empty when unknown. */
    QString checksum(const ImageDocument* document) const;
    /**
     * The image's name in pooled tables and plots (the `image` column) and in the image list: the file name, made
     * unique within the project by prefixing parent folder names where two images share a file name
     * ("control/a.tif", "treated/a.tif"); "Untitled" for an image without a path.
     */
    QString imageName(const ImageDocument* document) const;

    /**
     * Appends document (taking ownership) with the checksum of its file; returns its index. Does not change the
     * current image (an empty project makes it current). Emits imageAdded, then currentChanged if it became current.
     */
    int add(std::unique_ptr<ImageDocument> document, const QString& sha256 = QString());
    /**
     * Removes the image at index; its document is deleted after imageRemoved and currentChanged were emitted (so
     * listeners can let go of it). When it was current, the next image (or the previous one) becomes current.
     */
    void remove(int index);
    /** Removes every image (currentChanged(nullptr) first) and marks the project clean. */
    void clear();
    /** Makes the image at index current (−1 only when empty); emits currentChanged(current, previous). */
    void setCurrent(int index);
    void setCurrent(ImageDocument* document) { setCurrent(indexOf(document)); }

    /** See the class comment. */
    bool isModified() const;
    /** Marks every document's undo stack clean and forgets added/removed images. */
    void markClean();
    /** Marks the project modified without an undo step (e.g. restored from a recovery file). */
    void setStructureModified(bool modified);

signals:
    void imageAdded(int index);
    /** The image at index was removed (document is still alive until the signal returns; do not keep it). */
    void imageRemoved(int index, tessera::ImageDocument* document);
    /** The current image changed (previous may be nullptr, and is about to be deleted after remove()). */
    void currentChanged(tessera::ImageDocument* current, tessera::ImageDocument* previous);
    /** A document's name, ROI count or modified state changed (the image list refreshes its row). */
    void imageChanged(int index);
    /** isModified() changed. */
    void modifiedChanged(bool modified);

private:
    struct Entry
    {
        std::unique_ptr<ImageDocument> document;
        QString sha256;
    };
    void updateModified();

    std::vector<Entry> m_entries;
    int m_current = -1;
    bool m_structureModified = false;
    bool m_modified = false;
};

} // namespace tessera
