package org.taxonomist.dam.reference.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taxonomist.config.TaxonomistHome;
import org.taxonomist.config.UploadLimits;
import org.taxonomist.config.UploadTooLargeException;
import org.taxonomist.failure.Failure;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.models.manifest.ManifestException;

/** Unpacking uploaded zips: bounded as it inflates, whatever the headers claim, and nothing left behind on failure. */
class ImportFoldersTest {

    private static final long ONE_FILE = 1 << 20;

    @TempDir
    Path home;

    private final ImportFolders folders = new ImportFolders();

    @BeforeEach
    void setUp() {
        folders.home = new HomeAt(home);
        folders.limits = new LimitsOf(ONE_FILE);
        folders.maxBytes = 3 * ONE_FILE;
    }

    @Test
    void unpacksACollectionWhoseManifestSitsInItsOnlyFolder() throws IOException {
        String name = folders.unpack(new ByteArrayInputStream(zip(
                new Entry("photos/manifest.csv", "file,labels\na.png,x\n".getBytes(StandardCharsets.UTF_8)),
                new Entry("photos/a.png", new byte[] {1, 2, 3}))));
        Path folder = home.resolve("imports").resolve(name);
        assertTrue(Files.isRegularFile(folder.resolve("manifest.csv")));
        assertTrue(Files.isRegularFile(folder.resolve("a.png")));
    }

    /** One deflated entry far larger than one upload may be: refused after writing about the limit, not all of it. */
    @Test
    void anEntryStopsAtTheLimitForOneFileAsItInflates() throws IOException {
        byte[] bomb = zip(
                new Entry("manifest.csv", "file,labels\n".getBytes(StandardCharsets.UTF_8)),
                new Entry("big.png", new byte[(int) (8 * ONE_FILE)]));
        UploadTooLargeException refused =
                assertThrows(UploadTooLargeException.class, () -> folders.unpack(new ByteArrayInputStream(bomb)));
        assertTrue(
                refused.getMessage().contains("'big.png'")
                        && refused.getMessage().contains("taxonomist.upload.max-bytes"),
                refused.getMessage());
        assertNothingLeft();
    }

    /**
     * A tiny zip that inflates a thousandfold, under every size limit: stopped by the ratio after
     * about a megabyte, counted as it inflates, whatever size its headers state.
     */
    @Test
    void anEntryThatInflatesFarBeyondItsPackedSizeIsStopped() throws IOException {
        folders.limits = new LimitsOf(64 * ONE_FILE);
        byte[] zeros = new byte[(int) (4 * ONE_FILE)];
        byte[] bomb = zip(
                new Entry("manifest.csv", "file,labels\n".getBytes(StandardCharsets.UTF_8)),
                new Entry("zeros.png", zeros));
        InvalidRequestException refused =
                assertThrows(InvalidRequestException.class, () -> folders.unpack(new ByteArrayInputStream(bomb)));
        assertTrue(refused.getMessage().contains("times its packed size"), refused.getMessage());
        assertTrue(bomb.length < ONE_FILE / 10, "a real bomb: " + bomb.length + " bytes");
        assertNothingLeft();
    }

    @Test
    void theWholeImportIsBoundedToo() throws IOException {
        byte[] noise = new byte[(int) (ONE_FILE - 10)];
        new java.util.Random(1).nextBytes(noise);
        byte[] zip = zip(
                new Entry("manifest.csv", "file,labels\n".getBytes(StandardCharsets.UTF_8)),
                new Entry("1.png", noise),
                new Entry("2.png", noise),
                new Entry("3.png", noise),
                new Entry("4.png", noise));
        UploadTooLargeException refused =
                assertThrows(UploadTooLargeException.class, () -> folders.unpack(new ByteArrayInputStream(zip)));
        assertTrue(refused.getMessage().contains("taxonomist.import.max-bytes"), refused.getMessage());
        assertNothingLeft();
    }

    /** A manifest without its header is refused at upload, and its images do not stay on the server. */
    @Test
    void aManifestThatCannotBeReadIsRefusedAndItsFilesRemoved() throws IOException {
        byte[] zip = zip(
                new Entry("manifest.csv", "name,tags\na.png,x\n".getBytes(StandardCharsets.UTF_8)),
                new Entry("a.png", new byte[1000]));
        ManifestException refused =
                assertThrows(ManifestException.class, () -> folders.unpack(new ByteArrayInputStream(zip)));
        assertEquals(400, Failure.of(refused).status());
        assertTrue(refused.getMessage().startsWith("manifest.csv:1: the header must name"), refused.getMessage());
        assertFalse(refused.getMessage().contains(home.toString()), "names no server path: " + refused.getMessage());
        assertNothingLeft();
    }

    @Test
    void entriesThatWouldLandOutsideTheFolderAreRefused() throws IOException {
        byte[] zip = zip(
                new Entry("manifest.csv", "file,labels\n".getBytes(StandardCharsets.UTF_8)),
                new Entry("../escape.png", new byte[1]));
        assertThrows(InvalidRequestException.class, () -> folders.unpack(new ByteArrayInputStream(zip)));
        assertFalse(Files.exists(home.resolve("escape.png")));
        assertNothingLeft();
    }

    private void assertNothingLeft() throws IOException {
        try (var left = Files.list(home.resolve("imports"))) {
            assertEquals(0, left.count(), "the unpacked folder is removed");
        }
    }

    private record Entry(String name, byte[] bytes) {}

    /** A zip of deflated entries. */
    private static byte[] zip(Entry... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Entry entry : entries) {
                ZipEntry zipEntry = new ZipEntry(entry.name());
                out.putNextEntry(zipEntry);
                out.write(entry.bytes());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static final class HomeAt extends TaxonomistHome {
        private final Path root;

        HomeAt(Path root) {
            this.root = root;
        }

        @Override
        public Path root() {
            return root;
        }
    }

    private static final class LimitsOf extends UploadLimits {
        private final long maxBytes;

        LimitsOf(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public long maxBytes() {
            return maxBytes;
        }
    }
}
