package org.taxonomist.dam.reference.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.taxonomist.config.UploadLimits;
import org.taxonomist.dam.TermList;
import org.taxonomist.dam.reference.AssetCatalog;
import org.taxonomist.dam.reference.AssetUpload;
import org.taxonomist.dam.reference.Taxonomy;
import org.taxonomist.dam.reference.TaxonomyField;
import org.taxonomist.failure.InvalidRequestException;
import org.taxonomist.models.image.ImageDecoder;
import org.taxonomist.models.image.ImageTooLargeException;
import org.taxonomist.models.image.UnreadableImageException;
import org.taxonomist.models.manifest.Manifest;
import org.taxonomist.models.manifest.ManifestEntry;

/**
 * Brings a labelled collection into the reference DAM from an import folder's manifest
 * ({@code file,labels}, optional {@code title}, {@code keywords} and one column per taxonomy field,
 * terms separated by '|'). A row is first checked and read without touching the database
 * ({@link #prepare}), so that a bad row is reported with its line and skipped, then stored
 * ({@link #store}). Importing the same row twice stores the image once and adds no term twice.
 */
@ApplicationScoped
public class CollectionImport {

    private static final Set<String> OWN_COLUMNS = Set.of("file", "labels", "title", "keywords");

    @Inject
    ImportFolders folders;

    @Inject
    Taxonomy taxonomy;

    @Inject
    AssetUpload upload;

    @Inject
    AssetCatalog catalog;

    @Inject
    UploadLimits limits;

    public Manifest manifest(String folder) {
        return Manifest.readConfined(folders.folder(folder).resolve(ImportFolders.MANIFEST));
    }

    /** What is wrong with the manifest as a whole: columns that name no field, labels without a field to put them in. */
    public List<String> columnProblems(Manifest manifest, String labelsField) {
        List<String> problems = new ArrayList<>();
        Set<String> fields = fieldNames();
        manifest.entries().stream()
                .findFirst()
                .ifPresent(first -> first.columns().keySet().stream()
                        .filter(c -> !OWN_COLUMNS.contains(c) && !fields.contains(c))
                        .forEach(c -> problems.add(ImportFolders.MANIFEST + ":1: the column '" + c
                                + "' is not a taxonomy field; it is ignored")));
        if (!manifest.labelled().isEmpty() && (labelsField == null || !fields.contains(labelsField))) {
            problems.add(ImportFolders.MANIFEST + ":1: the 'labels' column needs a field to go into; "
                    + (labelsField == null ? "none was chosen" : "'" + labelsField + "' is not a taxonomy field")
                    + ", so labels are ignored");
        }
        return problems;
    }

    /** Which field the manifest's labels fit, before anything is stored. */
    public LabelFit labelFit(Manifest manifest) {
        Map<String, Predicate<String>> fields = new LinkedHashMap<>();
        taxonomy.fields().forEach(f -> fields.put(f.getName(), f::hasTerm));
        return LabelFit.of(
                manifest.entries().stream().map(ManifestEntry::labels).toList(), fields);
    }

    /**
     * Refuses an import whose labels cannot be meant for the chosen field (none is its term, some are another's), so
     * that a wrong choice costs a message instead of a collection imported without its labels.
     */
    public void checkLabelsField(Manifest manifest, String labelsField) {
        LabelFit fit = labelFit(manifest);
        if (fit.wrongField(labelsField)) {
            throw new InvalidRequestException((labelsField == null || labelsField.isBlank()
                            ? "Choose the field the labels go into. "
                            : "No row's labels are " + labelsField + " terms. ")
                    + fit.describe() + " Import into " + fit.proposed().orElseThrow() + ", or correct the manifest.");
        }
    }

    /**
     * Checks and reads a row: the image (size, format, pixels), its terms (each known to its field,
     * at most one in a single-valued field).
     *
     * @throws ImportRowException what is wrong, with the row's line
     */
    public ImportRow prepare(ManifestEntry entry, String labelsField) {
        byte[] bytes;
        try {
            if (Files.size(entry.file()) > limits.maxBytes()) {
                throw new ImportRowException(
                        entry.line(), entry.file().getFileName() + " is larger than " + limits.maxBytes() + " bytes");
            }
            bytes = Files.readAllBytes(entry.file());
            ImageDecoder.decode(bytes, limits.maxPixels());
        } catch (IOException e) {
            throw new ImportRowException(
                    entry.line(), "cannot read " + entry.file().getFileName() + ": " + e.getMessage());
        } catch (UnreadableImageException | ImageTooLargeException e) {
            throw new ImportRowException(entry.line(), entry.file().getFileName() + ": " + e.getMessage());
        }
        Map<String, List<String>> terms = new LinkedHashMap<>();
        Set<String> fields = fieldNames();
        if (labelsField != null && fields.contains(labelsField) && entry.labelled()) {
            terms.put(labelsField, new ArrayList<>(entry.labels()));
        }
        entry.columns().forEach((column, value) -> {
            if (!OWN_COLUMNS.contains(column) && fields.contains(column) && !value.isBlank()) {
                terms.computeIfAbsent(column, c -> new ArrayList<>()).addAll(TermList.split(value));
            }
        });
        terms.forEach((name, values) -> check(entry.line(), taxonomy.field(name), values));
        return new ImportRow(
                entry.line(),
                entry.file().getFileName().toString(),
                bytes,
                AssetUpload.sha256(bytes),
                entry.columns().get("title"),
                entry.columns().get("keywords"),
                terms);
    }

    private static void check(int line, TaxonomyField field, List<String> terms) {
        for (String term : terms) {
            if (!field.hasTerm(term)) {
                throw new ImportRowException(line, "'" + term + "' is not a term of " + field.getName());
            }
        }
        if (!field.isMultiValued() && terms.stream().distinct().count() > 1) {
            throw new ImportRowException(line, field.getName() + " takes one term, the row gives " + terms);
        }
    }

    /** A stored row: its asset, and whether that asset already held the image (its terms were added there). */
    public record StoredRow(long assetId, boolean merged) {}

    /**
     * Stores a prepared row — a new asset, or the one that already holds the image (a re-run, or
     * the same file twice in a manifest: merged) — and adds its terms.
     */
    @Transactional
    public StoredRow store(ImportRow row, String user) {
        Optional<Long> existing = upload.existing(row.contentHash());
        long id = existing.orElseGet(() -> upload.upload(row.fileName(), row.bytes(), row.title(), row.keywords(), user)
                .getId());
        row.terms().forEach((field, terms) -> terms.forEach(term -> catalog.addTerm(id, field, term, user)));
        return new StoredRow(id, existing.isPresent());
    }

    private Set<String> fieldNames() {
        return Set.copyOf(taxonomy.fields().stream().map(TaxonomyField::getName).toList());
    }
}
