#pragma once

#include "core/batch/BatchRecipe.h"
#include "core/common/Status.h"

#include <QString>

namespace tessera {

struct SessionImage;

/**
 * The batch recipe of one session image: its ROIs (names and classes), its current plane (for GLCM and the ROI
 * measurements), its GLCM parameters and its segmentation parameters when the session has them, and ROI measurements
 * (always, when there are ROIs). The image's own path, view and layers play no part. Pure.
 */
BatchRecipe recipeFromSession(const SessionImage& image);

/**
 * Reads the session file at path (SessionFile::read(): every check of the format) and returns the recipe of its image
 * imageIndex (0-based), validated (BatchRecipe::validate()). Errors name the session file: unreadable or invalid
 * session, an imageIndex the session does not have, or a recipe with nothing to run. image (may be null) receives
 * that session image (for what the recipe leaves out: classes, display settings). Thread-safe.
 */
Expected<BatchRecipe> readSessionRecipe(const QString& path, int imageIndex, SessionImage* image = nullptr);

} // namespace tessera
