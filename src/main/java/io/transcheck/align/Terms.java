package io.transcheck.align;

import io.transcheck.corpus.Resources;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Distinctive terms of a text: words in Latin script (names of people, companies and products in
 * Chinese tech writing: Zillow, AMD, Stratechery), lower-cased, minus web and markup words and
 * common abbreviations (AI, API, CEO). An
 * article about an interview reuses the interview's names; one about another interview shares
 * only the famous ones.
 */
public final class Terms {
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9]+");
    private static final Set<String> IGNORED = Set.copyOf(Resources.words("/align/ignored-terms.txt"));

    private Terms() {}

    public static Set<String> of(String normalized) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(normalized);
        while (m.find()) {
            if (!IGNORED.contains(m.group())) out.add(m.group());
        }
        return out;
    }

    /** Whether a lower-case Latin word names nothing (markup, a common abbreviation). */
    public static boolean isCommon(String word) {
        return IGNORED.contains(word);
    }

    public static Set<String> of(List<String> normalizedTexts) {
        Set<String> out = new LinkedHashSet<>();
        normalizedTexts.forEach(t -> out.addAll(of(t)));
        return out;
    }
}
