package io.transcheck.check;

import io.transcheck.text.Units;

import io.transcheck.align.Terms;
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
    private static final Pattern TRANSLITERATED = Pattern.compile("[\\p{IsHan}]{1,6}(?:[·・•‧][\\p{IsHan}]{1,8})+");
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*(?:[ -][A-Z][A-Za-z0-9]*)*");

    private Names() {}

    /**
     * Names in Simplified text as written (enumeration commas kept): transliterations joined by a middle dot; words in Latin script;
     * person and place names the segmenter recognises that its dictionary does not know as ordinary
     * words; organisation names made of a rare word and a suffix such as 电子 or 公司; and the other
     * items of an enumeration that lists names (英伟达、AMD、三星电子、甲骨文等).
     */
    static Set<String> of(String normalized) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = TRANSLITERATED.matcher(normalized);
        while (m.find()) {
            String name = trimTransliteration(m.group());
            if (name != null) out.add(name);
        }
        List<Words.Word> words = Words.of(normalized);
        for (Words.Word w : words) {
            String name = asName(w);
            if (name != null && out.stream().noneMatch(n -> n.contains(w.text()))) out.add(name);
        }
        out.addAll(enumerated(normalized, out));
        return out;
    }

    /** The word as a name, or null: the segmenter's name tags alone mislabel too many ordinary words. */
    private static String asName(Words.Word w) {
        String t = w.text();
        if (t.length() < 2 || "其该此这那很多各".indexOf(t.charAt(0)) >= 0) return null;
        if (w.pos().equals("nx")) {
            String lower = t.toLowerCase(Locale.ROOT);
            return t.length() >= 2 && !Terms.isCommon(lower) ? lower : null;
        }
        if (!t.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) return null;
        // two-character "names" are mostly ordinary words the recogniser mislabels (占位, 令人)
        if ((w.pos().startsWith("nr") || w.pos().startsWith("ns")) && Words.frequency(t) == 0 && t.length() >= 3 && t.length() <= 4) return t;
        if (w.pos().startsWith("nt")) {
            Matcher org = ORGANISATION.matcher(t);
            // the part before the suffix must itself be one rare word: 三星电子 yes, 模型公司 and 运营大型科技公司 no
            if (org.matches() && Words.of(org.group(1)).size() == 1 && Words.frequency(org.group(1)) < RARE) return t;
        }
        return null;
    }

    private static final Pattern ORGANISATION = Pattern.compile("(\\p{IsHan}{2,6}?)(电子|公司|集团|科技|银行|基金会|研究院|大学|实验室)");
    /** A list item that can be a name: short, no punctuation, no pronoun or particle. */
    private static final Pattern LIST_ITEM = Pattern.compile("[^,、;:.?!，；：。？！“”「」()（）\\s他她它们我你的了在把被是]{2,8}");
    /** Below this many occurrences in the segmenter's reference corpus a word is rare enough to be a name. */
    private static final int RARE = 10;

    /** Items of a 、-separated list in which some item is already a name (the 等 ending stripped). */
    private static Set<String> enumerated(String text, Set<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String clause : Units.clauses(text)) {
            if (!clause.contains("、")) continue;
            String[] items = clause.split("、");
            List<String> clean = new ArrayList<>();
            for (int i = 0; i < items.length; i++) {
                String item = items[i];
                if (i == 0) item = lastWord(item);
                if (i == items.length - 1) item = item.replaceFirst("(等|和|及)+.*$", "");
                if (LIST_ITEM.matcher(item).matches()) clean.add(item);
            }
            boolean listsNames = clean.stream().anyMatch(i -> names.stream().anyMatch(n -> n.equalsIgnoreCase(i)));
            if (listsNames && clean.size() == items.length) {
                for (String i : clean) if (names.stream().noneMatch(n -> n.equalsIgnoreCase(i))) out.add(i);
            }
        }
        return out;
    }

    /** The last word of the text before a list's first item (与英伟达 → 英伟达). */
    private static String lastWord(String s) {
        List<Words.Word> words = Words.of(s);
        return words.isEmpty() ? s : words.get(words.size() - 1).text();
    }

    /**
     * The name inside a run such as {@code 设计人物乔尼·艾维深度}: the first part keeps its trailing
     * characters and the last part its leading ones, as long as they are single characters or words
     * the dictionary does not know (transliterations are spelled with such characters).
     */
    static String trimTransliteration(String run) {
        String[] parts = run.split("[·・•‧]");
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
