package org.taxonomist.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What a field's model may do without a librarian, set by admins: fill an empty field when a
 * term's probability reaches {@code autofill}, or — instead of a probability — with the terms
 * whose held-out predictions reach {@code autofillPrecision} at their own threshold; overwrite a
 * present value when a term reaches {@code autocorrect}. Null means off; all are off until an
 * admin sets them. A field marked a brand list also gets suggestions from the brand names read in
 * its assets' pictures, which the same thresholds fill and correct.
 */
@Entity
@Table(name = "tx_field_automation")
public class FieldAutomation {

    @Id
    @Column(length = 255)
    private String fieldName;

    private Double autofill;
    private Double autofillPrecision;
    private Double autocorrect;

    /** The field's terms are brand names, spotted in the text read in pictures (issue 28). */
    private boolean brandList;

    private String updatedBy;
    private Instant updatedAt;

    protected FieldAutomation() {}

    FieldAutomation(String fieldName) {
        this.fieldName = fieldName;
    }

    void set(Double autofill, Double autofillPrecision, Double autocorrect, String user) {
        this.autofill = autofill;
        this.autofillPrecision = autofillPrecision;
        this.autocorrect = autocorrect;
        this.updatedBy = user;
        this.updatedAt = Instant.now();
    }

    void markBrandList(boolean brandList, String user) {
        this.brandList = brandList;
        this.updatedBy = user;
        this.updatedAt = Instant.now();
    }

    public boolean isBrandList() {
        return brandList;
    }

    public String getFieldName() {
        return fieldName;
    }

    public Double getAutofill() {
        return autofill;
    }

    public Double getAutofillPrecision() {
        return autofillPrecision;
    }

    public Double getAutocorrect() {
        return autocorrect;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
