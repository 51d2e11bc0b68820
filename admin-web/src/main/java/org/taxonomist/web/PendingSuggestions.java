package org.taxonomist.web;

import java.util.List;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.suggestion.SuggestionService;

/** The review queue, most confident first. */
public class PendingSuggestions extends AssetRows<SuggestionRow> {

    private final SuggestionService suggestions;

    public PendingSuggestions(SuggestionService suggestions, DamAdapter dam) {
        super(dam);
        this.suggestions = suggestions;
    }

    @Override
    protected long total() {
        return suggestions.pendingCount();
    }

    @Override
    protected List<SuggestionRow> page(int first, int pageSize) {
        return suggestions.pending(first, pageSize).stream()
                .map(SuggestionRow::of)
                .toList();
    }

    @Override
    protected long rowId(SuggestionRow row) {
        return row.id();
    }

    @Override
    protected long assetId(SuggestionRow row) {
        return row.assetId();
    }
}
