package org.taxonomist.models.duplicates;

/**
 * When two assets are the same picture (re-encoded, resized, cropped a little, recoloured, watermarked) rather than two
 * shots of one subject: their perceptual hashes differ in at most {@code sureHashDistance} bits, or in at most
 * {@code maxHashDistance} bits while their embeddings' cosine similarity is at least {@code minCosine} (a crop moves
 * many hash bits and few embedding values; another shot of the subject moves both). Byte-identical files are the exact
 * tier before this is asked, and a pair this rule refuses is at most "similar" (shown as similar images, never as a
 * duplicate).
 *
 * @param sureHashDistance bits of {@link PerceptualHash} that may differ whatever the embeddings say
 * @param maxHashDistance  bits that may differ when the embeddings agree (at least {@code sureHashDistance})
 * @param minCosine        least cosine similarity of the default backbone's embeddings for that
 */
public record NearDuplicateRule(int sureHashDistance, int maxHashDistance, double minCosine) {

    /**
     * The best F1 on TuxPaint's stamps (precision 0.984, recall 0.992), and on natural photos nobody chose on
     * precision 0.979, recall 0.996 (README, "Near-duplicates"; {@code NearDuplicateBench}).
     */
    public static final NearDuplicateRule DEFAULT = new NearDuplicateRule(20, 38, 0.99);

    public NearDuplicateRule {
        if (sureHashDistance < 0 || maxHashDistance < sureHashDistance || maxHashDistance > 64) {
            throw new IllegalArgumentException("Hash distances are 0 to 64 bits, the sure one the smaller, not "
                    + sureHashDistance + " and " + maxHashDistance);
        }
    }

    public boolean nearDuplicates(int hashDistance, double cosine) {
        return hashDistance <= sureHashDistance || hashDistance <= maxHashDistance && cosine >= minCosine;
    }

    public boolean nearDuplicates(long hashA, long hashB, double cosine) {
        return nearDuplicates(PerceptualHash.distance(hashA, hashB), cosine);
    }
}
