// ImageJ 1.53t: measures every label of a label image separately with Analyze Particles.
// Argument: "LABELS|INTENSITY|OUT.csv|pixelWidth|pixelHeight|unit"
// For each label L = 1..max: threshold exactly L on the label image, Analyze Particles (include holes OFF, so pixels
// of other labels or background inside an object are not part of it) with the intensity image as redirect.
// One CSV row per particle found: label, particle index, particle count of this label, then ImageJ's columns.
args = split(getArgument(), "|");
setBatchMode(true);
open(args[1]);
inten = getTitle();
run("Properties...", "unit=" + args[5] + " pixel_width=" + args[3] + " pixel_height=" + args[4]);
open(args[0]);
lab = getImageID();
run("Properties...", "unit=" + args[5] + " pixel_width=" + args[3] + " pixel_height=" + args[4]);
getRawStatistics(nPixels, mean, minLabel, maxLabel);
run("Set Measurements...", "area mean standard min centroid center perimeter bounding fit shape feret's integrated median skewness kurtosis redirect=[" + inten + "] decimal=9");
cols = newArray("Area", "Mean", "StdDev", "Min", "Max", "X", "Y", "XM", "YM", "Perim.", "BX", "BY", "Width", "Height", "Major", "Minor", "Angle", "Circ.", "Feret", "IntDen", "Median", "Skew", "Kurt", "RawIntDen", "FeretX", "FeretY", "FeretAngle", "MinFeret", "AR", "Round", "Solidity");
f = File.open(args[2]);
header = "Label,Particle,Particles";
for (c = 0; c < cols.length; c++)
    header = header + "," + cols[c];
print(f, header);
for (L = 1; L <= maxLabel; L++) {
    selectImage(lab);
    setThreshold(L, L);
    run("Analyze Particles...", "clear");
    n = nResults;
    for (i = 0; i < n; i++) {
        line = "" + L + "," + (i + 1) + "," + n;
        for (c = 0; c < cols.length; c++)
            line = line + "," + d2s(getResult(cols[c], i), -15);
        print(f, line);
    }
}
File.close(f);
