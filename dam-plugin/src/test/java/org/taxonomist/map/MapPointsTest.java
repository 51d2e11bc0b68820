package org.taxonomist.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapPointsTest {

    private final MapPoints points =
            MapPoints.of(List.of(1L, 20L, 3_000_000_000L), new float[][] {{0.1f, 0.2f}, {0.5f, 0.5f}, {0.9f, 0.75f}});

    @Test
    void pointsTravelAsSixteenLittleEndianBytesEachAndComeBackTheSame() {
        byte[] bytes = points.toBytes();

        assertEquals(48, bytes.length);
        ByteBuffer third = ByteBuffer.wrap(bytes, 32, 16).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(3_000_000_000L, third.getLong());
        assertEquals(0.9f, third.getFloat());
        assertEquals(0.75f, third.getFloat());
        assertEquals(points.points(), MapPoints.fromBytes(bytes).points());
    }

    @Test
    void bytesThatAreNotWholePointsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> MapPoints.fromBytes(new byte[17]));
    }

    @Test
    void assetsPlacedSinceComeAfterTheRunsPointsAndAPlacedAssetIsThereOnce() {
        MapPoints all = points.with(List.of(new MapPoints.Point(20L, 0.3f, 0.3f), new MapPoints.Point(4L, 0f, 1f)));

        assertEquals(
                List.of(
                        new MapPoints.Point(1L, 0.1f, 0.2f),
                        new MapPoints.Point(3_000_000_000L, 0.9f, 0.75f),
                        new MapPoints.Point(20L, 0.3f, 0.3f),
                        new MapPoints.Point(4L, 0f, 1f)),
                all.points());
    }

    @Test
    void aRegionHoldsExactlyThePointsInsideIt() {
        MapRegion leftHalf = MapRegion.parse("0,0;0.6,0;0.6,1;0,1");
        MapRegion triangle = MapRegion.parse("0.45,0.4; 1,0.4; 1,1");

        assertEquals(List.of(1L, 20L), points.inside(leftHalf));
        assertEquals(List.of(3_000_000_000L), points.inside(triangle), "(0.5, 0.5) is above the triangle's long side");
    }
}
