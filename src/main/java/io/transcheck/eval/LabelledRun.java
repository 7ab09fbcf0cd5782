package io.transcheck.eval;

import io.transcheck.align.AlignedSentence;
import io.transcheck.align.DocumentAlignment;
import io.transcheck.align.Embedder;
import io.transcheck.check.Checks;
import io.transcheck.check.Decision;
import io.transcheck.check.Evidence;
import io.transcheck.check.Label;
import io.transcheck.corpus.DocumentReader;
import io.transcheck.corpus.InputException;
import io.transcheck.learn.SoftmaxRegression;
import io.transcheck.pipeline.PairJudge;
import io.transcheck.pipeline.Pipeline;
import io.transcheck.pipeline.TranscriptLoader;
import io.transcheck.report.SentenceRow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Labelled interviews run as one library: every article aligned in the library of all their
 * transcripts, each claim's evidence computed once, so that any decision model can be weighed
 * against the gold labels (the shipped one, or one fitted without the interview it is scored on).
 */
public final class LabelledRun {
    /** One labelled article, aligned, with the evidence of each claim of its (matched) document. */
    record Document(String group, String docId, DocumentAlignment alignment, List<Evidence> evidence, Set<String> ownTranscripts) {
        boolean matchedOwn() {
            return alignment.match().matched() && ownTranscripts.contains(alignment.match().transcript().id());
        }
    }

    /**
     * Training examples: the features of each gold-labelled claim and its class (an index into
     * {@link Decision#CLASSES}), with the interview it comes from.
     */
    public record Examples(double[][] x, int[] y, String[] group) {
        Examples without(String held) {
            List<Integer> keep = new ArrayList<>();
            for (int i = 0; i < group.length; i++) if (!group[i].equals(held)) keep.add(i);
            return new Examples(keep.stream().map(i -> x[i]).toArray(double[][]::new), keep.stream().mapToInt(i -> y[i]).toArray(),
                    keep.stream().map(i -> group[i]).toArray(String[]::new));
        }
    }

    private final Checks checks;
    private final List<Document> documents;
    private final Map<String, List<GoldRow>> gold;

    private LabelledRun(Checks checks, List<Document> documents, Map<String, List<GoldRow>> gold) {
        this.checks = checks;
        this.documents = documents;
        this.gold = gold;
    }

    /** Runs the interviews as one library of transcripts with all their articles. */
    public static LabelledRun run(List<LabelledData> data, Pipeline.Options options, Embedder embedder) throws IOException {
        List<TranscriptLoader.TranscriptFile> transcripts = data.stream().flatMap(d -> d.transcripts().stream()).toList();
        Pipeline pipeline = Pipeline.build(options, transcripts, embedder);
        List<Document> documents = new ArrayList<>();
        Map<String, List<GoldRow>> gold = new LinkedHashMap<>();
        for (LabelledData d : data) {
            List<GoldRow> rows = new ArrayList<>();
            for (Path g : d.gold()) rows.addAll(Evaluator.readGold(g));
            gold.put(d.id(), rows);
            Set<String> own = d.transcripts().stream().map(TranscriptLoader.TranscriptFile::id).collect(Collectors.toSet());
            for (Path article : d.articles()) {
                DocumentAlignment a;
                try {
                    a = pipeline.align(DocumentReader.read(article));
                } catch (InputException e) {
                    throw new IOException(e.problem().toString(), e);
                }
                List<Evidence> evidence = new ArrayList<>();
                for (AlignedSentence s : a.sentences()) {
                    evidence.add(Checks.judged(s) ? pipeline.checks().evidence(s) : null);
                }
                documents.add(new Document(d.id(), a.document().id(), a, evidence, own));
            }
        }
        return new LabelledRun(pipeline.checks(), documents, gold);
    }

    public List<String> groups() {
        return List.copyOf(gold.keySet());
    }

    /** The report rows of every labelled article, each document judged by the decision for its interview. */
    List<SentenceRow> rows(Function<String, Decision> decisionFor) {
        List<SentenceRow> rows = new ArrayList<>();
        for (Document d : documents) {
            Decision decision = decisionFor.apply(d.group());
            List<AlignedSentence> sentences = d.alignment().sentences();
            for (int i = 0; i < sentences.size(); i++) {
                AlignedSentence s = sentences.get(i);
                rows.add(SentenceRow.of(d.docId(), s, checks.verdict(s, d.evidence().get(i), decision)));
            }
        }
        return rows;
    }

