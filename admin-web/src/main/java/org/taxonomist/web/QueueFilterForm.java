package org.taxonomist.web;

import java.io.Serializable;
import java.util.Set;
import org.taxonomist.decision.QueueFilter;
import org.taxonomist.decision.ReviewStatus;

/**
 * The filter form of the review queues (Review, Corrections): a field, a term, a source and a score range in whole
 * percent, as typed; {@link #pending} turns it into the queue's filter.
 */
public class QueueFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String field;
    private String term;
    private String source;
    private Integer minPercent;
    private Integer maxPercent;

    /** The pending entries in these fields (empty: any) that match the rest of the form. */
    public QueueFilter pending(Set<String> fields) {
        return new QueueFilter(
                null, fields, term, source, fraction(minPercent), fraction(maxPercent), ReviewStatus.PENDING);
    }

    /** The pending entries that match the form, in its field or any. */
    public QueueFilter pending() {
        return pending(QueueFilter.named(field));
    }

    /** Whether the librarian narrowed the queue: "decide all matching" is offered only then. */
    public boolean narrows() {
        return hasField() || isSet(term) || isSet(source) || minPercent != null || maxPercent != null;
    }

    public boolean hasField() {
        return isSet(field);
    }

    private static boolean isSet(String text) {
        return text != null && !text.isBlank();
    }

    private static Double fraction(Integer percent) {
        return percent == null ? null : percent / 100.0;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Integer getMinPercent() {
        return minPercent;
    }

    public void setMinPercent(Integer minPercent) {
        this.minPercent = minPercent;
    }

    public Integer getMaxPercent() {
        return maxPercent;
    }

    public void setMaxPercent(Integer maxPercent) {
        this.maxPercent = maxPercent;
    }
}
