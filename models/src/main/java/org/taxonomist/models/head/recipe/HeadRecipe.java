package org.taxonomist.models.head.recipe;

/**
 * How a {@code Head} is trained: per-term logistic regression with an L2 penalty
 * ({@link LogisticHead}) or a multi-layer perceptron ({@link HeadSettings}). A field's training
 * tries several and keeps the one its held-out predictions rank best.
 */
public sealed interface HeadRecipe permits HeadSettings, LogisticHead {

    /** A short name for reports, e.g. "logistic C=0.1", "mlp 512-512". */
    String label();

    /** The same recipe for another bag: only an MLP's random start depends on the seed. */
    HeadRecipe withSeed(long seed);

    /** Whether it can train on this many embedding values (assets × dimensions). */
    default boolean trains(long values) {
        return true;
    }

    /**
     * A recipe from its written form: {@code logistic:C} (e.g. {@code logistic:0.1}), {@code mlp}
     * (the default MLP) or {@code mlp:WIDTH-WIDTH…} (e.g. {@code mlp:256}).
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    static HeadRecipe parse(String written) {
        String[] parts = written.strip().split(":", 2);
        try {
            if (parts[0].equals("logistic") && parts.length == 2) {
                return new LogisticHead(Double.parseDouble(parts[1]));
            }
            if (parts[0].equals("mlp")) {
                return parts.length == 1
                        ? HeadSettings.defaults()
                        : HeadSettings.defaults()
                                .withHiddenLayers(java.util.Arrays.stream(parts[1].split("-"))
                                        .map(Integer::valueOf)
                                        .toList());
            }
        } catch (NumberFormatException e) {
            // worded below
        }
        throw new IllegalArgumentException(
                "Unknown head \"" + written + "\": use logistic:C (e.g. logistic:0.1), mlp or mlp:512-512");
    }
}
