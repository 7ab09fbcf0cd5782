package io.transcheck.check;

import io.transcheck.align.AlignedSentence;
import io.transcheck.align.Transcript;
import io.transcheck.text.Units;
import org.apache.commons.text.similarity.LongestCommonSubsequence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code QUOTE_NOT_VERBATIM}: words in quotation marks presented as what someone said (after a
 * speech verb or a colon, or a whole clause in quotes) that the transcript does not contain close
 * to verbatim. Short quoted terms (“爆款打造”) are labels, not quotations, and are left alone.
 */
public final class QuoteCheck implements Check {
    public static final String ID = "QUOTE_NOT_VERBATIM";
    private static final Pattern QUOTE = Pattern.compile("“([^“”]{2,400})”|\"([^\"]{2,400})\"");
    private static final WordList SPEECH_VERBS = new WordList("/check/speech-verbs.txt");
    private static final LongestCommonSubsequence LCS = new LongestCommonSubsequence();
    /** A quote of at least this many units with a clause mark inside is speech even without a verb. */
    private static final int CLAUSE_UNITS = 8;
    /** Quotes and their closest passages are shown up to this length. */
    private static final int QUOTE_CHARS = 40;

    private final double minVerbatim;

    /** @param minVerbatim share of the quote that must appear, in order, in one passage of the transcript */
    public QuoteCheck(double minVerbatim) {
        this.minVerbatim = minVerbatim;
    }

    @Override public String id() {
        return ID;
    }

    @Override public List<String> measures() {
        return List.of("quotes");
    }

    /** Whether the claim quotes anything (a quotation is a strong claim about words). */
    @Override public double[] measure(AlignedSentence s, TranscriptFacts facts) {
        return new double[] {QUOTE.matcher(s.edited()).find() ? 1 : 0};
    }

    @Override public List<Finding> check(AlignedSentence s, TranscriptFacts facts) {
        String text = s.edited();
        List<Finding> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            String quote = m.group(1) != null ? m.group(1) : m.group(2);
            if (!isSpeech(text, m.start(), quote)) continue;
            String q = Units.compact(quote);
            if (q.length() < 2) continue;
            Best best = closest(q, facts.transcript());
            if (best.ratio >= minVerbatim) continue;
            out.add(drift("quotes “" + Messages.shorten(quote, QUOTE_CHARS) + "”, which is not what the transcript says"
                    + (best.text.isEmpty() ? "" : "; closest: “" + Messages.shorten(best.text, QUOTE_CHARS) + "” (" + best.refs + ")")));
        }
        return out;
    }

    /** After a speech verb or a colon (skipping a short subject such as 它 or 他们), or a whole clause. */
    static boolean isSpeech(String text, int quoteStart, String quote) {
        String before = text.substring(Math.max(0, quoteStart - 8), quoteStart);
        String trimmed = before.replaceAll("[他她它我你们其]*$", "");
        if (trimmed.endsWith(":") || trimmed.endsWith(",") && before.contains(":")) return true;
        for (String v : SPEECH_VERBS.find(before)) {
            if (trimmed.endsWith(v) || trimmed.endsWith(v + ":")) return true;
        }
        return Units.of(quote).length >= CLAUSE_UNITS && quote.matches(".*[,;.?!:].*");
    }

    private record Best(double ratio, String text, String refs) {}

    /** The transcript sentence (or pair of sentences) containing most of the quote in order. */
    private static Best closest(String quote, Transcript t) {
        double best = 0;
        int at = -1;
        for (int i = 0; i < t.size(); i++) {
            String sentence = Units.compact(t.sentence(i).content().text());
            if (i + 1 < t.size()) sentence += Units.compact(t.sentence(i + 1).content().text());
            int lcs = LCS.apply(quote, sentence);
            double r = lcs / (double) quote.length();
            if (r > best) {
                best = r;
                at = i;
            }
        }
        if (at < 0) return new Best(0, "", "");
        return new Best(best, t.sentence(at).text(), "L" + t.sentence(at).lineNo());
    }

}
