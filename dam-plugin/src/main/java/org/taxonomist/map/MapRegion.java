package org.taxonomist.map;

import java.awt.geom.Path2D;
import java.util.Locale;

/**
 * A region a librarian drew on the map (a box is a polygon of four corners, a lasso one of many), in map coordinates:
 * written {@code x,y;x,y;…} so that it travels in a link to the asset grid. Containment is the JDK's even-odd rule
 * for paths, as the console's canvas draws the region.
 */
public final class MapRegion {

    /** Corners a region may have: a lasso the console simplified, with room to spare. */
    static final int MAX_CORNERS = 2000;

    private final Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    private final String text;

    private MapRegion(double[][] corners, String text) {
        path.moveTo(corners[0][0], corners[0][1]);
        for (int i = 1; i < corners.length; i++) {
            path.lineTo(corners[i][0], corners[i][1]);
        }
        path.closePath();
        this.text = text;
    }

    /**
     * @throws IllegalArgumentException not three to {@value #MAX_CORNERS} corners of two finite numbers each
     */
    public static MapRegion parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A region needs at least three corners, as x,y;x,y;x,y.");
        }
        String[] parts = text.trim().split(";");
        if (parts.length < 3 || parts.length > MAX_CORNERS) {
            throw new IllegalArgumentException(
                    "A region has 3 to " + MAX_CORNERS + " corners, not " + parts.length + ".");
        }
        double[][] corners = new double[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            String[] xy = parts[i].split(",");
            try {
                if (xy.length != 2) {
                    throw new NumberFormatException();
                }
                corners[i] = new double[] {Double.parseDouble(xy[0].trim()), Double.parseDouble(xy[1].trim())};
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(String.format(
                        Locale.ROOT, "Corner %d of the region is not two numbers x,y: '%s'.", i + 1, parts[i]));
            }
            if (!Double.isFinite(corners[i][0]) || !Double.isFinite(corners[i][1])) {
                throw new IllegalArgumentException("Corner " + (i + 1) + " of the region is not finite.");
            }
        }
        return new MapRegion(corners, text.trim());
    }

    public boolean contains(double x, double y) {
        return path.contains(x, y);
    }

    @Override
    public String toString() {
        return text;
    }
}
