package io.transcheck.align;

import java.util.List;
import java.util.Map;

/**
 * Which transcript an edited document reports on, if any, and the evidence.
 *
 * @param transcript   the matched transcript, or null when UNMATCHED
 * @param share        share of the document's (long enough) claims anchored in the best transcript
 * @param anchored     number of anchored claims
 * @param claims       number of claims long enough to count
 * @param shareByTranscript anchored share for every transcript
 * @param termShare    share of its distinctive terms found in the best transcript, NaN if too few terms
 * @param alignments   for each claim sentence (document order), its best alignment in the matched transcript, or null
 * @param context      for each claim sentence, the mean support of its neighbourhood (see AlignSettings.neighbourhood)
 */
public record MatchResult(Transcript transcript, double share, int anchored, int claims,
                          Map<String, Double> shareByTranscript, double termShare, List<Alignment> alignments,
                          List<Double> context) {
    public boolean matched() {
        return transcript != null;
    }
}
