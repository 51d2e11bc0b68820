package org.taxonomist.web;

import java.io.Serializable;
import org.taxonomist.superlabel.AssetTopics;

/** One of an asset's super-labels and its score there, as the asset page shows it. */
public record AssetSuperLabelRow(long id, String name, double score) implements Serializable {

    public static AssetSuperLabelRow of(AssetTopics.AssetSuperLabel label) {
        return new AssetSuperLabelRow(label.superLabelId(), label.name(), label.score());
    }

    /** 0–100, for the bar. */
    public long percent() {
        return Math.round(score * 100);
    }
}
