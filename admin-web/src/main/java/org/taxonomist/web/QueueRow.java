package org.taxonomist.web;

import java.io.Serializable;

/** A review queue's entry as the console's tables show it: a serialisable copy about one asset. */
public interface QueueRow extends Serializable {

    long id();

    long assetId();
}
