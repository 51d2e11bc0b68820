package org.taxonomist.dam.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/** One term of one taxonomy field on an asset, with who set it and when. */
@Embeddable
public class FieldValue {

    @Column(name = "field_name", nullable = false)
    private String field;

    @FullTextField(analyzer = "english")
    @Column(nullable = false)
    private String term;

    @Column(nullable = false)
    private String setBy;

    @Column(nullable = false)
    private Instant setAt;

    protected FieldValue() {}

    FieldValue(String field, String term, String setBy) {
        this.field = field;
        this.term = term;
        this.setBy = setBy;
        this.setAt = Instant.now();
    }

    /** "field=term", indexed as one keyword so a filter matches the pair, not each half apart. */
    @KeywordField(name = "fieldTerm")
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "field")),
                @ObjectPath(@PropertyValue(propertyName = "term"))
            },
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public String getFieldTerm() {
        return filterKey(field, term);
    }

    static String filterKey(String field, String term) {
        return field + "=" + term;
    }

    public String field() {
        return field;
    }

    public String term() {
        return term;
    }

    public String getField() {
        return field;
    }

    public String getTerm() {
        return term;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
