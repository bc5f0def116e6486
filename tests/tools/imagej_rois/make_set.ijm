// Fixtures for Tessera's ImageJ ROI reader (issue 10). Run by generate.sh with ImageJ 1.53t:
//   xvfb-run -a java -jar /usr/share/java/ij.jar -batch make_set.ijm OUTDIR
// Writes OUTDIR/RoiSet.zip (every ROI type ImageJ's ROI Manager saves, named, some coloured, with C/Z/T or plain
// positions, groups and a "class" property, subpixel and whole-pixel coordinates), single .roi files, and
// OUTDIR/imagej_rois.csv: what ImageJ itself reads back from those files (names, types, bounds, coordinates,
// measured area and length, positions, colour, group, class).
outDir = getArgument();
if (!endsWith(outDir, "/")) outDir = outDir + "/";
newImage("canvas", "8-bit black", 200, 160, 1);
roiManager("reset");

function addRoi(name, color) {
    Roi.setName(name);
    if (color != "") Roi.setStrokeColor(color);
    roiManager("add");
}

makeRectangle(10, 12, 40, 30);
addRoi("rect whole", "#f01010");
makeRectangle(60.5, 10.25, 30.5, 20.75);
Roi.setPosition(2, 3, 1);
addRoi("rect subpixel", "#10f010");
makeOval(100, 20, 50, 36);
Roi.setGroup(2);
addRoi("oval", "#e0c010");
makeOval(20.5, 60.25, 41.5, 29.75);
Roi.setProperty("class", "nucleus");
addRoi("oval subpixel", "");
makeSelection("polygon", newArray(110, 150, 170, 130, 105), newArray(70, 65, 100, 125, 110));
Roi.setPosition(4);
addRoi("polygon", "#8000ff80");
makeSelection("polygon", newArray(10.25, 50.5, 45.75, 12.125), newArray(110.5, 105.25, 150.75, 140.5));
addRoi("polygon subpixel", "");
n = 24;
fx = newArray(n); fy = newArray(n);
for (i = 0; i < n; i++) {
    a = 2 * PI * i / n;
    fx[i] = round(75 + 18 * cos(a) + 3 * sin(3 * a));
    fy[i] = round(120 + 14 * sin(a));
}
makeSelection("freehand", fx, fy);
addRoi("freehand", "#10e0e0");
makeSelection("traced", newArray(150, 170, 170, 180, 180, 150), newArray(130, 130, 140, 140, 155, 155));
addRoi("traced", "");
makeLine(5.5, 150.25, 60.75, 130.5);
addRoi("line", "#ff8020");
makeLine(70, 140, 90, 150, 120, 135, 140, 155);
addRoi("polyline", "");
makeSelection("freeline", newArray(160.5, 165.25, 171, 178.75, 185.5), newArray(20.5, 28, 31.25, 29.5, 40.75));
addRoi("freeline", "");
makeSelection("point", newArray(30.5, 80, 150.25), newArray(40.5, 90, 20.75));
addRoi("points", "#d020d0");
makeOval(150, 110, 30, 30);
addRoi("oval", "");
makeRectangle(185, 5, 10, 8);
addRoi("cell-A 1", "");
roiManager("save", outDir + "RoiSet.zip");

makeSelection("polygon", newArray(3.5, 40.25, 22.75), newArray(4.5, 10.125, 33.5));
Roi.setName("single polygon");
saveAs("Selection", outDir + "single_polygon.roi");
makeOval(30, 40, 25, 17);
saveAs("Selection", outDir + "single_oval.roi");
makeRectangle(10, 10, 50, 40, 12);
Roi.setName("rounded");
saveAs("Selection", outDir + "rounded_rect.roi");
makeSelection("point", newArray(5, 6.5), newArray(7, 8.25));
Roi.setName("two points");
saveAs("Selection", outDir + "single_points.roi");

// What ImageJ reads back. c, z, t from Roi.getPosition (a plain stack position P reads as 0, P, 0); colour as
// ImageJ prints it ("none", "#rrggbb" or "#aarrggbb").
csv = "file,index,label,name,type,x,y,w,h,area,length,c,z,t,color,group,class,n,xs,ys\n";
function row(file, index, label) {
    Roi.getFloatBounds(bx, by, bw, bh);
    Roi.getCoordinates(xs, ys);
    Roi.getPosition(c, z, t);
    sx = ""; sy = "";
    for (k = 0; k < xs.length; k++) {
        if (k > 0) { sx = sx + " "; sy = sy + " "; }
        sx = sx + d2s(xs[k], 9); sy = sy + d2s(ys[k], 9);
    }
    return file + "," + index + "," + label + "," + Roi.getName + "," + Roi.getType + "," + d2s(bx, 9) + "," +
        d2s(by, 9) + "," + d2s(bw, 9) + "," + d2s(bh, 9) + "," + d2s(getValue("Area"), 9) + "," +
        d2s(getValue("Length"), 9) + "," + c + "," + z + "," + t + "," +
        Roi.getStrokeColor + "," + Roi.getGroup + "," + Roi.getProperty("class") + "," + xs.length + "," + sx + "," +
        sy + "\n";
}
roiManager("reset");
roiManager("open", outDir + "RoiSet.zip");
for (i = 0; i < roiManager("count"); i++) {
    roiManager("select", i);
    label = RoiManager.getName(i); // (a function call as an argument of a user function fails in 1.53t)
    csv = csv + row("RoiSet.zip", i, label);
}
singles = newArray("single_polygon.roi", "single_oval.roi", "rounded_rect.roi", "single_points.roi");
for (i = 0; i < singles.length; i++) {
    run("Select None");
    open(outDir + singles[i]);
    csv = csv + row(singles[i], 0, "");
}
File.saveString(csv, outDir + "imagej_rois.csv");
