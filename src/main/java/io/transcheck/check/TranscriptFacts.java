package io.transcheck.check;

import io.transcheck.align.Transcript;
import io.transcheck.text.ChineseConverter;
import io.transcheck.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What checks need to know about a whole transcript, computed once per transcript. */
public final class TranscriptFacts {
    private final Transcript transcript;
    private final List<Quantity> quantities;
    private final String text;
    private final List<String> latinNames;
    private final Map<String, List<String>> aliases;
    private final Set<String> known;
    private final Map<String, io.transcheck.corpus.Role> roleOfSpeaker = new java.util.HashMap<>();

    /** Well-known names that Chinese and English tech writing spell differently (check/known-names.tsv). */
    private static final Map<String, List<String>> KNOWN_NAMES = loadKnownNames();

    private static Map<String, List<String>> loadKnownNames() {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (io.transcheck.corpus.Resources.Line l : io.transcheck.corpus.Resources.lines("/check/known-names.tsv")) {
            String[] p = l.text().split("\t");
            out.put(p[0], List.of(p[1].split(",")));
        }
        return out;
    }

    /**
     * @param aliases names as the transcript writes them to other spellings articles use
     *                ({@code Fidji Simo: [菲吉·西莫]}), from the job definition
     * @param known   names the transcript need not contain: the speaker labels of the job
     */
    public TranscriptFacts(Transcript transcript, Map<String, List<String>> aliases, Set<String> known) {
        this.transcript = transcript;
        this.quantities = List.copyOf(Quantities.of(transcript.normalizedText()));
        this.text = transcript.normalizedText();
        List<String> latin = new ArrayList<>();
        for (Sentence s : transcript.sentences()) latin.addAll(Names.latin(s.text()));
        this.latinNames = List.copyOf(latin);
        Map<String, List<String>> all = new java.util.LinkedHashMap<>(KNOWN_NAMES);
        aliases.forEach((k, v) -> all.merge(k, v, (a, b) -> { List<String> l = new ArrayList<>(a); l.addAll(b); return l; }));
        this.aliases = Map.copyOf(all);
        this.known = Set.copyOf(known.stream().map(TranscriptFacts::fold).toList());
        for (Sentence s : transcript.sentences()) {
            if (s.speaker() != null && s.role() != null) roleOfSpeaker.putIfAbsent(fold(s.speaker()), s.role());
        }
    }

    /** The role of a speaker the transcript labels (唐鳳 for 唐凤, in either script), or null. */
    public io.transcheck.corpus.Role roleOfSpeaker(String name) {
        return name == null ? null : roleOfSpeaker.get(fold(name));
    }

    public Transcript transcript() {
        return transcript;
    }

    /** Every figure the transcript gives. */
    public List<Quantity> quantities() {
        return quantities;
    }

    /** Whether the transcript mentions a name, as written, through an alias, or as its transliteration. */
    public boolean mentions(String name) {
        String n = fold(name);
        if (known.contains(n) || text.contains(n) || text.contains(n.replace("·", ""))) return true;
        for (Map.Entry<String, List<String>> e : aliases.entrySet()) {
            boolean isAlias = fold(e.getKey()).equals(n) || e.getValue().stream().anyMatch(a -> fold(a).equals(n));
            if (!isAlias) continue;
            if (text.contains(fold(e.getKey()))) return true;
            if (e.getValue().stream().anyMatch(a -> text.contains(fold(a)))) return true;
        }
        if (name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            for (String latin : latinNames) {
                if (Names.soundsLike(n, latin)) return true;
            }
        }
        return false;
    }

    private static String fold(String s) {
        return ChineseConverter.instance().toSimplified(s.strip()).toLowerCase(Locale.ROOT).replace('・', '·').replace('•', '·');
    }
}
