package org.taxonomist.dashboard;

import java.io.Serializable;

/**
 * A taxonomy field's filling rate: the share of assets with at least one term in it (the source
 * study took Asset Type from 33% to 94%).
 */
public record FillingRate(String field, long assets, long filled) implements Serializable {

    /** 0–100; 0 while there are no assets. */
    public double percent() {
        return assets == 0 ? 0 : 100.0 * filled / assets;
    }
}
