#include "core/batch/SessionRecipe.h"

#include "core/session/Session.h"

#include <QFileInfo>

namespace tessera {

BatchRecipe recipeFromSession(const SessionImage& image)
{
    BatchRecipe recipe;
    recipe.rois = image.rois;
    recipe.channel = image.plane.c;
    recipe.slice = image.plane.z;
    recipe.frame = image.plane.t;
    recipe.glcm = image.glcm;
    recipe.measureRois = true;
    recipe.segmentation = image.segmentation;
    return recipe;
}

Expected<BatchRecipe> readSessionRecipe(const QString& path, int imageIndex, SessionImage* image)
{
    Expected<Session> session = SessionFile::read(path);
    if (!session.isOk()) {
        return session.status();
    }
    const int count = int(session->images.size());
    if (imageIndex < 0 || imageIndex >= count) {
        return Status::invalid(
            BatchRecipe::tr("the session \"%1\" has %n image(s), so there is no image %2.", "", count)
                .arg(QFileInfo(path).fileName())
                .arg(imageIndex + 1));
    }
    BatchRecipe recipe = recipeFromSession(session->images[size_t(imageIndex)]);
    if (Status s = recipe.validate(); !s.isOk()) {
        return Status::invalid(BatchRecipe::tr("the session \"%1\", image %2: %3")
                                   .arg(QFileInfo(path).fileName())
                                   .arg(imageIndex + 1)
                                   .arg(s.message()));
    }
    if (image) {
        *image = std::move(session->images[size_t(imageIndex)]);
    }
    return recipe;
}

} // namespace tessera
