package io.transcheck.check;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds that turn support scores and findings into a label.
 *
 * @param faithfulSupport  FAITHFUL needs at least this support...
 * @param faithfulLcs      ...and this much of the sentence, in order, in the passage
 * @param paraphraseSupport below this support a sentence is not considered a rewording of its passage
 * @param inventedSupport  below this support a sentence has no counterpart: INVENTED_CLAIM
 * @param contextInventedSupport a neighbourhood of claims (see AlignSettings.neighbourhood) averaging below this
 *                         support is weakly supported throughout...
 * @param weakContextSupport ...and its sentences below this support are INVENTED_CLAIM too
 * @param correspondSupport from this support a sentence clearly corresponds to its passage, so that a
 *                         dropped hedge or another speaker is a change of meaning, not noise
 * @param closeWording     from this lexical score a sentence is worded after its passage, so that a
 *                         negation it adds or drops is a flip, not a rephrasing
 * @param quoteVerbatim    share of a quotation that must appear, in order, in the transcript
 */
public record LabelSettings(@DefaultValue("0.75") double faithfulSupport,
                            @DefaultValue("0.8") double faithfulLcs,
                            @DefaultValue("0.35") double paraphraseSupport,
                            @DefaultValue("0.25") double inventedSupport,
                            @DefaultValue("0.40") double contextInventedSupport,
                            @DefaultValue("0.45") double weakContextSupport,
                            @DefaultValue("0.55") double correspondSupport,
                            @DefaultValue("0.45") double closeWording,
                            @DefaultValue("0.7") double quoteVerbatim) {

    /** The defaults declared above; application properties and job files override them (see job.Settings). */
    public static LabelSettings defaults() {
        return new Binder().bindOrCreate("transcheck.labels", LabelSettings.class);
    }

    public LabelSettings {
        if (!(0 <= inventedSupport && inventedSupport <= paraphraseSupport && paraphraseSupport <= faithfulSupport && faithfulSupport <= 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 <= invented <= paraphrase <= faithful <= 1: "
                    + inventedSupport + ", " + paraphraseSupport + ", " + faithfulSupport);
        }
    }
}
