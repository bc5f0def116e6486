// ImageJ 1.53t: Process > Binary > Watershed on a binary mask (8-bit, 255 = object), saved as a mask with ImageJ's
// 1-pixel separating lines. Argument: "MASK.tif|OUT.tif"
args = split(getArgument(), "|");
setBatchMode(true);
open(args[0]);
setOption("BlackBackground", true);
run("Watershed");
saveAs("Tiff", args[1]);
