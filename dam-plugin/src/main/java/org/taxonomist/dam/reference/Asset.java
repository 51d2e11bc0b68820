package org.taxonomist.dam.reference;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.taxonomist.failure.InvalidRequestException;

/** An image in the reference DAM: its stored original, descriptive metadata and taxonomy values. */
@Entity
@Indexed
@Table(name = "dam_asset")
public class Asset {

    static final int MAX_TITLE = 500;
    static final int MAX_KEYWORDS = 4000;

    @Id
    @GeneratedValue
    private Long id;

    @KeywordField
    @Column(nullable = false, unique = true, length = 64)
    private String contentHash;

    @Column(nullable = false)
    private String fileName;

    @Column(nullable = false, length = 16)
    private String format;

    private int width;
    private int height;
    private long byteSize;

    @FullTextField(analyzer = "english")
    @Column(length = MAX_TITLE)
    private String title;

    @FullTextField(analyzer = "english")
    @Column(length = MAX_KEYWORDS)
    private String keywords;

    @IndexedEmbedded
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dam_asset_value", joinColumns = @JoinColumn(name = "asset_id"))
    private List<FieldValue> values = new ArrayList<>();

    /**
     * Its image's embedding by each backbone the plugin gave one for (its {@link ReferenceImageIndex}), as
     * {@link org.taxonomist.models.backbone.EmbeddingBytes}; read only to index it, so lazily.
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "dam_asset_vector", joinColumns = @JoinColumn(name = "asset_id"))
    @MapKeyColumn(name = "backbone", length = 200)
    @Column(name = "embedding", nullable = false, length = ImageVectorFields.MAX_BYTES)
    @PropertyBinding(binder = @PropertyBinderRef(type = ImageVectorFields.Binder.class))
    @OptimisticLock(excluded = true) // the plugin's embedding must not make a librarian's edit of the asset fail
    private Map<String, byte[]> embeddings = new HashMap<>();

    @GenericField(sortable = org.hibernate.search.engine.backend.types.Sortable.YES)
    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String createdBy;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Asset() {}

    public Asset(StoredImage image, String fileName, String title, String keywords, String createdBy) {
        this.contentHash = image.contentHash();
        this.format = image.format();
        this.width = image.width();
        this.height = image.height();
        this.byteSize = image.byteSize();
        this.fileName = fileName;
        this.title = bounded("title", title, MAX_TITLE);
        this.keywords = bounded("keywords", keywords, MAX_KEYWORDS);
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** The text, if it fits its column; a person's text is refused whole rather than cut. */
    private static String bounded(String what, String text, int max) {
        if (text != null && text.length() > max) {
            throw new InvalidRequestException(
                    "Too long: " + what + " of " + text.length() + " characters; at most " + max + " are allowed.");
        }
        return text;
    }

    /** Field name to terms, in the order they were set. */
    public Map<String, List<String>> fieldValues() {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (FieldValue value : values) {
            byField.computeIfAbsent(value.field(), f -> new ArrayList<>()).add(value.term());
        }
        return byField;
    }

    /** Adds a term; in a single-valued field it replaces the current one. Returns false if already there. */
    public boolean addTerm(TaxonomyField field, String term, String changedBy) {
        if (values.stream()
                .anyMatch(v -> v.field().equals(field.getName()) && v.term().equals(term))) {
            return false;
        }
        if (!field.isMultiValued()) {
            values.removeIf(v -> v.field().equals(field.getName()));
        }
        values.add(new FieldValue(field.getName(), term, changedBy));
        updatedAt = Instant.now();
        return true;
    }

    /** Sets the field's terms to exactly these, in this order. Returns false if it already held them. */
    public boolean replaceTerms(String field, List<String> terms, String changedBy) {
        if (fieldValues().getOrDefault(field, List.of()).equals(terms)) {
            return false;
        }
        values.removeIf(v -> v.field().equals(field));
        terms.forEach(term -> values.add(new FieldValue(field, term, changedBy)));
        updatedAt = Instant.now();
        return true;
    }

    /** Sets the free-text keywords (null or blank: none). Returns false if it already held them. */
    boolean replaceKeywords(String text) {
        String newKeywords = text == null || text.isBlank() ? null : bounded("keywords", text.strip(), MAX_KEYWORDS);
        if (Objects.equals(keywords, newKeywords)) {
            return false;
        }
        keywords = newKeywords;
        updatedAt = Instant.now();
        return true;
    }

    /** Keeps the embedding by the backbone (key {@code id@version}); false if it held the same one already. */
    boolean putEmbedding(String backboneKey, byte[] embedding) {
        if (holdsEmbedding(backboneKey, embedding)) {
            // Not put again: the map would count as changed, and the search index would rebuild the asset's document
            // and its vectors' graph entries for nothing (every asset of a near-duplicates or embed run).
            return false;
        }
        embeddings.put(backboneKey, embedding);
        return true;
    }

    boolean holdsEmbedding(String backboneKey, byte[] embedding) {
        return Arrays.equals(embeddings.get(backboneKey), embedding);
    }

    boolean removeEmbedding(String backboneKey) {
        return embeddings.remove(backboneKey) != null;
    }

    public boolean removeTerm(String field, String term) {
        boolean removed =
                values.removeIf(v -> v.field().equals(field) && v.term().equals(term));
        if (removed) {
            updatedAt = Instant.now();
        }
        return removed;
    }

    public Long getId() {
        return id;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFormat() {
        return format;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public long getByteSize() {
        return byteSize;
    }

    public String getTitle() {
        return title;
    }

    public String getKeywords() {
        return keywords;
    }

    public List<FieldValue> getValues() {
        return List.copyOf(values);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
