package io.transcheck.align;

/**
 * Which transcript an edited document reports on, if any, and the evidence.
 *
 * @param transcript the matched transcript, or null when UNMATCHED
 * @param share      share of the document's (long enough) claims anchored in the best transcript
 * @param anchored   number of anchored claims
 * @param claims     number of claims long enough to count
 * @param termShare  share of its distinctive terms found in the best transcript, NaN if too few terms
 */
public record Match(Transcript transcript, double share, int anchored, int claims, double termShare) {
    public boolean matched() {
        return transcript != null;
    }
}
