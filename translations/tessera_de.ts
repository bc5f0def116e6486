<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Microscopy workbench: textures, thresholds, segmentation.</source>
        <translation>Mikroskopie-Werkbank: Texturen, Schwellenwerte, Segmentierung.</translation>
    </message>
    <message>
        <source>Images or sessions (.tessera) to open.</source>
        <translation>Zu öffnende Bilder oder Sitzungen (.tessera).</translation>
    </message>
    <message>
        <source>Import the ROIs of FILE (a JSON or CSV ROI file) into each image opened, as an edit that can be undone.</source>
        <translation>Die ROIs aus DATEI (eine JSON- oder CSV-ROI-Datei) in jedes geöffnete Bild importieren, als rückgängig machbare Änderung.</translation>
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
        <translation>Unbekannte automatische Schwellenwertmethode (%1).</translation>
    </message>
    <message>
        <source>No pixel to threshold: the mask selects no pixel of the plane.</source>
        <translation>Kein Pixel für den Schwellenwert: Die Maske wählt kein Pixel der Ebene aus.</translation>
    </message>
    <message>
        <source>No pixel to threshold: the mask selects no pixel of the plane, or every selected pixel is NaN.</source>
        <translation>Kein Pixel für den Schwellenwert: Die Maske wählt kein Pixel der Ebene aus, oder jedes ausgewählte Pixel ist NaN.</translation>
    </message>
</context>
<context>
    <name>tessera::BatchRecipe</name>
    <message>
        <source>the plane (channel %1, slice %2, frame %3) must have indices of at least 1.</source>
        <translation>die Ebene (Kanal %1, Schicht %2, Zeitpunkt %3) braucht Indizes von mindestens 1.</translation>
    </message>
    <message>
        <source>every ROI needs a name (the tables identify ROIs by name).</source>
        <translation>jede ROI braucht einen Namen (die Tabellen erkennen ROIs an ihrem Namen).</translation>
    </message>
    <message>
        <source>two ROIs are named &quot;%1&quot;; names must be unique.</source>
        <translation>zwei ROIs heißen „%1“; Namen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>GLCM parameters: %1</source>
        <translation>GLCM-Parameter: %1</translation>
    </message>
    <message>
        <source>segmentation parameters: %1</source>
        <translation>Segmentierungsparameter: %1</translation>
    </message>
    <message>
        <source>nothing to run: no segmentation, and no ROIs for GLCM or ROI measurements.</source>
        <translation>nichts auszuführen: keine Segmentierung und keine ROIs für GLCM oder ROI-Messungen.</translation>
    </message>
    <message numerus="yes">
        <source>the session &quot;%1&quot; has %n image(s), so there is no image %2.</source>
        <translation>
            <numerusform>die Sitzung „%1“ hat %n Bild, es gibt also kein Bild %2.</numerusform>
            <numerusform>die Sitzung „%1“ hat %n Bilder, es gibt also kein Bild %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>the session &quot;%1&quot;, image %2: %3</source>
        <translation>die Sitzung „%1“, Bild %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::BinaryMorphology</name>
    <message>
        <source>A binary operation needs a non-empty 8-bit single-channel mask.</source>
        <translation>Eine binäre Operation braucht eine nicht leere einkanalige 8-Bit-Maske.</translation>
    </message>
    <message>
        <source>The radius must be 0 or more pixels (got %1).</source>
        <translation>Der Radius muss 0 oder mehr Pixel betragen (erhalten: %1).</translation>
    </message>
    <message>
        <source>The minimum object size must be 0 or more pixels (got %1).</source>
        <translation>Die minimale Objektgröße muss 0 oder mehr Pixel betragen (erhalten: %1).</translation>
    </message>
</context>
<context>
    <name>tessera::Cli</name>
    <message>
        <source>Usage: tessera-cli COMMAND [OPTIONS] IMAGE</source>
        <translation>Aufruf: tessera-cli BEFEHL [OPTIONEN] BILD</translation>
    </message>
    <message>
        <source>Headless analyses of Tessera. Indices (channel, slice, frame) are 1-based; x, y are pixels from the top-left corner.</source>
        <translation>Tessera-Analysen ohne grafische Oberfläche. Indizes (Kanal, Schicht, Zeitpunkt) beginnen bei 1; x, y sind Pixel ab der linken oberen Ecke.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &quot;tessera-cli COMMAND --help&quot; for the options of a command.</source>
        <translation>„tessera-cli BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run &quot;tessera-cli --help&quot; for the list.</source>
        <translation>unbekannter Befehl „%1“; „tessera-cli --help“ zeigt die Liste.</translation>
    </message>
    <message>
        <source>Channel to analyse, 1-based (default 1).</source>
        <translation>Zu analysierender Kanal, ab 1 gezählt (Standard 1).</translation>
    </message>
    <message>
        <source>Z slice to analyse, 1-based (default 1).</source>
        <translation>Zu analysierende Z-Schicht, ab 1 gezählt (Standard 1).</translation>
    </message>
    <message>
        <source>Time frame to analyse, 1-based (default 1).</source>
        <translation>Zu analysierender Zeitpunkt, ab 1 gezählt (Standard 1).</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from 1 to %2, not &quot;%3&quot;.</source>
        <translation>--%1 muss eine ganze Zahl von 1 bis %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: tessera-cli %1 %2</source>
        <translation>Aufruf: tessera-cli %1 %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>--levels must be a whole number from 2 to 65536.</source>
        <translation>--levels muss eine ganze Zahl von 2 bis 65536 sein.</translation>
    </message>
    <message>
        <source>--distance must be whole numbers separated by commas, not &quot;%1&quot;.</source>
        <translation>--distance muss aus durch Kommas getrennten ganzen Zahlen bestehen, nicht „%1“.</translation>
    </message>
    <message>
        <source>unknown orientation &quot;%1&quot;; use all or HORIZONTAL, VERTICAL, DIAGONAL, ANTIDIAGONAL.</source>
        <translation>unbekannte Orientierung „%1“; verwenden Sie all oder HORIZONTAL, VERTICAL, DIAGONAL, ANTIDIAGONAL.</translation>
    </message>
    <message>
        <source>--convention must be imagej or haralick.</source>
        <translation>--convention muss imagej oder haralick sein.</translation>
    </message>
    <message>
        <source>--range must be roi, image, all-rois, type or MIN:MAX, not &quot;%1&quot;.</source>
        <translation>--range muss roi, image, all-rois, type oder MIN:MAX sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The image file (TIFF, PNG, JPEG, BMP).</source>
        <translation>Die Bilddatei (TIFF, PNG, JPEG, BMP).</translation>
    </message>
    <message>
        <source>A rectangle ROI; X,Y is the top-left pixel, W,H the size, as in ImageJ. Repeatable.</source>
        <translation>Eine Rechteck-ROI; X,Y ist das linke obere Pixel, W,H die Größe, wie in ImageJ. Wiederholbar.</translation>
    </message>
    <message>
        <source>An ellipse ROI inscribed in the box (pixel inside when its centre is). Repeatable.</source>
        <translation>Eine Ellipsen-ROI, einbeschrieben in das Rechteck (ein Pixel liegt innen, wenn sein Mittelpunkt innen liegt). Wiederholbar.</translation>
    </message>
    <message>
        <source>Gray levels N, 2..65536 (default 32).</source>
        <translation>Graustufen N, 2..65536 (Standard 32).</translation>
    </message>
    <message>
        <source>Pixel distance(s), comma-separated (default 1).</source>
        <translation>Pixelabstand bzw. -abstände, durch Kommas getrennt (Standard 1).</translation>
    </message>
    <message>
        <source>all (default) or a comma-separated list of HORIZONTAL, VERTICAL, DIAGONAL (up-right), ANTIDIAGONAL (down-right).</source>
        <translation>all (Standard) oder eine durch Kommas getrennte Liste aus HORIZONTAL, VERTICAL, DIAGONAL (nach rechts oben), ANTIDIAGONAL (nach rechts unten).</translation>
    </message>
    <message>
        <source>imagej (default: identical to imagej-ops/Fiji, not symmetrised) or haralick (textbook formulas, symmetrised matrix).</source>
        <translation>imagej (Standard: identisch mit imagej-ops/Fiji, nicht symmetrisiert) oder haralick (Lehrbuchformeln, symmetrisierte Matrix).</translation>
    </message>
    <message>
        <source>Quantisation range: roi (each ROI&apos;s min/max, default), image (the plane&apos;s), all-rois (shared by all ROIs), type (0..255 or 0..65535) or MIN:MAX.</source>
        <translation>Quantisierungsbereich: roi (Min./Max. jeder ROI, Standard), image (der Ebene), all-rois (gemeinsam für alle ROIs), type (0..255 bzw. 0..65535) oder MIN:MAX.</translation>
    </message>
    <message>
        <source>Also write a RANGE row per ROI × distance after the MEAN row: max − min of each feature over the orientations (Haralick 1973).</source>
        <translation>Zusätzlich nach der MEAN-Zeile eine RANGE-Zeile je ROI × Abstand schreiben: Max. − Min. jedes Merkmals über die Orientierungen (Haralick 1973).</translation>
    </message>
    <message>
        <source>expected exactly one IMAGE argument.</source>
        <translation>genau ein BILD-Argument erwartet.</translation>
    </message>
    <message>
        <source>ROI &quot;%1&quot; lies partly outside the image and was clipped to it.</source>
        <translation>ROI „%1“ liegt teilweise außerhalb des Bildes und wurde darauf zugeschnitten.</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>GLCM / Haralick texture features of ROIs (imagej-ops or textbook convention) as CSV.</source>
        <translation>GLCM-/Haralick-Texturmerkmale von ROIs (Konvention imagej-ops oder Lehrbuch) als CSV.</translation>
    </message>
    <message>
        <source>Print an image&apos;s dimensions, pixel type, calibration and range as JSON.</source>
        <translation>Abmessungen, Pixeltyp, Kalibrierung und Wertebereich eines Bildes als JSON ausgeben.</translation>
    </message>
    <message>
        <source>%1 objects cannot be stored exactly in a TIFF label image.</source>
        <translation>%1 Objekte können in einem TIFF-Labelbild nicht exakt gespeichert werden.</translation>
    </message>
    <message>
        <source>Auto-threshold method (default Otsu): %1.</source>
        <translation>Methode des automatischen Schwellenwerts (Standard Otsu): %1.</translation>
    </message>
    <message>
        <source>Manual threshold: objects are pixels &gt;= L (after smoothing).</source>
        <translation>Manueller Schwellenwert: Objekte sind Pixel &gt;= L (nach der Glättung).</translation>
    </message>
    <message>
        <source>Manual threshold: objects are pixels &lt;= U (default: no limit).</source>
        <translation>Manueller Schwellenwert: Objekte sind Pixel &lt;= U (Standard: keine Grenze).</translation>
    </message>
    <message>
        <source>Watershed seeds at least D pixels apart (default 0 = tolerance only).</source>
        <translation>Wasserscheiden-Saatpunkte mindestens D Pixel voneinander entfernt (Standard 0 = nur Toleranz).</translation>
    </message>
    <message>
        <source>Watershed seed prominence on the distance map in pixels (default 0.5, as ImageJ).</source>
        <translation>Prominenz der Wasserscheiden-Saatpunkte auf der Distanzkarte in Pixeln (Standard 0,5, wie ImageJ).</translation>
    </message>
    <message>
        <source>Remove objects smaller than A (pixels, or calibrated with --calibrated).</source>
        <translation>Objekte kleiner als A entfernen (Pixel, oder kalibriert mit --calibrated).</translation>
    </message>
    <message>
        <source>Remove objects larger than A.</source>
        <translation>Objekte größer als A entfernen.</translation>
    </message>
    <message>
        <source>--min-area/--max-area are in calibrated units²</source>
        <translation>--min-area/--max-area sind in kalibrierten Einheiten²</translation>
    </message>
    <message>
        <source>Remove objects touching the image border.</source>
        <translation>Objekte entfernen, die den Bildrand berühren.</translation>
    </message>
    <message>
        <source>--lower needs a number.</source>
        <translation>--lower braucht eine Zahl.</translation>
    </message>
    <message>
        <source>--upper needs a number.</source>
        <translation>--upper braucht eine Zahl.</translation>
    </message>
    <message>
        <source>unknown --method &quot;%1&quot;; use one of %2.</source>
        <translation>unbekannte --method „%1“; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>ImageJ auto-threshold method (%1), or &quot;all&quot; for one JSON line per method.</source>
        <translation>ImageJ-Methode des automatischen Schwellenwerts (%1) oder „all“ für eine JSON-Zeile je Methode.</translation>
    </message>
    <message>
        <source>Use every level of a 16-bit plane (65536 bins) instead of ImageJ&apos;s 256 bins between the plane&apos;s min and max. Float planes always use 256 bins.</source>
        <translation>Jede Stufe einer 16-Bit-Ebene verwenden (65536 Klassen) statt der 256 Klassen von ImageJ zwischen Minimum und Maximum der Ebene. Float-Ebenen verwenden immer 256 Klassen.</translation>
    </message>
    <message>
        <source>Objects are dark on a light background (ImageJ without &quot;dark&quot;): the foreground is the low range.</source>
        <translation>Objekte sind dunkel auf hellem Hintergrund (ImageJ ohne „dark“): Der Vordergrund ist der untere Wertebereich.</translation>
    </message>
    <message>
        <source>unknown method &quot;%1&quot;; use one of: %2, all.</source>
        <translation>unbekannte Methode „%1“; verwenden Sie eine von: %2, all.</translation>
    </message>
    <message>
        <source>Print ImageJ-compatible automatic thresholds of one plane as JSON (one line per method).</source>
        <translation>ImageJ-kompatible automatische Schwellenwerte einer Ebene als JSON ausgeben (eine Zeile je Methode).</translation>
    </message>
    <message>
        <source>Keep the thresholded outlines (default: move each outline to the steepest intensity edge within the refinement distance).</source>
        <translation>Die Umrisse aus dem Schwellenwert unverändert lassen (Standard: jeden Umriss innerhalb der Verfeinerungsdistanz an die steilste Intensitätskante verschieben).</translation>
    </message>
    <message>
        <source>How far (pixels, 0.5-50) outline refinement may move an outline (default 3).</source>
        <translation>Wie weit (Pixel, 0,5–50) die Umrissverfeinerung einen Umriss verschieben darf (Standard 3).</translation>
    </message>
    <message>
        <source>--smooth, --min-distance, --tolerance, --refine-distance, --min-area and --max-area need numbers.</source>
        <translation>--smooth, --min-distance, --tolerance, --refine-distance, --min-area und --max-area brauchen Zahlen.</translation>
    </message>
    <message>
        <source>no COMMAND given; run &quot;tessera-cli --help&quot; for the list.</source>
        <translation>kein BEFEHL angegeben; „tessera-cli --help“ zeigt die Liste.</translation>
    </message>
    <message>
        <source>%1 failed unexpectedly: %2.</source>
        <translation>%1 ist unerwartet fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Exit status: 0 on success, 2 on any error (one line on standard error).</source>
        <translation>Exit-Status: 0 bei Erfolg, 2 bei jedem Fehler (eine Zeile auf der Standardfehlerausgabe).</translation>
    </message>
    <message>
        <source>%1 and %2 name the same output &quot;%3&quot;; give each its own file (only one may be &quot;-&quot;).</source>
        <translation>%1 und %2 nennen dieselbe Ausgabe „%3“; geben Sie jeder eine eigene Datei (nur eine darf „-“ sein).</translation>
    </message>
    <message>
        <source>ROI &quot;%1&quot;: X, Y, W and H must be whole pixels, not %2,%3,%4,%5 (fractional coordinates are not accepted).</source>
        <translation>ROI „%1“: X, Y, W und H müssen ganze Pixel sein, nicht %2,%3,%4,%5 (gebrochene Koordinaten werden nicht angenommen).</translation>
    </message>
    <message>
        <source>ROIs: X, Y, W, H are whole pixels (fractional values are refused); a ROI partly outside the image is clipped to it (with a warning). Without ROIs the whole plane is one ROI named &quot;image&quot;.
Failures: every ROI gets its rows. A ROI that cannot be measured (wholly outside the image, no pixel pair at a distance in an orientation) gets rows with empty feature cells and the reason in the error column, and the reason on standard error; the other ROIs are measured as usual. The exit status is 2 when any row has an error and 0 when none has (a low pair count is only a warning).</source>
        <translation>ROIs: X, Y, W, H sind ganze Pixel (gebrochene Werte werden abgelehnt); eine ROI, die teilweise außerhalb des Bildes liegt, wird darauf zugeschnitten (mit einer Warnung). Ohne ROIs ist die ganze Ebene eine ROI namens „image“.
