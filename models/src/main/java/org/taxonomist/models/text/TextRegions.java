package org.taxonomist.models.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.locationtech.jts.algorithm.MinimumAreaRectangle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPoint;

/**
 * The text detector's post-processing (PaddleOCR's "DB" differentiable binarisation): the network
 * gives each pixel a probability of being text; the pixels above {@link #PIXEL_THRESHOLD} are
 * grouped into connected regions, each region's minimum-area rectangle is kept when the mean
 * probability inside it reaches {@link #BOX_THRESHOLD}, and is then grown by {@link #UNCLIP_RATIO}
 * (the network is trained on shrunk text boxes, so the grown box covers the whole text). The
 * constants are PaddleOCR's defaults for PP-OCRv4, which the network was trained with.
 */
public final class TextRegions {

    static final float PIXEL_THRESHOLD = 0.3f;
    static final float BOX_THRESHOLD = 0.6f;
    static final double UNCLIP_RATIO = 1.5;
    /** Regions whose shorter side is below this (in map pixels) are noise. */
    static final double MIN_SIDE = 3;
    /** PaddleOCR's cap on candidate regions: a picture of grain or foliage must not cost minutes. */
    static final int MAX_CANDIDATES = 1000;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private TextRegions() {}

    /**
     * A text box: its four corners clockwise from the top-left as the text reads when its longer
     * side is horizontal (see {@link #ordered}), in the probability map's pixels.
     *
     * @param x     corner x, top-left, top-right, bottom-right, bottom-left
     * @param y     corner y, same order
     * @param score mean text probability inside the box before growing it
     */
    public record Region(double[] x, double[] y, float score) {

        /** Length of the top edge. */
        public double width() {
            return Math.max(Math.hypot(x[1] - x[0], y[1] - y[0]), Math.hypot(x[2] - x[3], y[2] - y[3]));
        }

        /** Length of the left edge. */
        public double height() {
            return Math.max(Math.hypot(x[3] - x[0], y[3] - y[0]), Math.hypot(x[2] - x[1], y[2] - y[1]));
        }

        /** Length of the longer side. */
        public double length() {
            return Math.max(width(), height());
        }

        /** The box scaled from map pixels to image pixels. */
        public Region scaled(double sx, double sy) {
            double[] nx = new double[4];
            double[] ny = new double[4];
            for (int i = 0; i < 4; i++) {
                nx[i] = x[i] * sx;
                ny[i] = y[i] * sy;
            }
            return new Region(nx, ny, score);
        }
    }

