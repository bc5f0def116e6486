// Opens a ROI set written by Tessera in ImageJ 1.53t's ROI Manager and writes what ImageJ sees (issue 10):
//   xvfb-run -a java -jar /usr/share/java/ij.jar -batch measure_set.ijm "SET.zip OUT.csv"
// One row per ROI: list label (zip entry name), ROI name, type, measured area (pixels of a 200×160 image), length,
// C/Z/T position, stroke colour, the "class" property and the number of coordinates.
args = split(getArgument(), " ");
newImage("canvas", "8-bit black", 200, 160, 1);
roiManager("reset");
roiManager("open", args[0]);
csv = "index,label,name,type,area,length,c,z,t,color,class,n\n";
for (i = 0; i < roiManager("count"); i++) {
    roiManager("select", i);
    label = RoiManager.getName(i);
    Roi.getCoordinates(xs, ys);
    Roi.getPosition(c, z, t);
    csv = csv + i + "," + label + "," + Roi.getName + "," + Roi.getType + "," + d2s(getValue("Area"), 9) + "," +
        d2s(getValue("Length"), 9) + "," + c + "," + z + "," + t + "," + Roi.getStrokeColor + "," +
        Roi.getProperty("class") + "," + xs.length + "\n";
}
File.saveString(csv, args[1]);
