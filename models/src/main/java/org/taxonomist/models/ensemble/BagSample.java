package org.taxonomist.models.ensemble;

import java.util.Arrays;

/**
 * The assets one bag trains on and the ones it leaves out, both ascending. The left-out ones
 * give every asset an honest prediction from the bags that never saw it (see
 * {@link Bagging#outOfBag}). The arrays are shared, not copied: do not modify them.
 *
 * @param inBag    indices of the training assets of this bag
 * @param outOfBag indices of all the other assets
 */
public record BagSample(int[] inBag, int[] outOfBag) {

    /** Number of assets the bag was drawn from. */
    public int size() {
        return inBag.length + outOfBag.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BagSample that
                && Arrays.equals(inBag, that.inBag)
                && Arrays.equals(outOfBag, that.outOfBag);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(inBag) + Arrays.hashCode(outOfBag);
    }

    @Override
    public String toString() {
        return "BagSample[" + inBag.length + " in bag, " + outOfBag.length + " out of bag]";
    }
}
