package io.transcheck.check;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the checks: when a finding is worth reporting. The label itself is the learned
 * decision's ({@link Decision}); these only decide what the checks find, which the decision weighs.
 *
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
public record LabelSettings(@DefaultValue("0.35") double paraphraseSupport,
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
        if (!(0 <= inventedSupport && inventedSupport <= paraphraseSupport && paraphraseSupport <= 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 <= invented-support <= paraphrase-support <= 1: "
                    + inventedSupport + ", " + paraphraseSupport);
        }
    }
}
