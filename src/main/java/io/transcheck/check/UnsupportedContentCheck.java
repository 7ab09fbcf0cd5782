package io.transcheck.check;

import io.transcheck.align.AlignedSentence;
import io.transcheck.text.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code UNSUPPORTED_CONTENT}: nothing in the transcript says this. Either the sentence has no
 * passage that supports it, or it is weakly supported among neighbours that are weakly supported
 * too: a made-up exchange on a topic the interview touches finds similar-sounding passages here and
 * there, a paraphrased one is supported sentence after sentence. The message names the content
 * words the transcript never uses.
 */
public final class UnsupportedContentCheck implements Check {
    public static final String ID = "UNSUPPORTED_CONTENT";
    private static final int MAX_WORDS = 4;

    private final LabelSettings settings;

    public UnsupportedContentCheck(LabelSettings settings) {
        this.settings = settings;
    }

    @Override public String id() {
        return ID;
    }

    /** Whether nothing supports the sentence: too little support alone, or weak support among weakly supported neighbours. */
    static boolean applies(AlignedSentence s, LabelSettings settings) {
        return alone(s, settings) || withContext(s, settings);
    }

    private static boolean alone(AlignedSentence s, LabelSettings settings) {
        return s.support() < settings.inventedSupport();
    }

    private static boolean withContext(AlignedSentence s, LabelSettings settings) {
        double context = s.contextSupport();
        return !Double.isNaN(context) && context < settings.contextInventedSupport() && s.support() < settings.weakContextSupport();
    }

    @Override public List<Finding> check(AlignedSentence s, TranscriptFacts facts) {
        return applies(s, settings) ? List.of(explain(s, facts)) : List.of();
    }

    /** What to tell an editor about a claim judged invented: the words the transcript never uses, and the closest passage. */
    Finding explain(AlignedSentence s, TranscriptFacts facts) {
        StringBuilder m = new StringBuilder("nothing in the transcript says this");
        List<String> novel = novelWords(s, facts);
        if (!novel.isEmpty()) m.append(": ").append(Messages.quoted(novel)).append(novel.size() == 1 ? " appears" : " appear").append(" nowhere in it");
        if (s.alignment() == null) {
            m.append("; no passage shares its wording");
        } else {
            m.append("; the closest passage, ").append(s.refs()).append(", supports ").append(Messages.pct(s.support()))
                    .append(" of it: “").append(Messages.shorten(s.passageOriginal())).append("”");
            if (withContext(s, settings) && !alone(s, settings)) {
                m.append(", and the sentences around it are weakly supported too (").append(Messages.pct(s.contextSupport())).append(" on average)");
            }
        }
        return invented(m.toString());
    }

    /** The rarest content words of the sentence that the transcript never uses. */
    private static List<String> novelWords(AlignedSentence s, TranscriptFacts facts) {
        String transcript = facts.transcript().normalizedText();
        Set<String> seen = new LinkedHashSet<>();
        List<Words.Word> novel = new ArrayList<>();
        for (Words.Word w : Words.of(s.edited())) {
            if (!w.isContent() || w.text().length() < 2 || !seen.add(w.text())) continue;
            if (!transcript.contains(w.text())) novel.add(w);
        }
        novel.sort(Comparator.comparingInt((Words.Word w) -> Words.frequency(w.text())));
        return novel.stream().limit(MAX_WORDS).map(Words.Word::text).toList();
    }
}
