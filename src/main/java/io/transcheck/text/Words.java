package io.transcheck.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * Chinese words with their parts of speech (HanLP's dictionary segmenter, dictionaries inside its
 * jar), for checks that characters alone serve badly: content words, names, negators, hedges.
 * Input is normalized (Simplified) text; offsets refer to it.
 */
public final class Words {

    /**
     * @param pos HanLP's part-of-speech tag: n* nouns (nr person, ns place, nt organisation, nz other
     *            proper noun, nx Latin word), v* verbs, a* adjectives, d adverbs, w punctuation...
     */
    public record Word(String text, String pos, int start) {
        public boolean isContent() {
            return pos.startsWith("n") || pos.startsWith("v") || pos.startsWith("a") || pos.equals("b") || pos.equals("i") || pos.equals("l");
        }

        public boolean isName() {
            return pos.equals("nr") || pos.equals("nrf") || pos.equals("nrj") || pos.startsWith("ns") || pos.startsWith("nt")
                    || pos.equals("nz") || pos.equals("nx");
        }
    }

    private static final ThreadLocal<Segment> SEGMENT = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableNameRecognize(true).enableTranslatedNameRecognize(true).enableOrganizationRecognize(true)
            .enablePlaceRecognize(true).enableCustomDictionary(false));

    static {
        HanLP.segment("预热");   // loads the dictionaries once, before threads share them
    }

    private Words() {}

    public static List<Word> of(String normalized) {
        List<Word> out = new ArrayList<>();
        int pos = 0;
        for (Term t : SEGMENT.get().seg(normalized)) {
            int at = normalized.indexOf(t.word, pos);
            if (at < 0) at = pos;
            addSplitAtPunctuation(out, t.word, t.nature == null ? "x" : t.nature.toString(), at);
            pos = at + t.word.length();
        }
        return out;
    }

    /**
     * HanLP sometimes glues ASCII punctuation (which normalization produces) to the end or start of a
     * word (`信号?`): that punctuation becomes a word of its own, tagged w, so checks never quote it as
     * part of a word, and the word takes its dictionary tag. Punctuation inside a word stays.
     */
    private static void addSplitAtPunctuation(List<Word> out, String text, String pos, int at) {
        int from = 0;
        int to = text.length();
        while (from < to && isPunctuation(text.charAt(from))) from++;
        while (to > from && isPunctuation(text.charAt(to - 1))) to--;
        if (from == to) {
            out.add(new Word(text, pos, at));
            return;
        }
        String core = text.substring(from, to);
        CoreDictionary.Attribute known = CoreDictionary.get(core);   // the glued token's tag was guessed (信号? as a company)
        if (from > 0) out.add(new Word(text.substring(0, from), "w", at));
        out.add(new Word(core, known != null && known.nature.length > 0 ? known.nature[0].toString() : pos, at + from));
        if (to < text.length()) out.add(new Word(text.substring(to), "w", at + to));
    }

    private static boolean isPunctuation(char c) {
        return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }

    /** The texts last segmented by this thread: checks look up several word lists in the same sentence. */
    private static final ThreadLocal<java.util.LinkedHashMap<String, boolean[]>> BOUNDARIES = ThreadLocal.withInitial(
            () -> new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override protected boolean removeEldestEntry(java.util.Map.Entry<String, boolean[]> eldest) {
                    return size() > 16;
                }
            });

    /**
     * Where words begin: element i is true when a word starts at offset i of the text; the last
     * element (at the text's length) is true. A listed word matches only from one boundary to another,
     * so 大约 is not found in 一大约束 (一大 + 约束).
     */
    public static boolean[] boundaries(String normalized) {
        return BOUNDARIES.get().computeIfAbsent(normalized, t -> {
            boolean[] b = new boolean[t.length() + 1];
            for (Word w : of(t)) if (w.start() >= 0 && w.start() <= t.length()) b[w.start()] = true;
            b[t.length()] = true;
            return b;
        });
    }

    /** How often the word occurs in HanLP's reference corpus (0 if unknown): rare words say more. */
    public static int frequency(String word) {
        return CoreDictionary.getTermFrequency(word);
    }

    /** Pinyin syllables without tones, one per character (`菲吉` → fei, ji); a non-Han character gives "". */
    public static List<String> pinyin(String han) {
        return HanLP.convertToPinyinList(han).stream()
                .map(p -> p.getPinyinWithoutTone() == null ? "" : p.getPinyinWithoutTone().replace("none", ""))
                .toList();
    }
}
