package io.transcheck.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordsTest {
    private static final Normalizer NORMALIZER = new Normalizer();

    @Test
    void punctuationGluedToAWord_isAWordOfItsOwn() {
        String text = NORMALIZER.normalize("你如何平衡这些相互影响的反馈信号？").text();
        List<Words.Word> words = Words.of(text);
        for (Words.Word w : words) {
            assertEquals(w.text(), text.substring(w.start(), w.start() + w.text().length()), "offsets: " + words);
            if (w.isContent()) assertTrue(w.text().chars().allMatch(Character::isLetterOrDigit), "content word with punctuation: " + words);
        }
        assertTrue(words.stream().anyMatch(w -> w.text().equals("信号") && !w.isName()), "a common noun, not a company: " + words);
    }
}
