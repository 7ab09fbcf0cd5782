package io.transcheck.align;

/**
 * Which transcript an edited document reports on, if any, and the evidence.
 *
 * @param transcript the matched transcript, or null when UNMATCHED
 * @param closest    the transcript the document came closest to (the matched one, if matched), or null if none was weighed
 * @param share      share of the document's (long enough) claims anchored in the closest transcript
 * @param anchored   number of anchored claims
 * @param claims     number of claims long enough to count
 * @param pointShare share of those claims well supported somewhere in the closest transcript (its points)
 * @param termShare  share of its distinctive terms found in the closest transcript, NaN if too few terms
 */
public record Match(Transcript transcript, Transcript closest, double share, int anchored, int claims, double pointShare, double termShare) {
    public boolean matched() {
        return transcript != null;
    }

    /** Unmatched, yet at least half-way to matching by either kind of evidence: an editor should look (see {@link DocumentMatcher}). */
    public boolean related(AlignSettings.Matching settings, boolean semantic) {
        double minShare = semantic ? settings.minShare() : settings.lexicalMinShare();
        return !matched() && closest != null && (share >= minShare / 2 || pointShare >= settings.minPointShare() / 2);
    }
}
