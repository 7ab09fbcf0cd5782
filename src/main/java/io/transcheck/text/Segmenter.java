package io.transcheck.text;

import io.transcheck.corpus.Role;

import io.transcheck.corpus.LineKind;
import io.transcheck.corpus.SourceDocument;
import io.transcheck.corpus.SourceLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits a document into sentences and speaker turns.
 *
 * <p>A sentence ends at 。！？!? and keeps the closing quotes or brackets that follow. A line that
 * opens with a known speaker label starts a turn; lines without a label continue it; a heading or
 * boilerplate ends it. A heading is a line its format marks as one, or a short line without an end
 * mark (never in subtitles, whose cues are such lines). Runs longer than {@code maxChars} without an end mark are split at the last
 * comma before the limit, or at the limit.
 */
public final class Segmenter {
    private static final String TERMINATORS = "。！？!?";
    private static final String CLOSERS = "”’」』）)】》\"'*_";
    private static final Pattern SECTION_NUMBER = Pattern.compile("^\\s*([一二三四五六七八九十]{1,3}、|\\d{1,2}\\s*[.、．]|第[一二三四五六七八九十\\d]{1,3}[章节部分])");
    private static final int HEADING_MAX_CHARS = 64;
    private static final int TRAILING_HEADING_MAX_CHARS = 40;

    private final SpeakerAliases speakers;
    private final Normalizer normalizer;
    private final int maxChars;

    public Segmenter(SpeakerAliases speakers, Normalizer normalizer, int maxChars) {
        if (maxChars < 20) throw new IllegalArgumentException("maxChars " + maxChars);
        this.speakers = speakers;
        this.normalizer = normalizer;
        this.maxChars = maxChars;
    }

    public List<Sentence> segment(SourceDocument doc) {
        SpeakerAliases speakers = this.speakers.forDocument(doc);
        List<Sentence> out = new ArrayList<>();
        String speaker = null;
        Role role = null;
        int turn = 0;
        int turns = 0;
        for (SourceLine line : doc.lines()) {
            if (line.kind() == LineKind.MARKUP) continue;
            String text = line.text();
            if (line.kind() == LineKind.BOILERPLATE) {
                String shown = text.strip();
                out.add(new Sentence(out.size() + 1, line.no(), shown, normalizer.normalize(shown), null, null, 0,
                        SentenceKind.BOILERPLATE, line.note()));
                speaker = null;
                role = null;
                turn = 0;
                continue;
            }
            int start = line.contentStart();
            Optional<SpeakerAliases.Turn> opened = speakers.match(text.substring(start));
            int bodyStart = start;
            if (opened.isPresent()) {
                speaker = opened.get().alias();
                role = opened.get().role();
                turn = ++turns;
                bodyStart = start + opened.get().end();
            } else if (line.kind() == LineKind.HEADING || (!doc.format().subtitles()
                    && isHeadingLine(text.substring(start), line.contentStart() > 0 && text.stripLeading().startsWith("#")))) {
                String shown = text.substring(start).strip();
                out.add(new Sentence(out.size() + 1, line.no(), shown, normalizer.normalize(shown), null, null, 0,
                        SentenceKind.HEADING, "heading"));
                speaker = null;
                role = null;
                turn = 0;
                continue;
            }
            List<int[]> spans = split(text, bodyStart);
            for (int k = 0; k < spans.size(); k++) {
                int[] s = spans.get(k);
                // the first sentence of a labelled line shows the label, as the article does
                int shownStart = (k == 0) ? start : s[0];
                String shown = text.substring(shownStart, s[1]).strip();
                String content = text.substring(s[0], s[1]).strip();
                if (shown.isEmpty()) continue;
                boolean trailingHeading = k == spans.size() - 1 && k > 0 && isTrailingHeading(content);
                SentenceKind kind = trailingHeading ? SentenceKind.HEADING : SentenceKind.CLAIM;
                out.add(new Sentence(out.size() + 1, line.no(), shown, normalizer.normalize(content),
                        trailingHeading ? null : speaker, trailingHeading ? null : role, trailingHeading ? 0 : turn,
                        kind, trailingHeading ? "heading" : null));
                if (trailingHeading) {
                    speaker = null;
                    role = null;
                    turn = 0;
                }
            }
        }
        return out;
    }

    /** Sentence spans [start, end) of a line from {@code from}; a span with no letters joins the one before. */
    List<int[]> split(String line, int from) {
        List<int[]> spans = new ArrayList<>();
        int start = from;
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (TERMINATORS.indexOf(c) >= 0) {
                int end = i + 1;
                while (end < line.length() && (TERMINATORS.indexOf(line.charAt(end)) >= 0 || CLOSERS.indexOf(line.charAt(end)) >= 0)) end++;
                addSpan(spans, line, start, end);
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        if (start < line.length()) addSpan(spans, line, start, line.length());
        return spans;
    }

    private void addSpan(List<int[]> spans, String line, int start, int end) {
        if (!hasLetters(line, start, end)) {
            if (!spans.isEmpty()) spans.get(spans.size() - 1)[1] = end;
            else if (!line.substring(start, end).isBlank()) spans.add(new int[] {start, end});
            return;
        }
        // very long runs without an end mark: cut at the last comma before the limit
        while (end - start > maxChars) {
            int cut = -1;
            for (int j = start + maxChars; j > start + maxChars / 2; j--) {
                char c = line.charAt(j - 1);
                if (c == '，' || c == ',' || c == '；' || c == ';' || c == '、' || c == ' ') {
                    cut = j;
                    break;
                }
            }
            if (cut < 0) {
                cut = start + maxChars;
                if (Character.isLowSurrogate(line.charAt(cut))) cut--;
            }
            if (!hasLetters(line, cut, end)) break;   // only end marks would be left: they stay with this piece
            spans.add(new int[] {start, cut});
            start = cut;
        }
        spans.add(new int[] {start, end});
    }

    private static boolean hasLetters(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) return true;
        }
        return false;
    }

    /** A short line without an end mark, or a Markdown heading: a title, not a claim. */
    static boolean isHeadingLine(String body, boolean markdownHeading) {
        String t = body.strip().replaceAll("^[*_]+|[*_]+$", "").strip();
        if (t.isEmpty()) return false;
        if (markdownHeading) return true;
        if (t.codePointCount(0, t.length()) > HEADING_MAX_CHARS) return false;
        for (int i = 0; i < t.length(); i++) {
            if (TERMINATORS.indexOf(t.charAt(i)) >= 0) return false;
        }
        char last = t.charAt(t.length() - 1);
        return ":：,，;；、…—".indexOf(last) < 0;
    }

    /** A numbered section title glued to the end of a paragraph (`...能力。一、AI不再是技术竞赛`). */
    static boolean isTrailingHeading(String content) {
        String t = content.strip();
        if (t.isEmpty() || t.codePointCount(0, t.length()) > TRAILING_HEADING_MAX_CHARS) return false;
        if (TERMINATORS.indexOf(t.charAt(t.length() - 1)) >= 0) return false;
        return SECTION_NUMBER.matcher(t).find();
    }
}