    /**
     * The text boxes in a probability map, top to bottom then left to right.
     *
     * @param probability row-major, {@code width * height} values in 0-1
     */
    public static List<Region> find(float[] probability, int width, int height) {
        int[] component = new int[probability.length];
        List<Region> regions = new ArrayList<>();
        int label = 0;
        int[] stack = new int[probability.length];
        for (int start = 0; start < probability.length && label < MAX_CANDIDATES; start++) {
            if (component[start] != 0 || probability[start] <= PIXEL_THRESHOLD) {
                continue;
            }
            label++;
            List<Coordinate> pixels = new ArrayList<>();
            int top = 0;
            stack[top++] = start;
            component[start] = label;
            while (top > 0) {
                int p = stack[--top];
                int px = p % width;
                int py = p / width;
                pixels.add(new Coordinate(px, py));
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = px + dx;
                        int ny = py + dy;
                        if (nx >= 0 && ny >= 0 && nx < width && ny < height) {
                            int n = ny * width + nx;
                            if (component[n] == 0 && probability[n] > PIXEL_THRESHOLD) {
                                component[n] = label;
                                stack[top++] = n;
                            }
                        }
                    }
                }
            }
            box(pixels, probability, width, height).ifPresentOrElse(regions::add, () -> {});
        }
        regions = joinedIntoLines(regions);
        regions.sort(Comparator.comparingDouble((Region r) -> Math.round(r.y()[0] / 10.0))
                .thenComparingDouble(r -> r.x()[0]));
        return regions;
    }

    private static Optional<Region> box(List<Coordinate> pixels, float[] probability, int width, int height) {
        // Pixel centres: a region one pixel wide still has a rectangle one pixel wide.
        MultiPoint points = GEOMETRY.createMultiPointFromCoords(pixels.stream()
                .flatMap(c -> Stream.of(
                        new Coordinate(c.x, c.y), new Coordinate(c.x + 1, c.y + 1),
                        new Coordinate(c.x + 1, c.y), new Coordinate(c.x, c.y + 1)))
                .toArray(Coordinate[]::new));
        Region tight = ordered(MinimumAreaRectangle.getMinimumRectangle(points), 0);
        if (Math.min(tight.width(), tight.height()) < MIN_SIDE) {
            return Optional.empty();
        }
        float score = meanInside(tight, probability, width, height);
        if (score < BOX_THRESHOLD) {
            return Optional.empty();
        }
        Geometry rectangle = MinimumAreaRectangle.getMinimumRectangle(points);
        double distance = rectangle.getArea() * UNCLIP_RATIO / rectangle.getLength();
        Region grown = ordered(MinimumAreaRectangle.getMinimumRectangle(rectangle.buffer(distance)), score);
        if (Math.min(grown.width(), grown.height()) < MIN_SIDE + 2) {
            return Optional.empty();
        }
        return Optional.of(grown);
    }

    /**
     * Words the detector boxed apart that continue one line, joined: the space between words often
     * splits a line, and a brand of two words ("Coca Cola") must be read as one line. Two boxes
     * continue one line when, along the longer box's direction, the other box lies mostly within
     * its band (half the thinner one's thickness at least) and the gap between them is under
     * {@value #LINE_GAP} of the band's thickness, and neither is half as thick again as the other
     * (a caption below a headline is another line). Works at any angle.
     */
    static List<Region> joinedIntoLines(List<Region> regions) {
        List<Region> lines = new ArrayList<>(regions);
        boolean joined = true;
        while (joined) {
            joined = false;
            for (int a = 0; a < lines.size() && !joined; a++) {
                for (int b = a + 1; b < lines.size() && !joined; b++) {
                    if (continueOneLine(lines.get(a), lines.get(b))) {
                        Region union = union(lines.get(a), lines.get(b));
                        lines.remove(b);
                        lines.set(a, union);
                        joined = true;
                    }
                }
            }
        }
        return lines;
    }

    static final double LINE_GAP = 1.0;

    private static boolean continueOneLine(Region a, Region b) {
        Region longer = a.length() >= b.length() ? a : b;
        Region other = longer == a ? b : a;
        // The text runs along the longer box's longer side: top edge, or left edge where text runs up or down.
        int end = longer.width() >= longer.height() ? 1 : 3;
        double ux = (longer.x()[end] - longer.x()[0]) / longer.length();
        double uy = (longer.y()[end] - longer.y()[0]) / longer.length();
        double[] along1 = span(longer, ux, uy);
        double[] across1 = span(longer, -uy, ux);
        double[] along2 = span(other, ux, uy);
        double[] across2 = span(other, -uy, ux);
        double thick1 = across1[1] - across1[0];
        double thick2 = across2[1] - across2[0];
        if (Math.max(thick1, thick2) > 1.5 * Math.min(thick1, thick2)) {
            return false;
        }
        double overlap = Math.min(across1[1], across2[1]) - Math.max(across1[0], across2[0]);
        double gap = Math.max(along1[0], along2[0]) - Math.min(along1[1], along2[1]);
        return overlap >= 0.5 * Math.min(thick1, thick2) && gap <= LINE_GAP * thick1;
    }

    /** The box's extent projected on the direction (dx, dy): min and max. */
    private static double[] span(Region r, double dx, double dy) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            double p = r.x()[i] * dx + r.y()[i] * dy;
            lo = Math.min(lo, p);
            hi = Math.max(hi, p);
        }
        return new double[] {lo, hi};
    }

    private static Region union(Region a, Region b) {
        Coordinate[] corners = new Coordinate[8];
        for (int i = 0; i < 4; i++) {
            corners[i] = new Coordinate(a.x()[i], a.y()[i]);
            corners[4 + i] = new Coordinate(b.x()[i], b.y()[i]);
        }
        return ordered(
                MinimumAreaRectangle.getMinimumRectangle(GEOMETRY.createMultiPointFromCoords(corners)),
                Math.max(a.score(), b.score()));
    }

    /**
     * The rectangle's corners as PaddleOCR orders them: of the two leftmost corners the upper is
     * top-left, the lower bottom-left; of the two rightmost the upper is top-right.
     */
    static Region ordered(Geometry rectangle, float score) {
        Coordinate[] corners = Arrays.copyOf(rectangle.getCoordinates(), 4);
        Arrays.sort(corners, Comparator.comparingDouble((Coordinate c) -> c.x).thenComparingDouble(c -> c.y));
        Coordinate topLeft = corners[0].y <= corners[1].y ? corners[0] : corners[1];
        Coordinate bottomLeft = corners[0].y <= corners[1].y ? corners[1] : corners[0];
        Coordinate topRight = corners[2].y <= corners[3].y ? corners[2] : corners[3];
        Coordinate bottomRight = corners[2].y <= corners[3].y ? corners[3] : corners[2];
        return new Region(
                new double[] {topLeft.x, topRight.x, bottomRight.x, bottomLeft.x},
                new double[] {topLeft.y, topRight.y, bottomRight.y, bottomLeft.y},
                score);
    }

    /** PaddleOCR's "fast" box score: the mean probability of the map's pixels inside the box. */
    private static float meanInside(Region box, float[] probability, int width, int height) {
        int x0 = (int) Math.max(0, Math.floor(min(box.x())));
        int x1 = (int) Math.min(width - 1, Math.ceil(max(box.x())));
        int y0 = (int) Math.max(0, Math.floor(min(box.y())));
        int y1 = (int) Math.min(height - 1, Math.ceil(max(box.y())));
        double sum = 0;
        int count = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (inside(box, x + 0.5, y + 0.5)) {
                    sum += probability[y * width + x];
                    count++;
                }
            }
        }
        return count == 0 ? 0 : (float) (sum / count);
    }

    /** Whether the point lies inside the convex quadrilateral (on the same side of all four edges). */
    private static boolean inside(Region box, double px, double py) {
        int sign = 0;
        for (int i = 0; i < 4; i++) {
            int j = (i + 1) % 4;
            double cross =
                    (box.x()[j] - box.x()[i]) * (py - box.y()[i]) - (box.y()[j] - box.y()[i]) * (px - box.x()[i]);
            int s = cross > 0 ? 1 : cross < 0 ? -1 : 0;
            if (s != 0) {
                if (sign != 0 && s != sign) {
                    return false;
                }
                sign = s;
            }
        }
        return true;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }
}
