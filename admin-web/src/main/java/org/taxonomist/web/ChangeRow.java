package org.taxonomist.web;

import java.io.Serializable;
import java.util.List;
import org.taxonomist.history.FieldChange;

/** An automatic change of a field as the asset page lists it; a serialisable copy of the entity. */
public record ChangeRow(
        long id,
        String field,
        List<String> oldTerms,
        List<String> newTerms,
        String changedBy,
        String changedAt,
        String reason,
        String undoneBy,
        String undoneAt)
        implements Serializable {

    public static ChangeRow of(FieldChange change) {
        return new ChangeRow(
                change.getId(),
                change.getField(),
                List.copyOf(change.getOldTerms()),
                List.copyOf(change.getNewTerms()),
                change.getChangedBy(),
                Dates.format(change.getChangedAt()),
                change.getReason(),
                change.getUndoneBy(),
                Dates.format(change.getUndoneAt()));
    }

    public boolean undone() {
        return undoneBy != null;
    }

    public String oldText() {
        return text(oldTerms);
    }

    public String newText() {
        return text(newTerms);
    }

    private static String text(List<String> terms) {
        return terms.isEmpty() ? "empty" : String.join(", ", terms);
    }
}
