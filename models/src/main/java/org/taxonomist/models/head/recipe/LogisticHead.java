package org.taxonomist.models.head.recipe;

/**
 * A linear head: per-term logistic regression on the standardised embedding with an L2 penalty of
 * strength 1/C, fitted exactly (LIBLINEAR). Embeddings of at most {@link #MAX_VALUES} values
 * (assets × dimensions) in all.
 *
 * @param c inverse regularisation strength, positive: smaller = smoother head
 */
public record LogisticHead(double c) implements HeadRecipe {

    /** The most embedding values (assets × dimensions) LIBLINEAR is given: its memory grows with them. */
    public static final long MAX_VALUES = 8_000_000;

    public LogisticHead {
        if (!(c > 0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("C must be positive: " + c);
        }
    }

    @Override
    public String label() {
        return "logistic C=" + c;
    }

    @Override
    public boolean trains(long values) {
        return values <= MAX_VALUES;
    }

    @Override
    public LogisticHead withSeed(long seed) {
        return this;
    }
}
