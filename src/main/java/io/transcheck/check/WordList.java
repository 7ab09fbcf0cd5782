package io.transcheck.check;

import io.transcheck.corpus.Resources;
import io.transcheck.text.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A word list from a resource file, matched in normalized text on word boundaries (HanLP's), longest
 * words first. A one-character word may open a longer one (不 in 不想, 没 in 没做): negators and
 * prefixes glue to what they modify.
 */
final class WordList {
    private final List<String> words;

    WordList(String resource) {
        List<String> w = new ArrayList<>(Resources.words(resource));
        w.sort(Comparator.comparingInt(String::length).reversed());
        this.words = List.copyOf(w);
    }

    /** The listed words found in the text, in order of appearance, not counting overlaps of a longer match. */
    List<String> find(String text) {
        return find(text, null);
    }

    /** As {@link #find(String)}, ignoring spans covered by words of {@code except}. */
    List<String> find(String text, WordList except) {
        boolean[] taken = new boolean[text.length()];
        if (except != null) mark(text, except.words, taken, null);
        List<int[]> hits = new ArrayList<>();
        mark(text, words, taken, hits);
        hits.sort(Comparator.comparingInt(h -> h[0]));
        List<String> out = new ArrayList<>();
        for (int[] h : hits) out.add(text.substring(h[0], h[1]));
        return out;
    }

    /** The listed word the text begins with (the longest), or null. */
    String startOf(String text) {
        for (String w : words) if (text.startsWith(w)) return w;
        return null;
    }

    private static void mark(String text, List<String> words, boolean[] taken, List<int[]> hits) {
        boolean[] boundary = Words.boundaries(text);
        for (String w : words) {
            int i = text.indexOf(w);
            while (i >= 0) {
                boolean free = boundary[i] && (w.length() == 1 || boundary[i + w.length()]);
                for (int k = i; k < i + w.length(); k++) free &= !taken[k];
                if (free) {
                    for (int k = i; k < i + w.length(); k++) taken[k] = true;
                    if (hits != null) hits.add(new int[] {i, i + w.length()});
                }
                i = text.indexOf(w, i + 1);
            }
        }
    }
}
