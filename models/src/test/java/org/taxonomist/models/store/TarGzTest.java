package org.taxonomist.models.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarGzTest {

    @TempDir
    Path work;

    @Test
    void extractsFilesBelowThePackageFolderIncludingPaxLongNames() throws IOException {
        String longName = "package/" + "deep/".repeat(30) + "file.txt";
        Path tgz = tarball(
                entry("package/LICENSE", '0', "MIT"),
                pax(longName),
                entry("package/ignored-short-name", '0', "long"),
                entry("package/dir/", '5', ""));
        Path target = work.resolve("out");
        TarGz.extract(tgz, target);
        assertEquals("MIT", Files.readString(target.resolve("LICENSE")));
        assertEquals("long", Files.readString(target.resolve(longName.substring("package/".length()))));
        assertFalse(Files.exists(target.resolve("ignored-short-name")));
    }

    @Test
    void refusesEntriesThatEscapeTheTarget() throws IOException {
        Path tgz = tarball(entry("package/../../evil.txt", '0', "x"));
        assertThrows(IOException.class, () -> TarGz.extract(tgz, work.resolve("out")));
        assertFalse(Files.exists(work.resolve("evil.txt")));
    }

    private Path tarball(byte[]... entries) throws IOException {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        for (byte[] entry : entries) {
            tar.writeBytes(entry);
        }
        tar.writeBytes(new byte[1024]);
        Path file = work.resolve("test.tgz");
        try (GZIPOutputStream gzip = new GZIPOutputStream(Files.newOutputStream(file))) {
            gzip.write(tar.toByteArray());
        }
        return file;
    }

    private static byte[] pax(String path) {
        String record = " path=" + path + "\n";
        int length = record.length() + 3;
        length = record.length() + String.valueOf(length).length();
        return entry("PaxHeader", 'x', length + record);
    }

    private static byte[] entry(String name, char type, String content) {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        byte[] header = new byte[512];
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(nameBytes, 0, header, 0, Math.min(100, nameBytes.length));
        byte[] size = String.format("%011o", data.length).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(size, 0, header, 124, size.length);
        header[156] = (byte) type;
        System.arraycopy("ustar".getBytes(StandardCharsets.US_ASCII), 0, header, 257, 5);
        int padded = (data.length + 511) / 512 * 512;
        byte[] out = new byte[512 + padded];
        System.arraycopy(header, 0, out, 0, 512);
        System.arraycopy(data, 0, out, 512, data.length);
        return out;
    }
}
