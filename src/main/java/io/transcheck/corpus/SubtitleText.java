package io.transcheck.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Subtitles (SubRip .srt, WebVTT .vtt) of a video interview as transcript text. Cues are short and
 * often cut sentences in two, so consecutive cues are joined until one ends a sentence, a speaker
 * changes, there is a pause, or the text is as long as a sentence; each joined passage is one line,
 * numbered by the file line of its first cue's text, and referred to by that cue's start time
 * ({@code 00:12:05}). Styling tags go; a WebVTT voice ({@code <v 唐鳳>}) becomes a speaker label.
 */
final class SubtitleText {
    private static final Pattern TIMING = Pattern.compile(
            "^\\s*((?:\\d{1,2}:)?\\d{1,2}:\\d{2})[,.](\\d{1,3})\\s*-->\\s*((?:\\d{1,2}:)?\\d{1,2}:\\d{2})[,.](\\d{1,3}).*$");
    private static final Pattern VOICE = Pattern.compile("^<v(?:\\.[^ >]*)?\\s+([^>]+)>");
    private static final Pattern TAGS = Pattern.compile("</?[a-zA-Z0-9.]+(?:\\s[^>]*)?>|\\{\\\\[^}]*\\}|<\\d{1,2}:\\d{2}[^>]*>");
    private static final String ENDS = "。！？!?…";
    /** A pause this long (milliseconds) between cues ends a passage. */
    private static final long PAUSE = 2500;
    /** A passage without end marks ends at this many characters. */
    private static final int MAX_CHARS = 80;

    /** The passages and the time code of each, by line number. */
    record Passages(List<Boilerplate.Block> blocks, Map<Integer, String> timeCodes) {}

    private record Cue(int line, long start, long end, String startCode, String speaker, String text) {}

    private SubtitleText() {}

    static Passages passages(List<String> lines, String file) throws InputException {
        List<Cue> cues = cues(lines);
        if (cues.isEmpty()) {
            throw new InputException(InputProblem.error(file, 0, "no subtitle cues found (expected time lines such as 00:00:01,000 --> 00:00:04,000)",
                    "check that this is an .srt or .vtt file, or save the transcript as text"));
        }
        List<Boilerplate.Block> blocks = new ArrayList<>();
        Map<Integer, String> codes = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        Cue first = null;
        Cue last = null;
        String speaker = null;
        for (Cue c : cues) {
            boolean newSpeaker = c.speaker() != null && !c.speaker().equals(speaker);
            if (first != null && (newSpeaker || c.start() - last.end() > PAUSE || endsSentence(text) || text.length() >= MAX_CHARS)) {
                blocks.add(new Boilerplate.Block(first.line(), text.toString(), false));
                codes.put(first.line(), first.startCode());
                text.setLength(0);
                first = null;
            }
            if (first == null) {
                first = c;
                if (c.speaker() != null) {
                    speaker = c.speaker();
                    text.append(speaker).append('：');
                }
                text.append(c.text());
            } else {
                join(text, c.text());
            }
            last = c;
        }
        if (first != null) {
            blocks.add(new Boilerplate.Block(first.line(), text.toString(), false));
            codes.put(first.line(), first.startCode());
        }
        return new Passages(blocks, codes);
    }

    private static List<Cue> cues(List<String> lines) {
        List<Cue> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = TIMING.matcher(lines.get(i));
            if (!m.matches()) continue;
            StringBuilder text = new StringBuilder();
            int textLine = -1;
            String speaker = null;
            int j = i + 1;
            for (; j < lines.size() && !lines.get(j).isBlank() && !TIMING.matcher(lines.get(j)).matches(); j++) {
                String l = lines.get(j).strip();
                Matcher v = VOICE.matcher(l);
                if (v.find() && speaker == null) speaker = v.group(1).strip();
                l = TAGS.matcher(l).replaceAll("").strip();
                if (l.isEmpty()) continue;
                if (textLine < 0) textLine = j + 1;
                join(text, l);
            }
            if (textLine > 0) out.add(new Cue(textLine, millis(m.group(1), m.group(2)), millis(m.group(3), m.group(4)),
                    code(m.group(1)), speaker, text.toString()));
            i = j - 1;
        }
        return out;
    }

    /** Two pieces of one passage: Chinese runs on, other scripts need a space. */
    private static void join(StringBuilder text, String next) {
        if (text.length() > 0 && !next.isEmpty() && isLatin(text.charAt(text.length() - 1)) && isLatin(next.charAt(0))) text.append(' ');
        else if (text.length() > 0 && !next.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1))) text.setLength(text.length() - 1);
        text.append(next);
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && (Character.isLetterOrDigit(c) || ",.;:'\"".indexOf(c) >= 0);
    }

    private static boolean endsSentence(CharSequence text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if ("”’」』）)\"'".indexOf(c) >= 0) continue;
            return ENDS.indexOf(c) >= 0;
        }
        return false;
    }

    private static long millis(String hms, String fraction) {
        String[] p = hms.split(":");
        long s = 0;
        for (String x : p) s = s * 60 + Long.parseLong(x);
        String f = (fraction + "00").substring(0, 3);
        return s * 1000 + Long.parseLong(f);
    }

    /** {@code 00:12:05}: hours always shown, so that references sort and read alike. */
    private static String code(String hms) {
        String[] p = hms.split(":");
        long s = 0;
        for (String x : p) s = s * 60 + Long.parseLong(x);
        return String.format("%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
