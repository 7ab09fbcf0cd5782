package io.transcheck.check;

import io.transcheck.text.Words;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of people, companies, products and places in normalized text, and whether a transliterated
 * name sounds like a name written in Latin script (菲吉·西莫 = Fidji Simo): the pinyin of each part
 * starts like the Latin part, allowing the usual transliteration pairs (x/s, q/j, k/c, l/r...).
 */
final class Names {
    private static final Pattern TRANSLITERATED = Pattern.compile("[\\p{IsHan}]{1,6}(?:·[\\p{IsHan}]{1,8})+");
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*(?:[ -][A-Z][A-Za-z0-9]*)*");

    private Names() {}

    /** Names in normalized text: transliterations joined by a middle dot, and words tagged as names. */
    static Set<String> of(String normalized) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = TRANSLITERATED.matcher(normalized);
        while (m.find()) {
            String name = trimTransliteration(m.group());
            if (name != null) out.add(name);
        }
        for (Words.Word w : Words.of(normalized)) {
            // nz ("other proper noun") tags too many ordinary phrases to be evidence
            if (!w.isName() || w.pos().equals("nz") || w.text().length() < 2 || "其该此这那".indexOf(w.text().charAt(0)) >= 0) continue;
            if (out.stream().anyMatch(n -> n.contains(w.text()))) continue;
            if (w.pos().equals("nx")) {
                out.add(w.text().toLowerCase(Locale.ROOT));
            } else if (w.text().codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                out.add(w.text());
            }
        }
        return out;
    }

    /**
     * The name inside a run such as {@code 设计人物乔尼·艾维深度}: the first part keeps its trailing
     * characters and the last part its leading ones, as long as they are single characters or words
     * the dictionary does not know (transliterations are spelled with such characters).
     */
    static String trimTransliteration(String run) {
        String[] parts = run.split("·");
        List<Words.Word> first = Words.of(parts[0]);
        StringBuilder head = new StringBuilder();
        for (int i = first.size() - 1; i >= 0 && isNamePiece(first.get(i)); i--) head.insert(0, first.get(i).text());
        StringBuilder tail = new StringBuilder();
        for (Words.Word w : Words.of(parts[parts.length - 1])) {
            if (!isNamePiece(w)) break;
            tail.append(w.text());
        }
        if (head.length() == 0 || tail.length() == 0) return null;
        StringBuilder name = new StringBuilder(head);
        for (int i = 1; i < parts.length - 1; i++) name.append('·').append(parts[i]);
        return name.append('·').append(tail).toString();
    }

    private static boolean isNamePiece(Words.Word w) {
        if (w.text().length() == 1) return "的了是在和与及等而或也都就把被从对为向".indexOf(w.text().charAt(0)) < 0;
        return w.pos().startsWith("nr") || w.pos().startsWith("ns") || Words.frequency(w.text()) == 0;
    }

    /** Names written in Latin script in original text, as written (`Fidji Simo`). */
    static List<String> latin(String original) {
        List<String> out = new ArrayList<>();
        Matcher m = LATIN_NAME.matcher(original);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** Whether a Han name (parts joined by ·) sounds like a Latin name of as many parts. */
    static boolean soundsLike(String han, String latin) {
        String[] hp = han.split("·");
        String[] lp = latin.trim().split("[ -]+");
        if (hp.length != lp.length) return false;
        for (int i = 0; i < hp.length; i++) {
            List<String> syllables = Words.pinyin(hp[i]);
            if (syllables.isEmpty() || syllables.get(0).isEmpty()) return false;
            String l = lp[i].toLowerCase(Locale.ROOT);
            if (!sameOnset(syllables.get(0), l)) return false;
            int vowelGroups = l.replaceAll("[^aeiouy]+", " ").trim().split(" +").length;
            if (Math.abs(vowelGroups - syllables.size()) > 1) return false;
        }
        return true;
    }

    private static boolean sameOnset(String pinyin, String latin) {
        return onsetClass(pinyin).equals(onsetClass(latin));
    }

    /** Groups the first sound of a syllable into classes that transliteration maps onto each other. */
    private static String onsetClass(String s) {
        if (s.isEmpty()) return "";
        char c = s.charAt(0);
        if ("aeiouy".indexOf(c) >= 0) return "V";
        if (s.startsWith("sh") || s.startsWith("zh") || s.startsWith("ch")) c = s.charAt(0) == 'z' ? 'j' : s.charAt(0);
        return switch (c) {
            case 'b', 'p' -> "B";
            case 'd', 't' -> "D";
            case 'g', 'k', 'c', 'q' -> s.startsWith("q") ? "J" : "K";
            case 'j' -> "J";
            case 'x', 's', 'z' -> "S";
            case 'f', 'v', 'w' -> "F";
            case 'l', 'r' -> "L";
            case 'h' -> "H";
            case 'm' -> "M";
            case 'n' -> "N";
            default -> String.valueOf(c);
        };
    }
}
