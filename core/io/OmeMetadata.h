#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tessera {

/**
 * The parts of OME-XML (OME data model 2016-06, as written into the first ImageDescription of an OME-TIFF) that
 * Tessera uses, for the first <Image> only (further images/series are reported in warnings and ignored).
 *
 * - Dimensions from <Pixels SizeX/SizeY/SizeC/SizeZ/SizeT DimensionOrder>.
 * - Plane order: ifdOfPlane maps each plane in ImageJ order (index c + SizeC·(z + SizeZ·t)) to the TIFF directory
 *   (IFD, 0-based) that holds it. Without <TiffData>, IFD k holds the k-th plane in DimensionOrder (for "XYZCT",
 *   z varies fastest, then c, then t). Each <TiffData IFD FirstC FirstZ FirstT PlaneCount> maps PlaneCount
 *   consecutive IFDs starting at IFD to consecutive planes in DimensionOrder starting at (FirstC, FirstZ, FirstT);
 *   a <TiffData> without PlaneCount covers one plane if it has any First* attribute, else all remaining planes.
 *   Planes that no TiffData maps (for example, those stored in other files of a multi-file dataset) are -1.
 * - Calibration from PhysicalSizeX/Y/Z and their units (default µm); lengths in nm, µm, mm, cm, m and Å are
 *   converted to µm, any other unit is kept as written (then only when X, Y and Z use the same unit).
 * - TimeIncrement and TimeIncrementUnit (default s).
 *
 * Thread safety: a plain value type.
 */
struct OmeMetadata
{
    Q_DECLARE_TR_FUNCTIONS(tessera::OmeMetadata)

public:
    int sizeX = 0;
    int sizeY = 0;
    int sizeC = 1;
    int sizeZ = 1;
    int sizeT = 1;
    QString dimensionOrder = QStringLiteral("XYCZT");
    double physicalSizeX = 0.0; ///< in unit; 0 when absent
    double physicalSizeY = 0.0; ///< in unit; 0 when absent
    double physicalSizeZ = 0.0; ///< in unit; 0 when absent
    QString unit;               ///< "µm" after conversion, or the file's own unit; empty when no physical size
    double timeIncrement = 0.0; ///< in timeUnit; 0 when absent
    QString timeUnit = QStringLiteral("s");
    std::vector<int> ifdOfPlane; ///< size sizeC·sizeZ·sizeT; -1 for planes not in this file
    QStringList warnings;        ///< translated notes (ignored series, unknown units)

    /** Plane count C·Z·T. */
    int planeCount() const { return sizeC * sizeZ * sizeT; }

    /**
     * Parses OME-XML. Returns nullopt when text is not OME-XML (no <OME> root element), when the XML is
     * malformed, or when the sizes are missing, non-positive or their product exceeds 10^6 planes.
     */
    static std::optional<OmeMetadata> parse(const QString& text);
};

} // namespace tessera
