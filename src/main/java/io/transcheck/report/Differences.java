package io.transcheck.report;

import io.transcheck.text.NormalizedText;
import io.transcheck.text.Normalizer;
import io.transcheck.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the review page highlights in a flagged sentence and its passage: the words of the sentence
 * that the passage does not use (and those the whole transcript never uses), and the words that the
 * reasons quote as their evidence (the changed number, the added booster, the dropped hedge, the
 * quotation), wherever they stand on either side. Everything is compared after normalization
 * (Traditional→Simplified, width and punctuation folding), as the checks compare; the marks are
 * ranges of the original texts, in UTF-16 offsets, which is what JavaScript strings index.
 */
final class Differences {
    /** A word of the sentence that the aligned passage does not contain. */
    static final int NOT_IN_PASSAGE = 1;
    /** A word of the sentence that the transcript never uses anywhere. */
    static final int NOT_IN_TRANSCRIPT = 2;
    /** A word a reason quotes as its evidence. */
    static final int EVIDENCE = 4;

    /**
     * Marks of both texts, each a list of {@code [start, end, kinds]} runs in order, kinds a bit set
     * of the constants above.
     */
    record Marks(List<int[]> sentence, List<int[]> passage) {}

    private static final Normalizer NORMALIZER = new Normalizer();
    private static final Pattern QUOTED = Pattern.compile("“([^“”]+)”");
    /** Where a message starts quoting the passage itself (context for the reader, not evidence). */
    private static final Pattern PASSAGE_EXCERPT = Pattern.compile("(?:of it|\\(support \\d+%\\)|; closest): “");
    /** One-character words that change what a sentence says: negators. */
    private static final String NEGATORS = "不没无未非别";

    /**
     * Normalized texts already seen while marking one run's rows: passages, speakers and quoted words
     * recur from row to row, and normalization (OpenCC) is most of the cost of a mark. Rows may be
     * marked on several threads.
     */
    private final Map<String, NormalizedText> normalized = new ConcurrentHashMap<>();
    private final Map<String, String> lowerCase = new ConcurrentHashMap<>();

    private NormalizedText normalized(String s) {
        return normalized.computeIfAbsent(s, NORMALIZER::normalize);
    }

    /** The text as it is compared (Simplified, folded), so that a search in Simplified finds a Traditional passage. */
    String comparable(String s) {
        return normalized(s).text();
    }

    /** Marks of one row (a page marks all its rows with one instance). */
    static Marks of(SentenceRow row, String transcript) {
        return new Differences().marks(row, transcript);
    }

    /**
     * @param transcript the whole transcript, normalized (see {@link #normalize}), or null when not known
     */
    Marks marks(SentenceRow row, String transcript) {
        NormalizedText sentence = NORMALIZER.normalize(row.editedText());
        NormalizedText passage = normalized(row.transcriptText());
        int[] sMarks = new int[sentence.length()];
        int[] pMarks = new int[passage.length()];
        if (!row.transcriptText().isEmpty()) {
            String inPassage = passage.text().toLowerCase(Locale.ROOT);
            String inTranscript = transcript == null ? null : lowerCase.computeIfAbsent(transcript, t -> t.toLowerCase(Locale.ROOT));
            int from = speakerLabelEnd(sentence.text(), normalized(row.speaker()).text());
            for (Words.Word w : Words.of(sentence.text())) {
                if (w.start() < from || !telling(w)) continue;
                String word = w.text().toLowerCase(Locale.ROOT);
                if (!inPassage.contains(word)) mark(sMarks, w.start(), w.start() + word.length(), NOT_IN_PASSAGE);
                if (inTranscript != null && word.length() >= 2 && !inTranscript.contains(word)) {
                    mark(sMarks, w.start(), w.start() + word.length(), NOT_IN_TRANSCRIPT);
                }
            }
        }
        for (String term : evidence(row.reasons(), this::normalized)) {
            markAll(sMarks, sentence.text(), term);
            markAll(pMarks, passage.text(), term);
        }
        return new Marks(runs(sMarks, sentence), runs(pMarks, passage));
    }

    /** A transcript's text as {@link #of} compares it: its sentences normalized, one per line. */
    static String normalize(List<TranscriptView.Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (TranscriptView.Line l : lines) sb.append(NORMALIZER.normalize(l.text()).text()).append('\n');
        return sb.toString();
    }

    /**
     * The words the reasons quote as evidence, normalized as the checks wrote them: what stands in
     * “…” before a message goes on to quote the passage for context. A quotation shortened with
     * "..." is searched for by what is left.
     */
    static List<String> evidence(String reasons) {
        return evidence(reasons, NORMALIZER::normalize);
    }

    private static List<String> evidence(String reasons, Function<String, NormalizedText> normalizer) {
        List<String> terms = new ArrayList<>();
        for (String item : reasons.split(" \\| ")) {
            Matcher excerpt = PASSAGE_EXCERPT.matcher(item);
            String own = excerpt.find() ? item.substring(0, excerpt.start()) : item;
            Matcher q = QUOTED.matcher(own);
            while (q.find()) {
                String t = q.group(1);
                if (t.endsWith("...")) t = t.substring(0, t.length() - 3);
                t = normalizer.apply(t).text();
                if (!t.isBlank() && !terms.contains(t)) terms.add(t);
            }
        }
        return terms;
    }

    /** Words worth marking: any of two characters or more, and single characters that carry meaning. */
    private static boolean telling(Words.Word w) {
        String t = w.text();
        if (t.codePoints().noneMatch(Character::isLetterOrDigit)) return false;
        if (t.length() >= 2) return true;
        return w.isContent() || w.pos().startsWith("m") || NEGATORS.indexOf(t.charAt(0)) >= 0;
    }

    /** The article's own speaker label (`汤普森:`) is not a claim: nothing in it is marked. */
    private static int speakerLabelEnd(String sentence, String speaker) {
        if (speaker.isEmpty() || !sentence.startsWith(speaker)) return 0;
        int end = speaker.length();
        return end < sentence.length() && sentence.charAt(end) == ':' ? end + 1 : end;
    }

    private static void markAll(int[] marks, String text, String term) {
        String lower = text.toLowerCase(Locale.ROOT);
        String t = term.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(t); at >= 0; at = lower.indexOf(t, at + t.length())) mark(marks, at, at + t.length(), EVIDENCE);
    }

    private static void mark(int[] marks, int from, int to, int kind) {
        for (int i = from; i < Math.min(to, marks.length); i++) marks[i] |= kind;
    }

    /** Normalized marks as runs of the original text; what normalization dropped inside a run (a space) joins it. */
    private static List<int[]> runs(int[] marks, NormalizedText text) {
        int[] original = new int[text.original().length()];
        int i = 0;
        while (i < marks.length) {
            int j = i;
            while (j < marks.length && marks[j] == marks[i]) j++;
            if (marks[i] != 0) {
                int from = text.originalOffset(i);
                int to = text.originalOffset(j - 1) + 1;
                if (to < original.length && Character.isLowSurrogate(text.original().charAt(to))) to++;
                for (int k = from; k < to; k++) original[k] |= marks[i];
            }
            i = j;
        }
        List<int[]> out = new ArrayList<>();
        for (int a = 0; a < original.length; ) {
            int b = a;
            while (b < original.length && original[b] == original[a]) b++;
            if (original[a] != 0) out.add(new int[] {a, b, original[a]});
            a = b;
        }
        return out;
    }
}
