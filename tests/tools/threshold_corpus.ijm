// ImageJ 1.53t side of tests/tools/threshold_corpus.py (run by it; see tests/data/README.md).
// Argument: "<directory with c*.tif>/|<result csv>". For every image, every built-in method and both backgrounds:
// setAutoThreshold("<method>[ dark]"); getThreshold(lower, upper); one line "id,method,dark,lower,upper".
arg = getArgument();
parts = split(arg, "|");
dir = parts[0];
out = parts[1];
setBatchMode(true);
// ImageJ 1.53t's 17 methods (getList("threshold.methods")); it has no Huang2 (Fiji's Auto Threshold plugin only).
methods = newArray("Default", "Huang", "Intermodes", "IsoData", "IJ_IsoData", "Li", "MaxEntropy", "Mean",
                   "MinError", "Minimum", "Moments", "Otsu", "Percentile", "RenyiEntropy", "Shanbhag", "Triangle",
                   "Yen");
files = getFileList(dir);
text = "";
for (f = 0; f < files.length; f++) {
    if (!endsWith(files[f], ".tif"))
        continue;
    open(dir + files[f]);
    id = replace(files[f], ".tif", "");
    isFloat = bitDepth() == 32;
    for (m = 0; m < methods.length; m++) {
        for (dark = 1; dark >= 0; dark--) {
            if (dark == 1)
                setAutoThreshold(methods[m] + " dark");
            else
                setAutoThreshold(methods[m]);
            getThreshold(lower, upper);
            if (isFloat)
                text = text + id + "," + methods[m] + "," + dark + "," + d2s(lower, -9) + "," + d2s(upper, -9) + "\n";
            else
                text = text + id + "," + methods[m] + "," + dark + "," + d2s(lower, 0) + "," + d2s(upper, 0) + "\n";
        }
    }
    close();
}
File.saveString(text, out);
