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
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taxonomist.config.TaxonomistHome;
import org.taxonomist.config.UploadLimits;
import org.taxonomist.config.UploadTooLargeException;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.models.manifest.Manifest;

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
    /** Images barely compress (JPEG, PNG, WebP are compressed already); a manifest does ~10 x. */
    private static final int MAX_RATIO = 100;

    private static final long RATIO_FROM_BYTES = 1 << 20;

    @Inject
    TaxonomistHome home;

    @Inject
    UploadLimits limits;

    @Inject
    @ConfigProperty(name = "taxonomist.import.max-bytes", defaultValue = "10737418240")
    long maxBytes;

    /**
     * The folder named, checked.
     *
     * @throws InvalidRequestException a name that is not one plain folder name
     * @throws UnknownEntryException    no such folder, or no manifest in it
     */
    public Path folder(String name) {
        if (name == null
                || name.isBlank()
                || !name.equals(Path.of(name).getFileName().toString())
                || name.startsWith(".")) {
            throw new InvalidRequestException("Name a folder directly under the imports folder, not '" + name + "'.");
        }
        Path folder = root().resolve(name);
        if (!Files.isRegularFile(folder.resolve(MANIFEST))) {
            throw new UnknownEntryException("There is no " + MANIFEST + " in the import folder '" + name + "'.");
        }
        return folder;
    }

    /**
     * Unpacks a zip (a {@value #MANIFEST} at its top, or in its only top folder, and the images)
     * into a new folder; its name.
     *
     * @throws InvalidRequestException not a zip, an entry that would land outside the folder, too many files
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
            Manifest.readConfined(
                    folder.resolve(MANIFEST)); // a manifest that cannot be read is refused now, not by the job
            return name;
        } catch (IOException e) {
            delete(name);
            throw new UncheckedIOException("Cannot unpack the upload into the imports folder", e);
        } catch (RuntimeException e) {
            delete(name);
            throw e;
        }
    }

    /**
     * Writes the zip's entries under the folder, counting as it inflates: an entry stops at the
     * per-file upload limit and at {@value #MAX_RATIO} times its compressed size, the whole at
     * {@code taxonomist.import.max-bytes}, whatever sizes the zip's headers claim.
     */
    private void unzip(InputStream zip, Path folder) throws IOException {
        long total = 0;
        int files = 0;
        boolean any = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(zip)) {
            for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                any = true;
                Path target = folder.resolve(entry.getName()).normalize();
                if (!target.startsWith(folder) || target.equals(folder)) {
                    throw new InvalidRequestException(
                            "The zip entry '" + entry.getName() + "' would land outside the import folder.");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                if (++files > MAX_FILES) {
                    throw new InvalidRequestException("The zip holds more than " + MAX_FILES + " files.");
                }
                if (!in.canReadEntryData(entry)) {
                    throw new InvalidRequestException(
                            "The zip entry '" + entry.getName() + "' is encrypted or compressed in a way"
                                    + " that cannot be read; zip it again without a password.");
                }
                Files.createDirectories(target.getParent());
                long written = 0;
                try (var out = Files.newOutputStream(target)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        written += n;
                        total += n;
                        if (written > limits.maxBytes()) {
                            throw new UploadTooLargeException(
                                    "The zip entry '" + entry.getName() + "' unpacks to more than " + limits.maxBytes()
                                            + " bytes, the limit for one file (taxonomist.upload.max-bytes).");
                        }
                        if (written > RATIO_FROM_BYTES && written > MAX_RATIO * Math.max(1, in.getCompressedCount())) {
                            throw new InvalidRequestException(
                                    "The zip entry '" + entry.getName() + "' unpacks to more than " + MAX_RATIO
                                            + " times its packed size: not a collection of images.");
                        }
                        if (total > maxBytes) {
                            throw new UploadTooLargeException("The zip unpacks to more than " + maxBytes
                                    + " bytes, the limit for one import (taxonomist.import.max-bytes).");
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
        } catch (ZipException e) {
            throw new InvalidRequestException("The upload is not a valid zip file: " + e.getMessage());
        }
        if (!any) {
            throw new InvalidRequestException("The upload is not a zip file, or an empty one.");
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
        throw new InvalidRequestException("The zip has no " + MANIFEST + " at its top.");
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
