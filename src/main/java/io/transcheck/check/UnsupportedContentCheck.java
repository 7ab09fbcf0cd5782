package io.transcheck.check;

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

    @Override public List<Finding> check(AlignedSentence s) {
        double support = s.support();
        double context = s.contextSupport();
        boolean alone = support < settings.inventedSupport();
        boolean withContext = !Double.isNaN(context) && context < settings.contextInventedSupport()
                && support < settings.weakContextSupport();
        if (!alone && !withContext) return List.of();
        StringBuilder m = new StringBuilder("nothing in the transcript says this");
        List<String> novel = novelWords(s);
        if (!novel.isEmpty()) m.append(": ").append(CertaintyCheck.quoted(novel)).append(novel.size() == 1 ? " appears" : " appear").append(" nowhere in it");
        if (s.alignment() == null) {
            m.append("; no passage shares its wording");
        } else {
            m.append("; the closest passage, ").append(s.refs()).append(", supports ").append(LabelAggregator.pct(support))
                    .append(" of it: “").append(LabelAggregator.shorten(s.passageOriginal())).append("”");
            if (withContext && !alone) m.append(", and the sentences around it are weakly supported too (").append(LabelAggregator.pct(context)).append(" on average)");
        }
        return List.of(new Finding(ID, Finding.Severity.INVENTED, m.toString()));
    }

    /** The rarest content words of the sentence that the transcript never uses. */
    static List<String> novelWords(AlignedSentence s) {
        String transcript = s.transcript().normalizedText();
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