    /** A gold row and the claim of its document it labels, which the decision weighs (it has evidence). */
    private record Labelled(Document document, GoldRow gold, int sentence) {
        AlignedSentence aligned() {
            return document.alignment().sentences().get(sentence);
        }

        Evidence evidence() {
            return document.evidence().get(sentence);
        }
    }

    /**
     * Every gold row joined to its claim as the evaluator joins them (the first sentence of its document
     * that contains its key), where that claim is judged; rows of other sentences are left out.
     */
    private List<Labelled> labelled() {
        List<Labelled> out = new ArrayList<>();
        for (Document d : documents) {
            List<AlignedSentence> sentences = d.alignment().sentences();
            for (GoldRow g : gold.get(d.group())) {
                if (!g.docFile().equals(d.docId())) continue;
                for (int i = 0; i < sentences.size(); i++) {
                    if (!sentences.get(i).sentence().text().contains(g.key())) continue;
                    if (d.evidence().get(i) != null) out.add(new Labelled(d, g, i));
                    break;
                }
            }
        }
        return out;
    }

    /** A judged claim's score and its gold label. */
    record Scored(double score, Label gold) {}

    /** The score of every gold-labelled claim that is judged, by the decision for its interview. */
    List<Scored> scored(Function<String, Decision> decisionFor) {
        return labelled().stream().filter(l -> l.gold().label() != Label.NOT_A_CLAIM)
                .map(l -> new Scored(Decision.supported(decisionFor.apply(l.document().group()).probabilities(l.evidence())), l.gold().label()))
                .toList();
    }

    /** The features of every gold-labelled claim, one TSV line each, with its gold label and reason (for analysis). */
    String featureTable(Function<String, Decision> decisionFor) {
        StringBuilder sb = new StringBuilder();
        for (Labelled l : labelled()) {
            GoldRow g = l.gold();
            AlignedSentence s = l.aligned();
            sb.append(l.document().group()).append('\t').append(g.id()).append('\t').append(g.label()).append('\t')
                    .append(g.reason().replace('\t', ' ')).append('\t').append(s.sentence().text().replace('\t', ' '))
                    .append('\t').append(s.passageOriginal().replace('\t', ' '))
                    .append('\t').append(s.sentence().speaker()).append('/').append(s.sentence().role())
                    .append('\t').append(s.alignment() == null ? "" : s.transcript().speaker(s.alignment().span())
                            + "/" + s.transcript().roles(s.alignment().span()));
            for (double p : decisionFor.apply(l.document().group()).probabilities(l.evidence())) sb.append('\t').append(p);
            for (double v : l.evidence().features()) sb.append('\t').append(v);
            sb.append('\t').append(l.evidence().findings().stream().map(f -> f.toString().replace('\t', ' ')).collect(Collectors.joining(" | ")));
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The gold rows, all interviews, in order. */
    List<GoldRow> gold() {
        return gold.values().stream().flatMap(List::stream).toList();
    }

    List<Document> documents() {
        return documents;
    }

    /** Every gold-labelled claim that the decision weighs, as a training example. */
    public Examples examples() {
        List<Labelled> all = labelled();
        return new Examples(all.stream().map(l -> l.evidence().features()).toArray(double[][]::new),
                all.stream().mapToInt(l -> outcome(l.gold().label()).ordinal()).toArray(),
                all.stream().map(l -> l.document().group()).toArray(String[]::new));
    }

    /** A gold-labelled claim as a pre-aligned pair: the passage it was aligned to is its source. */
    record LabelledPair(PairJudge.Pair pair, int outcome, String group) {}

    /** Every gold-labelled claim with a passage, as a pair (what the decision for the pairs command is fitted on). */
    List<LabelledPair> pairs() {
        return labelled().stream().filter(l -> l.gold().label() != Label.NOT_A_CLAIM && l.aligned().alignment() != null)
                .map(l -> new LabelledPair(new PairJudge.Pair(l.gold().id(), l.aligned().passageOriginal(),
                        l.aligned().sentence().content().original()), outcome(l.gold().label()).ordinal(), l.document().group()))
                .toList();
    }

    static Decision.Outcome outcome(Label gold) {
        return Decision.Outcome.of(gold);
    }

    /** The penalty of the decision's regression: fixed beforehand, not tuned on the data it is scored on. */
    public static final double L2 = 1.0;

    /** Fits a decision on examples. */
    public static Decision fit(Examples e) {
        return new Decision(SoftmaxRegression.fit(Decision.CLASSES, io.transcheck.check.Features.NAMES, e.x(), e.y(), null, L2));
    }
}
