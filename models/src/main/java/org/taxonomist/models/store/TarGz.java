package org.taxonomist.models.store;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Unpacks an npm tarball (gzip + ustar, with PAX long names) in plain Java, so fetching works
 * without a {@code tar} binary. Refuses entries that would land outside the target folder.
 */
final class TarGz {

    private static final int BLOCK = 512;

    private TarGz() {
    }

    /**
     * Extracts the regular files of {@code tarball} below {@code target}, dropping the first path
     * component (npm packs everything under {@code package/}).
     */
    static void extract(Path tarball, Path target) throws IOException {
        Path base = target.toAbsolutePath().normalize();
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(tarball), 1 << 16))) {
            byte[] header = new byte[BLOCK];
            String paxPath = null;
            while (true) {
                if (!readFully(in, header)) {
                    return;
                }
                if (isZero(header)) {
                    return; // end-of-archive marker
                }
                String name = string(header, 0, 100);
                String prefix = string(header, 345, 155);
                if (!prefix.isEmpty() && "ustar".equals(string(header, 257, 5))) {
                    name = prefix + "/" + name;
                }
                long size = octal(header, 124, 12);
                char type = (char) header[156];
                if (type == 'x') {
                    paxPath = paxPath(readBytes(in, size));
                    skipPadding(in, size);
                    continue;
                }
                if (type == 'g') {
                    skip(in, padded(size));
                    continue;
                }
                if (paxPath != null) {
                    name = paxPath;
                    paxPath = null;
                }
                if (type == '0' || type == '\0' || type == '7') {
                    Path file = destination(base, name);
                    if (file != null) {
                        Files.createDirectories(file.getParent());
                        Files.write(file, readBytes(in, size));
                        skipPadding(in, size);
                        continue;
                    }
                }
                skip(in, padded(size)); // directories, links and the like: npm packages need none
            }
        }
    }

    private static Path destination(Path base, String name) throws IOException {
        int slash = name.indexOf('/');
        if (slash < 0 || slash == name.length() - 1) {
            return null;
        }
        Path file = base.resolve(name.substring(slash + 1)).normalize();
        if (!file.startsWith(base) || file.equals(base)) {
            throw new IOException("Refusing tar entry outside the target folder: " + name);
        }
        return file;
    }

    private static String paxPath(byte[] records) {
        // Records are "<length> <key>=<value>\n".
        String text = new String(records, StandardCharsets.UTF_8);
        int i = 0;
        while (i < text.length()) {
            int space = text.indexOf(' ', i);
            if (space < 0) {
                break;
            }
            int length = Integer.parseInt(text.substring(i, space));
            String record = text.substring(space + 1, i + length - 1);
            if (record.startsWith("path=")) {
                return record.substring(5);
            }
            i += length;
        }
        return null;
    }

    private static long padded(long size) {
        return (size + BLOCK - 1) / BLOCK * BLOCK;
    }

    private static void skipPadding(InputStream in, long size) throws IOException {
        skip(in, padded(size) - size);
    }

    private static byte[] readBytes(InputStream in, long size) throws IOException {
        if (size > Integer.MAX_VALUE - 16) {
            throw new IOException("Tar entry too large: " + size);
        }
        byte[] bytes = new byte[(int) size];
        if (!readFully(in, bytes)) {
            throw new EOFException("Tar archive ends inside an entry");
        }
        return bytes;
    }

    private static boolean readFully(InputStream in, byte[] buffer) throws IOException {
        int read = in.readNBytes(buffer, 0, buffer.length);
        if (read == 0 && buffer.length > 0) {
            return false;
        }
        if (read < buffer.length) {
            throw new EOFException("Tar archive is truncated");
        }
        return true;
    }

    private static void skip(InputStream in, long count) throws IOException {
        in.skipNBytes(count);
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static String string(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] header, int offset, int length) throws IOException {
        String text = string(header, offset, length).trim();
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(text, 8);
        } catch (NumberFormatException e) {
            throw new IOException("Corrupt tar header (size field '" + text + "')", e);
        }
    }
}
