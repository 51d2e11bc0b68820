package org.taxonomist.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongFunction;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.duplicates.DuplicateGroup;

/**
 * A near-duplicate group as the review page shows it: its copies side by side, the oldest first, each with what tells
 * them apart (pixels, bytes, upload date), its terms and keywords, and the pairs a decision on it decides.
 */
public record DuplicateGroupRow(long id, double similarity, List<Long> pairIds, List<Copy> copies)
        implements Serializable {

    /** One copy of the picture. */
    public record Copy(long id, String label, String size, String uploaded, List<String> terms, String keywords)
            implements Serializable {

        static Copy of(DamAsset asset) {
            DamAsset.Original original = asset.original();
            List<String> terms = asset.fieldValues().entrySet().stream()
                    .flatMap(e -> e.getValue().stream().map(term -> e.getKey() + ": " + term))
                    .sorted()
                    .toList();
            return new Copy(
                    asset.id(),
                    asset.label(),
                    original.width() + " × " + original.height() + " · " + kilobytes(original.bytes()),
                    Dates.format(original.uploadedAt()),
                    terms,
                    asset.keywords());
        }

        public String display() {
            return "#" + id + " " + label;
        }
    }

    /** @param assets the DAM's view of an asset, or null when it is gone */
    static DuplicateGroupRow of(DuplicateGroup group, LongFunction<DamAsset> assets) {
        return new DuplicateGroupRow(
                group.id(),
                group.similarity(),
                group.pairIds(),
                group.assetIds().stream()
                        .map(assets::apply)
                        .filter(Objects::nonNull)
                        .map(Copy::of)
                        .toList());
    }

    /** "99.6 %": how alike its least alike pair is. */
    public String similarityText() {
        return String.format(Locale.ROOT, "%.1f %%", similarity * 100);
    }

    public long oldest() {
        return copies.get(0).id();
    }

    private static String kilobytes(long bytes) {
        return String.format(Locale.ROOT, "%,d KB", (bytes + 1023) / 1024);
    }
}
