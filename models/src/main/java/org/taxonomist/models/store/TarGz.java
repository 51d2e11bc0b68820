package org.taxonomist.models.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Unpacks an npm tarball (gzip + tar, PAX long names included) with Apache Commons Compress, so
 * fetching works without a {@code tar} binary. Only regular files are written; an entry that would
 * land outside the target folder is refused.
 */
final class TarGz {

    private TarGz() {}

    /**
     * Extracts the regular files of {@code tarball} below {@code target}, dropping the first path
     * component (npm packs everything under {@code package/}).
     */
    static void extract(Path tarball, Path target) throws IOException {
        Path base = target.toAbsolutePath().normalize();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new BufferedInputStream(new GZIPInputStream(Files.newInputStream(tarball), 1 << 16)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                // Directories, links and the like: npm packages need none.
                if (entry.isFile() && !entry.isSymbolicLink() && !entry.isLink()) {
                    Path file = destination(base, entry.getName());
                    if (file != null) {
                        Files.createDirectories(file.getParent());
                        Files.copy(tar, file, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
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
}
