#pragma once

// The generated corpus of TIFFs with one damaged strip or tile (tests/data/corrupt, written by
// tests/tools/make_corrupt_tiffs.py), for the reader and CLI tests.
#include <QFile>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tessera::test {

/** One damaged file of tests/data/corrupt/manifest.csv: which page and strip or tile (1-based) the generator damaged.
 */
struct CorruptFile
{
    QString file;   ///< file name inside tests/data/corrupt
    int page = 0;   ///< 1-based page
    QString unit;   ///< "strip" or "tile"
    int index = 0;  ///< 1-based strip or tile of that page
    QString damage; ///< what the generator did
};

/**
 * The rows of `<dataDir>/corrupt/manifest.csv` (columns file,page,unit,index,compression,damage; only damage may
 * contain commas). Empty when the manifest cannot be read.
 */
inline QVector<CorruptFile> corruptCorpus(const QString& dataDir)
{
    QVector<CorruptFile> rows;
    QFile f(dataDir + QStringLiteral("/corrupt/manifest.csv"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return rows;
    }
    f.readLine(); // header
    while (!f.atEnd()) {
        const QStringList cells = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char(','));
        if (cells.size() >= 6) {
            rows.append({cells[0], cells[1].toInt(), cells[2], cells[3].toInt(), cells.mid(5).join(QLatin1Char(','))});
        }
    }
    return rows;
}

/** "page 3, strip 6 of ": how Tessera's error message names the damaged place of c. */
inline QString corruptPlace(const CorruptFile& c)
{
    return QStringLiteral("page %1, %2 %3 of ").arg(c.page).arg(c.unit).arg(c.index);
}

} // namespace tessera::test