Fehler: Jede ROI erhält ihre Zeilen. Eine ROI, die nicht gemessen werden kann (ganz außerhalb des Bildes, kein Pixelpaar in einem Abstand in einer Orientierung), erhält Zeilen mit leeren Merkmalszellen und dem Grund in der Spalte error sowie auf der Standardfehlerausgabe; die übrigen ROIs werden wie üblich gemessen. Der Exit-Status ist 2, wenn eine Zeile einen Fehler hat, und 0, wenn keine einen hat (eine geringe Paarzahl ist nur eine Warnung).</translation>
    </message>
    <message>
        <source>the ROI file &quot;%1&quot;: %2</source>
        <translation>die ROI-Datei „%1“: %2</translation>
    </message>
    <message>
        <source>Prints one JSON line: width, height, channels, slices, frames, pixelType, pixelWidth, pixelHeight, pixelDepth, unit (frameInterval and timeUnit when the file has them), min and max of the finite values, and the counts finite, nan, posInf and negInf (the last three are 0 for 8/16-bit images). NaN and infinite values never enter min and max. An image with no finite value reports &quot;min&quot;: null, &quot;max&quot;: null, &quot;finite&quot;: 0 and a warning on standard error, with exit status 0.</source>
        <translation>Gibt eine JSON-Zeile aus: width, height, channels, slices, frames, pixelType, pixelWidth, pixelHeight, pixelDepth, unit (frameInterval und timeUnit, wenn die Datei sie enthält), min und max der endlichen Werte sowie die Anzahlen finite, nan, posInf und negInf (die letzten drei sind bei 8/16-Bit-Bildern 0). NaN und unendliche Werte gehen nie in min und max ein. Ein Bild ohne endlichen Wert meldet &quot;min&quot;: null, &quot;max&quot;: null, &quot;finite&quot;: 0 und eine Warnung auf der Standardfehlerausgabe, mit Exit-Status 0.</translation>
    </message>
    <message>
        <source>Split touching objects: --watershed or --watershed distance (distance-transform watershed, seeds by --tolerance/--min-distance), --watershed imagej (ImageJ&apos;s Binary &gt; Watershed seed rule and object count).</source>
        <translation>Sich berührende Objekte trennen: --watershed oder --watershed distance (Wasserscheide auf der Distanztransformation, Saatpunkte über --tolerance/--min-distance), --watershed imagej (Saatpunktregel und Objektzahl von ImageJs Binary &gt; Watershed).</translation>
    </message>
    <message>
        <source>Write the per-object measurements as CSV to FILE (&quot;-&quot;: standard output, instead of the {&quot;objects&quot;: N} line). FILE must not be the input image.</source>
        <translation>Die Messwerte je Objekt als CSV nach DATEI schreiben („-“: Standardausgabe, statt der Zeile {&quot;objects&quot;: N}). DATEI darf nicht das Eingabebild sein.</translation>
    </message>
    <message>
        <source>Write the label image as TIFF to FILE (16-bit, or 32-bit float above 65535 objects). FILE must be a regular file (not &quot;-&quot;) and not the input image.</source>
        <translation>Das Labelbild als TIFF nach DATEI schreiben (16 Bit, oder 32-Bit-Float bei mehr als 65535 Objekten). DATEI muss eine reguläre Datei sein (nicht „-“) und nicht das Eingabebild.</translation>
    </message>
    <message>
        <source>unknown watershed mode &quot;%1&quot;; use distance or imagej.</source>
        <translation>unbekannter Wasserscheiden-Modus „%1“; verwenden Sie distance oder imagej.</translation>
    </message>
    <message>
        <source>--labels &quot;%1&quot;: a TIFF label image can only be written to a regular file, not to standard output, a pipe or a device.</source>
        <translation>--labels „%1“: Ein TIFF-Labelbild kann nur in eine reguläre Datei geschrieben werden, nicht auf die Standardausgabe, in eine Pipe oder auf ein Gerät.</translation>
    </message>
    <message>
        <source>Threshold, split and measure objects; write a CSV table and a label image, print {&quot;objects&quot;: N, &quot;method&quot;: NAME}.</source>
        <translation>Objekte per Schwellenwert finden, trennen und messen; eine CSV-Tabelle und ein Labelbild schreiben, {&quot;objects&quot;: N, &quot;method&quot;: NAME} ausgeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no finite value (%2 NaN, %3 +inf, %4 -inf); min and max are null.</source>
        <translation>„%1“ hat keinen endlichen Wert (%2 NaN, %3 +inf, %4 -inf); min und max sind null.</translation>
    </message>
    <message>
        <source>--min-distance needs a whole number of pixels from 0 to 1000000000 (got &quot;%1&quot;).</source>
        <translation>--min-distance muss eine ganze Zahl von Pixeln zwischen 0 und 1000000000 sein (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>CSV for European spreadsheets: &apos;;&apos; separator and decimal comma (default: &apos;,&apos; and &apos;.&apos;).</source>
        <translation>CSV für europäische Tabellenkalkulationen: &apos;;&apos; als Trennzeichen und Dezimalkomma (Standard: &apos;,&apos; und &apos;.&apos;).</translation>
    </message>
    <message>
        <source>Do not write the provenance sidecar FILE.csv.json beside the CSV (written by default for files; never for standard output). Format: docs/tables.md.</source>
        <translation>Keine Herkunftsdatei DATEI.csv.json neben der CSV schreiben (für Dateien standardmäßig geschrieben; nie für die Standardausgabe). Format: docs/tables.md.</translation>
    </message>
    <message>
        <source>Write the provenance as &apos;#&apos; comment lines before the CSV header instead of the sidecar (read with pandas.read_csv(..., comment=&apos;#&apos;)).</source>
        <translation>Die Herkunftsangaben als &apos;#&apos;-Kommentarzeilen vor die CSV-Kopfzeile schreiben statt in eine eigene Datei (lesen mit pandas.read_csv(..., comment=&apos;#&apos;)).</translation>
    </message>
    <message>
        <source>%1 (its sidecar)</source>
        <translation>%1 (seine Herkunftsdatei)</translation>
    </message>
    <message>
        <source>Write the CSV to this file instead of standard output (&quot;-&quot;: standard output; the file must not be an input). One row per ROI × distance × orientation and a MEAN row (mean over the orientations) per ROI × distance; columns roi, distance, orientation, pairs, the 19 features, lowPairCount (fewer than %1 pairs), rangeMin, rangeMax (quantisation range), error. Format: docs/tables.md; formulas: docs/texture.md.</source>
        <translation>Die CSV in diese Datei statt auf die Standardausgabe schreiben („-“: Standardausgabe; die Datei darf keine Eingabe sein). Eine Zeile je ROI × Abstand × Orientierung und eine MEAN-Zeile (Mittelwert über die Orientierungen) je ROI × Abstand; Spalten roi, distance, orientation, pairs, die 19 Merkmale, lowPairCount (weniger als %1 Paare), rangeMin, rangeMax (Quantisierungsbereich), error. Format: docs/tables.md; Formeln: docs/texture.md.</translation>
    </message>
    <message>
        <source>Gaussian smoothing sigma in pixels (default 1; 0 = none); short for --pre gaussian:SIGMA.</source>
        <translation>Sigma der Gauß-Glättung in Pixeln (Standard 1; 0 = keine); Kurzform für --pre gaussian:SIGMA.</translation>
    </message>
    <message>
        <source>Pre-processing before the threshold, steps in order, separated by commas (default gaussian:1): gaussian:SIGMA, median:RADIUS (median over a disk), background:RADIUS[:light] (subtract a rolling-disk background), clahe:TILE:CLIP, equalize; &quot;none&quot; for no pre-processing. Example: --pre median:5,gaussian:1.</source>
        <translation>Vorverarbeitung vor dem Schwellenwert, Schritte in Reihenfolge, durch Kommas getrennt (Standard gaussian:1): gaussian:SIGMA, median:RADIUS (Median über eine Kreisscheibe), background:RADIUS[:light] (Hintergrund mit rollender Scheibe abziehen), clahe:TILE:CLIP, equalize; „none“ für keine Vorverarbeitung. Beispiel: --pre median:5,gaussian:1.</translation>
    </message>
    <message>
        <source>use either --pre or --smooth (--smooth S is short for --pre gaussian:S).</source>
        <translation>verwenden Sie entweder --pre oder --smooth (--smooth S ist die Kurzform für --pre gaussian:S).</translation>
    </message>
    <message>
        <source>--pre: %1</source>
        <translation>--pre: %1</translation>
    </message>
    <message>
        <source>--smooth needs a sigma from 0 to 100 pixels (got %1).</source>
        <translation>--smooth braucht ein Sigma von 0 bis 100 Pixeln (erhalten: %1).</translation>
    </message>
    <message>
        <source>The per-object measurements of --out, as the GUI&apos;s Set Measurements: a comma-separated list of %1, or all, or default (every column but area-fraction and glcm; the default). glcm uses the GLCM defaults (32 levels, distance 1, four orientations).</source>
        <translation>Die Messungen pro Objekt für --out, wie „Messungen festlegen“ der Oberfläche: eine kommagetrennte Liste aus %1, oder all, oder default (jede Spalte außer area-fraction und glcm; die Vorgabe). glcm verwendet die GLCM-Vorgaben (32 Stufen, Abstand 1, vier Richtungen).</translation>
    </message>
    <message>
        <source>ROIs from a file: JSON {&quot;rois&quot;:[{&quot;name&quot;:&quot;a&quot;,&quot;x&quot;:0,&quot;y&quot;:0,&quot;w&quot;:50,&quot;h&quot;:50,&quot;shape&quot;:&quot;ellipse&quot;}]} (shape optional, default rect) or CSV lines name,x,y,w,h[,rect|ellipse] (optional header line), or an ImageJ RoiSet.zip or .roi (recognised by content; lines and points have no area and are skipped).</source>
        <translation>ROIs aus einer Datei: JSON {&quot;rois&quot;:[{&quot;name&quot;:&quot;a&quot;,&quot;x&quot;:0,&quot;y&quot;:0,&quot;w&quot;:50,&quot;h&quot;:50,&quot;shape&quot;:&quot;ellipse&quot;}]} (shape optional, Vorgabe rect) oder CSV-Zeilen name,x,y,w,h[,rect|ellipse] (optionale Kopfzeile), oder ein ImageJ-RoiSet.zip oder eine .roi (am Inhalt erkannt; Linien und Punkte haben keine Fläche und werden übersprungen).</translation>
    </message>
    <message>
        <source>ROI &quot;%1&quot; is a %2 without area; skipped.</source>
        <translation>ROI „%1“ ist ein(e) %2 ohne Fläche; übersprungen.</translation>
    </message>
    <message>
        <source>The ROI file: ImageJ RoiSet.zip or .roi, Tessera JSON, or CSV.</source>
        <translation>Die ROI-Datei: ImageJ-RoiSet.zip oder .roi, Tessera-JSON oder CSV.</translation>
    </message>
    <message>
        <source>Where to write the ROIs: an ImageJ ROI set (.zip), one ImageJ .roi (a single ROI) or Tessera JSON (any other name; &quot;-&quot; = standard output, the default).</source>
        <translation>Wohin die ROIs geschrieben werden: ein ImageJ-ROI-Satz (.zip), eine ImageJ-.roi (eine einzelne ROI) oder Tessera-JSON (jeder andere Name; „-“ = Standardausgabe, die Vorgabe).</translation>
    </message>
    <message>
        <source>Reads a ROI file and writes it again, converting between ImageJ ROI files and Tessera&apos;s JSON. Details a format cannot hold are named as warnings.</source>
        <translation>Liest eine ROI-Datei und schreibt sie erneut, zwischen ImageJ-ROI-Dateien und Tesseras JSON umwandelnd. Details, die ein Format nicht aufnehmen kann, werden als Warnungen genannt.</translation>
    </message>
    <message>
        <source>expected exactly one FILE argument.</source>
        <translation>genau ein Argument FILE erwartet.</translation>
    </message>
    <message>
        <source>Convert ROI files: ImageJ RoiSet.zip / .roi to and from Tessera JSON.</source>
        <translation>ROI-Dateien umwandeln: ImageJ-RoiSet.zip / .roi von und nach Tessera-JSON.</translation>
    </message>
    <message>
        <source>The session file (.tessera).</source>
        <translation>Die Sitzungsdatei (.tessera).</translation>
    </message>
    <message>
        <source>Output file; the format follows the suffix: .png, .tif, .svg or .pdf (required).</source>
        <translation>Ausgabedatei; das Format folgt der Endung: .png, .tif, .svg oder .pdf (erforderlich).</translation>
    </message>
    <message>
        <source>The figure panel: the image beside the texture scatter plot (GLCM of the session&apos;s ROIs with its parameters).</source>
        <translation>Die Abbildungstafel: das Bild neben dem Textur-Streudiagramm (GLCM der ROIs der Sitzung mit deren Parametern).</translation>
    </message>
    <message>
        <source>Which image of the session, 1-based (default 1).</source>
        <translation>Welches Bild der Sitzung, ab 1 gezählt (Vorgabe 1).</translation>
    </message>
    <message>
        <source>Only this part of the image, in pixels (default: all).</source>
        <translation>Nur dieser Teil des Bildes, in Pixeln (Vorgabe: alles).</translation>
    </message>
    <message>
        <source>Output pixels per image pixel (default 1).</source>
        <translation>Ausgabepixel je Bildpixel (Vorgabe 1).</translation>
    </message>
    <message>
        <source>Resolution written into the file; text and lines are sized in points at it (default 300).</source>
        <translation>In die Datei geschriebene Auflösung; Text und Linien werden bei ihr in Punkt bemessen (Vorgabe 300).</translation>
    </message>
    <message>
        <source>Scale bar length in the image&apos;s unit, &quot;auto&quot; (default) or &quot;off&quot;.</source>
        <translation>Länge des Maßstabsbalkens in der Einheit des Bildes, „auto“ (Vorgabe) oder „off“.</translation>
    </message>
    <message>
        <source>Scale bar corner: br (default), bl, tr or tl.</source>
        <translation>Ecke des Maßstabsbalkens: br (Vorgabe), bl, tr oder tl.</translation>
    </message>
    <message>
        <source>Scale bar colour (default white).</source>
        <translation>Farbe des Maßstabsbalkens (Vorgabe weiß).</translation>
    </message>
    <message>
        <source>Leave out the ROIs.</source>
        <translation>Die ROIs weglassen.</translation>
    </message>
    <message>
        <source>Leave out the ROI names.</source>
        <translation>Die ROI-Namen weglassen.</translation>
    </message>
    <message>
        <source>Leave out the label layer&apos;s outlines.</source>
        <translation>Die Umrisse der Label-Ebene weglassen.</translation>
    </message>
    <message>
        <source>Draw each object&apos;s number.</source>
        <translation>Die Nummer jedes Objekts zeichnen.</translation>
    </message>
    <message>
        <source>Leave out the threshold overlay.</source>
        <translation>Die Schwellenwert-Überlagerung weglassen.</translation>
    </message>
    <message>
        <source>Height of the figure panel in mm (default 70).</source>
        <translation>Höhe der Abbildungstafel in mm (Vorgabe 70).</translation>
    </message>
    <message>
        <source>Renders an image of a session as an annotated figure (as File &gt; Export Figure): the image as displayed, ROIs with names in class colours, object outlines, the applied threshold mask and a scale bar.</source>
        <translation>Zeichnet ein Bild einer Sitzung als beschriftete Abbildung (wie Datei &gt; Abbildung exportieren): das Bild wie angezeigt, ROIs mit Namen in Klassenfarben, Objektumrisse, die angewandte Schwellenwertmaske und einen Maßstabsbalken.</translation>
    </message>
    <message>
        <source>expected one SESSION file.</source>
        <translation>eine SESSION-Datei erwartet.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>--out: unknown format &quot;%1&quot; (use .png, .tif, .svg or .pdf).</source>
        <translation>--out: unbekanntes Format „%1“ (.png, .tif, .svg oder .pdf verwenden).</translation>
    </message>
    <message>
        <source>--image must be a positive whole number.</source>
        <translation>--image muss eine positive ganze Zahl sein.</translation>
    </message>
    <message>
        <source>--scale must be a number from 0.05 to 32.</source>
        <translation>--scale muss eine Zahl von 0,05 bis 32 sein.</translation>
    </message>
    <message>
        <source>--dpi must be a number from 10 to 4800.</source>
        <translation>--dpi muss eine Zahl von 10 bis 4800 sein.</translation>
    </message>
    <message>
        <source>--region must be X,Y,W,H in whole pixels with W, H &gt; 0.</source>
        <translation>--region muss X,Y,W,H in ganzen Pixeln mit W, H &gt; 0 sein.</translation>
    </message>
    <message>
        <source>--scale-bar must be a positive length, &quot;auto&quot; or &quot;off&quot;.</source>
        <translation>--scale-bar muss eine positive Länge, „auto“ oder „off“ sein.</translation>
    </message>
    <message>
        <source>--bar-corner must be br, bl, tr or tl.</source>
        <translation>--bar-corner muss br, bl, tr oder tl sein.</translation>
    </message>
    <message>
        <source>--bar-color: unknown colour &quot;%1&quot;.</source>
        <translation>--bar-color: unbekannte Farbe „%1“.</translation>
    </message>
    <message>
        <source>--panel-height must be a number of mm from 10 to 1000.</source>
        <translation>--panel-height muss eine Zahl in mm von 10 bis 1000 sein.</translation>
    </message>
    <message>
        <source>--image %1: the session has %2 image(s).</source>
        <translation>--image %1: die Sitzung hat %2 Bild(er).</translation>
    </message>
    <message>
        <source>the session&apos;s image &quot;%1&quot; was not found.</source>
        <translation>das Bild „%1“ der Sitzung wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; no longer has the size the session was made with.</source>
        <translation>das Bild „%1“ hat nicht mehr die Größe, mit der die Sitzung erstellt wurde.</translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; changed since the session was saved (checksum differs).</source>
        <translation>das Bild „%1“ wurde seit dem Speichern der Sitzung verändert (Prüfsumme weicht ab).</translation>
    </message>
    <message>
        <source>--panel needs ROIs: the session&apos;s image has none.</source>
        <translation>--panel braucht ROIs: das Bild der Sitzung hat keine.</translation>
    </message>
    <message>
        <source>Render a session&apos;s image as an annotated figure (PNG, TIFF, SVG, PDF), or a panel with its scatter plot.</source>
        <translation>Ein Bild einer Sitzung als beschriftete Abbildung (PNG, TIFF, SVG, PDF) oder als Tafel mit seinem Streudiagramm ausgeben.</translation>
    </message>
    <message>
        <source>Exit status: 0 on success; 2 on any error (wrong arguments, unreadable input, failed analysis), which prints one line on standard error; run: 3 when some images failed and the others were written. &quot;-&quot; as an output file means standard output. Outputs are never written over an input.</source>
        <translation>Exit-Status: 0 bei Erfolg; 2 bei jedem Fehler (falsche Argumente, unlesbare Eingabe, fehlgeschlagene Analyse), der eine Zeile auf der Standardfehlerausgabe ausgibt; run: 3, wenn einige Bilder fehlschlugen und die übrigen geschrieben wurden. „-“ als Ausgabedatei bedeutet Standardausgabe. Ausgaben überschreiben nie eine Eingabe.</translation>
    </message>
    <message>
        <source>A Tessera session (.tessera) file.</source>
        <translation>Eine Tessera-Sitzungsdatei (.tessera).</translation>
    </message>
    <message>
        <source>The images to analyse (one or more).</source>
        <translation>Die zu analysierenden Bilder (eines oder mehrere).</translation>
    </message>
    <message>
        <source>The folder for the CSV files (created when missing; files of the same names are replaced).</source>
        <translation>Der Ordner für die CSV-Dateien (wird angelegt, wenn er fehlt; gleichnamige Dateien werden ersetzt).</translation>
    </message>
    <message>
        <source>How many images to analyse at the same time, 1-256 (default 1: each analysis already uses every core).</source>
        <translation>Wie viele Bilder gleichzeitig analysiert werden, 1–256 (Standard 1: jede Analyse nutzt bereits alle Kerne).</translation>
    </message>
    <message>
        <source>Which image of the session gives the ROIs and analyses, 1-based (default 1).</source>
        <translation>Welches Bild der Sitzung die ROIs und Analysen liefert, ab 1 gezählt (Standard 1).</translation>
    </message>
    <message>
        <source>expected a SESSION file and at least one IMAGE.</source>
        <translation>erwartet eine SESSION-Datei und mindestens ein IMAGE.</translation>
    </message>
    <message>
        <source>--out DIR is required (the folder for the CSV files).</source>
        <translation>--out DIR ist erforderlich (der Ordner für die CSV-Dateien).</translation>
    </message>
    <message>
        <source>--jobs must be a whole number from 1 to 256, not &quot;%1&quot;.</source>
        <translation>--jobs muss eine ganze Zahl von 1 bis 256 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--session-image must be a whole number of at least 1, not &quot;%1&quot;.</source>
        <translation>--session-image muss eine ganze Zahl von mindestens 1 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--out must name a folder; run writes several files, not standard output.</source>
        <translation>--out muss einen Ordner nennen; run schreibt mehrere Dateien, nicht auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>--out &quot;%1&quot; exists and is not a folder.</source>
        <translation>--out „%1“ existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <source>cannot create the output folder &quot;%1&quot;.</source>
        <translation>der Ausgabeordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>  %1: warning: %2</source>
        <translation>  %1: Warnung: %2</translation>
    </message>
    <message>
        <source>tessera-cli run: %1 of %2 image(s) failed; the others were written to &quot;%3&quot;.</source>
        <translation>tessera-cli run: %1 von %2 Bild(ern) fehlgeschlagen; die übrigen wurden nach „%3“ geschrieben.</translation>
    </message>
    <message>
        <source>Apply a session&apos;s ROIs and analyses to many images; one CSV per image and combined CSVs.</source>
        <translation>Die ROIs und Analysen einer Sitzung auf viele Bilder anwenden; eine CSV je Bild und zusammengefasste CSVs.</translation>
    </message>
    <message>
        <source>drawing needs a QGuiApplication, which this program did not create</source>
        <translation>Zeichnen braucht eine QGuiApplication, die dieses Programm nicht erzeugt hat</translation>
    </message>
    <message>
        <source>no image to draw</source>
        <translation>kein Bild zum Zeichnen</translation>
    </message>
    <message>
        <source>figure: %1</source>
        <translation>Abbildung: %1</translation>
    </message>
    <message>
        <source>Also draw one annotated figure per image, as tessera-cli figure does: the image with the session&apos;s display settings, the ROIs with their names in class colours, the objects&apos; outlines when the session segments, a scale bar when the image is calibrated.</source>
        <translation>Zusätzlich je Bild eine beschriftete Abbildung zeichnen, wie tessera-cli figure: das Bild mit den Anzeigeeinstellungen der Sitzung, die ROIs mit ihren Namen in Klassenfarben, die Umrisse der Objekte, wenn die Sitzung segmentiert, ein Maßstabsbalken, wenn das Bild kalibriert ist.</translation>
    </message>
    <message>
        <source>The figures&apos; format: svg (default: vector outlines and names over the lossless image, editable for a paper), pdf, png or tif (300 DPI). Implies --figures.</source>
        <translation>Das Format der Abbildungen: svg (Standard: Umrisse und Namen als Vektoren über dem verlustfreien Bild, für eine Veröffentlichung bearbeitbar), pdf, png oder tif (300 DPI). Schließt --figures ein.</translation>
    </message>
    <message>
        <source>Applies the ROIs (with names and classes) and the analyses of a session image to every IMAGE: GLCM of the ROIs on the session&apos;s plane when the session has GLCM parameters, ImageJ-style measurements of every ROI, and segmentation with per-object measurements when it has segmentation parameters.
Writes, in DIR, per image STEM.glcm.csv (as tessera-cli glcm), STEM.rois.csv and STEM.objects.csv (as tessera-cli segment --out), STEM being the image&apos;s file name without its extension (made unique with _2, _3, ...), and combined.glcm.csv, combined.rois.csv, combined.objects.csv: the rows of every image that succeeded with a first column &quot;image&quot; holding the path as given. With --figures also STEM.figure.svg (or the --figure-format), drawn after the image&apos;s tables; a figure that cannot be drawn fails its image. Tables are written as by the other commands (--european, --no-sidecar, --comment-header; each CSV gets its provenance sidecar NAME.csv.json unless asked otherwise).
An image fails when it cannot be read, lacks the plane, a ROI does not lie wholly inside it, or an analysis fails; it is reported and skipped and the others go on. Standard error gets one line per image: &quot;[K/N] NAME ok 0.31 s&quot; or &quot;[K/N] NAME FAILED: reason&quot;.
Exit status: 0 when every image succeeded; 3 when at least one image failed (the others&apos; files are written); 2 when nothing could be run (arguments, session, output folder).</source>
        <translation>Wendet die ROIs (mit Namen und Klassen) und die Analysen eines Sitzungsbildes auf jedes IMAGE an: GLCM der ROIs auf der Ebene der Sitzung, wenn die Sitzung GLCM-Parameter hat, Messungen jeder ROI wie in ImageJ, und Segmentierung mit Messungen je Objekt, wenn sie Segmentierungsparameter hat.
Schreibt in DIR je Bild STEM.glcm.csv (wie tessera-cli glcm), STEM.rois.csv und STEM.objects.csv (wie tessera-cli segment --out), wobei STEM der Dateiname des Bildes ohne Endung ist (mit _2, _3, ... eindeutig gemacht), sowie combined.glcm.csv, combined.rois.csv, combined.objects.csv: die Zeilen aller erfolgreichen Bilder mit einer ersten Spalte &quot;image&quot;, die den Pfad wie angegeben enthält. Mit --figures außerdem STEM.figure.svg (oder im Format von --figure-format), gezeichnet nach den Tabellen des Bildes; eine Abbildung, die nicht gezeichnet werden kann, lässt ihr Bild fehlschlagen. Tabellen werden wie von den anderen Befehlen geschrieben (--european, --no-sidecar, --comment-header; jede CSV erhält ihre Herkunftsdatei NAME.csv.json, wenn nicht anders verlangt).
Ein Bild schlägt fehl, wenn es nicht gelesen werden kann, die Ebene fehlt, eine ROI nicht ganz in ihm liegt oder eine Analyse fehlschlägt; es wird gemeldet und übersprungen, die übrigen laufen weiter. Die Standardfehlerausgabe erhält eine Zeile je Bild: &quot;[K/N] NAME ok 0.31 s&quot; oder &quot;[K/N] NAME FAILED: Grund&quot;.
Exit-Status: 0, wenn jedes Bild gelang; 3, wenn mindestens ein Bild fehlschlug (die Dateien der übrigen sind geschrieben); 2, wenn nichts ausgeführt werden konnte (Argumente, Sitzung, Ausgabeordner).</translation>
    </message>
    <message>
        <source>--figure-format must be svg, pdf, png or tif, not &quot;%1&quot;.</source>
        <translation>--figure-format muss svg, pdf, png oder tif sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--figures: this tessera-cli was built without figure support.</source>
        <translation>--figures: dieses tessera-cli wurde ohne Unterstützung für Abbildungen gebaut.</translation>
    </message>
    <message>
        <source>drawing needs %1, which did not start.</source>
        <translation>Zeichnen braucht %1, das nicht gestartet ist.</translation>
    </message>
    <message>
        <source>cannot start the drawing helper %1.</source>
        <translation>das Hilfsprogramm zum Zeichnen %1 kann nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>tessera::ConnectedComponents</name>
    <message>
        <source>Connected components need a non-empty 8-bit single-channel mask.</source>
        <translation>Zusammenhangskomponenten brauchen eine nicht leere einkanalige 8-Bit-Maske.</translation>
    </message>
    <message>
        <source>The plane has %1 × %2 pixels; segmentation handles at most %3 pixels per plane (2^31 − 1). Crop or bin the image first.</source>
        <translation>Die Ebene hat %1 × %2 Pixel; die Segmentierung verarbeitet höchstens %3 Pixel pro Ebene (2^31 − 1). Schneiden Sie das Bild zuerst zu oder fassen Sie Pixel zusammen (Binning).</translation>
    </message>
</context>
<context>
    <name>tessera::Contrast</name>
    <message>
        <source>The CLAHE tile size must be at least 8 pixels (got %1).</source>
        <translation>Die CLAHE-Kachelgröße muss mindestens 8 Pixel betragen (erhalten: %1).</translation>
    </message>
    <message>
        <source>The CLAHE clip limit must be at least 1 (got %1).</source>
        <translation>Das CLAHE-Clip-Limit muss mindestens 1 betragen (erhalten: %1).</translation>
    </message>
    <message>
        <source>Gamma must be in (0, 10] (got %1).</source>
        <translation>Gamma muss in (0, 10] liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>The sigmoid cutoff must be in [0, 1] and the gain in (0, 100].</source>
        <translation>Der Cutoff der Sigmoidfunktion muss in [0, 1] und die Verstärkung (Gain) in (0, 100] liegen.</translation>
    </message>
</context>
<context>
    <name>tessera::DisplayPanel</name>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>The channel these settings apply to (also the channel shown outside composite mode).</source>
        <translation>Der Kanal, für den diese Einstellungen gelten (auch der außerhalb des Composite-Modus angezeigte Kanal).</translation>
    </message>
    <message>
        <source>Lowest value of the display range: pixels at or below it are drawn black (the first colour of the LUT). Changes the display only, never the pixel values.</source>
        <translation>Unterster Wert des Anzeigebereichs: Pixel mit diesem oder kleinerem Wert werden schwarz (in der ersten Farbe der LUT) gezeichnet. Ändert nur die Anzeige, nie die Pixelwerte.</translation>
    </message>
    <message>
        <source>Lowest value of the display range, in image units.</source>
        <translation>Unterster Wert des Anzeigebereichs, in Bildeinheiten.</translation>
    </message>
    <message>
        <source>Highest value of the display range: pixels at or above it are drawn white (the last colour of the LUT). Changes the display only, never the pixel values.</source>
        <translation>Oberster Wert des Anzeigebereichs: Pixel mit diesem oder größerem Wert werden weiß (in der letzten Farbe der LUT) gezeichnet. Ändert nur die Anzeige, nie die Pixelwerte.</translation>
    </message>
    <message>
        <source>Highest value of the display range, in image units.</source>
        <translation>Oberster Wert des Anzeigebereichs, in Bildeinheiten.</translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation>Minimum:</translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation>Maximum:</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Set the display range so that the given percentage of pixels is saturated (half at each end), like ImageJ&apos;s Auto.</source>
        <translation>Setzt den Anzeigebereich so, dass der angegebene Prozentsatz der Pixel gesättigt ist (je die Hälfte an beiden Enden), wie Auto in ImageJ.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Percentage of pixels Auto lets saturate (ImageJ uses 0.35 %). Larger values give more contrast but clip more of the darkest and brightest pixels.</source>
        <translation>Prozentsatz der Pixel, die Auto sättigen lässt (ImageJ verwendet 0,35 %). Größere Werte geben mehr Kontrast, schneiden aber mehr der dunkelsten und hellsten Pixel ab.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show the full range: 0–255 for 8-bit images, the plane&apos;s minimum to maximum otherwise.</source>
        <translation>Den ganzen Bereich zeigen: 0–255 bei 8-Bit-Bildern, sonst Minimum bis Maximum der Ebene.</translation>
    </message>
    <message>
        <source>Grays</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Feuer</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation>Cyan</translation>
    </message>
    <message>
        <source>Magenta</source>
        <translation>Magenta</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Lookup table: the colours the display range is mapped to when this channel is shown alone (not in composite mode).</source>
        <translation>Farbtabelle (LUT): die Farben, auf die der Anzeigebereich abgebildet wird, wenn dieser Kanal allein gezeigt wird (nicht im Composite-Modus).</translation>
    </message>
    <message>
        <source>Colour of this channel in the composite view (channels are added).</source>
        <translation>Farbe dieses Kanals in der Composite-Ansicht (die Kanäle werden addiert).</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere…</translation>
    </message>
    <message>
        <source>LUT:</source>
        <translation>LUT:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Show channel in composite</source>
        <translation>Kanal im Composite zeigen</translation>
    </message>
    <message>
        <source>Include this channel in the composite view.</source>
        <translation>Diesen Kanal in die Composite-Ansicht aufnehmen.</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>Composite</translation>
    </message>
    <message>
        <source>Show all visible channels at once, each in its colour, added together (images with several channels only).</source>
        <translation>Alle sichtbaren Kanäle zugleich zeigen, jeden in seiner Farbe, addiert (nur bei Bildern mit mehreren Kanälen).</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Invertieren</translation>
    </message>
    <message>
        <source>Invert the display (reversed LUT; in composite mode a white background). Pixel values are not changed.</source>
        <translation>Die Anzeige invertieren (umgekehrte LUT; im Composite-Modus weißer Hintergrund). Die Pixelwerte bleiben unverändert.</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>Channel Colour</source>
        <translation>Kanalfarbe</translation>
    </message>
</context>
<context>
    <name>tessera::Edges</name>
    <message>
        <source>The LoG sigma must be between 0 and 1000 pixels (got %1).</source>
        <translation>Das LoG-Sigma muss zwischen 0 und 1000 Pixeln liegen (erhalten: %1).</translation>
    </message>
</context>
<context>
    <name>tessera::ExceptionText</name>
    <message>
        <source>an unknown exception was thrown in a worker thread</source>
        <translation>in einem Worker-Thread wurde eine unbekannte Ausnahme ausgelöst</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>OpenCV error in %1: %2</source>
        <translation>OpenCV-Fehler in %1: %2</translation>
    </message>
    <message>
        <source>an unknown exception was thrown</source>
        <translation>eine unbekannte Ausnahme wurde ausgelöst</translation>
    </message>
</context>
<context>
    <name>tessera::ExportFigureDialog</name>
    <message>
        <source>Export Figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>TIFF-Bild</translation>
    </message>
    <message>
        <source>SVG (vector overlays)</source>
        <translation>SVG (Überlagerungen als Vektoren)</translation>
    </message>
    <message>
        <source>PDF (vector overlays)</source>
        <translation>PDF (Überlagerungen als Vektoren)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Whole image</source>
        <translation>Ganzes Bild</translation>
    </message>
    <message>
        <source>Visible region (%1 × %2 px)</source>
        <translation>Sichtbarer Bereich (%1 × %2 px)</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Output pixels per image pixel</source>
        <translation>Ausgabepixel je Bildpixel</translation>
    </message>
    <message>
        <source>Scale factor:</source>
        <translation>Skalierungsfaktor:</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>Written into the file; text and lines are sized in points at this resolution</source>
        <translation>Wird in die Datei geschrieben; Text und Linien werden bei dieser Auflösung in Punkt bemessen</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Figure panel: the image beside the scatter plot</source>
        <translation>Abbildungstafel: das Bild neben dem Streudiagramm</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Height of the panel; the image is scaled to it (the scale factor is not used)</source>
        <translation>Höhe der Tafel; das Bild wird auf sie skaliert (der Skalierungsfaktor wird nicht verwendet)</translation>
    </message>
    <message>
        <source>Panel height:</source>
        <translation>Tafelhöhe:</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Enthalten</translation>
    </message>
    <message>
        <source>ROI outlines</source>
        <translation>ROI-Umrisse</translation>
    </message>
    <message>
        <source>ROI names</source>
        <translation>ROI-Namen</translation>
    </message>
    <message>
        <source>Object outlines</source>
        <translation>Objektumrisse</translation>
    </message>
    <message>
        <source>Object numbers</source>
        <translation>Objektnummern</translation>
    </message>
    <message>
        <source>Colour of object outlines and numbers</source>
        <translation>Farbe der Objektumrisse und -nummern</translation>
    </message>
    <message>
        <source>Threshold overlay</source>
        <translation>Schwellenwert-Überlagerung</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Line width:</source>
        <translation>Linienbreite:</translation>
    </message>
    <message>
        <source>Name size:</source>
        <translation>Namensgröße:</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>Maßstabsbalken</translation>
    </message>
    <message>
        <source>Show a scale bar</source>
        <translation>Maßstabsbalken zeigen</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>0 = automatic: a 1-2-5 length of at most a fifth of the width</source>
        <translation>0 = automatisch: eine 1-2-5-Länge von höchstens einem Fünftel der Breite</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Unten rechts</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Unten links</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Oben rechts</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Oben links</translation>
    </message>
    <message>
        <source>Colour of the bar and its label</source>
        <translation>Farbe des Balkens und seiner Beschriftung</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Thickness:</source>
        <translation>Dicke:</translation>
    </message>
    <message>
        <source>Bar in pixels</source>
        <translation>Balken in Pixeln</translation>
    </message>
    <message>
        <source>No bar</source>
        <translation>Kein Balken</translation>
    </message>
    <message>
        <source>Uncalibrated:</source>
        <translation>Unkalibriert:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>%1 × %2 px, %3 × %4 mm</source>
        <translation>%1 × %2 px, %3 × %4 mm</translation>
    </message>
    <message>
        <source>Label size in points; 0 = automatic: follows the figure&apos;s size (at most 10 pt)</source>
        <translation>Schriftgröße in Punkt; 0 = automatisch: folgt der Größe der Abbildung (höchstens 10 pt)</translation>
    </message>
    <message>
        <source>Bar height in points; 0 = automatic: 0.3 × the label size</source>
        <translation>Balkenhöhe in Punkt; 0 = automatisch: 0,3 × die Schriftgröße</translation>
    </message>
    <message>
        <source>Each object&apos;s number at its centre, where it fits the object (on by default for up to %1 objects)</source>
        <translation>Die Nummer jedes Objekts in seiner Mitte, wo sie in das Objekt passt (voreingestellt an bei bis zu %1 Objekten)</translation>
    </message>
</context>
<context>
    <name>tessera::FigureFile</name>
    <message>
        <source>Cannot write &quot;%1&quot;: the figure is empty.</source>
        <translation>„%1“ kann nicht geschrieben werden: die Abbildung ist leer.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2 × %3 pixels is too large; choose a smaller scale factor or region.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2 × %3 Pixel sind zu groß; einen kleineren Skalierungsfaktor oder Bereich wählen.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: not enough memory for the figure.</source>
        <translation>„%1“ kann nicht geschrieben werden: nicht genug Speicher für die Abbildung.</translation>
    </message>
    <message>
        <source>drawing failed</source>
        <translation>Zeichnen fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>tessera::FigureOptions</name>
    <message>
        <source>The scale factor must lie between 0.05 and 32.</source>
        <translation>Der Skalierungsfaktor muss zwischen 0,05 und 32 liegen.</translation>
    </message>
    <message>
        <source>The resolution must lie between 10 and 4800 DPI.</source>
        <translation>Die Auflösung muss zwischen 10 und 4800 DPI liegen.</translation>
    </message>
    <message>
        <source>The scale bar length must be a number.</source>
        <translation>Die Länge des Maßstabsbalkens muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>The image is not calibrated: no scale bar (choose a bar in pixels, or set the pixel size).</source>
        <translation>Das Bild ist nicht kalibriert: kein Maßstabsbalken (einen Balken in Pixeln wählen oder die Pixelgröße setzen).</translation>
    </message>
    <message>
        <source>Line widths and font sizes must be positive (0 = automatic for the scale bar) and at most 200 points.</source>
        <translation>Linienbreiten und Schriftgrößen müssen positiv (0 = automatisch beim Maßstab) und höchstens 200 Punkt sein.</translation>
    </message>
</context>
<context>
    <name>tessera::FigurePanelLayout</name>
    <message>
        <source>The panel&apos;s height and plot width must lie between 10 and 1000 mm.</source>
        <translation>Höhe der Tafel und Breite des Diagramms müssen zwischen 10 und 1000 mm liegen.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: unknown figure format (use .png, .tif, .svg or .pdf).</source>
        <translation>„%1“ kann nicht geschrieben werden: unbekanntes Abbildungsformat (.png, .tif, .svg oder .pdf verwenden).</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: the figure&apos;s region is empty.</source>
        <translation>„%1“ kann nicht geschrieben werden: der Bereich der Abbildung ist leer.</translation>
    </message>
</context>
<context>
    <name>tessera::FigureRenderer</name>
    <message>
        <source>The scale bar (%1) is longer than the figure is wide.</source>
        <translation>Der Maßstabsbalken (%1) ist länger als die Abbildung breit ist.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: unknown figure format (use .png, .tif, .svg or .pdf).</source>
        <translation>„%1“ kann nicht geschrieben werden: unbekanntes Abbildungsformat (.png, .tif, .svg oder .pdf verwenden).</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: the figure&apos;s region is empty.</source>
        <translation>„%1“ kann nicht geschrieben werden: der Bereich der Abbildung ist leer.</translation>
    </message>
    <message>
        <source>%1 of %2 object numbers do not fit their objects and are left out (a larger scale factor or a smaller name size makes room).</source>
        <translation>%1 von %2 Objektnummern passen nicht in ihre Objekte und fehlen (ein größerer Skalierungsfaktor oder eine kleinere Namensgröße schafft Platz).</translation>
    </message>
</context>
<context>
    <name>tessera::FileHash</name>
    <message>
        <source>Cannot read &quot;%1&quot; to compute its SHA-256: %2</source>
        <translation>„%1“ kann zur Berechnung der SHA-256-Prüfsumme nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
</context>
<context>
    <name>tessera::Glcm</name>
    <message>
        <source>GLCM needs one 8-bit, 16-bit or 32-bit float channel.</source>
        <translation>GLCM braucht einen Kanal mit 8 Bit, 16 Bit oder 32-Bit-Float.</translation>
    </message>
    <message>
        <source>The region lies outside the image.</source>
        <translation>Der Bereich liegt außerhalb des Bildes.</translation>
    </message>
    <message>
        <source>The number of gray levels must be from 2 to 65536, not %1.</source>
        <translation>Die Anzahl der Graustufen muss zwischen 2 und 65536 liegen, nicht %1.</translation>
    </message>
</context>
<context>
    <name>tessera::GlcmAnalysis</name>
    <message>
        <source>A float image has no bit-depth range: choose the ROI, image, all-ROIs or a custom range.</source>
        <translation>Ein Float-Bild hat keinen Bereich aus der Bittiefe: Wählen Sie ROI, Bild, alle ROIs oder einen eigenen Bereich.</translation>
    </message>
    <message>
        <source>The image has no finite pixel value.</source>
        <translation>Das Bild hat keinen endlichen Pixelwert.</translation>
    </message>
    <message>
        <source>None of the ROIs has a pixel inside the image.</source>
        <translation>Keine der ROIs hat ein Pixel innerhalb des Bildes.</translation>
    </message>
    <message>
        <source>ROI &quot;%1&quot; has no pixel inside the image.</source>
        <translation>ROI „%1“ hat kein Pixel innerhalb des Bildes.</translation>
    </message>
    <message>
        <source>ROI &quot;%1&quot;: %2</source>
        <translation>ROI „%1“: %2</translation>
    </message>
    <message>
        <source>GLCM needs one 8-bit, 16-bit or 32-bit float channel.</source>
        <translation>GLCM braucht einen Kanal mit 8 Bit, 16 Bit oder 32-Bit-Float.</translation>
    </message>
    <message>
        <source>The region has no pixel inside the image.</source>
        <translation>Der Bereich hat kein Pixel innerhalb des Bildes.</translation>
    </message>
</context>
<context>
    <name>tessera::GlcmDock</name>
    <message>
        <source>GLCM Texture</source>
        <translation>GLCM-Textur</translation>
    </message>
</context>
<context>
    <name>tessera::GlcmExport</name>
    <message>
        <source>ROI &quot;%1&quot; has no pixel pair at distance %2 in orientation %3.</source>
        <translation>ROI „%1“ hat kein Pixelpaar im Abstand %2 in Orientierung %3.</translation>
    </message>
    <message>
        <source>an orientation has no pixel pair, so the mean is undefined.</source>
        <translation>eine Orientierung hat kein Pixelpaar, daher ist der Mittelwert undefiniert.</translation>
    </message>
    <message>
        <source>warning: ROI &quot;%1&quot; has fewer than %2 pixel pairs at distance %3 in some orientation; its features are unreliable.</source>
        <translation>Warnung: ROI „%1“ hat in mindestens einer Orientierung weniger als %2 Pixelpaare im Abstand %3; ihre Merkmale sind unzuverlässig.</translation>
    </message>
</context>
<context>
    <name>tessera::GlcmPanel</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Preset: imagej-ops defaults</source>
        <translation>Voreinstellung: imagej-ops-Standardwerte</translation>
    </message>
    <message>
        <source>Preset: PyImageJ GLCM tutorial</source>
        <translation>Voreinstellung: PyImageJ-GLCM-Tutorial</translation>
    </message>
    <message>
        <source>Open an image first.</source>
        <translation>Öffnen Sie zuerst ein Bild.</translation>
    </message>
    <message>
        <source>Draw or import at least one ROI first: the GLCM is computed per ROI.</source>
        <translation>Zeichnen oder importieren Sie zuerst mindestens eine ROI: Die GLCM wird je ROI berechnet.</translation>
    </message>
    <message>
        <source>Compute the GLCM features of every ROI now.</source>
        <translation>Die GLCM-Merkmale aller ROIs jetzt berechnen.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No image.</source>
        <translation>Kein Bild.</translation>
    </message>
    <message>
        <source>No result yet.</source>
        <translation>Noch kein Ergebnis.</translation>
    </message>
    <message>
        <source>No ROI: draw or import ROIs to compute textures.</source>
        <translation>Keine ROI: Zeichnen oder importieren Sie ROIs, um Texturen zu berechnen.</translation>
    </message>
    <message>
        <source>Out of date: ROIs, plane or parameters changed since this result was computed.</source>
        <translation>Veraltet: ROIs, Ebene oder Parameter haben sich geändert, seit dieses Ergebnis berechnet wurde.</translation>
    </message>
    <message numerus="yes">
        <source>Up to date: %n ROI(s).</source>
        <translation>
            <numerusform>Aktuell: %n ROI.</numerusform>
            <numerusform>Aktuell: %n ROIs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused (no pixel inside the image): %1</source>
        <translation>Abgelehnt (kein Pixel innerhalb des Bildes): %1</translation>
    </message>
    <message>
        <source>Clipped to the image (partly outside): %1</source>
        <translation>Auf das Bild zugeschnitten (teilweise außerhalb): %1</translation>
    </message>
    <message>
        <source>Too few pixel pairs (&lt; %1), unreliable: %2</source>
        <translation>Zu wenige Pixelpaare (&lt; %1), unzuverlässig: %2</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>imagej-ops defaults (32 levels, d = 1)</source>
        <translation>imagej-ops-Standardwerte (32 Stufen, d = 1)</translation>
    </message>
    <message>
        <source>PyImageJ GLCM tutorial (128 levels, d = 7)</source>
        <translation>PyImageJ-GLCM-Tutorial (128 Stufen, d = 7)</translation>
    </message>
    <message>
        <source>Parameter sets of well-known workflows. &quot;imagej-ops defaults&quot; is what Fiji&apos;s Haralick ops use unless told otherwise; the PyImageJ tutorial compares 50 × 50 crops of cells and background with 128 gray levels at distance 7, averaged over the four directions.</source>
        <translation>Parametersätze bekannter Arbeitsabläufe. „imagej-ops-Standardwerte“ sind die Werte, die die Haralick-Ops von Fiji verwenden, sofern nichts anderes angegeben ist; das PyImageJ-Tutorial vergleicht 50 × 50 Pixel große Ausschnitte von Zellen und Hintergrund mit 128 Graustufen im Abstand 7, gemittelt über die vier Richtungen.</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Voreinstellung:</translation>
    </message>
    <message>
        <source>Number of gray levels the ROI&apos;s intensities are binned into before pixel pairs are counted. Few levels (8–32) make the matrix well filled even for small crops; many levels keep fine intensity differences but need large ROIs, or most cells of the matrix stay empty and the features become noisy.</source>
        <translation>Anzahl der Graustufen, in die die Intensitäten der ROI eingeteilt werden, bevor Pixelpaare gezählt werden. Wenige Stufen (8–32) füllen die Matrix auch bei kleinen Ausschnitten gut; viele Stufen erhalten feine Intensitätsunterschiede, brauchen aber große ROIs, sonst bleiben die meisten Einträge der Matrix leer und die Merkmale werden verrauscht.</translation>
    </message>
    <message>
        <source>Gray levels: %1</source>
        <translation>Graustufen: %1</translation>
    </message>
    <message>
        <source>Gray &amp;levels:</source>
        <translation>Grau&amp;stufen:</translation>
    </message>
    <message>
        <source>How far apart (in pixels) the two pixels of a pair are, e.g. &quot;1, 3, 7&quot; for several distances. Small distances describe fine grain; a distance near the size of the structures you care about (granules, fibres) describes their spacing. Features are computed for each distance.</source>
        <translation>Wie weit (in Pixeln) die beiden Pixel eines Paares auseinanderliegen, z. B. „1, 3, 7“ für mehrere Abstände. Kleine Abstände beschreiben eine feine Körnung; ein Abstand nahe der Größe der Strukturen, die Sie untersuchen (Granula, Fasern), beschreibt deren Abstand zueinander. Die Merkmale werden für jeden Abstand berechnet.</translation>
    </message>
    <message>
        <source>Distances must be whole numbers ≥ 1 separated by commas, each once.</source>
        <translation>Abstände müssen ganze Zahlen ≥ 1 sein, durch Kommas getrennt, jede nur einmal.</translation>
    </message>
    <message>
        <source>Distances: %1</source>
        <translation>Abstände: %1</translation>
    </message>
    <message>
        <source>&amp;Distances:</source>
        <translation>&amp;Abstände:</translation>
    </message>
    <message>
        <source>Orientations (averaged)</source>
        <translation>Orientierungen (gemittelt)</translation>
    </message>
    <message>
        <source>Directions in which pairs are taken. The features of the checked directions are averaged (the MEAN rows, as in the PyImageJ tutorial), which makes them independent of how the cell happens to be rotated; check a single direction to study oriented structures such as fibres.</source>
        <translation>Richtungen, in denen Paare gebildet werden. Die Merkmale der ausgewählten Richtungen werden gemittelt (die MEAN-Zeilen, wie im PyImageJ-Tutorial); dadurch hängen sie nicht davon ab, wie die Zelle zufällig gedreht ist. Wählen Sie eine einzelne Richtung, um gerichtete Strukturen wie Fasern zu untersuchen.</translation>
    </message>
    <message>
        <source>0° →</source>
        <translation>0° →</translation>
    </message>
    <message>
        <source>90° ↓</source>
        <translation>90° ↓</translation>
    </message>
    <message>
        <source>45° ↗</source>
        <translation>45° ↗</translation>
    </message>
    <message>
        <source>135° ↘</source>
        <translation>135° ↘</translation>
    </message>
    <message>
        <source>Horizontal pairs: the second pixel lies to the right.</source>
        <translation>Horizontale Paare: Das zweite Pixel liegt rechts.</translation>
    </message>
    <message>
        <source>Vertical pairs: the second pixel lies below.</source>
        <translation>Vertikale Paare: Das zweite Pixel liegt darunter.</translation>
    </message>
    <message>
        <source>Diagonal pairs: the second pixel lies up and to the right.</source>
        <translation>Diagonale Paare: Das zweite Pixel liegt rechts oben.</translation>
    </message>
    <message>
        <source>Anti-diagonal pairs: the second pixel lies down and to the right.</source>
        <translation>Antidiagonale Paare: Das zweite Pixel liegt rechts unten.</translation>
    </message>
    <message>
        <source>Check at least one orientation.</source>
        <translation>Wählen Sie mindestens eine Orientierung aus.</translation>
    </message>
    <message>
        <source>Orientations</source>
        <translation>Orientierungen</translation>
    </message>
    <message>
        <source>ImageJ (imagej-ops, Fiji)</source>
        <translation>ImageJ (imagej-ops, Fiji)</translation>
    </message>
    <message>
        <source>Haralick 1973 (textbook)</source>
        <translation>Haralick 1973 (Lehrbuch)</translation>
    </message>
    <message>
        <source>Which formulas are used. ImageJ gives exactly Fiji&apos;s and PyImageJ&apos;s numbers, including their quirks, so results compare with published Fiji analyses. Haralick uses the textbook definitions on a symmetric matrix; the values differ from Fiji&apos;s.</source>
        <translation>Welche Formeln verwendet werden. ImageJ liefert genau die Zahlen von Fiji und PyImageJ, einschließlich ihrer Eigenheiten, sodass die Ergebnisse mit veröffentlichten Fiji-Analysen vergleichbar sind. Haralick verwendet die Lehrbuchdefinitionen auf einer symmetrischen Matrix; die Werte weichen von denen aus Fiji ab.</translation>
    </message>
    <message>
        <source>Convention: %1</source>
        <translation>Konvention: %1</translation>
    </message>
    <message>
        <source>&amp;Convention:</source>
        <translation>&amp;Konvention:</translation>
    </message>
    <message>
        <source>As the convention says</source>
        <translation>Wie von der Konvention vorgegeben</translation>
    </message>
    <message>
        <source>Symmetric (count both directions)</source>
        <translation>Symmetrisch (beide Richtungen zählen)</translation>
    </message>
    <message>
        <source>Asymmetric (one direction)</source>
        <translation>Asymmetrisch (eine Richtung)</translation>
    </message>
    <message>
        <source>Whether a pair is also counted in the opposite direction (right-to-left as well as left-to-right), which averages each orientation with its opposite. ImageJ does not (Fiji&apos;s numbers); the textbook convention does. Leave it to the convention unless you need to match another program.</source>
        <translation>Ob ein Paar auch in der Gegenrichtung gezählt wird (von rechts nach links wie von links nach rechts), wodurch jede Orientierung mit ihrer Gegenrichtung gemittelt wird. ImageJ tut das nicht (die Zahlen von Fiji); die Lehrbuchkonvention schon. Überlassen Sie dies der Konvention, außer Sie müssen mit einem anderen Programm übereinstimmen.</translation>
    </message>
    <message>
        <source>Symmetry: %1</source>
        <translation>Symmetrie: %1</translation>
    </message>
    <message>
        <source>S&amp;ymmetry:</source>
        <translation>S&amp;ymmetrie:</translation>
    </message>
    <message>
        <source>Each ROI&apos;s min–max</source>
        <translation>Min–Max jeder ROI</translation>
    </message>
    <message>
        <source>Whole image min–max</source>
        <translation>Min–Max des ganzen Bildes</translation>
    </message>
    <message>
        <source>Shared by all ROIs</source>
        <translation>Gemeinsam für alle ROIs</translation>
    </message>
    <message>
        <source>Pixel type (0–255 / 0–65535)</source>
        <translation>Pixeltyp (0–255 / 0–65535)</translation>
    </message>
    <message>
        <source>Custom min–max</source>
        <translation>Eigenes Min–Max</translation>
    </message>
    <message>
        <source>Which intensities are mapped onto the gray levels. &quot;Each ROI&apos;s min–max&quot; (Fiji&apos;s behaviour) stretches every crop to its own contrast: a dim and a bright crop with the same pattern give the same texture, so crops are NOT comparable in absolute brightness. Use &quot;Shared by all ROIs&quot;, the whole image or a fixed range when absolute differences between crops matter.</source>
        <translation>Welche Intensitäten auf die Graustufen abgebildet werden. „Min–Max jeder ROI“ (das Verhalten von Fiji) streckt jeden Ausschnitt auf seinen eigenen Kontrast: Ein dunkler und ein heller Ausschnitt mit gleichem Muster ergeben dieselbe Textur, die Ausschnitte sind also in ihrer absoluten Helligkeit NICHT vergleichbar. Verwenden Sie „Gemeinsam für alle ROIs“, das ganze Bild oder einen festen Bereich, wenn es auf absolute Unterschiede zwischen Ausschnitten ankommt.</translation>
    </message>
    <message>
        <source>Quantisation range: %1</source>
        <translation>Quantisierungsbereich: %1</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>The custom minimum must be below the maximum.</source>
        <translation>Das eigene Minimum muss kleiner als das Maximum sein.</translation>
    </message>
    <message>
        <source>Custom range: %1 – %2</source>
        <translation>Eigener Bereich: %1 – %2</translation>
    </message>
    <message>
        <source>Intensity mapped to the lowest gray level (used with &quot;Custom min–max&quot;).</source>
        <translation>Intensität, die auf die niedrigste Graustufe abgebildet wird (bei „Eigenes Min–Max“).</translation>
    </message>
    <message>
        <source>Intensity mapped to the highest gray level (used with &quot;Custom min–max&quot;).</source>
        <translation>Intensität, die auf die höchste Graustufe abgebildet wird (bei „Eigenes Min–Max“).</translation>
    </message>
    <message>
        <source>Min – max:</source>
        <translation>Min – Max:</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>Recompute automatically whenever a ROI or a parameter changes, so the plot follows your edits.</source>
        <translation>Automatisch neu berechnen, sobald sich eine ROI oder ein Parameter ändert, damit das Diagramm Ihren Änderungen folgt.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Be&amp;rechnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running computation; the previous result stays.</source>
        <translation>Die laufende Berechnung abbrechen; das vorherige Ergebnis bleibt erhalten.</translation>
    </message>
    <message>
        <source>Progress of the GLCM computation.</source>
        <translation>Fortschritt der GLCM-Berechnung.</translation>
    </message>
    <message>
        <source>State of the GLCM result: current, out of date (parameters or ROIs changed since it was computed) or failed.</source>
        <translation>Zustand des GLCM-Ergebnisses: aktuell, veraltet (Parameter oder ROIs haben sich seit der Berechnung geändert) oder fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Problems with single ROIs. Too few pixel pairs (fewer than %1 in some direction, e.g. a thin or tiny ROI at a large distance) means the matrix is mostly empty and its features depend on chance: such points are drawn hollow in the plot.</source>
        <translation>Probleme mit einzelnen ROIs. Zu wenige Pixelpaare (weniger als %1 in einer Richtung, z. B. bei einer dünnen oder winzigen ROI und großem Abstand) bedeuten, dass die Matrix größtenteils leer ist und ihre Merkmale vom Zufall abhängen: Solche Punkte werden im Diagramm hohl gezeichnet.</translation>
    </message>
    <message>
        <source>Compute the GLCM features of the ROIs of every open image with these parameters (copied to each image as an undoable change); images without ROIs are skipped.</source>
        <translation>Die GLCM-Merkmale der ROIs aller geöffneten Bilder mit diesen Parametern berechnen (in jedes Bild als rückgängig machbare Änderung übernommen); Bilder ohne ROIs werden übersprungen.</translation>
    </message>
    <message>
        <source>Open more than one image to compute them all at once.</source>
        <translation>Öffnen Sie mehr als ein Bild, um alle auf einmal zu berechnen.</translation>
    </message>
    <message>
        <source>Computing every image…</source>
        <translation>Alle Bilder werden berechnet…</translation>
    </message>
    <message>
        <source>Skipped (lines and points have no area): %1</source>
        <translation>Übersprungen (Linien und Punkte haben keine Fläche): %1</translation>
    </message>
    <message>
        <source>Run on all images: %1</source>
        <translation>Alle Bilder berechnen: %1</translation>
    </message>
    <message>
        <source>GLCM parameters from %1</source>
        <translation>GLCM-Parameter aus %1</translation>
    </message>
    <message>
        <source>No image has a ROI with an area: nothing to compute.</source>
        <translation>Kein Bild hat eine ROI mit Fläche: nichts zu berechnen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Computed %n image(s).</source>
        <translation>
            <numerusform>%n Bild berechnet.</numerusform>
            <numerusform>%n Bilder berechnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped (no ROI with an area): %1</source>
        <translation>Übersprungen (keine ROI mit Fläche): %1</translation>
    </message>
    <message>
        <source>Kept the newer result of: %1</source>
        <translation>Neueres Ergebnis behalten bei: %1</translation>
    </message>
    <message>
        <source>Run on all images failed: %1</source>
        <translation>Berechnung aller Bilder fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Computing %n image(s)…</source>
        <translation>
            <numerusform>%n Bild wird berechnet…</numerusform>
            <numerusform>%n Bilder werden berechnet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Run on &amp;all images</source>
        <translation>&amp;Alle Bilder berechnen</translation>
    </message>
    <message>
        <source>What the last &quot;Run on all images&quot; computed, skipped and failed.</source>
        <translation>Was die letzte Berechnung aller Bilder berechnet, übersprungen hat und was fehlschlug.</translation>
    </message>
    <message>
        <source>Run on all images cancelled: no new result was stored; each image keeps the result it had.</source>
        <translation>Auf allen Bildern ausführen abgebrochen: Es wurde kein neues Ergebnis gespeichert; jedes Bild behält sein bisheriges Ergebnis.</translation>
    </message>
</context>
<context>
    <name>tessera::GlcmParams</name>
    <message>
        <source>The number of gray levels must be from 2 to 65536, not %1.</source>
        <translation>Die Anzahl der Graustufen muss zwischen 2 und 65536 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>At least one distance is needed.</source>
        <translation>Mindestens ein Abstand ist nötig.</translation>
    </message>
    <message>
        <source>Each distance may be given only once.</source>
        <translation>Jeder Abstand darf nur einmal angegeben werden.</translation>
    </message>
    <message>
        <source>Distances must be whole numbers from 1 to 100000, not %1.</source>
        <translation>Abstände müssen ganze Zahlen von 1 bis 100000 sein, nicht %1.</translation>
    </message>
    <message>
        <source>At least one orientation is needed.</source>
        <translation>Mindestens eine Orientierung ist nötig.</translation>
    </message>
    <message>
        <source>Each orientation may be given only once.</source>
        <translation>Jede Orientierung darf nur einmal angegeben werden.</translation>
    </message>
    <message>
        <source>A custom range needs finite MIN &lt; MAX, not %1:%2.</source>
        <translation>Ein eigener Bereich braucht endliche Werte MIN &lt; MAX, nicht %1:%2.</translation>
    </message>
</context>
<context>
    <name>tessera::Histogram</name>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>The number of histogram bins must be between 1 and 16777216 (got %1).</source>
        <translation>Die Anzahl der Histogrammklassen muss zwischen 1 und 16777216 liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>The histogram range must be finite with minimum &lt; maximum (got %1..%2).</source>
        <translation>Der Histogrammbereich muss endlich sein mit Minimum &lt; Maximum (erhalten: %1..%2).</translation>
    </message>
    <message>
        <source>The image plane is empty.</source>
        <translation>Die Bildebene ist leer.</translation>
    </message>
    <message>
        <source>Only single-channel 8-bit, 16-bit and 32-bit float planes are supported.</source>
        <translation>Nur einkanalige Ebenen mit 8 Bit, 16 Bit und 32-Bit-Float werden unterstützt.</translation>
    </message>
    <message>
        <source>The mask must be an 8-bit image of the same size as the plane (%1×%2).</source>
        <translation>Die Maske muss ein 8-Bit-Bild derselben Größe wie die Ebene sein (%1×%2).</translation>
    </message>
    <message>
        <source>Re-binning needs at least one bin and a range with minimum &lt; maximum.</source>
        <translation>Die Neueinteilung der Klassen braucht mindestens eine Klasse und einen Bereich mit Minimum &lt; Maximum.</translation>
    </message>
</context>
<context>
    <name>tessera::HistogramPanel</name>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>256 bins</source>
        <translation>256 Klassen</translation>
    </message>
    <message>
        <source>Every level</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <source>256 equal bins between the plane&apos;s minimum and maximum, or one bin per gray level (8- and 16-bit images only; float images always use 256 bins).</source>
        <translation>256 gleich breite Klassen zwischen Minimum und Maximum der Ebene oder eine Klasse je Graustufe (nur 8- und 16-Bit-Bilder; Gleitkommabilder verwenden immer 256 Klassen).</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normiert</translation>
    </message>
    <message>
        <source>Show the fraction of each region&apos;s pixels per bin instead of pixel counts, so a small ROI can be compared with the whole plane.</source>
        <translation>Den Anteil der Pixel jeder Region pro Klasse statt der Pixelzahl zeigen, damit eine kleine ROI mit der ganzen Ebene verglichen werden kann.</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Log-Skala</translation>
    </message>
    <message>
        <source>Logarithmic vertical axis: makes rare values (e.g. a few bright spots) visible.</source>
        <translation>Logarithmische senkrechte Achse: macht seltene Werte (z. B. wenige helle Punkte) sichtbar.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>Statistics of the plane and of each selected ROI (pixels inside the ROI; NaN values are not counted). SD is the sample standard deviation, as in ImageJ.</source>
        <translation>Statistik der Ebene und jeder ausgewählten ROI (Pixel innerhalb der ROI; NaN-Werte werden nicht gezählt). SD ist die Stichproben-Standardabweichung, wie in ImageJ.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Why the histogram could not be computed.</source>
        <translation>Warum das Histogramm nicht berechnet werden konnte.</translation>
    </message>
    <message>
        <source>Fraction of pixels</source>
        <translation>Anteil der Pixel</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Histogram failed: %1</source>
        <translation>Histogramm fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not measured: %1</source>
        <translation>Nicht gemessen: %1</translation>
    </message>
    <message>
        <source>Partly outside the image: only the pixels inside are counted.</source>
        <translation>Teilweise außerhalb des Bildes: nur die Pixel innerhalb werden gezählt.</translation>
    </message>
    <message>
        <source>no finite pixel values</source>
        <translation>keine endlichen Pixelwerte</translation>
    </message>
    <message>
        <source>no pixel inside the image</source>
        <translation>kein Pixel innerhalb des Bildes</translation>
    </message>
    <message>
        <source>Histogram of the plane (grey) and of each selected ROI (class colour). Drag the orange lines to change the display range, the solid threshold-coloured lines to set the threshold levels by hand.</source>
        <translation>Histogramm der Ebene (grau) und jeder ausgewählten ROI (Klassenfarbe). Die orangen Linien ziehen, um den Anzeigebereich zu ändern, die durchgezogenen Linien in der Schwellenwertfarbe, um die Schwellen von Hand zu setzen.</translation>
    </message>
    <message>
        <source>Lower level: %1</source>
        <translation>Untere Schwelle: %1</translation>
    </message>
    <message>
        <source>Upper level: %1</source>
        <translation>Obere Schwelle: %1</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the histogram as a figure for a paper (PNG, SVG or PDF at a journal&apos;s column width and DPI), with its axis labels and curves as shown.</source>
        <translation>Das Histogramm als Abbildung für eine Veröffentlichung speichern (PNG, SVG oder PDF in Spaltenbreite und DPI einer Zeitschrift), mit Achsenbeschriftungen und Kurven wie angezeigt.</translation>
    </message>
    <message>
        <source>Export Histogram</source>
        <translation>Histogramm exportieren</translation>
    </message>
</context>
<context>
    <name>tessera::Image</name>
    <message>
        <source>Invalid image size %1×%2 with %3 channels, %4 slices, %5 frames.</source>
        <translation>Ungültige Bildgröße %1×%2 mit %3 Kanälen, %4 Schichten, %5 Zeitpunkten.</translation>
    </message>
    <message>
        <source>The image needs %1 MiB of memory, more than the limit of %2 MiB.</source>
        <translation>Das Bild braucht %1 MiB Speicher, mehr als die Grenze von %2 MiB.</translation>
    </message>
    <message>
        <source>Out of memory allocating %1 MiB of pixel data.</source>
        <translation>Nicht genügend Speicher, um %1 MiB Pixeldaten anzulegen.</translation>
    </message>
    <message>
        <source>Only 8-bit, 16-bit and 32-bit float planes are supported.</source>
        <translation>Nur Ebenen mit 8 Bit, 16 Bit und 32-Bit-Float werden unterstützt.</translation>
    </message>
    <message>
        <source>The plane is empty.</source>
        <translation>Die Ebene ist leer.</translation>
    </message>
</context>
<context>
    <name>tessera::ImageAnalysis</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>channel %1, slice %2, frame %3</source>
        <translation>Kanal %1, Schicht %2, Zeitpunkt %3</translation>
    </message>
    <message>
        <source>ROI &quot;%1&quot; (x %2, y %3, w %4, h %5) does not lie wholly inside the %6 × %7 image.</source>
        <translation>ROI „%1“ (x %2, y %3, b %4, h %5) liegt nicht ganz im Bild von %6 × %7.</translation>
    </message>
    <message>
        <source>the image has no plane %1 (it has %2 channel(s), %3 slice(s), %4 frame(s)).</source>
        <translation>das Bild hat keine Ebene %1 (es hat %2 Kanal/Kanäle, %3 Schicht(en), %4 Zeitpunkt(e)).</translation>
    </message>
    <message>
        <source>GLCM: %1</source>
        <translation>GLCM: %1</translation>
    </message>
    <message>
        <source>the image has no plane %1 to segment.</source>
        <translation>das Bild hat keine Ebene %1 zum Segmentieren.</translation>
    </message>
    <message>
        <source>ROI &quot;%1&quot; is a %2 without area; skipped.</source>
        <translation>ROI „%1“ ist ein(e) %2 ohne Fläche; übersprungen.</translation>
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
    <name>tessera::ImageJRoi</name>
    <message>
        <source>&quot;%1&quot; is not a readable ImageJ ROI: %2</source>
        <translation>„%1“ ist keine lesbare ImageJ-ROI: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an ImageJ %2 ROI, which Tessera does not support.</source>
        <translation>„%1“ ist eine ImageJ-ROI vom Typ %2, den Tessera nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is shorter than the 64-byte header.</source>
        <translation>die Datei ist kürzer als der 64-Byte-Kopf.</translation>
    </message>
    <message>
        <source>it does not start with &quot;Iout&quot;.</source>
        <translation>sie beginnt nicht mit „Iout“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MiB.</source>
        <translation>„%1“ ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>composite (shape)</source>
        <translation>zusammengesetzt (Shape)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>its subpixel bounds are not finite numbers.</source>
        <translation>ihre Subpixel-Grenzen sind keine endlichen Zahlen.</translation>
    </message>
    <message>
        <source>rounded corners were dropped (read as a plain rectangle).</source>
        <translation>abgerundete Ecken wurden verworfen (als einfaches Rechteck gelesen).</translation>
    </message>
    <message>
        <source>its line end points are not finite numbers.</source>
        <translation>ihre Linienendpunkte sind keine endlichen Zahlen.</translation>
    </message>
    <message>
        <source>the arrow head was dropped (read as a line).</source>
        <translation>die Pfeilspitze wurde verworfen (als Linie gelesen).</translation>
    </message>
    <message>
        <source>its vertex count %1 is not between 1 and %2.</source>
        <translation>ihre Eckenzahl %1 liegt nicht zwischen 1 und %2.</translation>
    </message>
    <message>
        <source>the file is truncated (%1 vertices need %2 bytes, it has %3).</source>
        <translation>die Datei ist abgeschnitten (%1 Ecken brauchen %2 Bytes, sie hat %3).</translation>
    </message>
    <message>
        <source>its subpixel coordinates are not finite numbers.</source>
        <translation>ihre Subpixel-Koordinaten sind keine endlichen Zahlen.</translation>
    </message>
    <message>
        <source>the rotated ellipse was read as its polygon.</source>
        <translation>die gedrehte Ellipse wurde als ihr Polygon gelesen.</translation>
    </message>
    <message>
        <source>the rotated rectangle was read as its polygon.</source>
        <translation>das gedrehte Rechteck wurde als sein Polygon gelesen.</translation>
    </message>
    <message>
        <source>spline fitting was dropped (read as the spline&apos;s control points).</source>
        <translation>die Spline-Anpassung wurde verworfen (als Kontrollpunkte des Splines gelesen).</translation>
    </message>
    <message>
        <source>angle</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <source>its type %1 is unknown.</source>
        <translation>ihr Typ %1 ist unbekannt.</translation>
    </message>
    <message>
        <source>the fill colour was dropped.</source>
        <translation>die Füllfarbe wurde verworfen.</translation>
    </message>
    <message>
        <source>the point counters and per-point positions were dropped.</source>
        <translation>die Punktzähler und Positionen je Punkt wurden verworfen.</translation>
    </message>
    <message>
        <source>ROI &quot;%1&quot; has %2 vertices, which an ImageJ ROI file cannot hold.</source>
        <translation>ROI „%1“ hat %2 Ecken, die eine ImageJ-ROI-Datei nicht aufnehmen kann.</translation>
    </message>
    <message>
        <source>ROI &quot;%1&quot; lies outside ImageJ&apos;s coordinate range (−32768 to 32767).</source>
        <translation>ROI „%1“ liegt außerhalb des Koordinatenbereichs von ImageJ (−32768 bis 32767).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an ImageJ .roi file nor a ROI set (zip).</source>
        <translation>„%1“ ist weder eine ImageJ-.roi-Datei noch ein ROI-Satz (zip).</translation>
    </message>
    <message>
        <source>%1: skipped (not a .roi file).</source>
        <translation>%1: übersprungen (keine .roi-Datei).</translation>
    </message>
    <message>
        <source>%1 Skipped.</source>
        <translation>%1 Übersprungen.</translation>
    </message>
    <message>
        <source>the ROI set &quot;%1&quot; contains no .roi file Tessera can read.</source>
        <translation>der ROI-Satz „%1“ enthält keine .roi-Datei, die Tessera lesen kann.</translation>
    </message>
</context>
<context>
    <name>tessera::ImageJWatershed</name>
    <message>
        <source>The watershed needs a non-empty 8-bit mask.</source>
        <translation>Die Wasserscheide braucht eine nicht leere 8-Bit-Maske.</translation>
    </message>
</context>
<context>
    <name>tessera::ImageListModel</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source> × %1 C</source>
        <translation> × %1 C</translation>
    </message>
    <message>
        <source> × %1 Z</source>
        <translation> × %1 Z</translation>
    </message>
    <message>
        <source> × %1 T</source>
        <translation> × %1 T</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>ROIs</source>
        <translation>ROIs</translation>
    </message>
</context>
<context>
    <name>tessera::ImageReader</name>
    <message>
        <source>Cannot read &quot;%1&quot;: the file is empty.</source>
        <translation>„%1“ kann nicht gelesen werden: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: the file is larger than the limit of %2 MiB.</source>
        <translation>„%1“ kann nicht gelesen werden: Die Datei ist größer als die Grenze von %2 MiB.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: its sample type is not supported.</source>
        <translation>„%1“ kann nicht gelesen werden: Ihr Sample-Typ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: PNG, JPEG and BMP support (the tessera_opencv_codecs module) is not installed.</source>
        <translation>„%1“ kann nicht gelesen werden: Die Unterstützung für PNG, JPEG und BMP (das Modul tessera_opencv_codecs) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it is not a TIFF, PNG, JPEG or BMP image.</source>
        <translation>„%1“ kann nicht gelesen werden: Es ist kein TIFF-, PNG-, JPEG- oder BMP-Bild.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: the JPEG data is truncated (no end-of-image marker after the image data).</source>
        <translation>„%1“ kann nicht gelesen werden: Die JPEG-Daten sind abgeschnitten (keine End-of-Image-Markierung nach den Bilddaten).</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it is a %2 image, but corrupt or truncated.</source>
        <translation>„%1“ kann nicht gelesen werden: Es ist ein %2-Bild, aber beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it is a %2 image, but corrupt or truncated (the decoder says: %3).</source>
        <translation>„%1“ kann nicht gelesen werden: Es ist ein %2-Bild, aber beschädigt oder abgeschnitten (der Decoder meldet: %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the %2 decoder reported: %3</source>
        <translation>„%1“: Der %2-Decoder meldete: %3</translation>
    </message>
</context>
<context>
    <name>tessera::ImagesPanel</name>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>&amp;Remove Image from Session</source>
        <translation>Bild aus Sitzung &amp;entfernen</translation>
    </message>
    <message>
        <source>Close the selected image and leave it out of the session (the file stays)</source>
        <translation>Das gewählte Bild schließen und aus der Sitzung nehmen (die Datei bleibt erhalten)</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>&amp;Vorheriges Bild</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>&amp;Nächstes Bild</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n ROI(s) and unsaved edits.</source>
        <translation>
            <numerusform>„%1“ hat %n ROI und nicht gespeicherte Änderungen.</numerusform>
            <numerusform>„%1“ hat %n ROIs und nicht gespeicherte Änderungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n ROI(s).</source>
        <translation>
            <numerusform>„%1“ hat %n ROI.</numerusform>
            <numerusform>„%1“ hat %n ROIs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <source>Remove it from the session? Its ROIs, analyses and undo history are closed with it (the image file stays).</source>
        <translation>Aus der Sitzung entfernen? Seine ROIs, Analysen und sein Bearbeitungsverlauf werden mit ihm geschlossen (die Bilddatei bleibt erhalten).</translation>
    </message>
</context>
<context>
    <name>tessera::LabelEditing</name>
    <message>
        <source>There are no objects to edit.</source>
        <translation>Es gibt keine Objekte zum Bearbeiten.</translation>
    </message>
    <message>
        <source>There is no object %1.</source>
        <translation>Es gibt kein Objekt %1.</translation>
    </message>
    <message>
        <source>No object is selected.</source>
        <translation>Kein Objekt ausgewählt.</translation>
    </message>
    <message>
        <source>Select at least two objects to merge.</source>
        <translation>Wählen Sie mindestens zwei Objekte zum Zusammenführen aus.</translation>
    </message>
    <message>
        <source>Draw a line across the object to split it.</source>
        <translation>Ziehen Sie eine Linie quer über das Objekt, um es zu teilen.</translation>
    </message>
    <message>
        <source>The line does not cut object %1 into two or more pieces.</source>
        <translation>Die Linie teilt Objekt %1 nicht in zwei oder mehr Teile.</translation>
    </message>
    <message>
        <source>Too many objects.</source>
        <translation>Zu viele Objekte.</translation>
    </message>
    <message>
        <source>Draw a closed outline around the new object.</source>
        <translation>Zeichnen Sie einen geschlossenen Umriss um das neue Objekt.</translation>
    </message>
    <message>
        <source>The outline contains no pixel of the image.</source>
        <translation>Der Umriss enthält kein Pixel des Bildes.</translation>
    </message>
    <message>
        <source>The outline holds no background pixel: objects cannot overlap.</source>
        <translation>Der Umriss enthält kein Hintergrundpixel: Objekte dürfen sich nicht überlappen.</translation>
    </message>
</context>
<context>
    <name>tessera::LayerTiff</name>
    <message>
        <source>cannot write the layer &quot;%1&quot;: it must be an 8-bit or 32-bit label image.</source>
        <translation>die Ebene „%1“ kann nicht geschrieben werden: sie muss ein 8-Bit- oder 32-Bit-Labelbild sein.</translation>
    </message>
    <message>
        <source>cannot write the layer &quot;%1&quot;.</source>
        <translation>die Ebene „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>cannot write the layer &quot;%1&quot;: compression failed.</source>
        <translation>die Ebene „%1“ kann nicht geschrieben werden: die Kompression ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>cannot write the layer &quot;%1&quot;: %2</source>
        <translation>die Ebene „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read the layer &quot;%1&quot;: %2</source>
        <translation>die Ebene „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the layer &quot;%1&quot; %2</source>
        <translation>die Ebene „%1“ %2</translation>
    </message>
    <message>
        <source>is not a TIFF file (%1).</source>
        <translation>ist keine TIFF-Datei (%1).</translation>
    </message>
    <message>
        <source>is %1 × %2 pixels, but the image is %3 × %4.</source>
        <translation>hat %1 × %2 Pixel, das Bild aber %3 × %4.</translation>
    </message>
    <message>
        <source>is not a one-channel 32-bit signed integer TIFF (a label layer).</source>
        <translation>ist kein einkanaliges TIFF mit 32-Bit-Ganzzahlen mit Vorzeichen (eine Labelebene).</translation>
    </message>
    <message>
        <source>is not a one-channel 8-bit TIFF (a mask layer).</source>
        <translation>ist kein einkanaliges 8-Bit-TIFF (eine Maskenebene).</translation>
    </message>
    <message>
        <source>is damaged (%1).</source>
        <translation>ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>is damaged (it holds fewer pixels than its size says).</source>
        <translation>ist beschädigt (sie enthält weniger Pixel, als ihre Größe angibt).</translation>
    </message>
</context>
<context>
    <name>tessera::LocalThreshold</name>
    <message>
        <source>The local threshold radius must be between 1 and 1000 pixels (got %1).</source>
        <translation>Der Radius des lokalen Schwellenwerts muss zwischen 1 und 1000 Pixeln liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>The local threshold parameters must be finite numbers.</source>
        <translation>Die Parameter des lokalen Schwellenwerts müssen endliche Zahlen sein.</translation>
    </message>
    <message>
        <source>The dynamic range r (parameter 2) of %1 must not be 0.</source>
        <translation>Der Dynamikbereich r (Parameter 2) von %1 darf nicht 0 sein.</translation>
    </message>
    <message>
        <source>Only single-channel 8-bit, 16-bit and 32-bit float planes can be thresholded.</source>
        <translation>Ein Schwellenwert kann nur auf einkanalige Ebenen mit 8 Bit, 16 Bit und 32-Bit-Float angewendet werden.</translation>
    </message>
    <message>
        <source>Local threshold</source>
        <translation>Lokaler Schwellenwert</translation>
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
    <message>
        <source>Export &amp;Table…</source>
        <translation>&amp;Tabelle exportieren…</translation>
    </message>
    <message>
        <source>Save the results table shown as CSV: GLCM per ROI (as tessera-cli glcm writes) or measurements per object (as tessera-cli segment --out writes)</source>
        <translation>Die angezeigte Ergebnistabelle als CSV speichern: GLCM pro ROI (wie tessera-cli glcm) oder Messungen pro Objekt (wie tessera-cli segment --out)</translation>
    </message>
    <message>
        <source>Set &amp;Measurements…</source>
        <translation>&amp;Messungen festlegen…</translation>
    </message>
    <message>
        <source>Choose the measurements made per object (the Objects tab of the results)</source>
        <translation>Die Messungen pro Objekt wählen (Reiter „Objekte“ der Ergebnisse)</translation>
    </message>
    <message>
        <source>Export &amp;Figure…</source>
        <translation>&amp;Abbildung exportieren…</translation>
    </message>
    <message>
        <source>Save the image as displayed, with ROIs, objects and a scale bar, as PNG, TIFF, SVG or PDF</source>
        <translation>Das Bild wie angezeigt, mit ROIs, Objekten und Maßstabsbalken, als PNG, TIFF, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Add Images to Session…</source>
        <translation>Bilder zur Sitzung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add image files to the images of this window (the Images panel); each keeps its own ROIs, analyses and undo history</source>
        <translation>Bilddateien zu den Bildern dieses Fensters hinzufügen (Bereich „Bilder“); jedes behält seine eigenen ROIs, Analysen und seinen Bearbeitungsverlauf</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) added.</source>
        <translation>
            <numerusform>%n Bild hinzugefügt.</numerusform>
            <numerusform>%n Bilder hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Images to Session</source>
        <translation>Bilder zur Sitzung hinzufügen</translation>
    </message>
</context>
<context>
    <name>tessera::ManualThreshold</name>
    <message>
        <source>The threshold needs lower &lt;= upper (got %1..%2).</source>
        <translation>Der Schwellenwert braucht untere Grenze &lt;= obere Grenze (erhalten: %1..%2).</translation>
    </message>
</context>
<context>
    <name>tessera::MeasurementSelection</name>
    <message>
        <source>Unknown measurement &quot;%1&quot;; use all, default or any of: %2.</source>
        <translation>Unbekannte Messung „%1“; erlaubt sind all, default oder beliebige aus: %2.</translation>
    </message>
    <message>
        <source>GLCM features per object need the intensity plane of the objects&apos; image.</source>
        <translation>GLCM-Merkmale pro Objekt brauchen die Intensitätsebene des Bildes der Objekte.</translation>
    </message>
    <message>
        <source>Percentage of the object&apos;s pixels whose value is not 0 (ImageJ&apos;s %Area).</source>
        <translation>Anteil der Pixel des Objekts in Prozent, deren Wert nicht 0 ist (%Area von ImageJ).</translation>
    </message>
    <message>
        <source>Haralick feature of the object&apos;s pixels: mean over the GLCM orientations at the first distance.</source>
        <translation>Haralick-Merkmal der Pixel des Objekts: Mittelwert über die GLCM-Richtungen beim ersten Abstand.</translation>
    </message>
</context>
<context>
    <name>tessera::MeasurementTable</name>
    <message>
        <source>A decimal comma needs a separator other than &apos;,&apos; (use &apos;;&apos;).</source>
        <translation>Ein Dezimalkomma braucht ein anderes Trennzeichen als &apos;,&apos; (verwenden Sie &apos;;&apos;).</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The CSV separator cannot be a quote, &apos;#&apos; or a line break.</source>
        <translation>Das CSV-Trennzeichen darf kein Anführungszeichen, kein &apos;#&apos; und kein Zeilenumbruch sein.</translation>
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
    <name>tessera::ObjectEditor</name>
    <message>
        <source>Select the objects to delete first (click one; Shift+click adds).</source>
        <translation>Wählen Sie zuerst die zu löschenden Objekte aus (Klick wählt eines; Umschalt+Klick fügt hinzu).</translation>
    </message>
    <message>
        <source>Delete object %1</source>
        <translation>Objekt %1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n objects</source>
        <translation>
            <numerusform>%n Objekt löschen</numerusform>
            <numerusform>%n Objekte löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two or more objects to merge (Shift+click adds to the selection).</source>
        <translation>Wählen Sie zwei oder mehr Objekte zum Zusammenführen aus (Umschalt+Klick erweitert die Auswahl).</translation>
    </message>
    <message>
        <source>Merge objects %1 and %2</source>
        <translation>Objekte %1 und %2 zusammenführen</translation>
    </message>
    <message>
        <source>The line crosses no object: draw it across the object to split.</source>
        <translation>Die Linie kreuzt kein Objekt: Ziehen Sie sie quer über das zu teilende Objekt.</translation>
    </message>
    <message>
        <source>Split object %1</source>
        <translation>Objekt %1 teilen</translation>
    </message>
    <message>
        <source>Draw object</source>
        <translation>Objekt zeichnen</translation>
    </message>
    <message>
        <source>Relabel objects</source>
        <translation>Objekte neu nummerieren</translation>
    </message>
    <message>
        <source>There are no objects to add.</source>
        <translation>Es gibt keine Objekte zum Hinzufügen.</translation>
    </message>
    <message>
        <source>Add objects to the ROI manager</source>
        <translation>Objekte zum ROI-Manager hinzufügen</translation>
    </message>
    <message>
        <source>ROIs added from the objects: %1.</source>
        <translation>Aus den Objekten hinzugefügte ROIs: %1.</translation>
    </message>
</context>
<context>
    <name>tessera::ObjectMeasurements</name>
    <message>
        <source>Every intensity plane must be single-channel 8-bit, 16-bit or float and of the labels&apos; size.</source>
        <translation>Jede Intensitätsebene muss einkanalig mit 8 Bit, 16 Bit oder Float sein und die Größe der Labels haben.</translation>
    </message>
    <message>
        <source>The label image must be a non-empty 32-bit integer image.</source>
        <translation>Das Labelbild muss ein nicht leeres 32-Bit-Ganzzahlbild sein.</translation>
    </message>
    <message>
        <source>The object count cannot be negative.</source>
        <translation>Die Objektzahl darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Object label in the label image.</source>
        <translation>Objektlabel im Labelbild.</translation>
    </message>
    <message>
        <source>ROI name.</source>
        <translation>Name der ROI.</translation>
    </message>
    <message>
        <source>ROI class.</source>
        <translation>Klasse der ROI.</translation>
    </message>
    <message>
        <source>Number of pixels times pixel width times pixel height.</source>
        <translation>Anzahl der Pixel mal Pixelbreite mal Pixelhöhe.</translation>
    </message>
    <message>
        <source>Number of pixels.</source>
        <translation>Anzahl der Pixel.</translation>
    </message>
    <message>
        <source>Centroid x: mean of the pixel centres.</source>
        <translation>Schwerpunkt x: Mittelwert der Pixelmittelpunkte.</translation>
    </message>
    <message>
        <source>Centroid y: mean of the pixel centres.</source>
        <translation>Schwerpunkt y: Mittelwert der Pixelmittelpunkte.</translation>
    </message>
    <message>
        <source>ImageJ&apos;s traced perimeter of the outer outline.</source>
        <translation>Von ImageJ verfolgter Umfang des äußeren Umrisses.</translation>
    </message>
    <message>
        <source>Left edge of the bounding box.</source>
        <translation>Linker Rand des umschließenden Rechtecks.</translation>
    </message>
    <message>
        <source>Top edge of the bounding box.</source>
        <translation>Oberer Rand des umschließenden Rechtecks.</translation>
    </message>
    <message>
        <source>Width of the bounding box.</source>
        <translation>Breite des umschließenden Rechtecks.</translation>
    </message>
    <message>
        <source>Height of the bounding box.</source>
        <translation>Höhe des umschließenden Rechtecks.</translation>
    </message>
    <message>
        <source>Major axis of the same-moments, same-area ellipse.</source>
        <translation>Hauptachse der Ellipse mit gleichen Momenten und gleicher Fläche.</translation>
    </message>
    <message>
        <source>Minor axis of the same-moments, same-area ellipse.</source>
        <translation>Nebenachse der Ellipse mit gleichen Momenten und gleicher Fläche.</translation>
    </message>
    <message>
        <source>Angle of the major axis, counter-clockwise from x, 0-180.</source>
        <translation>Winkel der Hauptachse, gegen den Uhrzeigersinn ab x, 0–180.</translation>
    </message>
    <message>
        <source>Circularity 4π·Area/Perim.², at most 1.</source>
        <translation>Zirkularität 4π·Area/Perim.², höchstens 1.</translation>
    </message>
    <message>
        <source>Largest caliper (Feret) diameter.</source>
        <translation>Größter Feret-Durchmesser (Messschieber-Durchmesser).</translation>
    </message>
    <message>
        <source>x of the start point of the Feret diameter.</source>
        <translation>x des Startpunkts des Feret-Durchmessers.</translation>
    </message>
    <message>
        <source>y of the start point of the Feret diameter.</source>
        <translation>y des Startpunkts des Feret-Durchmessers.</translation>
    </message>
    <message>
        <source>Angle of the Feret diameter, 0-180.</source>
        <translation>Winkel des Feret-Durchmessers, 0–180.</translation>
    </message>
    <message>
        <source>Smallest caliper width.</source>
        <translation>Kleinste Messschieberbreite (MinFeret).</translation>
    </message>
    <message>
        <source>Aspect ratio Major/Minor.</source>
        <translation>Seitenverhältnis Major/Minor.</translation>
    </message>
    <message>
        <source>Roundness 4·Area/(π·Major²).</source>
        <translation>Rundheit 4·Area/(π·Major²).</translation>
    </message>
    <message>
        <source>Area divided by the convex hull area.</source>
        <translation>Fläche geteilt durch die Fläche der konvexen Hülle.</translation>
    </message>
    <message>
        <source>Mean pixel value.</source>
        <translation>Mittlerer Pixelwert.</translation>
    </message>
    <message>
        <source>Sample standard deviation (n-1).</source>
        <translation>Standardabweichung der Stichprobe (n-1).</translation>
    </message>
    <message>
        <source>Most frequent value (smallest on ties).</source>
        <translation>Häufigster Wert (bei Gleichstand der kleinste).</translation>
    </message>
    <message>
        <source>Smallest pixel value.</source>
        <translation>Kleinster Pixelwert.</translation>
    </message>
    <message>
        <source>Largest pixel value.</source>
        <translation>Größter Pixelwert.</translation>
    </message>
    <message>
        <source>Centre of mass x (intensity-weighted centroid).</source>
        <translation>Massenschwerpunkt x (intensitätsgewichteter Schwerpunkt).</translation>
    </message>
    <message>
        <source>Centre of mass y (intensity-weighted centroid).</source>
        <translation>Massenschwerpunkt y (intensitätsgewichteter Schwerpunkt).</translation>
    </message>
    <message>
        <source>Integrated density Area·Mean.</source>
        <translation>Integrierte Dichte Area·Mean.</translation>
    </message>
    <message>
        <source>Sorted value of rank floor(n/2).</source>
        <translation>Sortierter Wert mit Rang floor(n/2).</translation>
    </message>
    <message>
        <source>Skewness m3/m2^1.5 (population moments).</source>
        <translation>Schiefe m3/m2^1.5 (Momente der Grundgesamtheit).</translation>
    </message>
    <message>
        <source>Excess kurtosis m4/m2²-3 (population).</source>
        <translation>Exzess-Kurtosis m4/m2²-3 (Grundgesamtheit).</translation>
    </message>
    <message>
        <source>Sum of the pixel values.</source>
        <translation>Summe der Pixelwerte.</translation>
    </message>
</context>
<context>
    <name>tessera::ObjectSummary</name>
    <message>
        <source>%1 (%2 background)</source>
        <translation>%1 (%2 Hintergrund)</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>dunkler</translation>
    </message>
    <message>
        <source>light</source>
        <translation>heller</translation>
    </message>
    <message>
        <source>manual threshold</source>
        <translation>manuelle Schwelle</translation>
    </message>
    <message>
        <source>levels %1–%2</source>
        <translation>Schwellen %1–%2</translation>
    </message>
    <message>
        <source>no watershed</source>
        <translation>ohne Watershed</translation>
    </message>
    <message>
        <source>watershed (tolerance %1, min. distance %2)</source>
        <translation>Watershed (Toleranz %1, Mindestabstand %2)</translation>
    </message>
    <message>
        <source>intensity watershed (tolerance %1)</source>
        <translation>Intensitäts-Watershed (Toleranz %1)</translation>
    </message>
    <message>
        <source>ImageJ watershed</source>
        <translation>ImageJ-Watershed</translation>
    </message>
    <message>
        <source>holes filled</source>
        <translation>Löcher gefüllt</translation>
    </message>
    <message>
        <source>outlines refined (%1 px)</source>
        <translation>Umrisse verfeinert (%1 px)</translation>
    </message>
    <message>
        <source>size %1–%2 %3</source>
        <translation>Größe %1–%2 %3</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>calibrated</source>
        <translation>kalibriert</translation>
    </message>
    <message>
        <source>edge objects excluded</source>
        <translation>Randobjekte ausgeschlossen</translation>
    </message>
    <message>
        <source>pre-processing %1</source>
        <translation>Vorverarbeitung %1</translation>
    </message>
    <message>
        <source>applied mask</source>
        <translation>angewendete Maske</translation>
    </message>
    <message>
        <source>Objects: %1 · mean area %2 %3 · area fraction %4</source>
        <translation>Objekte: %1 · mittlere Fläche %2 %3 · Flächenanteil %4</translation>
    </message>
</context>
<context>
    <name>tessera::ObjectsPanel</name>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Colour of the object outlines and numbers</source>
        <translation>Farbe der Objektumrisse und -nummern</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation>Cyan</translation>
    </message>
    <message>
        <source>Magenta</source>
        <translation>Magenta</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show the objects on the image</source>
        <translation>Die Objekte auf dem Bild zeigen</translation>
    </message>
    <message>
        <source>Outlines:</source>
        <translation>Umrisse:</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Show each object&apos;s number at its centre (where the object is large enough on screen to hold it)</source>
        <translation>Die Nummer jedes Objekts in seiner Mitte zeigen (wo das Objekt auf dem Bildschirm groß genug dafür ist)</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Select objects: click an object (Shift adds, Ctrl toggles); Delete removes the selected objects, Esc clears the selection.</source>
        <translation>Objekte auswählen: Klicken Sie auf ein Objekt (Umschalt fügt hinzu, Strg schaltet um); Entf löscht die ausgewählten Objekte, Esc hebt die Auswahl auf.</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Split an object: drag a line across it. The pieces become separate objects.</source>
        <translation>Ein Objekt teilen: Ziehen Sie eine Linie quer darüber. Die Teile werden eigene Objekte.</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <source>Draw a missing object: drag its outline. Only background pixels are taken (objects do not overlap).</source>
        <translation>Ein fehlendes Objekt zeichnen: Ziehen Sie seinen Umriss. Nur Hintergrundpixel werden übernommen (Objekte überlappen sich nicht).</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width of the split cut: the pixels the line passes through and those whose centre lies within half this width become background</source>
        <translation>Breite des Schnitts beim Teilen: Die Pixel, durch die die Linie läuft, und die, deren Mitte höchstens die halbe Breite entfernt liegt, werden Hintergrund</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected objects (Delete key with the object select tool)</source>
        <translation>Die ausgewählten Objekte löschen (Entf-Taste mit dem Objekt-Auswahlwerkzeug)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge the selected objects into one (the smallest number); one-pixel lines between them are filled</source>
        <translation>Die ausgewählten Objekte zu einem zusammenführen (kleinste Nummer); ein Pixel breite Linien dazwischen werden gefüllt</translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation>Neu nummerieren</translation>
    </message>
    <message>
        <source>Number the objects 1, 2, 3, … again without gaps (top to bottom, left to right)</source>
        <translation>Die Objekte wieder lückenlos 1, 2, 3, … nummerieren (von oben nach unten, von links nach rechts)</translation>
    </message>
    <message>
        <source>Class given to the ROIs made from the objects</source>
        <translation>Klasse der aus den Objekten erzeugten ROIs</translation>
    </message>
    <message>
        <source>Each object becomes a polygon ROI “object N” (its traced outline) of the chosen class, so GLCM and the texture plot work per object</source>
        <translation>Jedes Objekt wird eine Polygon-ROI „object N“ (sein verfolgter Umriss) der gewählten Klasse, sodass GLCM und das Texturdiagramm pro Objekt arbeiten</translation>
    </message>
    <message>
        <source>No objects yet: segment the image first (Segment panel).</source>
        <translation>Noch keine Objekte: Segmentieren Sie zuerst das Bild (Segmentierungs-Panel).</translation>
    </message>
    <message>
        <source>Objects: %1</source>
        <translation>Objekte: %1</translation>
    </message>
    <message>
        <source>No object selected.</source>
        <translation>Kein Objekt ausgewählt.</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Object tool active: %1.&lt;/b&gt; ROI tools are off until you choose one again (V, R, E, P, F).</source>
        <translation>&lt;b&gt;Objektwerkzeug aktiv: %1.&lt;/b&gt; Die ROI-Werkzeuge sind aus, bis Sie wieder eines wählen (V, R, E, P, F).</translation>
    </message>
    <message>
        <source>ROI tools are active. Choose an object tool to edit objects.</source>
        <translation>Die ROI-Werkzeuge sind aktiv. Wählen Sie ein Objektwerkzeug, um Objekte zu bearbeiten.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Outline Colour</source>
        <translation>Umrissfarbe</translation>
    </message>
    <message>
        <source>Tools:</source>
        <translation>Werkzeuge:</translation>
    </message>
    <message>
        <source>Object tools act on the image like the ROI tools; one tool of either set is active</source>
        <translation>Objektwerkzeuge wirken auf das Bild wie die ROI-Werkzeuge; aktiv ist ein Werkzeug aus einer der beiden Gruppen</translation>
    </message>
    <message>
        <source>Cut:</source>
        <translation>Schnitt:</translation>
    </message>
    <message>
        <source>Add to ROI Manager</source>
        <translation>Zum ROI-Manager hinzufügen</translation>
    </message>
    <message>
        <source>as class</source>
        <translation>als Klasse</translation>
    </message>
</context>
<context>
    <name>tessera::ObjectsTable</name>
    <message>
        <source>Set Measurements…</source>
        <translation>Messungen festlegen…</translation>
    </message>
    <message>
        <source>Choose the per-object measurements (ImageJ&apos;s Analyze &gt; Set Measurements).</source>
        <translation>Die Messungen pro Objekt wählen (wie Analyze &gt; Set Measurements in ImageJ).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows (all rows when none is selected) as tab-separated text for a spreadsheet (Ctrl+C).</source>
        <translation>Die ausgewählten Zeilen (alle, wenn keine ausgewählt ist) als tabulatorgetrennten Text für eine Tabellenkalkulation kopieren (Strg+C).</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the objects table as CSV, identical to what tessera-cli segment --out writes for the same objects and measurements.</source>
        <translation>Die Objekttabelle als CSV speichern, identisch mit dem, was tessera-cli segment --out für dieselben Objekte und Messungen schreibt.</translation>
    </message>
    <message>
        <source>One row per object: click a row to select the object and centre it in the image; click a header to sort.</source>
        <translation>Eine Zeile pro Objekt: Klick auf eine Zeile wählt das Objekt aus und zentriert es im Bild; Klick auf einen Spaltenkopf sortiert.</translation>
    </message>
    <message>
        <source>Measurements failed: %1</source>
        <translation>Messung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Measuring objects…</source>
        <translation>Objekte werden gemessen…</translation>
    </message>
    <message>
        <source>No objects: segment the image (or draw objects) to measure them here.</source>
        <translation>Keine Objekte: das Bild segmentieren (oder Objekte zeichnen), um sie hier zu messen.</translation>
    </message>
    <message>
        <source>There are no object measurements to export yet.</source>
        <translation>Es gibt noch keine Objektmessungen zum Exportieren.</translation>
    </message>
    <message>
        <source>Set measurements</source>
        <translation>Messungen festlegen</translation>
    </message>
    <message>
        <source>Export Objects</source>
        <translation>Objekte exportieren</translation>
    </message>
</context>
<context>
    <name>tessera::OmeMetadata</name>
    <message>
        <source>The OME-XML describes %1 images; only the first one is read.</source>
        <translation>Das OME-XML beschreibt %1 Bilder; nur das erste wird gelesen.</translation>
    </message>
    <message>
        <source>The OME-XML physical sizes use different, unknown units (%1, %2, %3); they are ignored.</source>
        <translation>Die physikalischen Größen im OME-XML verwenden verschiedene, unbekannte Einheiten (%1, %2, %3); sie werden ignoriert.</translation>
    </message>
</context>
<context>
    <name>tessera::OutlineRefinement</name>
    <message>
        <source>Outline refinement needs an 8-bit, 16-bit or float single-channel image.</source>
        <translation>Die Umrissverfeinerung braucht ein einkanaliges Bild mit 8 Bit, 16 Bit oder Float.</translation>
    </message>
    <message>
        <source>Outline refinement needs 32-bit labels of the image&apos;s size.</source>
        <translation>Die Umrissverfeinerung braucht 32-Bit-Labels in der Größe des Bildes.</translation>
    </message>
    <message>
        <source>The outline refinement distance must be between 0.5 and 50 pixels (got %1).</source>
        <translation>Die Distanz der Umrissverfeinerung muss zwischen 0,5 und 50 Pixeln liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>Outline refinement failed.</source>
        <translation>Die Umrissverfeinerung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>tessera::PlaneSelector</name>
    <message>
        <source>c</source>
        <translation>c</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Slice (Z)</source>
        <translation>Schicht (Z)</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>Frame (time)</source>
        <translation>Zeitpunkt</translation>
    </message>
</context>
<context>
    <name>tessera::PlotExport</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG vector graphics (*.svg)</source>
        <translation>SVG-Vektorgrafik (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The plot&apos;s width and height must lie between 10 and 1000 mm.</source>
        <translation>Breite und Höhe des Diagramms müssen zwischen 10 und 1000 mm liegen.</translation>
    </message>
    <message>
        <source>The resolution must lie between 10 and 4800 DPI.</source>
        <translation>Die Auflösung muss zwischen 10 und 4800 DPI liegen.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: unknown format (use .png, .tif, .svg or .pdf).</source>
        <translation>„%1“ kann nicht geschrieben werden: unbekanntes Format (.png, .tif, .svg oder .pdf verwenden).</translation>
    </message>
    <message>
        <source>As on screen</source>
        <translation>Wie auf dem Bildschirm</translation>
    </message>
    <message>
        <source>Single column (85 mm)</source>
        <translation>Einspaltig (85 mm)</translation>
    </message>
    <message>
        <source>Double column (180 mm)</source>
        <translation>Zweispaltig (180 mm)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Breite:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Höhe:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
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
    <name>tessera::Preprocess</name>
    <message>
        <source>gaussian:SIGMA (pixels, e.g. gaussian:1)</source>
        <translation>gaussian:SIGMA (Pixel, z. B. gaussian:1)</translation>
    </message>
    <message>
        <source>median:RADIUS (whole pixels, e.g. median:5)</source>
        <translation>median:RADIUS (ganze Pixel, z. B. median:5)</translation>
    </message>
    <message>
        <source>background:RADIUS or background:RADIUS:light (whole pixels, e.g. background:50)</source>
        <translation>background:RADIUS oder background:RADIUS:light (ganze Pixel, z. B. background:50)</translation>
    </message>
    <message>
        <source>clahe:TILE:CLIP (tile size in pixels and clip limit, e.g. clahe:64:3)</source>
        <translation>clahe:TILE:CLIP (Kachelgröße in Pixeln und Clip-Limit, z. B. clahe:64:3)</translation>
    </message>
    <message>
        <source>equalize (no parameters)</source>
        <translation>equalize (ohne Parameter)</translation>
    </message>
    <message>
        <source>Unknown pre-processing step &quot;%1&quot;; use gaussian, median, background, clahe or equalize (e.g. &quot;median:5,gaussian:1&quot;).</source>
        <translation>Unbekannter Vorverarbeitungsschritt „%1“; verwenden Sie gaussian, median, background, clahe oder equalize (z. B. „median:5,gaussian:1“).</translation>
    </message>
    <message>
        <source>Bad pre-processing step &quot;%1&quot;: write %2.</source>
        <translation>Ungültiger Vorverarbeitungsschritt „%1“: schreiben Sie %2.</translation>
    </message>
    <message>
        <source>The Gaussian sigma must be above 0 and at most 100 pixels (got %1).</source>
        <translation>Das Gauß-Sigma muss größer als 0 und höchstens 100 Pixel sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>The median disk radius must be between 1 and 50 pixels (got %1).</source>
        <translation>Der Radius der Median-Kreisscheibe muss zwischen 1 und 50 Pixeln liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>The background radius must be between 1 and 1000 pixels (got %1).</source>
        <translation>Der Hintergrundradius muss zwischen 1 und 1000 Pixeln liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>The CLAHE tile size must be at most 100000 pixels (got %1).</source>
        <translation>Die CLAHE-Kachelgröße darf höchstens 100000 Pixel betragen (erhalten: %1).</translation>
    </message>
    <message>
        <source>Gaussian blur</source>
        <translation>Gauß-Weichzeichner</translation>
    </message>
    <message>
        <source>Median (disk)</source>
        <translation>Median (Kreisscheibe)</translation>
    </message>
    <message>
        <source>Subtract background</source>
        <translation>Hintergrund abziehen</translation>
    </message>
    <message>
        <source>CLAHE</source>
        <translation>CLAHE</translation>
    </message>
    <message>
        <source>Equalize histogram</source>
        <translation>Histogramm ausgleichen</translation>
    </message>
    <message>
        <source>Empty pre-processing step in &quot;%1&quot;; separate steps by single commas.</source>
        <translation>Leerer Vorverarbeitungsschritt in „%1“; trennen Sie Schritte durch einzelne Kommas.</translation>
    </message>
    <message>
        <source>Pre-processing step %1 (%2): %3</source>
        <translation>Vorverarbeitungsschritt %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>tessera::PreprocessEditor</name>
    <message>
        <source>Add step…</source>
        <translation>Schritt hinzufügen…</translation>
    </message>
    <message>
        <source>Append a pre-processing step (steps run from top to bottom)</source>
        <translation>Einen Vorverarbeitungsschritt anhängen (Schritte laufen von oben nach unten)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>The chain as text, as tessera-cli segment --pre takes it, e.g. median:5,gaussian:1 (steps: gaussian:SIGMA, median:RADIUS, background:RADIUS[:light], clahe:TILE:CLIP, equalize; &quot;:off&quot; turns a step off; none = no pre-processing). Edit and press Enter.</source>
        <translation>Die Kette als Text, wie tessera-cli segment --pre sie annimmt, z. B. median:5,gaussian:1 (Schritte: gaussian:SIGMA, median:RADIUS, background:RADIUS[:light], clahe:TILE:CLIP, equalize; „:off“ schaltet einen Schritt aus; none = keine Vorverarbeitung). Bearbeiten und Eingabe drücken.</translation>
    </message>
    <message>
        <source>Pre-processing: %1</source>
        <translation>Vorverarbeitung: %1</translation>
    </message>
    <message>
        <source>No pre-processing: the threshold sees the raw plane.</source>
        <translation>Keine Vorverarbeitung: Der Schwellenwert sieht die unveränderte Ebene.</translation>
    </message>
    <message>
        <source>Turn this step on or off (it keeps its parameters)</source>
        <translation>Diesen Schritt ein- oder ausschalten (er behält seine Parameter)</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 ein</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 aus</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Gaussian sigma in pixels</source>
        <translation>Gauß-Sigma in Pixeln</translation>
    </message>
    <message>
        <source>Radius of the disk (scikit-image&apos;s disk(r))</source>
        <translation>Radius der Kreisscheibe (disk(r) von scikit-image)</translation>
    </message>
    <message>
        <source>Rolling-disk radius: larger than the largest object</source>
        <translation>Radius der rollenden Scheibe: größer als das größte Objekt</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Light background (dark objects)</source>
        <translation>Heller Hintergrund (dunkle Objekte)</translation>
    </message>
    <message>
        <source>CLAHE tile size in pixels</source>
        <translation>CLAHE-Kachelgröße in Pixeln</translation>
    </message>
    <message>
        <source>CLAHE clip limit (ImageJ&apos;s maximum slope)</source>
        <translation>CLAHE-Clip-Limit (maximale Steigung in ImageJ)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Run this step earlier</source>
        <translation>Diesen Schritt früher ausführen</translation>
    </message>
    <message>
        <source>Run this step later</source>
        <translation>Diesen Schritt später ausführen</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>Diesen Schritt entfernen</translation>
    </message>
</context>
<context>
    <name>tessera::ProjectLoader</name>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n images…</source>
        <translation>
            <numerusform>%n Bild wird geöffnet…</numerusform>
            <numerusform>%n Bilder werden geöffnet…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>tessera::Recovery</name>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message numerus="yes">
        <source>Tessera did not close properly. Unsaved work of %n window(s) was kept. Restore it?</source>
        <translation>
            <numerusform>Tessera wurde nicht ordnungsgemäß beendet. Nicht gespeicherte Arbeit eines Fensters wurde aufbewahrt. Wiederherstellen?</numerusform>
            <numerusform>Tessera wurde nicht ordnungsgemäß beendet. Nicht gespeicherte Arbeit von %n Fenstern wurde aufbewahrt. Wiederherstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
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
    <name>tessera::ResultsDock</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>ROIs</source>
        <translation>ROIs</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>GLCM texture features and statistics per ROI</source>
        <translation>GLCM-Texturmerkmale und Statistik pro ROI</translation>
    </message>
    <message>
        <source>Measurements per object of the segmentation</source>
        <translation>Messungen pro Objekt der Segmentierung</translation>
    </message>
</context>
<context>
    <name>tessera::ResultsTable</name>
    <message>
        <source>Per &amp;orientation</source>
        <translation>Je &amp;Orientierung</translation>
    </message>
    <message>
        <source>Also show one row per orientation above each ROI&apos;s MEAN row.</source>
        <translation>Zusätzlich über der MEAN-Zeile jeder ROI eine Zeile je Orientierung zeigen.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows (all rows when none is selected) as tab-separated text for a spreadsheet (Ctrl+C).</source>
        <translation>Die ausgewählten Zeilen (alle Zeilen, wenn keine ausgewählt ist) als tabulatorgetrennten Text für eine Tabellenkalkulation kopieren (Strg+C).</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>One row per ROI: click a row to select the ROI in the image, the manager and the plot; click a header to sort.</source>
        <translation>Eine Zeile je ROI: Klicken Sie auf eine Zeile, um die ROI im Bild, im ROI-Manager und im Diagramm auszuwählen; klicken Sie auf einen Spaltenkopf, um zu sortieren.</translation>
    </message>
    <message>
        <source>There is no GLCM result to export yet.</source>
        <translation>Es gibt noch kein GLCM-Ergebnis zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV for European spreadsheets: &apos;;&apos; and decimal comma (*.csv)</source>
        <translation>CSV für europäische Tabellenkalkulationen: &apos;;&apos; und Dezimalkomma (*.csv)</translation>
    </message>
    <message>
        <source>Save the GLCM table as CSV, identical to what tessera-cli glcm writes (File &gt; Export Table…); the arrow chooses where its provenance goes.</source>
        <translation>Die GLCM-Tabelle als CSV speichern, identisch mit der Ausgabe von tessera-cli glcm (Datei &gt; Tabelle exportieren…); der Pfeil wählt, wohin die Herkunftsangaben kommen.</translation>
    </message>
    <message>
        <source>Provenance in a &amp;sidecar file (NAME.csv.json)</source>
        <translation>Herkunftsangaben in eigener &amp;Datei (NAME.csv.json)</translation>
    </message>
    <message>
        <source>Write the image path and SHA-256, plane, calibration, ROIs and parameters beside the CSV (default).</source>
        <translation>Bildpfad und SHA-256, Ebene, Kalibrierung, ROIs und Parameter neben die CSV schreiben (Standard).</translation>
    </message>
    <message>
        <source>Provenance as &apos;#&apos; &amp;comment lines in the CSV</source>
        <translation>Herkunftsangaben als &apos;#&apos;-&amp;Kommentarzeilen in der CSV</translation>
    </message>
    <message>
        <source>Put the provenance before the header as &apos;#&apos; lines (pandas: read_csv(..., comment=&apos;#&apos;)).</source>
        <translation>Die Herkunftsangaben als &apos;#&apos;-Zeilen vor die Kopfzeile setzen (pandas: read_csv(..., comment=&apos;#&apos;)).</translation>
    </message>
    <message>
        <source>&amp;No provenance</source>
        <translation>&amp;Keine Herkunftsangaben</translation>
    </message>
    <message>
        <source>Write the CSV only.</source>
        <translation>Nur die CSV schreiben.</translation>
    </message>
    <message>
        <source>&amp;All images</source>
        <translation>&amp;Alle Bilder</translation>
    </message>
    <message>
        <source>Which images the pooled table holds. Images without a GLCM result have no rows; grey rows belong to an out-of-date result.</source>
        <translation>Welche Bilder die zusammengefasste Tabelle enthält. Bilder ohne GLCM-Ergebnis haben keine Zeilen; graue Zeilen gehören zu einem veralteten Ergebnis.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s) have GLCM results.</source>
        <translation>
            <numerusform>%1 von %n Bild hat GLCM-Ergebnisse.</numerusform>
            <numerusform>%1 von %n Bildern haben GLCM-Ergebnisse.</numerusform>
        </translation>
    </message>
    <message>
        <source>No result: %1.</source>
        <translation>Kein Ergebnis: %1.</translation>
    </message>
    <message>
        <source>Out of date (grey rows): %1.</source>
        <translation>Veraltet (graue Zeilen): %1.</translation>
    </message>
    <message>
        <source>Show the ROIs of every open image that has a GLCM result in one table, with an Image column first; Copy and Export then write this combined table.</source>
        <translation>Die ROIs aller geöffneten Bilder mit GLCM-Ergebnis in einer Tabelle zeigen, mit einer Spalte Bild vorn; Kopieren und Exportieren schreiben dann diese zusammengefasste Tabelle.</translation>
    </message>
    <message>
        <source>Open more than one image to pool their ROIs in one table.</source>
        <translation>Öffnen Sie mehr als ein Bild, um deren ROIs in einer Tabelle zusammenzufassen.</translation>
    </message>
    <message>
        <source>Run on all images</source>
        <translation>Alle Bilder berechnen</translation>
    </message>
</context>
<context>
    <name>tessera::ResultsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>StdDev</source>
        <translation>StdAbw</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>The ROI&apos;s name.</source>
        <translation>Der Name der ROI.</translation>
    </message>
    <message>
        <source>The ROI&apos;s class.</source>
        <translation>Die Klasse der ROI.</translation>
    </message>
    <message>
        <source>Number of pixels inside the ROI (within the image).</source>
        <translation>Anzahl der Pixel innerhalb der ROI (im Bild).</translation>
    </message>
    <message>
        <source>Area of those pixels in calibrated units.</source>
        <translation>Fläche dieser Pixel in kalibrierten Einheiten.</translation>
    </message>
    <message>
        <source>Intensity statistics of the ROI&apos;s pixels (as ImageJ&apos;s Measure; StdDev is the sample SD).</source>
        <translation>Intensitätsstatistik der Pixel der ROI (wie Measure in ImageJ; StdAbw ist die Stichproben-Standardabweichung).</translation>
    </message>
    <message>
        <source>Direction of the pixel pairs; MEAN is the mean over the checked orientations.</source>
        <translation>Richtung der Pixelpaare; MEAN ist der Mittelwert über die ausgewählten Orientierungen.</translation>
    </message>
    <message>
        <source>Pixel pairs counted (summed over the orientations on MEAN rows).</source>
        <translation>Gezählte Pixelpaare (in MEAN-Zeilen über die Orientierungen summiert).</translation>
    </message>
    <message>
        <source>true when some orientation has fewer than %1 pairs: the values are unreliable.</source>
        <translation>true, wenn eine Orientierung weniger als %1 Paare hat: Die Werte sind unzuverlässig.</translation>
    </message>
    <message>
        <source>The intensity range mapped onto the gray levels.</source>
        <translation>Der Intensitätsbereich, der auf die Graustufen abgebildet wird.</translation>
    </message>
    <message>
        <source>Haralick texture feature %1 (formulas: docs/texture.md).</source>
        <translation>Haralick-Texturmerkmal %1 (Formeln: docs/texture.md).</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Out of date: the ROIs, plane or GLCM parameters of %1 changed since this result was computed.</source>
        <translation>Veraltet: ROIs, Ebene oder GLCM-Parameter von %1 haben sich seit der Berechnung dieses Ergebnisses geändert.</translation>
    </message>
    <message>
        <source>The image the ROI belongs to (the `image` column of exported tables).</source>
        <translation>Das Bild, zu dem die ROI gehört (die Spalte `image` exportierter Tabellen).</translation>
    </message>
</context>
<context>
    <name>tessera::Roi</name>
    <message>
        <source>ROI &quot;%1&quot; has no area.</source>
        <translation>ROI „%1“ hat keine Fläche.</translation>
    </message>
    <message>
        <source>ROI &quot;%1&quot; lies outside the %2×%3 image.</source>
        <translation>ROI „%1“ liegt außerhalb des %2×%3-Bildes.</translation>
    </message>
    <message>
        <source>ROI &quot;%1&quot; contains no pixel.</source>
        <translation>ROI „%1“ enthält kein Pixel.</translation>
    </message>
    <message>
        <source>ROI &quot;%1&quot; is a line or points and has no area.</source>
        <translation>ROI „%1“ ist eine Linie oder Punkte und hat keine Fläche.</translation>
    </message>
</context>
<context>
    <name>tessera::RoiClassDelegate</name>
    <message>
        <source>The class of this ROI; its colour is used for the outline, the table and the plots.</source>
        <translation>Die Klasse dieser ROI; ihre Farbe wird für den Umriss, die Tabelle und die Diagramme verwendet.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>tessera::RoiClassEditor</name>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Groups of ROIs such as cells and background; each class has a colour used for outlines, table and plot points.</source>
        <translation>Gruppen von ROIs wie Zellen und Hintergrund; jede Klasse hat eine Farbe für Umrisse, Tabelle und Diagrammpunkte.</translation>
    </message>
    <message>
        <source>Add Class</source>
        <translation>Klasse hinzufügen</translation>
    </message>
    <message>
        <source>Add a new class with its own colour; type its name.</source>
        <translation>Eine neue Klasse mit eigener Farbe hinzufügen; geben Sie ihren Namen ein.</translation>
    </message>
    <message>
        <source>Change Colour…</source>
        <translation>Farbe ändern…</translation>
    </message>
    <message>
        <source>Choose another colour for the selected class (outlines, table, plot points).</source>
        <translation>Eine andere Farbe für die ausgewählte Klasse wählen (Umrisse, Tabelle, Diagrammpunkte).</translation>
    </message>
    <message>
        <source>Delete Class</source>
        <translation>Klasse löschen</translation>
    </message>
    <message>
        <source>Delete the selected class; its ROIs are kept and get no class.</source>
        <translation>Die ausgewählte Klasse löschen; ihre ROIs bleiben erhalten und haben dann keine Klasse.</translation>
    </message>
    <message>
        <source>Classes of ROIs. Double-click a name to rename it; the ROIs of the class follow.</source>
        <translation>Klassen der ROIs. Doppelklicken Sie auf einen Namen, um ihn umzubenennen; die ROIs der Klasse folgen.</translation>
    </message>
    <message>
        <source>Class “%1”, colour %2. Double-click to rename.</source>
        <translation>Klasse „%1“, Farbe %2. Doppelklicken zum Umbenennen.</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>Colour of class “%1”</source>
        <translation>Farbe der Klasse „%1“</translation>
    </message>
</context>
<context>
    <name>tessera::RoiFile</name>
    <message>
        <source>the ROI file &quot;%1&quot; is not JSON of the form {&quot;rois&quot;: [...]}.</source>
        <translation>Die ROI-Datei „%1“ ist kein JSON der Form {&quot;rois&quot;: [...]}.</translation>
    </message>
    <message>
        <source>line %1 of the ROI file &quot;%2&quot; is not name,x,y,w,h[,rect|ellipse].</source>
        <translation>Zeile %1 der ROI-Datei „%2“ hat nicht die Form name,x,y,w,h[,rect|ellipse].</translation>
    </message>
    <message>
        <source>a ROI must be NAME=X,Y,W,H with X,Y the top-left pixel and W,H &gt; 0, not &quot;%1&quot;.</source>
        <translation>Eine ROI muss NAME=X,Y,W,H sein, mit X,Y dem linken oberen Pixel und W,H &gt; 0, nicht „%1“.</translation>
    </message>
    <message>
        <source>cannot read the ROI file &quot;%1&quot;: %2</source>
        <translation>Die ROI-Datei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write the ROI file &quot;%1&quot;: %2</source>
        <translation>Die ROI-Datei „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the ROI file &quot;%1&quot; has a %2 without a name or without at least %3 points [x, y].</source>
        <translation>die ROI-Datei „%1“ hat ein(e) %2 ohne Namen oder ohne mindestens %3 Punkte [x, y].</translation>
    </message>
    <message>
        <source>the ROI file &quot;%1&quot; has an entry without a name, valid x, y, w, h &gt; 0 or a known shape (rect, ellipse, polygon, line, points).</source>
        <translation>die ROI-Datei „%1“ hat einen Eintrag ohne Namen, gültige x, y, w, h &gt; 0 oder bekannte Form (rect, ellipse, polygon, line, points).</translation>
    </message>
    <message>
        <source>the ROI file &quot;%1&quot; has a colour &quot;%2&quot; that is not #RRGGBB or #AARRGGBB.</source>
        <translation>die ROI-Datei „%1“ hat eine Farbe „%2“, die nicht #RRGGBB oder #AARRGGBB ist.</translation>
    </message>
    <message>
        <source>the ROI file &quot;%1&quot; has a &quot;%2&quot; that is not a whole number ≥ 0.</source>
        <translation>die ROI-Datei „%1“ hat ein „%2“, das keine ganze Zahl ≥ 0 ist.</translation>
    </message>
    <message>
        <source>the ROI file &quot;%1&quot; is larger than %2 MiB.</source>
        <translation>die ROI-Datei „%1“ ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>a .roi file holds exactly one ROI, not %1; save several as a ROI set (.zip).</source>
        <translation>eine .roi-Datei fasst genau eine ROI, nicht %1; mehrere als ROI-Satz (.zip) speichern.</translation>
    </message>
</context>
<context>
    <name>tessera::RoiManagerDock</name>
    <message>
        <source>ROI Manager</source>
        <translation>ROI-Manager</translation>
    </message>
</context>
<context>
    <name>tessera::RoiManagerPanel</name>
    <message>
        <source>The ROIs of the image. Select rows to select the ROIs on the image; double-click a name or class to change it; drag rows to reorder.</source>
        <translation>Die ROIs des Bildes. Wählen Sie Zeilen aus, um die ROIs im Bild auszuwählen; doppelklicken Sie auf einen Namen oder eine Klasse, um sie zu ändern; ziehen Sie Zeilen, um die Reihenfolge zu ändern.</translation>
    </message>
    <message>
        <source>background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected ROIs (Del).</source>
        <translation>Die ausgewählten ROIs löschen (Entf).</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected ROIs (same place, shape and class, next free number in the name).</source>
        <translation>Die ausgewählten ROIs kopieren (gleiche Lage, Form und Klasse, nächste freie Nummer im Namen).</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected ROIs one place up in the list (the order of tables and exports).</source>
        <translation>Die ausgewählten ROIs in der Liste um eine Stelle nach oben verschieben (die Reihenfolge von Tabellen und Exporten).</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected ROIs one place down in the list.</source>
        <translation>Die ausgewählten ROIs in der Liste um eine Stelle nach unten verschieben.</translation>
    </message>
    <message>
        <source>Show Names</source>
        <translation>Namen zeigen</translation>
    </message>
    <message>
        <source>Write each ROI&apos;s name next to its outline on the image.</source>
        <translation>Den Namen jeder ROI neben ihren Umriss im Bild schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n ROI(s)</source>
        <translation>
            <numerusform>%n ROI duplizieren</numerusform>
            <numerusform>%n ROIs duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>No image is open.</source>
        <translation>Es ist kein Bild geöffnet.</translation>
    </message>
    <message>
        <source>The ROI file “%1” contains no ROIs.</source>
        <translation>Die ROI-Datei „%1“ enthält keine ROIs.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n ROI(s)</source>
        <translation>
            <numerusform>%n ROI importieren</numerusform>
            <numerusform>%n ROIs importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Import ROIs</source>
        <translation>ROIs importieren</translation>
    </message>
    <message>
        <source>Cannot import ROIs</source>
        <translation>ROIs können nicht importiert werden</translation>
    </message>
    <message>
        <source>Cannot export ROIs</source>
        <translation>ROIs können nicht exportiert werden</translation>
    </message>
    <message>
        <source>Import ROIs…</source>
        <translation>ROIs importieren…</translation>
    </message>
    <message>
        <source>Add ROIs from an ImageJ ROI set (RoiSet.zip) or .roi file, or a Tessera JSON or CSV ROI file, keeping their names.</source>
        <translation>ROIs aus einem ImageJ-ROI-Satz (RoiSet.zip), einer .roi-Datei oder einer Tessera-JSON- oder CSV-ROI-Datei hinzufügen, mit ihren Namen.</translation>
    </message>
    <message>
        <source>Export ROIs…</source>
        <translation>ROIs exportieren…</translation>
    </message>
    <message>
        <source>Save the selected ROIs (all when none is selected) as an ImageJ ROI set (.zip), one ImageJ .roi or a Tessera JSON file, for ImageJ / Fiji or tessera-cli --rois.</source>
        <translation>Die ausgewählten ROIs (alle, wenn keine ausgewählt ist) als ImageJ-ROI-Satz (.zip), eine ImageJ-.roi oder Tessera-JSON-Datei speichern, für ImageJ / Fiji oder tessera-cli --rois.</translation>
    </message>
    <message>
        <source>There are no ROIs to export.</source>
        <translation>Es gibt keine ROIs zum Exportieren.</translation>
    </message>
    <message>
        <source>ROI files (*.zip *.roi *.json *.csv);;ImageJ ROI sets (*.zip);;ImageJ ROIs (*.roi);;Tessera ROI files (*.json *.csv);;All files (*)</source>
        <translation>ROI-Dateien (*.zip *.roi *.json *.csv);;ImageJ-ROI-Sätze (*.zip);;ImageJ-ROIs (*.roi);;Tessera-ROI-Dateien (*.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>ROIs imported with changes</source>
        <translation>ROIs mit Änderungen importiert</translation>
    </message>
    <message>
        <source>Some details of “%1” cannot be kept in Tessera:</source>
        <translation>Einige Details von „%1“ kann Tessera nicht behalten:</translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more.</source>
        <translation>
            <numerusform>
… und %n weitere.</numerusform>
            <numerusform>
… und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n Selected ROI(s)</source>
        <translation>
            <numerusform>%n ausgewählte ROI exportieren</numerusform>
            <numerusform>%n ausgewählte ROIs exportieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export All %n ROI(s)</source>
        <translation>
            <numerusform>Die %n ROI exportieren</numerusform>
            <numerusform>Alle %n ROIs exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>ImageJ ROI set (*.zip)</source>
        <translation>ImageJ-ROI-Satz (*.zip)</translation>
    </message>
    <message>
        <source>ImageJ ROI, one ROI (*.roi)</source>
        <translation>ImageJ-ROI, eine ROI (*.roi)</translation>
    </message>
    <message>
        <source>Tessera JSON ROI file (*.json)</source>
        <translation>Tessera-JSON-ROI-Datei (*.json)</translation>
    </message>
</context>
<context>
    <name>tessera::RoiTableModel</name>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <source>No pixels inside the image: this ROI lies outside it (or is thinner than a pixel) and cannot be measured.</source>
        <translation>Keine Pixel innerhalb des Bildes: Diese ROI liegt außerhalb (oder ist dünner als ein Pixel) und kann nicht gemessen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Clipped: part of this ROI lies outside the image; only its %n pixel(s) inside are measured.</source>
        <translation>
            <numerusform>Zugeschnitten: Ein Teil dieser ROI liegt außerhalb des Bildes; nur ihr %n Pixel innerhalb wird gemessen.</numerusform>
            <numerusform>Zugeschnitten: Ein Teil dieser ROI liegt außerhalb des Bildes; nur ihre %n Pixel innerhalb werden gemessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipped: %1 of %2 pixels outside the image; only the pixels inside are measured.</source>
        <translation>Zugeschnitten: %1 von %2 Pixeln liegen außerhalb des Bildes; nur die Pixel innerhalb werden gemessen.</translation>
    </message>
    <message>
        <source>Double-click to rename “%1”.</source>
        <translation>Doppelklicken, um „%1“ umzubenennen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Class of the ROI; double-click to choose another. Its colour is used for the outline and the plot points.</source>
        <translation>Klasse der ROI; doppelklicken, um eine andere zu wählen. Ihre Farbe wird für den Umriss und die Diagrammpunkte verwendet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>W</source>
        <translation>B</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>Area (%1)</source>
        <translation>Fläche (%1)</translation>
    </message>
    <message>
        <source>The ROI&apos;s name, used in tables, plots and exported files. Double-click to rename.</source>
        <translation>Der Name der ROI, verwendet in Tabellen, Diagrammen und exportierten Dateien. Doppelklicken zum Umbenennen.</translation>
    </message>
    <message>
        <source>The ROI&apos;s class (e.g. cell or background); its colour is used everywhere.</source>
        <translation>Die Klasse der ROI (z. B. Zelle oder Hintergrund); ihre Farbe wird überall verwendet.</translation>
    </message>
    <message>
        <source>Rectangle, ellipse or polygon.</source>
        <translation>Rechteck, Ellipse oder Polygon.</translation>
    </message>
    <message>
        <source>Top-left corner of the ROI&apos;s bounding box, in pixels from the image&apos;s top-left corner.</source>
        <translation>Linke obere Ecke des umschließenden Rechtecks der ROI, in Pixeln ab der linken oberen Ecke des Bildes.</translation>
    </message>
    <message>
        <source>Width and height of the ROI&apos;s bounding box, in pixels.</source>
        <translation>Breite und Höhe des umschließenden Rechtecks der ROI, in Pixeln.</translation>
    </message>
    <message>
        <source>Number of image pixels inside the ROI (a pixel is inside when its centre is).</source>
        <translation>Anzahl der Bildpixel innerhalb der ROI (ein Pixel liegt innen, wenn sein Mittelpunkt innen liegt).</translation>
    </message>
    <message>
        <source>Pixel count × pixel size, in %1 (from the image&apos;s calibration).</source>
        <translation>Pixelzahl × Pixelgröße, in %1 (aus der Kalibrierung des Bildes).</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
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
    <name>tessera::ScatterData</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>no class</source>
        <translation>keine Klasse</translation>
    </message>
    <message>
        <source>%1 (too few pairs)</source>
        <translation>%1 (zu wenige Paare)</translation>
    </message>
    <message>
        <source>Out of date: %1</source>
        <translation>Veraltet: %1</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Not plotted (no GLCM result): %1</source>
        <translation>Nicht dargestellt (kein GLCM-Ergebnis): %1</translation>
    </message>
    <message>
        <source>Not plotted (no distance %1): %2</source>
        <translation>Nicht dargestellt (kein Abstand %1): %2</translation>
    </message>
    <message>
        <source>GLCM settings differ between images: compare with care</source>
        <translation>GLCM-Einstellungen unterscheiden sich zwischen den Bildern: mit Vorsicht vergleichen</translation>
    </message>
</context>
<context>
    <name>tessera::ScatterPlot</name>
    <message>
        <source>Feature on the horizontal axis (mean over the orientations).</source>
        <translation>Merkmal auf der horizontalen Achse (Mittelwert über die Orientierungen).</translation>
    </message>
    <message>
        <source>Feature on the vertical axis (mean over the orientations).</source>
        <translation>Merkmal auf der vertikalen Achse (Mittelwert über die Orientierungen).</translation>
    </message>
    <message>
        <source>X:</source>
        <translation>X:</translation>
    </message>
    <message>
        <source>Y:</source>
        <translation>Y:</translation>
    </message>
    <message>
        <source>Pixel distance whose features are plotted (when several were computed).</source>
        <translation>Pixelabstand, dessen Merkmale dargestellt werden (wenn mehrere berechnet wurden).</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>On: drag to move the view. Off: drag a rectangle to select the ROIs inside it (Ctrl adds to the selection). The mouse wheel zooms in both modes.</source>
        <translation>An: Ziehen verschiebt die Ansicht. Aus: Ziehen Sie ein Rechteck auf, um die ROIs darin auszuwählen (Strg erweitert die Auswahl). Das Mausrad zoomt in beiden Modi.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show all points.</source>
        <translation>Alle Punkte zeigen.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the plot as PNG (picture), SVG or PDF (vector graphics for figures).</source>
        <translation>Das Diagramm als PNG (Bild), SVG oder PDF (Vektorgrafik für Abbildungen) speichern.</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>d = %1</source>
        <translation>d = %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;class: %1</source>
        <translation>&lt;br&gt;Klasse: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&lt;br&gt;distance %1, %2 pixel pairs</source>
        <translation>&lt;br&gt;Abstand %1, %2 Pixelpaare</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Hollow: fewer than %1 pixel pairs in some orientation&lt;/b&gt; — the matrix is mostly empty and these values are unreliable.</source>
        <translation>&lt;br&gt;&lt;b&gt;Hohl: weniger als %1 Pixelpaare in mindestens einer Orientierung&lt;/b&gt; — die Matrix ist größtenteils leer und diese Werte sind unzuverlässig.</translation>
    </message>
    <message>
        <source>Texture scatter plot</source>
        <translation>Textur-Streudiagramm</translation>
    </message>
    <message>
        <source>%1 vs %2, exported from Tessera</source>
        <translation>%1 gegen %2, exportiert aus Tessera</translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>The ROIs or parameters changed since these values were computed (a new result replaces them when the computation finishes), or some images are not plotted.</source>
        <translation>Die ROIs oder Parameter haben sich geändert, seit diese Werte berechnet wurden (ein neues Ergebnis ersetzt sie, sobald die Berechnung abgeschlossen ist), oder einige Bilder werden nicht dargestellt.</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Alle Bilder</translation>
    </message>
    <message>
        <source>Plot the ROIs of every open image that has GLCM results (e.g. control and treated fields on one plot), not only those of the current image.</source>
        <translation>Die ROIs jedes geöffneten Bildes mit GLCM-Ergebnissen darstellen (z. B. Kontroll- und behandelte Felder in einem Diagramm), nicht nur die des aktuellen Bildes.</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Färben nach:</translation>
    </message>
    <message>
        <source>Colour the points by the ROI&apos;s class or by the image they belong to.</source>
        <translation>Die Punkte nach der Klasse der ROI oder nach ihrem Bild färben.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Compute GLCM features (GLCM Texture panel) to plot your ROIs here: one point per ROI, with the features chosen above.</source>
        <translation>Berechnen Sie GLCM-Merkmale (Bereich „GLCM-Textur“), um Ihre ROIs hier darzustellen: ein Punkt je ROI, mit den oben gewählten Merkmalen.</translation>
    </message>
    <message>
        <source>; images: %1</source>
        <translation>; Bilder: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;image: %1</source>
        <translation>&lt;br&gt;Bild: %1</translation>
    </message>
    <message>
        <source>Draw ROIs on the image (e.g. crops of cells and of background), then compute their GLCM features (GLCM Texture panel) to plot them here.</source>
        <translation>Zeichnen Sie ROIs auf dem Bild (z. B. Ausschnitte von Zellen und Hintergrund) und berechnen Sie dann ihre GLCM-Merkmale (Bereich „GLCM-Textur“), um sie hier darzustellen.</translation>
    </message>
</context>
<context>
    <name>tessera::ScatterPlotDock</name>
    <message>
        <source>Texture Plot</source>
        <translation>Texturdiagramm</translation>
    </message>
</context>
<context>
    <name>tessera::SegmentDecoder</name>
    <message>
        <source>the compressed data are missing (byte count 0)</source>
        <translation>Die komprimierten Daten fehlen (Byteanzahl 0)</translation>
    </message>
    <message>
        <source>the compressed data are truncated (%1 bytes at offset %2 run past the end of the %3-byte file)</source>
        <translation>Die komprimierten Daten sind abgeschnitten (%1 Bytes ab Offset %2 reichen über das Ende der %3 Byte großen Datei hinaus)</translation>
    </message>
    <message>
        <source>the compressed data cannot be read (%1 of %2 bytes at offset %3)</source>
        <translation>Die komprimierten Daten können nicht gelesen werden (%1 von %2 Bytes ab Offset %3)</translation>
    </message>
    <message>
        <source>the compressed data are truncated (they decode to %1 of %2 bytes)</source>
        <translation>Die komprimierten Daten sind abgeschnitten (sie ergeben dekodiert %1 von %2 Bytes)</translation>
    </message>
    <message>
        <source>the compressed data are truncated (the Deflate stream ends early)</source>
        <translation>Die komprimierten Daten sind abgeschnitten (der Deflate-Datenstrom endet vorzeitig)</translation>
    </message>
    <message>
        <source>the compressed data are corrupt (Deflate checksum mismatch)</source>
        <translation>Die komprimierten Daten sind beschädigt (Deflate-Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <source>the compressed data are corrupt (Deflate: %1)</source>
        <translation>Die komprimierten Daten sind beschädigt (Deflate: %1)</translation>
    </message>
    <message>
        <source>the compressed data are truncated (a PackBits literal run ends past the data)</source>
        <translation>Die komprimierten Daten sind abgeschnitten (ein PackBits-Literallauf endet hinter den Daten)</translation>
    </message>
    <message>
        <source>the compressed data are corrupt (a PackBits run overruns the decoded size)</source>
        <translation>Die komprimierten Daten sind beschädigt (ein PackBits-Lauf überschreitet die dekodierte Größe)</translation>
    </message>
    <message>
        <source>the compressed data are truncated (a PackBits repeat run has no byte)</source>
        <translation>Die komprimierten Daten sind abgeschnitten (einem PackBits-Wiederholungslauf fehlt das Byte)</translation>
    </message>
    <message>
        <source>the compressed data are corrupt (%1 bytes of PackBits data are left after the decoded size)</source>
        <translation>Die komprimierten Daten sind beschädigt (nach der dekodierten Größe bleiben %1 Bytes PackBits-Daten übrig)</translation>
    </message>
    <message>
        <source>the compressed data are corrupt (they decode to %1 bytes, not %2 or %3)</source>
        <translation>Die komprimierten Daten sind beschädigt (sie ergeben dekodiert %1 Bytes, nicht %2 oder %3)</translation>
    </message>
</context>
<context>
    <name>tessera::SegmentationPanel</name>
    <message>
        <source>Segment</source>
        <translation>Segmentieren</translation>
    </message>
    <message>
        <source>No objects in the document.</source>
        <translation>Keine Objekte im Dokument.</translation>
    </message>
    <message>
        <source>The threshold panel is in local mode: press its Apply to make a mask layer, which the segmentation then uses.</source>
        <translation>Das Schwellenwert-Panel ist im lokalen Modus: Drücken Sie dort „Anwenden“, um eine Maskenebene zu erzeugen, die die Segmentierung dann verwendet.</translation>
    </message>
    <message>
        <source>Foreground: the applied mask layer (threshold panel&apos;s Apply). Pre-processing feeds only the outline refinement and the intensity watershed.</source>
        <translation>Vordergrund: die angewendete Maskenebene („Anwenden“ im Schwellenwert-Panel). Die Vorverarbeitung wirkt nur auf die Umrissverfeinerung und die Intensitäts-Wasserscheide.</translation>
    </message>
    <message>
        <source>Foreground: %1 threshold (%2 background) of the pre-processed plane, from the threshold panel&apos;s settings; Apply there to use its mask instead.</source>
        <translation>Vordergrund: Schwellenwert %1 (%2 Hintergrund) der vorverarbeiteten Ebene, aus den Einstellungen des Schwellenwert-Panels; „Anwenden“ dort verwendet stattdessen dessen Maske.</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>dunkler</translation>
    </message>
    <message>
        <source>light</source>
        <translation>heller</translation>
    </message>
    <message>
        <source>Foreground: %1 ≤ value ≤ %2 of the pre-processed plane (the threshold panel&apos;s manual levels); Apply there to use its mask instead.</source>
        <translation>Vordergrund: %1 ≤ Wert ≤ %2 der vorverarbeiteten Ebene (die manuellen Grenzen des Schwellenwert-Panels); „Anwenden“ dort verwendet stattdessen dessen Maske.</translation>
    </message>
    <message>
        <source>calibrated</source>
        <translation>kalibriert</translation>
    </message>
    <message>
        <source>Segmentation parameters</source>
        <translation>Segmentierungsparameter</translation>
    </message>
    <message>
        <source>Segmenting…</source>
        <translation>Segmentiere…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No objects.</source>
        <translation>Keine Objekte.</translation>
    </message>
    <message>
        <source>Objects: %1</source>
        <translation>Objekte: %1</translation>
    </message>
    <message>
        <source>No object passed the size and edge filters.</source>
        <translation>Kein Objekt hat die Größen- und Randfilter passiert.</translation>
    </message>
    <message>
        <source>Pre-processing</source>
        <translation>Vorverarbeitung</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Fill holes</source>
        <translation>Löcher füllen</translation>
    </message>
    <message>
        <source>Fill holes inside objects (background not connected to the image border)</source>
        <translation>Löcher in Objekten füllen (Hintergrund ohne Verbindung zum Bildrand)</translation>
    </message>
    <message>
        <source>Off (connected particles)</source>
        <translation>Aus (zusammenhängende Partikel)</translation>
    </message>
    <message>
        <source>Distance map</source>
        <translation>Distanzkarte</translation>
    </message>
    <message>
        <source>ImageJ (Binary &gt; Watershed)</source>
        <translation>ImageJ (Binary &gt; Watershed)</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <source>How touching objects are split: seeds on the distance map (scikit-image&apos;s recipe), ImageJ&apos;s seed rule and object count, or seeds on the pre-processed intensities</source>
        <translation>Wie sich berührende Objekte getrennt werden: Saatpunkte auf der Distanzkarte (Rezept von scikit-image), Saatpunktregel und Objektzahl von ImageJ oder Saatpunkte auf den vorverarbeiteten Intensitäten</translation>
    </message>
    <message>
        <source>Watershed:</source>
        <translation>Wasserscheide:</translation>
    </message>
    <message>
        <source>Seed prominence: a maximum is a seed only if it stands this much above the saddle to a higher one (pixels on the distance map, image units for intensity)</source>
        <translation>Prominenz der Saatpunkte: Ein Maximum ist nur dann ein Saatpunkt, wenn es um so viel über dem Sattel zu einem höheren liegt (Pixel auf der Distanzkarte, Bildeinheiten bei Intensität)</translation>
    </message>
    <message>
        <source>Seed tolerance:</source>
        <translation>Saatpunkt-Toleranz:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Seeds at least this far apart (scikit-image&apos;s peak_local_max min_distance; 0 = off)</source>
        <translation>Saatpunkte mindestens so weit voneinander entfernt (min_distance von peak_local_max in scikit-image; 0 = aus)</translation>
    </message>
    <message>
        <source>Seed min. distance:</source>
        <translation>Min. Saatpunktabstand:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>Objects smaller than this are removed</source>
        <translation>Kleinere Objekte werden entfernt</translation>
    </message>
    <message>
        <source>Objects larger than this are removed (0 = no limit)</source>
        <translation>Größere Objekte werden entfernt (0 = keine Grenze)</translation>
    </message>
    <message>
        <source>Sizes in pixels or in the image&apos;s calibrated unit²</source>
        <translation>Größen in Pixeln oder in der kalibrierten Einheit² des Bildes</translation>
    </message>
    <message>
        <source>Min. size:</source>
        <translation>Mindestgröße:</translation>
    </message>
    <message>
        <source>Max. size:</source>
        <translation>Höchstgröße:</translation>
    </message>
    <message>
        <source>Size unit:</source>
        <translation>Größeneinheit:</translation>
    </message>
    <message>
        <source>Exclude objects on edges</source>
        <translation>Objekte am Rand ausschließen</translation>
    </message>
    <message>
        <source>Remove objects that touch the image border</source>
        <translation>Objekte entfernen, die den Bildrand berühren</translation>
    </message>
    <message>
        <source>Refine outlines to intensity edges</source>
        <translation>Umrisse an Intensitätskanten verfeinern</translation>
    </message>
    <message>
        <source>Move each outline to the steepest edge of the pre-processed plane within the distance (same objects, independent of the threshold level)</source>
        <translation>Jeden Umriss innerhalb der Distanz an die steilste Kante der vorverarbeiteten Ebene verschieben (dieselben Objekte, unabhängig von der Schwellenhöhe)</translation>
    </message>
    <message>
        <source>How far an outline may move inward or outward</source>
        <translation>Wie weit sich ein Umriss nach innen oder außen verschieben darf</translation>
    </message>
    <message>
        <source>Preview seeds and outlines on the image</source>
        <translation>Vorschau der Saatpunkte und Umrisse auf dem Bild</translation>
    </message>
    <message>
        <source>Segment the visible part of the image while parameters change and draw its seeds (crosses) and outlines</source>
        <translation>Den sichtbaren Teil des Bildes segmentieren, während sich Parameter ändern, und seine Saatpunkte (Kreuze) und Umrisse zeichnen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Segment the whole plane; the objects become the document&apos;s label layer (undoable)</source>
        <translation>Die ganze Ebene segmentieren; die Objekte werden zur Labelebene des Dokuments (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running segmentation</source>
        <translation>Die laufende Segmentierung abbrechen</translation>
    </message>
    <message>
        <source>Fill holes on</source>
        <translation>Löcher füllen ein</translation>
    </message>
    <message>
        <source>Fill holes off</source>
        <translation>Löcher füllen aus</translation>
    </message>
    <message>
        <source>Exclude edge objects</source>
        <translation>Randobjekte ausschließen</translation>
    </message>
    <message>
        <source>Keep edge objects</source>
        <translation>Randobjekte behalten</translation>
    </message>
    <message>
        <source>Refine outlines on</source>
        <translation>Umrissverfeinerung ein</translation>
    </message>
    <message>
        <source>Refine outlines off</source>
        <translation>Umrissverfeinerung aus</translation>
    </message>
    <message>
        <source>Watershed: %1</source>
        <translation>Wasserscheide: %1</translation>
    </message>
    <message>
        <source>Size unit: %1</source>
        <translation>Größeneinheit: %1</translation>
    </message>
    <message>
        <source>Seed tolerance: %1</source>
        <translation>Saatpunkt-Toleranz: %1</translation>
    </message>
    <message>
        <source>Minimum size: %1</source>
        <translation>Mindestgröße: %1</translation>
    </message>
    <message>
        <source>Maximum size: %1</source>
        <translation>Höchstgröße: %1</translation>
    </message>
    <message>
        <source>Refinement distance: %1</source>
        <translation>Verfeinerungsdistanz: %1</translation>
    </message>
    <message>
        <source>Seed min. distance: %1</source>
        <translation>Min. Saatpunktabstand: %1</translation>
    </message>
    <message>
        <source>pre %1</source>
        <translation>Vorverarbeitung %1</translation>
    </message>
    <message>
        <source>mask layer</source>
        <translation>Maskenebene</translation>
    </message>
    <message>
        <source>%1 (%2 background)</source>
        <translation>%1 (%2 Hintergrund)</translation>
    </message>
    <message>
        <source>levels %1–%2</source>
        <translation>Grenzen %1–%2</translation>
    </message>
    <message>
        <source>no watershed</source>
        <translation>keine Wasserscheide</translation>
    </message>
    <message>
        <source>distance watershed (tolerance %1, min. distance %2)</source>
        <translation>Distanz-Wasserscheide (Toleranz %1, min. Abstand %2)</translation>
    </message>
    <message>
        <source>ImageJ watershed</source>
        <translation>ImageJ-Wasserscheide</translation>
    </message>
    <message>
        <source>intensity watershed (tolerance %1, min. distance %2)</source>
        <translation>Intensitäts-Wasserscheide (Toleranz %1, min. Abstand %2)</translation>
    </message>
    <message>
        <source>holes filled</source>
        <translation>Löcher gefüllt</translation>
    </message>
    <message>
        <source>size %1–%2 %3</source>
        <translation>Größe %1–%2 %3</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>edge objects excluded</source>
        <translation>Randobjekte ausgeschlossen</translation>
    </message>
    <message>
        <source>outlines refined within %1 px</source>
        <translation>Umrisse innerhalb von %1 px verfeinert</translation>
    </message>
    <message>
        <source>Objects: %1, mean area %2 %3, area fraction %4; %5</source>
        <translation>Objekte: %1, mittlere Fläche %2 %3, Flächenanteil %4; %5</translation>
    </message>
</context>
<context>
    <name>tessera::SegmentationPipeline</name>
    <message>
        <source>There is no image to segment.</source>
        <translation>Es gibt kein Bild zum Segmentieren.</translation>
    </message>
    <message>
        <source>The plane (channel %1, slice %2, frame %3) is not in the image (%4 × %5 × %6).</source>
        <translation>Die Ebene (Kanal %1, Schicht %2, Zeitpunkt %3) ist nicht im Bild enthalten (%4 × %5 × %6).</translation>
    </message>
    <message>
        <source>channel %1, slice %2, frame %3</source>
        <translation>Kanal %1, Schicht %2, Zeitpunkt %3</translation>
    </message>
    <message>
        <source>No threshold found: the plane (%1) has no finite pixel value; no objects.</source>
        <translation>Kein Schwellenwert gefunden: Die Ebene (%1) hat keinen endlichen Pixelwert; keine Objekte.</translation>
    </message>
    <message>
        <source>No threshold found: the %1 method cannot split the histogram of the plane (%2); no objects. Try another method or a manual threshold.</source>
        <translation>Kein Schwellenwert gefunden: Die Methode %1 kann das Histogramm der Ebene (%2) nicht teilen; keine Objekte. Versuchen Sie eine andere Methode oder einen manuellen Schwellenwert.</translation>
    </message>
    <message>
        <source>Channel, slice and frame indices cannot be negative.</source>
        <translation>Indizes von Kanal, Schicht und Zeitpunkt dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>The lower threshold (%1) must not exceed the upper one (%2).</source>
        <translation>Der untere Schwellenwert (%1) darf den oberen (%2) nicht überschreiten.</translation>
    </message>
    <message>
        <source>Object sizes need 0 &lt;= minimum &lt;= maximum (got %1 and %2).</source>
        <translation>Objektgrößen brauchen 0 &lt;= Minimum &lt;= Maximum (erhalten: %1 und %2).</translation>
    </message>
    <message>
        <source>The outline refinement distance must be between 0.5 and 50 pixels (got %1).</source>
        <translation>Die Distanz der Umrissverfeinerung muss zwischen 0,5 und 50 Pixeln liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>No threshold found: the plane (%1) is constant (every pixel is %2 after pre-processing); no objects.</source>
        <translation>Kein Schwellenwert gefunden: Die Ebene (%1) ist konstant (jedes Pixel ist %2 nach der Vorverarbeitung); keine Objekte.</translation>
    </message>
    <message>
        <source>The foreground mask must be an 8-bit mask of the image&apos;s size (%1 × %2).</source>
        <translation>Die Vordergrundmaske muss eine 8-Bit-Maske in der Größe des Bildes sein (%1 × %2).</translation>
    </message>
    <message>
        <source>The foreground mask is empty; no objects.</source>
        <translation>Die Vordergrundmaske ist leer; keine Objekte.</translation>
    </message>
    <message>
        <source>Splitting objects needs an 8-bit foreground mask (and, for intensity steps, the pre-processed plane of the same size).</source>
        <translation>Das Trennen von Objekten braucht eine 8-Bit-Vordergrundmaske (und für Intensitätsschritte die vorverarbeitete Ebene derselben Größe).</translation>
    </message>
</context>
<context>
    <name>tessera::SessionController</name>
    <message>
        <source>Where is the image “%1”?</source>
        <translation>Wo ist das Bild „%1“?</translation>
    </message>
    <message>
        <source>%1;;Images (*.tif *.tiff *.png *.jpg *.jpeg *.bmp);;All files (*)</source>
        <translation>%1;;Bilder (*.tif *.tiff *.png *.jpg *.jpeg *.bmp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Image changed</source>
        <translation>Bild geändert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them as a session?</source>
        <translation>„%1“ hat nicht gespeicherte Änderungen. Als Sitzung speichern?</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>Tessera sessions (*.tessera)</source>
        <translation>Tessera-Sitzungen (*.tessera)</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Tessera sessions (*.tessera);;All files (*)</source>
        <translation>Tessera-Sitzungen (*.tessera);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Sess&amp;ion…</source>
        <translation>S&amp;itzung öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>Sitzung &amp;speichern</translation>
    </message>
    <message>
        <source>Save the ROIs, classes, parameters, layers and view as a .tessera session</source>
        <translation>ROIs, Klassen, Parameter, Ebenen und Ansicht als .tessera-Sitzung speichern</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Sitzung speichern &amp;unter…</translation>
    </message>
    <message>
        <source>No image is open.</source>
        <translation>Es ist kein Bild geöffnet.</translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation>Sitzung gespeichert unter %1</translation>
    </message>
    <message>
        <source>Cannot save session</source>
        <translation>Sitzung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation>Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The image “%1” is not the file the session was saved with (its SHA-256 checksum differs): it was changed or replaced. The ROIs and layers may not match it any more.</source>
        <translation>Das Bild „%1“ ist nicht die Datei, mit der die Sitzung gespeichert wurde (seine SHA-256-Prüfsumme weicht ab): es wurde geändert oder ersetzt. ROIs und Ebenen passen möglicherweise nicht mehr dazu.</translation>
    </message>
    <message>
        <source>%1 (%2)[*] — Tessera</source>
        <translation>%1 (%2)[*] — Tessera</translation>
    </message>
    <message>
        <source>Images left out</source>
        <translation>Ausgelassene Bilder</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>These images of the session were not found and are left out: %1. Saving the session now leaves them out of it.</source>
        <translation>Diese Bilder der Sitzung wurden nicht gefunden und werden ausgelassen: %1. Wird die Sitzung jetzt gespeichert, fehlen sie darin.</translation>
    </message>
</context>
<context>
    <name>tessera::SessionFile</name>
    <message>
        <source>%1 channel views for an image of %2 channels</source>
        <translation>%1 Kanalansichten für ein Bild mit %2 Kanälen</translation>
    </message>
    <message>
        <source>expected a positive number</source>
        <translation>erwartet wird eine positive Zahl</translation>
    </message>
    <message>
        <source>expected [x, y]</source>
        <translation>erwartet wird [x, y]</translation>
    </message>
    <message>
        <source>expected a file name relative to the session&apos;s folder, not &quot;%1&quot;</source>
        <translation>erwartet wird ein Dateiname relativ zum Ordner der Sitzung, nicht „%1“</translation>
    </message>
    <message>
        <source>expected 64 hexadecimal digits</source>
        <translation>erwartet werden 64 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>a class needs a unique, non-empty name (&quot;%1&quot;)</source>
        <translation>eine Klasse braucht einen eindeutigen, nicht leeren Namen („%1“)</translation>
    </message>
    <message>
        <source>the label layer &quot;%1&quot; of image %2 has labels from %3 to %4, outside 0..%5 (its &quot;count&quot;).</source>
        <translation>die Labelebene „%1“ von Bild %2 hat Labels von %3 bis %4, außerhalb von 0..%5 (ihr „count“).</translation>
    </message>
    <message>
        <source>the session &quot;%1&quot; is not a JSON object (%2 at byte %3).</source>
        <translation>die Sitzung „%1“ ist kein JSON-Objekt (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Tessera session (its &quot;format&quot; is not &quot;%2&quot;).</source>
        <translation>„%1“ ist keine Tessera-Sitzung (ihr „format“ ist nicht „%2“).</translation>
    </message>
    <message>
        <source>the session &quot;%1&quot; has format version %2; this Tessera reads version %3 (a newer Tessera may have written it).</source>
        <translation>die Sitzung „%1“ hat die Formatversion %2; dieses Tessera liest Version %3 (vielleicht hat ein neueres Tessera sie geschrieben).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>a session needs at least one image</source>
        <translation>eine Sitzung braucht mindestens ein Bild</translation>
    </message>
    <message>
        <source>cannot read the session &quot;%1&quot;: %2</source>
        <translation>die Sitzung „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot open the session &quot;%1&quot;: %2</source>
        <translation>die Sitzung „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot write the session &quot;%1&quot;: it has no image.</source>
        <translation>die Sitzung „%1“ kann nicht geschrieben werden: sie hat kein Bild.</translation>
    </message>
    <message>
        <source>cannot write the session &quot;%1&quot;: image %2 has no size.</source>
        <translation>die Sitzung „%1“ kann nicht geschrieben werden: Bild %2 hat keine Größe.</translation>
    </message>
    <message>
        <source>cannot write the session &quot;%1&quot;: the %2 layer of image %3 does not have the image&apos;s size and type.</source>
        <translation>die Sitzung „%1“ kann nicht geschrieben werden: die Ebene %2 von Bild %3 hat nicht die Größe und den Typ des Bildes.</translation>
    </message>
    <message>
        <source>cannot create the folder &quot;%1&quot;.</source>
        <translation>der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>cannot write the session &quot;%1&quot;: %2</source>
        <translation>die Sitzung „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the session &quot;%1&quot; is not valid: at %2: %3</source>
        <translation>die Sitzung „%1“ ist ungültig: bei %2: %3</translation>
    </message>
    <message>
        <source>the field is missing</source>
        <translation>das Feld fehlt</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>erwartet wird eine Zahl</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>erwartet wird eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>erwartet wird true oder false</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>erwartet wird eine Zeichenkette</translation>
    </message>
    <message>
        <source>expected a colour &quot;#rrggbb&quot;, not &quot;%1&quot;</source>
        <translation>erwartet wird eine Farbe „#rrggbb“, nicht „%1“</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>erwartet wird ein Array</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>erwartet wird ein Objekt</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of %2)</source>
        <translation>unbekannter Wert „%1“ (erwartet wird einer von %2)</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>erwartet wird eine ganze Zahl</translation>
    </message>
    <message>
        <source>expected HORIZONTAL, VERTICAL, DIAGONAL or ANTIDIAGONAL</source>
        <translation>erwartet wird HORIZONTAL, VERTICAL, DIAGONAL oder ANTIDIAGONAL</translation>
    </message>
    <message>
        <source>expected &quot;imagej&quot; or &quot;haralick&quot;</source>
        <translation>erwartet wird „imagej“ oder „haralick“</translation>
    </message>
    <message>
        <source>unknown threshold method &quot;%1&quot;</source>
        <translation>unbekannte Schwellenwertmethode „%1“</translation>
    </message>
    <message>
        <source>expected 4 or 8</source>
        <translation>erwartet wird 4 oder 8</translation>
    </message>
    <message>
        <source>unknown local threshold method &quot;%1&quot;</source>
        <translation>unbekannte lokale Schwellenwertmethode „%1“</translation>
    </message>
    <message>
        <source>cannot write the session &quot;%1&quot;: its current image %2 does not exist.</source>
        <translation>die Sitzung „%1“ kann nicht geschrieben werden: ihr aktuelles Bild %2 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>tessera::SessionState</name>
    <message>
        <source>The image “%1” is %2 × %3 pixels with %4 channels, %5 slices and %6 frames, but the session was made for %7 × %8 pixels with %9 channels, %10 slices and %11 frames.</source>
        <translation>Das Bild „%1“ hat %2 × %3 Pixel mit %4 Kanälen, %5 Schichten und %6 Zeitpunkten, die Sitzung wurde aber für %7 × %8 Pixel mit %9 Kanälen, %10 Schichten und %11 Zeitpunkten erstellt.</translation>
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
    <name>tessera::SetLabelLayerCommand</name>
    <message>
        <source>Set objects</source>
        <translation>Objekte setzen</translation>
    </message>
</context>
<context>
    <name>tessera::SetMaskLayerCommand</name>
    <message>
        <source>Set mask</source>
        <translation>Maske setzen</translation>
    </message>
</context>
<context>
    <name>tessera::SetMeasurementsDialog</name>
    <message>
        <source>Area</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>Mean gray value</source>
        <translation>Mittlerer Grauwert</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <source>Modal gray value</source>
        <translation>Häufigster Grauwert</translation>
    </message>
    <message>
        <source>Min &amp;&amp; max gray value</source>
        <translation>Minimaler &amp;&amp; maximaler Grauwert</translation>
    </message>
    <message>
        <source>Centroid</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <source>Center of mass</source>
        <translation>Massenschwerpunkt</translation>
    </message>
    <message>
        <source>Perimeter</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Bounding rectangle</source>
        <translation>Umschließendes Rechteck</translation>
    </message>
    <message>
        <source>Fit ellipse</source>
        <translation>Ellipse anpassen</translation>
    </message>
    <message>
        <source>Shape descriptors</source>
        <translation>Formdeskriptoren</translation>
    </message>
    <message>
        <source>Feret&apos;s diameter</source>
        <translation>Feret-Durchmesser</translation>
    </message>
    <message>
        <source>Integrated density</source>
        <translation>Integrierte Dichte</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Skewness</source>
        <translation>Schiefe</translation>
    </message>
    <message>
        <source>Kurtosis</source>
        <translation>Kurtosis</translation>
    </message>
    <message>
        <source>Area fraction</source>
        <translation>Flächenanteil</translation>
    </message>
    <message>
        <source>GLCM features per object</source>
        <translation>GLCM-Merkmale pro Objekt</translation>
    </message>
    <message>
        <source>Set Measurements</source>
        <translation>Messungen festlegen</translation>
    </message>
    <message>
        <source>Columns: %1%2</source>
        <translation>Spalten: %1%2</translation>
    </message>
    <message>
        <source> (one per channel)</source>
        <translation> (eine pro Kanal)</translation>
    </message>
    <message>
        <source>The 19 Haralick features (GLCM_ASM … GLCM_Energy) of each object&apos;s pixels in the segmented channel, with the GLCM panel&apos;s gray levels, range and orientations: the mean over the orientations at the first distance. Slower on many objects.</source>
        <translation>Die 19 Haralick-Merkmale (GLCM_ASM … GLCM_Energy) der Pixel jedes Objekts im segmentierten Kanal, mit Graustufen, Bereich und Richtungen des GLCM-Panels: der Mittelwert über die Richtungen beim ersten Abstand. Langsamer bei vielen Objekten.</translation>
    </message>
    <message>
        <source>Intensity measurements get one column per channel (_C1, _C2, …) on multi-channel images. The defaults are the columns tessera-cli segment writes.</source>
        <translation>Intensitätsmessungen erhalten bei mehrkanaligen Bildern eine Spalte pro Kanal (_C1, _C2, …). Die Vorgaben sind die Spalten, die tessera-cli segment schreibt.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Vorgaben</translation>
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
        <translation>Filter brauchen eine nicht leere einkanalige Ebene mit 8 Bit, 16 Bit oder 32-Bit-Float.</translation>
    </message>
    <message>
        <source>The Gaussian sigma must be between 0 and 1000 pixels (got %1).</source>
        <translation>Das Gauß-Sigma muss zwischen 0 und 1000 Pixeln liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>The mean filter radius must be between 0 and 1000 pixels (got %1).</source>
        <translation>Der Radius des Mittelwertfilters muss zwischen 0 und 1000 Pixeln liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>The median filter radius must be between 0 and 50 pixels (got %1).</source>
        <translation>Der Radius des Medianfilters muss zwischen 0 und 50 Pixeln liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>The unsharp-mask sigma must be between 0 and 1000 pixels (got %1).</source>
        <translation>Das Sigma der Unscharfmaskierung muss zwischen 0 und 1000 Pixeln liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>The unsharp-mask weight must be between 0 and 0.99 (got %1).</source>
        <translation>Die Gewichtung der Unscharfmaskierung muss zwischen 0 und 0,99 liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>The rolling-disk radius must be between 1 and 1000 pixels (got %1).</source>
        <translation>Der Radius der rollenden Scheibe muss zwischen 1 und 1000 Pixeln liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>The disk median radius must be between 0 and 50 pixels (got %1).</source>
        <translation>Der Radius des Kreisscheiben-Medians muss zwischen 0 und 50 Pixeln liegen (erhalten: %1).</translation>
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
        <translation>Kein Pixel zu messen: Die Maske wählt kein Pixel der Ebene aus.</translation>
    </message>
    <message>
        <source>No pixel to measure: the mask selects no pixel of the plane, or every selected pixel is NaN.</source>
        <translation>Kein Pixel zu messen: Die Maske wählt kein Pixel der Ebene aus, oder jedes ausgewählte Pixel ist NaN.</translation>
    </message>
    <message>
        <source>The pixel width and height must be positive (got %1 × %2).</source>
        <translation>Pixelbreite und -höhe müssen positiv sein (erhalten: %1 × %2).</translation>
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
    <name>tessera::TableWriter</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
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
    <name>tessera::ThresholdPanel</name>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Global: one pair of levels for the whole plane (ImageJ&apos;s Threshold). Local: each pixel compared with its neighbourhood (Fiji&apos;s Auto Local Threshold).</source>
        <translation>Global: ein Paar von Schwellenwerten für die ganze Ebene (Threshold in ImageJ). Lokal: Jedes Pixel wird mit seiner Umgebung verglichen (Auto Local Threshold in Fiji).</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Dark background</source>
        <translation>Dunkler Hintergrund</translation>
    </message>
    <message>
        <source>Objects are bright on a dark background (ImageJ&apos;s &quot;dark&quot;); off: dark objects on a light background.</source>
        <translation>Objekte sind hell auf dunklem Hintergrund („dark“ in ImageJ); aus: dunkle Objekte auf hellem Hintergrund.</translation>
    </message>
    <message>
        <source>Show on image</source>
        <translation>Im Bild anzeigen</translation>
    </message>
    <message>
        <source>Colour the thresholded pixels on the image (turned on by any change in this panel)</source>
        <translation>Die Pixel innerhalb des Schwellenwerts im Bild einfärben (wird durch jede Änderung in diesem Bereich eingeschaltet)</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Colour of the threshold overlay on the image</source>
        <translation>Farbe der Schwellenwert-Überlagerung im Bild</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Make the thresholded pixels the document&apos;s binary mask layer (undoable); segmentation and measurements use it.</source>
        <translation>Die Pixel innerhalb des Schwellenwerts zur binären Maske des Dokuments machen (kann rückgängig gemacht werden); Segmentierung und Messungen verwenden diese Maske.</translation>
    </message>
    <message>
        <source>Threshold mode: %1</source>
        <translation>Schwellenwert-Modus: %1</translation>
    </message>
    <message>
        <source>Light background</source>
        <translation>Heller Hintergrund</translation>
    </message>
    <message>
        <source>Show threshold</source>
        <translation>Schwellenwert anzeigen</translation>
    </message>
    <message>
        <source>Hide threshold</source>
        <translation>Schwellenwert ausblenden</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Automatic method (ImageJ&apos;s names) whose levels are set, or Manual for levels set by hand. Moving a slider switches to Manual.</source>
        <translation>Automatische Methode (Namen wie in ImageJ), deren Schwellenwerte gesetzt werden, oder „Manuell“ für von Hand gesetzte Schwellenwerte. Das Verschieben eines Schiebereglers wechselt zu „Manuell“.</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>ImageJ (256 bins)</source>
        <translation>ImageJ (256 Klassen)</translation>
    </message>
    <message>
        <source>Full 16-bit (65536 bins)</source>
        <translation>Volle 16 Bit (65536 Klassen)</translation>
    </message>
    <message>
        <source>Histogram the automatic methods run on: ImageJ&apos;s 256 bins between the plane&apos;s min and max, or every level of a 16-bit plane (8-bit and float planes always use 256).</source>
        <translation>Histogramm, auf dem die automatischen Methoden arbeiten: die 256 Klassen von ImageJ zwischen Minimum und Maximum der Ebene oder jede Stufe einer 16-Bit-Ebene (8-Bit- und Float-Ebenen verwenden immer 256).</translation>
    </message>
    <message>
        <source>Histogram:</source>
        <translation>Histogramm:</translation>
    </message>
    <message>
        <source>Lower level: pixels below it are background (drag for Manual)</source>
        <translation>Unterer Schwellenwert: Pixel darunter sind Hintergrund (Ziehen wechselt zu „Manuell“)</translation>
    </message>
    <message>
        <source>Upper level: pixels above it are background (drag for Manual)</source>
        <translation>Oberer Schwellenwert: Pixel darüber sind Hintergrund (Ziehen wechselt zu „Manuell“)</translation>
    </message>
    <message>
        <source>Lower level in image units (inclusive)</source>
        <translation>Unterer Schwellenwert in Bildeinheiten (einschließlich)</translation>
    </message>
    <message>
        <source>Upper level in image units (inclusive)</source>
        <translation>Oberer Schwellenwert in Bildeinheiten (einschließlich)</translation>
    </message>
    <message>
        <source>Lower:</source>
        <translation>Unten:</translation>
    </message>
    <message>
        <source>Upper:</source>
        <translation>Oben:</translation>
    </message>
    <message>
        <source>Try All…</source>
        <translation>Alle ausprobieren…</translation>
    </message>
    <message>
        <source>Show every method&apos;s mask on the current plane; click one to use it</source>
        <translation>Die Maske jeder Methode auf der aktuellen Ebene zeigen; klicken Sie auf eine, um sie zu verwenden</translation>
    </message>
    <message>
        <source>Threshold method: Manual</source>
        <translation>Schwellenwert-Methode: Manuell</translation>
    </message>
    <message>
        <source>Threshold histogram: %1</source>
        <translation>Schwellenwert-Histogramm: %1</translation>
    </message>
    <message>
        <source>Local method (Fiji&apos;s Auto Local Threshold names)</source>
        <translation>Lokale Methode (Namen wie in Auto Local Threshold von Fiji)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Radius of the circular neighbourhood in pixels</source>
        <translation>Radius der kreisförmigen Umgebung in Pixeln</translation>
    </message>
    <message>
        <source>Radius:</source>
        <translation>Radius:</translation>
    </message>
    <message>
        <source>Fiji&apos;s parameter 1 (Bernsen: contrast threshold; Mean, Median, MidGrey: C; Niblack, Phansalkar, Sauvola: k), in 8-bit units</source>
        <translation>Parameter 1 von Fiji (Bernsen: Kontrastschwelle; Mean, Median, MidGrey: C; Niblack, Phansalkar, Sauvola: k), in 8-Bit-Einheiten</translation>
    </message>
    <message>
        <source>Fiji&apos;s parameter 2 (Niblack: C; Phansalkar, Sauvola: r)</source>
        <translation>Parameter 2 von Fiji (Niblack: C; Phansalkar, Sauvola: r)</translation>
    </message>
    <message>
        <source>Parameter 1:</source>
        <translation>Parameter 1:</translation>
    </message>
    <message>
        <source>Parameter 2:</source>
        <translation>Parameter 2:</translation>
    </message>
    <message>
        <source>Local method: %1</source>
        <translation>Lokale Methode: %1</translation>
    </message>
    <message>
        <source>Local radius: %1</source>
        <translation>Lokaler Radius: %1</translation>
    </message>
    <message>
        <source>Local parameter: %1</source>
        <translation>Lokaler Parameter: %1</translation>
    </message>
    <message>
        <source>Lower level: %1</source>
        <translation>Unterer Schwellenwert: %1</translation>
    </message>
    <message>
        <source>Upper level: %1</source>
        <translation>Oberer Schwellenwert: %1</translation>
    </message>
    <message>
        <source>Threshold method: %1</source>
        <translation>Schwellenwert-Methode: %1</translation>
    </message>
    <message>
        <source>%1 found no threshold; ImageJ&apos;s fallback levels are used.</source>
        <translation>%1 hat keinen Schwellenwert gefunden; die Ersatzwerte von ImageJ werden verwendet.</translation>
    </message>
    <message>
        <source>Computing the local threshold…</source>
        <translation>Der lokale Schwellenwert wird berechnet…</translation>
    </message>
    <message>
        <source>Apply local threshold</source>
        <translation>Lokalen Schwellenwert anwenden</translation>
    </message>
    <message>
        <source>The local preview is still being computed; apply again when it is shown.</source>
        <translation>Die lokale Vorschau wird noch berechnet; wenden Sie den Schwellenwert erneut an, sobald sie angezeigt wird.</translation>
    </message>
    <message>
        <source>Set the levels first.</source>
        <translation>Legen Sie zuerst die Schwellenwerte fest.</translation>
    </message>
    <message>
        <source>Apply threshold</source>
        <translation>Schwellenwert anwenden</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Threshold Overlay Colour</source>
        <translation>Farbe der Schwellenwert-Überlagerung</translation>
    </message>
    <message>
        <source>Threshold colour</source>
        <translation>Schwellenwert-Farbe</translation>
    </message>
    <message>
        <source>%1: levels %2–%3</source>
        <translation>%1: Schwellenwerte %2–%3</translation>
    </message>
    <message>
        <source>%1 (the same as %2).</source>
        <translation>%1 (dieselben wie %2).</translation>
    </message>
</context>
<context>
    <name>tessera::TiffReader</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>(libtiff: %1)</source>
        <translation>(libtiff: %1)</translation>
    </message>
    <message>
        <source>its ImageJ stack is not stored contiguously.</source>
        <translation>Sein ImageJ-Stapel ist nicht zusammenhängend gespeichert.</translation>
    </message>
    <message>
        <source>the file is truncated: its %1 planes need %2 bytes after offset %3 but the file has only %4.</source>
        <translation>Die Datei ist abgeschnitten: Ihre %1 Ebenen brauchen %2 Bytes ab Offset %3, aber die Datei hat nur %4.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>plane %1 is truncated.</source>
        <translation>Ebene %1 ist abgeschnitten.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: the file does not exist.</source>
        <translation>„%1“ kann nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: it is a folder, not an image file.</source>
        <translation>„%1“ kann nicht geöffnet werden: Es ist ein Ordner, keine Bilddatei.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation>„%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: the file is not open for reading.</source>
        <translation>„%1“ kann nicht gelesen werden: Die Datei ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: TIFF needs a seekable file.</source>
        <translation>„%1“ kann nicht gelesen werden: TIFF braucht eine Datei mit wahlfreiem Zugriff.</translation>
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
        <translation>Der TIFF-Header oder das erste Verzeichnis ist beschädigt.</translation>
    </message>
    <message>
        <source>the image has no pixels (width or height is 0).</source>
        <translation>Das Bild hat keine Pixel (Breite oder Höhe ist 0).</translation>
    </message>
    <message>
        <source>signed integer</source>
        <translation>Ganzzahl mit Vorzeichen</translation>
    </message>
    <message>
        <source>floating point</source>
        <translation>Gleitkomma</translation>
    </message>
    <message>
        <source>unsigned integer</source>
        <translation>Ganzzahl ohne Vorzeichen</translation>
    </message>
    <message>
        <source>complex or unknown</source>
        <translation>komplex oder unbekannt</translation>
    </message>
    <message>
        <source>%1-bit %2 samples are not supported (Tessera reads 1, 8 and 16-bit unsigned integer and 32-bit float images).</source>
        <translation>%1-Bit-Samples vom Typ %2 werden nicht unterstützt (Tessera liest Bilder mit 1, 8 und 16 Bit vorzeichenloser Ganzzahl und 32-Bit-Float).</translation>
    </message>
    <message>
        <source>%1 samples per pixel is not supported.</source>
        <translation>%1 Samples pro Pixel werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>1-bit images with several samples per pixel are not supported.</source>
        <translation>1-Bit-Bilder mit mehreren Samples pro Pixel werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>YCbCr images are supported only as 8-bit JPEG-compressed RGB.</source>
        <translation>YCbCr-Bilder werden nur als 8-Bit-RGB mit JPEG-Kompression unterstützt.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) with a different size or type (thumbnails, masks) were skipped.</source>
        <translation>
            <numerusform>%n Seite mit abweichender Größe oder abweichendem Typ (Vorschaubild, Maske) wurde übersprungen.</numerusform>
            <numerusform>%n Seiten mit abweichender Größe oder abweichendem Typ (Vorschaubilder, Masken) wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ImageJ description&apos;s dimensions (%1 channels × %2 slices × %3 frames) do not match the %4 pages; each page is read as a slice.</source>
        <translation>Die Dimensionen der ImageJ-Beschreibung (%1 Kanäle × %2 Schichten × %3 Zeitpunkte) passen nicht zu den %4 Seiten; jede Seite wird als Schicht gelesen.</translation>
    </message>
    <message>
        <source>The OME-XML refers to planes that are not in this file; each page is read as a slice.</source>
        <translation>Das OME-XML verweist auf Ebenen, die nicht in dieser Datei sind; jede Seite wird als Schicht gelesen.</translation>
    </message>
    <message>
        <source>The OME-XML dimensions do not match the pages; each page is read as a slice.</source>
        <translation>Die Dimensionen im OME-XML passen nicht zu den Seiten; jede Seite wird als Schicht gelesen.</translation>
    </message>
    <message>
        <source>its %1 × %2 × %3 pixels need %4, more than the limit of %5.</source>
        <translation>Seine %1 × %2 × %3 Pixel brauchen %4, mehr als die Grenze von %5.</translation>
    </message>
    <message>
        <source>the file is truncated: its uncompressed pixels need %1 bytes but the file has only %2.</source>
        <translation>Die Datei ist abgeschnitten: Ihre unkomprimierten Pixel brauchen %1 Bytes, aber die Datei hat nur %2.</translation>
    </message>
    <message>
        <source>the file is corrupt: %1 of pixels per page cannot come from %2 bytes of compressed data.</source>
        <translation>Die Datei ist beschädigt: %1 Pixeldaten pro Seite können nicht aus %2 Bytes komprimierter Daten stammen.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is too large.</source>
        <translation>%1 × %2 Pixel sind zu groß.</translation>
    </message>
    <message>
        <source>there is not enough memory for %1 of pixels.</source>
        <translation>Es ist nicht genügend Speicher für %1 Pixeldaten vorhanden.</translation>
    </message>
    <message>
        <source>page %1 cannot be read.</source>
        <translation>Seite %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>page %1 changed while reading.</source>
        <translation>Seite %1 hat sich während des Lesens geändert.</translation>
    </message>
    <message>
        <source>page %1 has an invalid tile size.</source>
        <translation>Seite %1 hat eine ungültige Kachelgröße.</translation>
    </message>
    <message>
        <source>page %1 has inconsistent tiles.</source>
        <translation>Seite %1 hat inkonsistente Kacheln.</translation>
    </message>
    <message>
        <source>page %1 has an invalid strip size.</source>
        <translation>Seite %1 hat eine ungültige Streifengröße.</translation>
    </message>
    <message>
        <source>page %1 lacks strips.</source>
        <translation>Seite %1 fehlen die Streifen.</translation>
    </message>
    <message>
        <source>there is not enough memory to decode it.</source>
        <translation>Zum Dekodieren ist nicht genügend Speicher vorhanden.</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: too many levels of symbolic links (a symbolic link loop).</source>
        <translation>„%1“ kann nicht geöffnet werden: zu viele Ebenen symbolischer Links (eine Schleife symbolischer Links).</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: it is a symbolic link to a file that does not exist.</source>
        <translation>„%1“ kann nicht geöffnet werden: Es ist ein symbolischer Link auf eine Datei, die nicht existiert.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: it is %2, not a regular file; only image files can be read.</source>
        <translation>„%1“ kann nicht geöffnet werden: Es ist %2, keine reguläre Datei; nur Bilddateien können gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: it is a special file of unknown size (as under /proc or /sys), not an image file.</source>
        <translation>„%1“ kann nicht geöffnet werden: Es ist eine Spezialdatei unbekannter Größe (wie unter /proc oder /sys), keine Bilddatei.</translation>
    </message>
    <message>
        <source>Refusing to write &quot;%1&quot;: it is the input file &quot;%2&quot;%3. An input is never overwritten; choose another output file.</source>
        <translation>„%1“ wird nicht geschrieben: Es ist die Eingabedatei „%2“%3. Eine Eingabe wird nie überschrieben; wählen Sie eine andere Ausgabedatei.</translation>
    </message>
    <message>
        <source> (the same file through a link or another path)</source>
        <translation> (dieselbe Datei über einen Link oder einen anderen Pfad)</translation>
    </message>
    <message>
        <source>the data are truncated or corrupt</source>
        <translation>Die Daten sind abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>the data are truncated or corrupt (libtiff: %1)</source>
        <translation>Die Daten sind abgeschnitten oder beschädigt (libtiff: %1)</translation>
    </message>
    <message>
        <source>the data are corrupt (libtiff: %1)</source>
        <translation>Die Daten sind beschädigt (libtiff: %1)</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: page %2, %3: %4.</source>
        <translation>„%1“ kann nicht gelesen werden: Seite %2, %3: %4.</translation>
    </message>
    <message>
        <source>tile %1 of %2</source>
        <translation>Kachel %1 von %2</translation>
    </message>
    <message>
        <source>strip %1 of %2</source>
        <translation>Streifen %1 von %2</translation>
    </message>
</context>
<context>
    <name>tessera::TiffWriter</name>
    <message>
        <source>Cannot save the image: no file name was given.</source>
        <translation>Das Bild kann nicht gespeichert werden: Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: it is the image&apos;s source file, which Tessera never overwrites. Choose another name.</source>
        <translation>„%1“ kann nicht gespeichert werden: Es ist die Quelldatei des Bildes, die Tessera nie überschreibt. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: it is a folder.</source>
        <translation>„%1“ kann nicht gespeichert werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: the folder &quot;%2&quot; does not exist.</source>
        <translation>„%1“ kann nicht gespeichert werden: Der Ordner „%2“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: %2.</source>
        <translation>„%1“ kann nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: the image is empty.</source>
        <translation>„%1“ kann nicht gespeichert werden: Das Bild ist leer.</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: the file is not open for writing.</source>
        <translation>„%1“ kann nicht gespeichert werden: Die Datei ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>%1 wird gespeichert</translation>
    </message>
</context>
<context>
    <name>tessera::TryAllDialog</name>
    <message>
        <source>Try All Threshold Methods</source>
        <translation>Alle Schwellenwert-Methoden ausprobieren</translation>
    </message>
    <message>
        <source>Every method&apos;s mask on the current plane (white = foreground). Click one to use it.</source>
        <translation>Die Maske jeder Methode auf der aktuellen Ebene (weiß = Vordergrund). Klicken Sie auf eine, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Progress of the computation</source>
        <translation>Fortschritt der Berechnung</translation>
    </message>
    <message>
        <source>Stop computing the montage</source>
        <translation>Berechnung der Montage abbrechen</translation>
    </message>
    <message>
        <source>Close the montage</source>
        <translation>Montage schließen</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>%1 wird berechnet…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: levels %2</source>
        <translation>%1: Schwellenwerte %2</translation>
    </message>
    <message>
        <source>%1 found no threshold (ImageJ&apos;s fallback, levels %2)</source>
        <translation>%1 hat keinen Schwellenwert gefunden (Ersatzwerte von ImageJ: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n method(s). Click one to use it.</source>
        <translation>
            <numerusform>%n Methode. Klicken Sie darauf, um sie zu verwenden.</numerusform>
            <numerusform>%n Methoden. Klicken Sie auf eine, um sie zu verwenden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::Watershed</name>
    <message>
        <source>The mask must be 8-bit and the same size as the image.</source>
        <translation>Die Maske muss 8 Bit haben und dieselbe Größe wie das Bild.</translation>
    </message>
    <message>
        <source>The seed tolerance must be a finite number &gt;= 0 (got %1).</source>
        <translation>Die Saatpunkt-Toleranz muss eine endliche Zahl &gt;= 0 sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>The minimum seed distance must be &gt;= 0 pixels (got %1).</source>
        <translation>Der minimale Saatpunktabstand muss &gt;= 0 Pixel sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>The seed threshold must be a number.</source>
        <translation>Der Saatpunkt-Schwellenwert muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>The watershed relief must be a non-empty 32-bit float image.</source>
        <translation>Das Relief der Wasserscheide muss ein nicht leeres 32-Bit-Float-Bild sein.</translation>
    </message>
    <message>
        <source>The watershed markers must be a 32-bit label image of the relief&apos;s size.</source>
        <translation>Die Marker der Wasserscheide müssen ein 32-Bit-Labelbild in der Größe des Reliefs sein.</translation>
    </message>
    <message>
        <source>Seeds are searched on a non-empty 32-bit float image.</source>
        <translation>Saatpunkte werden auf einem nicht leeren 32-Bit-Float-Bild gesucht.</translation>
    </message>
    <message>
        <source>The distance-transform watershed needs a non-empty 8-bit mask.</source>
        <translation>Die Wasserscheide auf der Distanztransformation braucht eine nicht leere 8-Bit-Maske.</translation>
    </message>
    <message>
        <source>The intensity watershed needs an 8-bit, 16-bit or float single-channel image.</source>
        <translation>Die Intensitäts-Wasserscheide braucht ein einkanaliges Bild mit 8 Bit, 16 Bit oder Float.</translation>
    </message>
    <message>
        <source>The distance transform needs a non-empty 8-bit mask.</source>
        <translation>Die Distanztransformation braucht eine nicht leere 8-Bit-Maske.</translation>
    </message>
</context>
<context>
    <name>tessera::ZipArchive</name>
    <message>
        <source>&quot;%1&quot; is not a readable zip archive: %2</source>
        <translation>„%1“ ist kein lesbares Zip-Archiv: %2</translation>
    </message>
    <message>
        <source>no end of central directory (truncated, or not a zip file).</source>
        <translation>kein Ende des zentralen Verzeichnisses (abgeschnitten oder keine Zip-Datei).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a zip64 archive, which is not supported.</source>
        <translation>„%1“ ist ein Zip64-Archiv, das nicht unterstützt wird.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a multi-disk zip archive, which is not supported.</source>
        <translation>„%1“ ist ein mehrteiliges Zip-Archiv, das nicht unterstützt wird.</translation>
    </message>
    <message>
        <source>the central directory lies outside the file.</source>
        <translation>das zentrale Verzeichnis liegt außerhalb der Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 entries, more than the %3 allowed.</source>
        <translation>„%1“ hat %2 Einträge, mehr als die erlaubten %3.</translation>
    </message>
    <message>
        <source>central directory entry %1 is damaged.</source>
        <translation>Eintrag %1 des zentralen Verzeichnisses ist beschädigt.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; of &quot;%2&quot; is encrypted, which is not supported.</source>
        <translation>der Eintrag „%1“ von „%2“ ist verschlüsselt, was nicht unterstützt wird.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; of &quot;%2&quot; uses compression method %3; only stored and deflate are supported.</source>
        <translation>der Eintrag „%1“ von „%2“ nutzt die Kompressionsmethode %3; nur „stored“ und „deflate“ werden unterstützt.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; of &quot;%2&quot; would unpack to %3 bytes, more than allowed (%4 per entry, %5 in all).</source>
        <translation>der Eintrag „%1“ von „%2“ würde zu %3 Bytes entpacken, mehr als erlaubt (%4 je Eintrag, %5 insgesamt).</translation>
    </message>
    <message>
        <source>the local header of &quot;%1&quot; is damaged.</source>
        <translation>der lokale Kopf von „%1“ ist beschädigt.</translation>
    </message>
    <message>
        <source>the data of &quot;%1&quot; is truncated.</source>
        <translation>die Daten von „%1“ sind abgeschnitten.</translation>
    </message>
    <message>
        <source>the stored entry &quot;%1&quot; has inconsistent sizes.</source>
        <translation>der gespeicherte Eintrag „%1“ hat widersprüchliche Größen.</translation>
    </message>
    <message>
        <source>the compressed data of &quot;%1&quot; is damaged or not %2 bytes long.</source>
        <translation>die komprimierten Daten von „%1“ sind beschädigt oder nicht %2 Bytes lang.</translation>
    </message>
    <message>
        <source>the CRC-32 of &quot;%1&quot; does not match its data.</source>
        <translation>die CRC-32 von „%1“ passt nicht zu seinen Daten.</translation>
    </message>
    <message>
        <source>%1 files do not fit a zip archive without zip64 (at most 65535).</source>
        <translation>%1 Dateien passen nicht in ein Zip-Archiv ohne Zip64 (höchstens 65535).</translation>
    </message>
    <message>
        <source>zip entry names must be unique and non-empty (&quot;%1&quot;).</source>
        <translation>Namen von Zip-Einträgen müssen eindeutig und nicht leer sein („%1“).</translation>
    </message>
    <message>
        <source>the zip archive would exceed 4 GiB, which needs zip64 (not supported).</source>
        <translation>das Zip-Archiv würde 4 GiB überschreiten, wofür Zip64 nötig ist (nicht unterstützt).</translation>
    </message>
</context>
</TS>
