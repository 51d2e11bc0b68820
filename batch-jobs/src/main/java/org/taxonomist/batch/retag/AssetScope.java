package org.taxonomist.batch.retag;

import java.util.Arrays;
import java.util.Locale;
import org.taxonomist.failure.InvalidRequestException;

/** Which assets a {@code retag} or {@code embed} run goes through. */
public enum AssetScope {
    /** Every asset. */
    ALL,
    /** Assets uploaded or changed since the last successful {@code all} or {@code new} run of the job. */
    NEW,
    /** Assets with suggestions from a model version (or backbone) other than the field's active one. */
    STALE;

    /** {@code all}, {@code new} or {@code stale}, any case; blank means {@code all}. */
    public static AssetScope named(String name) {
        if (name == null || name.isBlank()) {
            return ALL;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Unknown scope '" + name + "'; scopes: "
                    + Arrays.toString(values()).toLowerCase(Locale.ROOT));
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
