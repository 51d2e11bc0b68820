package org.taxonomist.dam.reference.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taxonomist.config.TaxonomistHome;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.dam.reference.UploadTooLargeException;

/**
 * Where collections to import wait: folders under {@code $TAXONOMIST_HOME/imports}, each with a
 * {@value #MANIFEST} and the images it names. An admin can drop a folder there; a zip uploaded
 * through the console or REST is unpacked into a new {@code upload-…} folder, bounded in size and
 * number of files, and never outside its folder.
 */
@ApplicationScoped
public class ImportFolders {

    public static final String MANIFEST = "manifest.csv";
    static final String UPLOADED = "upload-";
    private static final int MAX_FILES = 200_000;

    @Inject
    TaxonomistHome home;

    @Inject
    @ConfigProperty(name = "taxonomist.import.max-bytes", defaultValue = "10737418240")
    long maxBytes;

    /**
     * The folder named, checked.
     *
     * @throws IllegalArgumentException a name that is not one plain folder name
     * @throws UnknownEntryException    no such folder, or no manifest in it
     */
    public Path folder(String name) {
        if (name == null || name.isBlank() || !name.equals(Path.of(name).getFileName().toString()) || name.startsWith(".")) {
            throw new IllegalArgumentException("Name a folder directly under " + root() + ", not '" + name + "'.");
        }
        Path folder = root().resolve(name);
        if (!Files.isRegularFile(folder.resolve(MANIFEST))) {
            throw new UnknownEntryException("There is no " + MANIFEST + " in " + folder + ".");
        }
        return folder;
    }

    /**
     * Unpacks a zip (a {@value #MANIFEST} at its top, or in its only top folder, and the images)
     * into a new folder; its name.
     *
     * @throws IllegalArgumentException not a zip, an entry that would land outside the folder, too many files
     * @throws UploadTooLargeException  more than {@code taxonomist.import.max-bytes} unpacked
     */
    public String unpack(InputStream zip) {
        String name = UPLOADED + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        Path folder = root().resolve(name);
        try {
            Files.createDirectories(folder);
            unzip(zip, folder);
            Path manifest = findManifest(folder);
            if (!manifest.getParent().equals(folder)) {
                try (Stream<Path> files = Files.list(manifest.getParent())) {
                    for (Path file : files.toList()) {
                        Files.move(file, folder.resolve(file.getFileName()));
                    }
                }
            }
            return name;
        } catch (IOException e) {
            delete(name);
            throw new UncheckedIOException("Cannot unpack the upload into " + folder, e);
        } catch (RuntimeException e) {
            delete(name);
            throw e;
        }
    }

    private void unzip(InputStream zip, Path folder) throws IOException {
        long total = 0;
        int files = 0;
        boolean any = false;
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                any = true;
                Path target = folder.resolve(entry.getName()).normalize();
                if (!target.startsWith(folder) || target.equals(folder)) {
                    throw new IllegalArgumentException("The zip entry '" + entry.getName() + "' would land outside the import folder.");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                if (++files > MAX_FILES) {
                    throw new IllegalArgumentException("The zip holds more than " + MAX_FILES + " files.");
                }
                Files.createDirectories(target.getParent());
                try (var out = Files.newOutputStream(target)) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        total += n;
                        if (total > maxBytes) {
                            throw new UploadTooLargeException(maxBytes);
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
        } catch (ZipException e) {
            throw new IllegalArgumentException("The upload is not a valid zip file: " + e.getMessage());
        }
        if (!any) {
            throw new IllegalArgumentException("The upload is not a zip file, or an empty one.");
        }
    }

    /** The manifest at the top, or in the only folder at the top (zips made of a folder). */
    private static Path findManifest(Path folder) throws IOException {
        if (Files.isRegularFile(folder.resolve(MANIFEST))) {
            return folder.resolve(MANIFEST);
        }
        try (Stream<Path> top = Files.list(folder)) {
            var entries = top.toList();
            if (entries.size() == 1 && Files.isRegularFile(entries.get(0).resolve(MANIFEST))) {
                return entries.get(0).resolve(MANIFEST);
            }
        }
        throw new IllegalArgumentException("The zip has no " + MANIFEST + " at its top.");
    }

    /** Removes a folder that was unpacked from an upload (dropped folders are the admin's to remove). */
    public void deleteIfUploaded(String name) {
        if (name != null && name.startsWith(UPLOADED)) {
            delete(name);
        }
    }

    private void delete(String name) {
        Path folder = root().resolve(name);
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + folder, e);
        }
    }

    private Path root() {
        return home.folder("imports");
    }
}
