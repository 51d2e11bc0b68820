package org.taxonomist.models.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Real photographs for tests: the classic scikit-image sample photos (public domain / CC0) from
 * Debian's {@code python3-skimage}, fetched on first use and cached outside the source tree
 * (see {@link DebianPackages}). Tests using them skip, with the reason, where apt cannot fetch.
 *
 * <pre>{@code
 * byte[] cat = Files.readAllBytes(TestImages.photo(TestImages.CAT));
 * }</pre>
 *
 * Published in this module's {@code test-jar} for the other modules' tests.
 */
public final class TestImages {

    /** A tabby cat, 451 x 300 PNG. */
    public static final String CAT = "chelsea.png";
    /** A cup of coffee, 600 x 400 PNG. */
    public static final String COFFEE = "coffee.png";
    /** Astronaut portrait, 512 x 512 PNG. */
    public static final String ASTRONAUT = "astronaut.png";
    /** A rocket launch, 640 x 427 JPEG. */
    public static final String ROCKET = "rocket.jpg";
    /** A motorcycle, 741 x 500 PNG. */
    public static final String MOTORCYCLE = "motorcycle_left.png";
    /** RGB photographs in the package (others are grey, synthetic or test fixtures). */
    public static final List<String> COLOUR_PHOTOS = List.of(
            CAT,
            COFFEE,
            ASTRONAUT,
            ROCKET,
            MOTORCYCLE,
            "motorcycle_right.png",
            "hubble_deep_field.jpg",
            "retina.jpg",
            "ihc.png");
    /** A logo with transparency, 500 x 500 RGBA PNG. */
    public static final String LOGO = "logo.png";

    private static final String PACKAGE = "python3-skimage";
    private static final String DATA = "usr/lib/python3/dist-packages/skimage/data";

    private TestImages() {}

    /** The photo file {@code name} (e.g. {@link #CAT}), fetched if needed. */
    public static Path photo(String name) {
        Path file = DebianPackages.unpacked(PACKAGE).resolve(DATA).resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(
                    "No photo " + name + " in " + PACKAGE + " (see " + file.getParent() + ")");
        }
        return file;
    }

    /** The bytes of {@link #photo(String)}. */
    public static byte[] photoBytes(String name) {
        try {
            return Files.readAllBytes(photo(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
