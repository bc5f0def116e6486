#pragma once

// Shared by the batch tests (TestBatchRunner, TestCliRun, TestSnakemakeWorkflow): the test ROIs, the same ROIs as
// tessera-cli glcm options, a session holding them, and the images.

#include "core/batch/BatchRecipe.h"
#include "core/session/Session.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <vector>

namespace tessera::test {

inline const QString batchDataDir = QStringLiteral(TESSERA_TEST_DATA);
inline const QString nucleiImage =
    batchDataDir + QStringLiteral("/cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.tif"); // 512², 8-bit
inline const QString disksImage = batchDataDir + QStringLiteral("/synthetic/disks16.tif");         // 512², 16-bit
inline const QString stillImage = batchDataDir + QStringLiteral("/pyimagej_test_still.tif");       // 300², 16-bit
inline const QString corruptImage = batchDataDir + QStringLiteral("/corrupt/lzw_truncated.tif");

/** A ROI both as tessera-cli glcm option and as Roi. */
struct RoiSpec
{
    QString name;
    int x, y, w, h;
    bool oval;
};

/** tessera-cli glcm takes every --roi before every --oval, so the ovals come last here too. */
inline const std::vector<RoiSpec> batchRois = {{QStringLiteral("a"), 10, 20, 60, 50, false},
                                               {QStringLiteral("c"), 200, 30, 90, 40, false},
                                               {QStringLiteral("b"), 100, 120, 80, 80, true}};

inline std::vector<Roi> toRois(const std::vector<RoiSpec>& specs)
{
    std::vector<Roi> out;
    for (const RoiSpec& s : specs) {
        out.push_back(s.oval ? Roi::ellipse(s.name, s.x, s.y, s.w, s.h) : Roi::rectangle(s.name, s.x, s.y, s.w, s.h));
        out.back().className = QStringLiteral("cell");
    }
    return out;
}

/** The GLCM parameters of the batch tests and the same as tessera-cli glcm options. */
inline GlcmParams batchGlcmParams()
{
    GlcmParams glcm;
    glcm.levels = 16;
    glcm.distances = {1, 3};
    return glcm;
}
inline QStringList glcmArgs(const QString& image, const std::vector<RoiSpec>& specs)
{
    QStringList args{QStringLiteral("glcm"),       image,
                     QStringLiteral("--levels"),   QStringLiteral("16"),
                     QStringLiteral("--distance"), QStringLiteral("1,3")};
    for (const RoiSpec& s : specs) {
        args << (s.oval ? QStringLiteral("--oval") : QStringLiteral("--roi"))
             << QStringLiteral("%1=%2,%3,%4,%5").arg(s.name).arg(s.x).arg(s.y).arg(s.w).arg(s.h);
    }
    return args;
}

/** Writes a session with one image holding specs, the GLCM parameters and (when segment) default segmentation. */
inline Status writeBatchSession(const QString& path, const std::vector<RoiSpec>& specs, bool segment)
{
    SessionImage image;
    image.path = nucleiImage;
    image.width = 512;
    image.height = 512;
    image.classes = {{QStringLiteral("cell"), QStringLiteral("#00ff00")}};
    image.rois = toRois(specs);
    image.glcm = batchGlcmParams();
    if (segment) {
        image.segmentation = SegmentationParams{}; // tessera-cli segment's defaults
    }
    Session session;
    session.images.push_back(image);
    return SessionFile::write(session, path);
}

/** The text of the file at path (empty when it cannot be read). */
inline QString fileText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace tessera::test
