package io.transcheck.check;

import io.transcheck.corpus.Resources;
import io.transcheck.learn.SoftmaxRegression;

import java.util.List;

/**
 * The learned decision: a multinomial logistic regression ({@link SoftmaxRegression}) turns a claim's
 * {@link Features} into calibrated probabilities that it is supported, drifts from its passage, is
 * invented, or asserts nothing after all (a heading or transition the rules took for a claim). The model files are made by the {@code train} command from labelled interviews
 * ({@code src/main/resources/check/decision-*.tsv}); one for runs with the embedding model, one for
 * lexical runs, whose features differ.
 */
public final class Decision {
    /** What a claim can be, in the order of the model's classes: FAITHFUL and PARAPHRASE are both supported. */
    public enum Outcome {
        FAITHFUL, PARAPHRASE, DRIFT, INVENTED, NOT_A_CLAIM;

        public Label label() {
            return switch (this) {
                case FAITHFUL -> Label.FAITHFUL;
                case PARAPHRASE -> Label.PARAPHRASE;
                case DRIFT -> Label.PARAPHRASE_DRIFT;
                case INVENTED -> Label.INVENTED_CLAIM;
                case NOT_A_CLAIM -> Label.NOT_A_CLAIM;
            };
        }

        public static Outcome of(Label label) {
            for (Outcome o : values()) if (o.label() == label) return o;
            throw new IllegalArgumentException(label.name());
        }
    }

    public static final List<String> CLASSES = java.util.Arrays.stream(Outcome.values()).map(Outcome::name).toList();
    static final String SEMANTIC = "/check/decision-semantic.tsv";
    static final String LEXICAL = "/check/decision-lexical.tsv";
    static final String PAIRS_SEMANTIC = "/check/decision-pairs-semantic.tsv";
    static final String PAIRS_LEXICAL = "/check/decision-pairs-lexical.tsv";

    private final SoftmaxRegression.Model model;

    public Decision(SoftmaxRegression.Model model) {
        if (!model.classes().equals(CLASSES)) throw new IllegalArgumentException("a decision model has the classes " + CLASSES + ", not " + model.classes());
        if (!model.features().equals(Features.NAMES)) {
            throw new IllegalArgumentException("the decision model was trained on other features than this build computes; run the train command");
        }
        this.model = model;
    }

    /** The model this build ships, for runs with ({@code semantic}) or without the embedding model. */
    public static Decision shipped(boolean semantic) {
        String file = semantic ? SEMANTIC : LEXICAL;
        return new Decision(SoftmaxRegression.Model.parse(Resources.lines(file).stream().map(Resources.Line::text).toList()));
    }

    /** The model this build ships for pre-aligned pairs (the {@code pairs} command): fitted without neighbours. */
    public static Decision forPairs(boolean semantic) {
        String file = semantic ? PAIRS_SEMANTIC : PAIRS_LEXICAL;
        return new Decision(SoftmaxRegression.Model.parse(Resources.lines(file).stream().map(Resources.Line::text).toList()));
    }

    public SoftmaxRegression.Model model() {
        return model;
    }

    /** The probability of each {@link Outcome}, by ordinal. */
    public double[] probabilities(Evidence evidence) {
        return model.probabilities(evidence.features());
    }

    /** The probability that the claim is supported (faithful or a paraphrase): the report's {@code score}. */
    public static double supported(double[] probabilities) {
        return probabilities[Outcome.FAITHFUL.ordinal()] + probabilities[Outcome.PARAPHRASE.ordinal()];
    }

    /**
     * The most probable outcome, supported ones counted together first: a claim 30% faithful and 30% a
     * paraphrase is supported (60%) rather than drifting (40%), and then faithful or a paraphrase,
     * whichever is more probable.
     */
    public static Outcome outcome(double[] probabilities) {
        double supported = supported(probabilities);
        Outcome best = null;
        double bestP = supported;
        for (Outcome o : List.of(Outcome.DRIFT, Outcome.INVENTED, Outcome.NOT_A_CLAIM)) {
            if (probabilities[o.ordinal()] > bestP) {
                best = o;
                bestP = probabilities[o.ordinal()];
            }
        }
        if (best != null) return best;
        return probabilities[Outcome.FAITHFUL.ordinal()] > probabilities[Outcome.PARAPHRASE.ordinal()] ? Outcome.FAITHFUL : Outcome.PARAPHRASE;
    }
}
