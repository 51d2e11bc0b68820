package org.taxonomist.rest;

import org.taxonomist.failure.InvalidRequestException;

/**
 * The window of a list answer ({@code offset}, {@code limit}), checked once for every endpoint: a
 * value out of range is a 400 with the allowed range, not a silent clamp and not a 500 from deep
 * in the search engine ({@code offset=2147483647} overflowed there).
 */
public record Paging(int offset, int limit) {

    public static final int MAX_LIMIT = 1000;
    public static final int MAX_OFFSET = 1_000_000;

    /** @throws InvalidRequestException an offset or limit out of range */
    public static Paging of(int offset, int limit) {
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new InvalidRequestException("offset must be between 0 and " + MAX_OFFSET + ".");
        }
        return new Paging(offset, limit(limit, MAX_LIMIT));
    }

    /** A limit for a list without an offset (the latest N); {@code max} for lists with a bound of their own. */
    public static int limit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw new InvalidRequestException("limit must be between 1 and " + max + ".");
        }
        return limit;
    }
}
