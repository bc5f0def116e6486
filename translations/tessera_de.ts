<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Number of pixels times pixel width times pixel height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centroid x: mean of the pixel centres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centroid y: mean of the pixel centres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImageJ&apos;s traced perimeter of the outer outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left edge of the bounding box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top edge of the bounding box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of the bounding box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the bounding box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major axis of the same-moments, same-area ellipse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor axis of the same-moments, same-area ellipse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angle of the major axis, counter-clockwise from x, 0-180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circularity 4π·Area/Perim.², at most 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest caliper (Feret) diameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x of the start point of the Feret diameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y of the start point of the Feret diameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angle of the Feret diameter, 0-180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest caliper width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect ratio Major/Minor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roundness 4·Area/(π·Major²).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area divided by the convex hull area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean pixel value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample standard deviation (n-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most frequent value (smallest on ties).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest pixel value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest pixel value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre of mass x (intensity-weighted centroid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre of mass y (intensity-weighted centroid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrated density Area·Mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted value of rank floor(n/2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skewness m3/m2^1.5 (population moments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excess kurtosis m4/m2²-3 (population).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of the pixel values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel, slice and frame indices cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smoothing sigma must be between 0 and 100 pixels (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lower threshold (%1) must not exceed the upper one (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object sizes need 0 &lt;= minimum &lt;= maximum (got %1 and %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outline refinement distance must be between 0.5 and 50 pixels (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Microscopy workbench: textures, thresholds, segmentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images to open.</source>
        <translation>Zu öffnende Bilder.</translation>
    </message>
</context>
<context>
    <name>tessera::AddClassCommand</name>
    <message>
        <source>Add class “%1”</source>
        <translation>Klasse „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>tessera::AddRoisCommand</name>
    <message>
        <source>Add ROI “%1”</source>
        <translation>ROI „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 ROIs</source>
        <translation>%1 ROIs hinzufügen</translation>
    </message>
</context>
<context>
    <name>tessera::AutoThreshold</name>
    <message>
        <source>Unknown automatic threshold method (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pixel to threshold: the mask selects no pixel of the plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pixel to threshold: the mask selects no pixel of the plane, or every selected pixel is NaN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::BinaryMorphology</name>
    <message>
        <source>A binary operation needs a non-empty 8-bit single-channel mask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The radius must be 0 or more pixels (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum object size must be 0 or more pixels (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::Cli</name>
    <message>
        <source>Usage: tessera-cli COMMAND [OPTIONS] IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headless analyses of Tessera. Indices (channel, slice, frame) are 1-based; x, y are pixels from the top-left corner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;tessera-cli COMMAND --help&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run &quot;tessera-cli --help&quot; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel to analyse, 1-based (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z slice to analyse, 1-based (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time frame to analyse, 1-based (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from 1 to %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tessera-cli %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ROI must be NAME=X,Y,W,H with X,Y the top-left pixel and W,H &gt; 0, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the ROI file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ROI file &quot;%1&quot; is not JSON of the form {&quot;rois&quot;: [...]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ROI file &quot;%1&quot; has an entry without a name, valid x, y, w, h &gt; 0 or a known shape (rect, ellipse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 of the ROI file &quot;%2&quot; is not name,x,y,w,h[,rect|ellipse].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--levels must be a whole number from 2 to 65536.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--distance must be whole numbers separated by commas, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown orientation &quot;%1&quot;; use all or HORIZONTAL, VERTICAL, DIAGONAL, ANTIDIAGONAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--convention must be imagej or haralick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--range must be roi, image, all-rois, type or MIN:MAX, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI &quot;%1&quot; has no pixel pair at distance %2 in orientation %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an orientation has no pixel pair, so the mean is undefined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: ROI &quot;%1&quot; has fewer than %2 pixel pairs at distance %3 in some orientation; its features are unreliable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file (TIFF, PNG, JPEG, BMP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rectangle ROI; X,Y is the top-left pixel, W,H the size, as in ImageJ. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ellipse ROI inscribed in the box (pixel inside when its centre is). Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROIs from a file: JSON {&quot;rois&quot;:[{&quot;name&quot;:&quot;a&quot;,&quot;x&quot;:0,&quot;y&quot;:0,&quot;w&quot;:50,&quot;h&quot;:50,&quot;shape&quot;:&quot;ellipse&quot;}]} (shape optional, default rect) or CSV lines name,x,y,w,h[,rect|ellipse] (optional header line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gray levels N, 2..65536 (default 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel distance(s), comma-separated (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all (default) or a comma-separated list of HORIZONTAL, VERTICAL, DIAGONAL (up-right), ANTIDIAGONAL (down-right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imagej (default: identical to imagej-ops/Fiji, not symmetrised) or haralick (textbook formulas, symmetrised matrix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantisation range: roi (each ROI&apos;s min/max, default), image (the plane&apos;s), all-rois (shared by all ROIs), type (0..255 or 0..65535) or MIN:MAX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write a RANGE row per ROI × distance after the MEAN row: max − min of each feature over the orientations (Haralick 1973).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the CSV to this file instead of standard output. One row per ROI × distance × orientation and a MEAN row (mean over the orientations) per ROI × distance; columns roi, distance, orientation, pairs, the 19 features, lowPairCount (fewer than %1 pairs), rangeMin, rangeMax (quantisation range), error. Formulas: docs/texture.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one IMAGE argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI &quot;%1&quot; lies partly outside the image and was clipped to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GLCM / Haralick texture features of ROIs (imagej-ops or textbook convention) as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print an image&apos;s dimensions, pixel type, calibration and range as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objects cannot be stored exactly in a TIFF label image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-threshold method (default Otsu): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual threshold: objects are pixels &gt;= L (after smoothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual threshold: objects are pixels &lt;= U (default: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian smoothing sigma in pixels (default 1; 0 = none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split touching objects (distance-transform watershed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watershed seeds at least D pixels apart (default 0 = tolerance only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watershed seed prominence on the distance map in pixels (default 0.5, as ImageJ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove objects smaller than A (pixels, or calibrated with --calibrated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove objects larger than A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-area/--max-area are in calibrated units²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove objects touching the image border.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the per-object measurements as CSV to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with &apos;;&apos; separator and decimal comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the label image as TIFF to FILE (16-bit, or 32-bit float above 65535 objects).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lower needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--upper needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --method &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold, split and measure objects; write a CSV table and a label image, print {&quot;objects&quot;: N}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImageJ auto-threshold method (%1), or &quot;all&quot; for one JSON line per method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use every level of a 16-bit plane (65536 bins) instead of ImageJ&apos;s 256 bins between the plane&apos;s min and max. Float planes always use 256 bins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects are dark on a light background (ImageJ without &quot;dark&quot;): the foreground is the low range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown method &quot;%1&quot;; use one of: %2, all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print ImageJ-compatible automatic thresholds of one plane as JSON (one line per method).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the thresholded outlines (default: move each outline to the steepest intensity edge within the refinement distance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far (pixels, 0.5-50) outline refinement may move an outline (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--smooth, --min-distance, --tolerance, --refine-distance, --min-area and --max-area need numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ConnectedComponents</name>
    <message>
        <source>Connected components need a non-empty 8-bit single-channel mask.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::Contrast</name>
    <message>
        <source>The CLAHE tile size must be at least 8 pixels (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CLAHE clip limit must be at least 1 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma must be in (0, 10] (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sigmoid cutoff must be in [0, 1] and the gain in (0, 100].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::Edges</name>
    <message>
        <source>The LoG sigma must be between 0 and 1000 pixels (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::Glcm</name>
    <message>
        <source>GLCM needs one 8-bit, 16-bit or 32-bit float channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region lies outside the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of gray levels must be from 2 to 65536, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::GlcmAnalysis</name>
    <message>
        <source>A float image has no bit-depth range: choose the ROI, image, all-ROIs or a custom range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image has no finite pixel value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the ROIs has a pixel inside the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI &quot;%1&quot; has no pixel inside the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GLCM needs one 8-bit, 16-bit or 32-bit float channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region has no pixel inside the image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::GlcmParams</name>
    <message>
        <source>The number of gray levels must be from 2 to 65536, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one distance is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each distance may be given only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distances must be whole numbers from 1 to 100000, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one orientation is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each orientation may be given only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom range needs finite MIN &lt; MAX, not %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::Histogram</name>
    <message>
        <source>Histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of histogram bins must be between 1 and 16777216 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The histogram range must be finite with minimum &lt; maximum (got %1..%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image plane is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only single-channel 8-bit, 16-bit and 32-bit float planes are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mask must be an 8-bit image of the same size as the plane (%1×%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-binning needs at least one bin and a range with minimum &lt; maximum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::Image</name>
    <message>
        <source>Invalid image size %1×%2 with %3 channels, %4 slices, %5 frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image needs %1 MiB of memory, more than the limit of %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory allocating %1 MiB of pixel data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only 8-bit, 16-bit and 32-bit float planes are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plane is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ImageDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>tessera::ImageReader</name>
    <message>
        <source>Cannot open &quot;%1&quot;: the file does not exist.</source>
        <translation type="vanished">„%1“ kann nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: the file is empty.</source>
        <translation>„%1“ kann nicht gelesen werden: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: the file is larger than the limit of %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it is not a TIFF, PNG, JPEG or BMP image, or it is corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: its sample type is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: PNG, JPEG and BMP support (the tessera_opencv_codecs module) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::LocalThreshold</name>
    <message>
        <source>The local threshold radius must be between 1 and 1000 pixels (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local threshold parameters must be finite numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dynamic range r (parameter 2) of %1 must not be 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only single-channel 8-bit, 16-bit and 32-bit float planes can be thresholded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translation>&amp;Beispielbild öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size (1:1)</source>
        <translation>&amp;Originalgröße (1:1)</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Bild</translation>
    </message>
    <message>
        <source>&amp;Lookup Table</source>
        <translation>&amp;Farbtabelle</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation>Ü&amp;ber Tessera</translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation>Über Tessera</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tessera&lt;/b&gt; %1&lt;br&gt;A workbench for microscopy textures, thresholds and segmentation.&lt;br&gt;Sample image: pyimagej test_still.tif (Apache-2.0).</source>
        <translation>&lt;b&gt;Tessera&lt;/b&gt; %1&lt;br&gt;Eine Werkbank für Texturen, Schwellenwerte und Segmentierung in der Mikroskopie.&lt;br&gt;Beispielbild: pyimagej test_still.tif (Apache-2.0).</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <source>Images (*.tif *.tiff *.png *.jpg *.jpeg *.bmp);;All files (*)</source>
        <translation>Bilder (*.tif *.tiff *.png *.jpg *.jpeg *.bmp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <source>Cannot open image</source>
        <translation>Bild kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1×%2 px, %3</source>
        <translation>%1×%2 px, %3</translation>
    </message>
    <message>
        <source>, %1 %2/px</source>
        <translation>, %1 %2/px</translation>
    </message>
    <message>
        <source>x=%1, y=%2</source>
        <translation>x=%1, y=%2</translation>
    </message>
    <message>
        <source> (%1, %2 %3)</source>
        <translation> (%1, %2 %3)</translation>
    </message>
    <message>
        <source>, value=%1</source>
        <translation>, Wert=%1</translation>
    </message>
    <message>
        <source>Tessera[*]</source>
        <translation>Tessera[*]</translation>
    </message>
    <message>
        <source>Operation failed</source>
        <translation>Vorgang fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stop reading the file</source>
        <translation>Lesen der Datei abbrechen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Show &amp;ROIs</source>
        <translation>&amp;ROIs anzeigen</translation>
    </message>
    <message>
        <source>Show ROI &amp;Names</source>
        <translation>ROI-&amp;Namen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>Colour table of the current channel</source>
        <translation>Farbtabelle des aktuellen Kanals</translation>
    </message>
    <message>
        <source>&amp;Invert LUT</source>
        <translation>LUT &amp;invertieren</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>&amp;Analysieren</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Bearbeitungs&amp;verlauf</translation>
    </message>
    <message>
        <source>%1[*] — Tessera</source>
        <translation>%1[*] — Tessera</translation>
    </message>
</context>
<context>
    <name>tessera::ManualThreshold</name>
    <message>
        <source>The threshold needs lower &lt;= upper (got %1..%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::MeasurementTable</name>
    <message>
        <source>The CSV separator cannot be a quote or a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decimal comma needs a separator other than &apos;,&apos; (use &apos;;&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::MoveRoisCommand</name>
    <message>
        <source>Move ROI “%1”</source>
        <translation>ROI „%1“ verschieben</translation>
    </message>
    <message>
        <source>Move %1 ROIs</source>
        <translation>%1 ROIs verschieben</translation>
    </message>
</context>
<context>
    <name>tessera::ObjectMeasurements</name>
    <message>
        <source>Every intensity plane must be single-channel 8-bit, 16-bit or float and of the labels&apos; size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label image must be a non-empty 32-bit integer image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object label in the label image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI class.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::OmeMetadata</name>
    <message>
        <source>The OME-XML describes %1 images; only the first one is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OME-XML physical sizes use different, unknown units (%1, %2, %3); they are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::OutlineRefinement</name>
    <message>
        <source>Outline refinement needs an 8-bit, 16-bit or float single-channel image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline refinement needs 32-bit labels of the image&apos;s size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outline refinement distance must be between 0.5 and 50 pixels (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline refinement failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::PlaneSelector</name>
    <message>
        <source>c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slice (Z)</source>
        <translation>Schicht (Z)</translation>
    </message>
    <message>
        <source>t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame (time)</source>
        <translation>Zeitpunkt</translation>
    </message>
</context>
<context>
    <name>tessera::PolygonTool</name>
    <message>
        <source>A polygon needs at least 3 vertices.</source>
        <translation>Ein Polygon braucht mindestens 3 Eckpunkte.</translation>
    </message>
</context>
<context>
    <name>tessera::RemoveClassCommand</name>
    <message>
        <source>Delete class “%1”</source>
        <translation>Klasse „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>tessera::RemoveRoisCommand</name>
    <message>
        <source>Delete ROI “%1”</source>
        <translation>ROI „%1“ löschen</translation>
    </message>
    <message>
        <source>Delete %1 ROIs</source>
        <translation>%1 ROIs löschen</translation>
    </message>
</context>
<context>
    <name>tessera::RenameRoiCommand</name>
    <message>
        <source>Rename ROI to “%1”</source>
        <translation>ROI in „%1“ umbenennen</translation>
    </message>
</context>
<context>
    <name>tessera::ReorderRoisCommand</name>
    <message>
        <source>Reorder ROIs</source>
        <translation>ROIs umordnen</translation>
    </message>
</context>
<context>
    <name>tessera::Roi</name>
    <message>
        <source>ROI &quot;%1&quot; has no area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI &quot;%1&quot; lies outside the %2×%3 image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI &quot;%1&quot; contains no pixel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::RoiTools</name>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <source>Select, move and resize ROIs (V). Click a ROI to select it (Shift adds, Ctrl toggles), drag on empty space to select several, drag the handles to resize, arrow keys nudge by 1 px (Shift: 10 px).</source>
        <translation>ROIs auswählen, verschieben und in der Größe ändern (V). Klick auf eine ROI wählt sie aus (Umschalt fügt hinzu, Strg schaltet um), Ziehen auf freier Fläche wählt mehrere, Ziehen an den Griffen ändert die Größe, Pfeiltasten verschieben um 1 px (Umschalt: 10 px).</translation>
    </message>
    <message>
        <source>&amp;Rectangle</source>
        <translation>&amp;Rechteck</translation>
    </message>
    <message>
        <source>Rectangle (R): drag from corner to corner, Shift for a square. With Fixed size on, each click places a W × H crop centred on the cursor.</source>
        <translation>Rechteck (R): von Ecke zu Ecke ziehen, Umschalt für ein Quadrat. Mit „Feste Größe“ setzt jeder Klick einen B × H-Ausschnitt mittig unter den Zeiger.</translation>
    </message>
    <message>
        <source>&amp;Ellipse</source>
        <translation>&amp;Ellipse</translation>
    </message>
    <message>
        <source>Ellipse (E): drag the box of the ellipse, Shift for a circle. With Fixed size on, each click places a W × H ellipse centred on the cursor.</source>
        <translation>Ellipse (E): den Rahmen der Ellipse ziehen, Umschalt für einen Kreis. Mit „Feste Größe“ setzt jeder Klick eine B × H-Ellipse mittig unter den Zeiger.</translation>
    </message>
    <message>
        <source>&amp;Polygon</source>
        <translation>&amp;Polygon</translation>
    </message>
    <message>
        <source>Polygon (P): click the vertices; double-click, Enter or a click on the first vertex closes it, Backspace removes the last vertex, Esc cancels.</source>
        <translation>Polygon (P): Eckpunkte anklicken; Doppelklick, Eingabe oder ein Klick auf den ersten Eckpunkt schließt es, Rücktaste entfernt den letzten Eckpunkt, Esc bricht ab.</translation>
    </message>
    <message>
        <source>&amp;Freehand</source>
        <translation>&amp;Freihand</translation>
    </message>
    <message>
        <source>Freehand (F): drag around a region; the outline is closed and simplified when you release.</source>
        <translation>Freihand (F): um einen Bereich ziehen; beim Loslassen wird der Umriss geschlossen und vereinfacht.</translation>
    </message>
    <message>
        <source>Class given to new ROIs (their outline colour and name prefix)</source>
        <translation>Klasse neuer ROIs (ihre Umrissfarbe und Namensvorsilbe)</translation>
    </message>
    <message>
        <source>Fi&amp;xed Size</source>
        <translation>Feste &amp;Größe</translation>
    </message>
    <message>
        <source>Fixed size: with the rectangle or ellipse tool each click places a W × H crop centred on the cursor, snapped to whole pixels (x = round(cursor x − W/2), y = round(cursor y − H/2)).</source>
        <translation>Feste Größe: mit dem Rechteck- oder Ellipsenwerkzeug setzt jeder Klick einen B × H-Ausschnitt mittig unter den Zeiger, auf ganze Pixel gerundet (x = round(Zeiger-x − B/2), y = round(Zeiger-y − H/2)).</translation>
    </message>
    <message>
        <source>Width W of fixed-size crops in pixels</source>
        <translation>Breite B der Ausschnitte fester Größe in Pixeln</translation>
    </message>
    <message>
        <source>Height H of fixed-size crops in pixels</source>
        <translation>Höhe H der Ausschnitte fester Größe in Pixeln</translation>
    </message>
    <message>
        <source>S&amp;pecify…</source>
        <translation>&amp;Festlegen…</translation>
    </message>
    <message>
        <source>Enter the exact position and size of a ROI (edits the selected one or adds one)</source>
        <translation>Genaue Position und Größe einer ROI eingeben (ändert die ausgewählte oder fügt eine hinzu)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Select the whole image as a ROI named “whole”</source>
        <translation>Das ganze Bild als ROI namens „whole“ auswählen</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>Auswahl auf&amp;heben</translation>
    </message>
    <message>
        <source>Deselect all ROIs</source>
        <translation>Alle ROIs abwählen</translation>
    </message>
    <message>
        <source>&amp;Delete ROIs</source>
        <translation>ROIs &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected ROIs</source>
        <translation>Die ausgewählten ROIs löschen</translation>
    </message>
    <message>
        <source> Class: </source>
        <translation> Klasse: </translation>
    </message>
    <message>
        <source> × </source>
        <translation> × </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>“%1” has no pixel inside the image: analyses will refuse it.</source>
        <translation>„%1“ hat kein Pixel im Bild: Analysen werden sie ablehnen.</translation>
    </message>
    <message>
        <source>Not added: the ROI has no pixel inside the image.</source>
        <translation>Nicht hinzugefügt: die ROI hat kein Pixel im Bild.</translation>
    </message>
    <message>
        <source>“%1” lies partly outside the image: only its %2 pixels inside are used.</source>
        <translation>„%1“ liegt teilweise außerhalb des Bildes: nur ihre %2 Pixel im Bild werden verwendet.</translation>
    </message>
    <message>
        <source>Added “%1”: x=%2, y=%3, %4 × %5 px</source>
        <translation>„%1“ hinzugefügt: x=%2, y=%3, %4 × %5 px</translation>
    </message>
    <message>
        <source>Not changed: the ROI would have no pixel inside the image.</source>
        <translation>Nicht geändert: die ROI hätte kein Pixel im Bild.</translation>
    </message>
    <message>
        <source>Specify ROI “%1”</source>
        <translation>ROI „%1“ festlegen</translation>
    </message>
</context>
<context>
    <name>tessera::SegmentationPipeline</name>
    <message>
        <source>There is no image to segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plane (channel %1, slice %2, frame %3) is not in the image (%4 × %5 × %6).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::SetClassCommand</name>
    <message>
        <source>Rename class “%1” to “%2”</source>
        <translation>Klasse „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Recolour class “%1”</source>
        <translation>Farbe der Klasse „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>tessera::SetParametersCommand</name>
    <message>
        <source>Change parameters</source>
        <translation>Parameter ändern</translation>
    </message>
</context>
<context>
    <name>tessera::SetRoiClassCommand</name>
    <message>
        <source>Remove class from ROI “%1”</source>
        <translation>Klasse von ROI „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove class from %1 ROIs</source>
        <translation>Klasse von %1 ROIs entfernen</translation>
    </message>
    <message>
        <source>Set class “%2” on ROI “%1”</source>
        <translation>Klasse „%2“ für ROI „%1“ setzen</translation>
    </message>
    <message>
        <source>Set class “%2” on %1 ROIs</source>
        <translation>Klasse „%2“ für %1 ROIs setzen</translation>
    </message>
</context>
<context>
    <name>tessera::SetRoiGeometryCommand</name>
    <message>
        <source>Reshape ROI “%1”</source>
        <translation>Form von ROI „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>tessera::Smoothing</name>
    <message>
        <source>Filters need a non-empty single-channel 8-bit, 16-bit or 32-bit float plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Gaussian sigma must be between 0 and 1000 pixels (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean filter radius must be between 0 and 1000 pixels (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The median filter radius must be between 0 and 50 pixels (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsharp-mask sigma must be between 0 and 1000 pixels (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsharp-mask weight must be between 0 and 0.99 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rolling-disk radius must be between 1 and 1000 pixels (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::SpecifyRoiDialog</name>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Specify ROI</source>
        <translation>ROI festlegen</translation>
    </message>
    <message>
        <source>Left edge in pixels (0 = left border of the image)</source>
        <translation>Linke Kante in Pixeln (0 = linker Bildrand)</translation>
    </message>
    <message>
        <source>Top edge in pixels (0 = top border of the image)</source>
        <translation>Obere Kante in Pixeln (0 = oberer Bildrand)</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Breite in Pixeln</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Höhe in Pixeln</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>A rectangle, or the ellipse inscribed in the box</source>
        <translation>Ein Rechteck oder die dem Rahmen einbeschriebene Ellipse</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Name of the ROI; empty gives an automatic name</source>
        <translation>Name der ROI; leer ergibt einen automatischen Namen</translation>
    </message>
    <message>
        <source>Add as a new ROI</source>
        <translation>Als neue ROI hinzufügen</translation>
    </message>
    <message>
        <source>Unchecked: change the selected ROI. Checked: keep it and add a new ROI.</source>
        <translation>Aus: die ausgewählte ROI ändern. An: sie behalten und eine neue ROI hinzufügen.</translation>
    </message>
    <message>
        <source>Select one ROI to edit it; otherwise a new ROI is added.</source>
        <translation>Eine ROI auswählen, um sie zu ändern; sonst wird eine neue ROI hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;X:</source>
        <translation>&amp;X:</translation>
    </message>
    <message>
        <source>&amp;Y:</source>
        <translation>&amp;Y:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <source>&amp;Shape:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>tessera::Statistics</name>
    <message>
        <source>No pixel to measure: the mask selects no pixel of the plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pixel to measure: the mask selects no pixel of the plane, or every selected pixel is NaN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pixel width and height must be positive (got %1 × %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::Status</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>tessera::TaskRunner</name>
    <message>
        <source>Internal error in OpenCV (%1): %2</source>
        <translation>Interner Fehler in OpenCV (%1): %2</translation>
    </message>
    <message>
        <source>Not enough memory for this operation.</source>
        <translation>Nicht genug Speicher für diesen Vorgang.</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Interner Fehler: %1</translation>
    </message>
    <message>
        <source>Internal error of an unknown kind.</source>
        <translation>Interner Fehler unbekannter Art.</translation>
    </message>
</context>
<context>
    <name>tessera::TiffReader</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(libtiff: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its ImageJ stack is not stored contiguously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated: its %1 planes need %2 bytes after offset %3 but the file has only %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plane %1 is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: the file does not exist.</source>
        <translation>„%1“ kann nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: it is a folder, not an image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: the file is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: TIFF needs a seekable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: the file is empty.</source>
        <translation>„%1“ kann nicht gelesen werden: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it is not a TIFF file.</source>
        <translation>„%1“ kann nicht gelesen werden: Es ist keine TIFF-Datei.</translation>
    </message>
    <message>
        <source>the TIFF header or first directory is corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image has no pixels (width or height is 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floating point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complex or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-bit %2 samples are not supported (Tessera reads 1, 8 and 16-bit unsigned integer and 32-bit float images).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samples per pixel is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-bit images with several samples per pixel are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YCbCr images are supported only as 8-bit JPEG-compressed RGB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) with a different size or type (thumbnails, masks) were skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The ImageJ description&apos;s dimensions (%1 channels × %2 slices × %3 frames) do not match the %4 pages; each page is read as a slice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OME-XML refers to planes that are not in this file; each page is read as a slice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OME-XML dimensions do not match the pages; each page is read as a slice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 × %2 × %3 pixels need %4, more than the limit of %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated: its uncompressed pixels need %1 bytes but the file has only %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is corrupt: %1 of pixels per page cannot come from %2 bytes of compressed data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory for %1 of pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 changed while reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 has an invalid tile size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 has inconsistent tiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tile %1 of page %2 is truncated or corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 has an invalid strip size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 lacks strips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strip %1 of page %2 is truncated or corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory to decode it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::TiffWriter</name>
    <message>
        <source>Cannot save the image: no file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: it is the image&apos;s source file, which Tessera never overwrites. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: the folder &quot;%2&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: the image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: the file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::Watershed</name>
    <message>
        <source>The mask must be 8-bit and the same size as the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed tolerance must be a finite number &gt;= 0 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum seed distance must be &gt;= 0 pixels (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed threshold must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watershed relief must be a non-empty 32-bit float image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watershed markers must be a 32-bit label image of the relief&apos;s size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds are searched on a non-empty 32-bit float image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distance-transform watershed needs a non-empty 8-bit mask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intensity watershed needs an 8-bit, 16-bit or float single-channel image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distance transform needs a non-empty 8-bit mask.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
