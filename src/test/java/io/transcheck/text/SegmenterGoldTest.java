package io.transcheck.text;

import io.transcheck.corpus.Role;

import io.transcheck.corpus.DocumentReader;
import io.transcheck.eval.Evaluator;
import io.transcheck.eval.GoldRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The segmentation the dev gold (../shared/gold/dev/000-part3.tsv) was labelled on: for every gold
 * row, the sentence the Evaluator would match (the first of the document whose text contains the
 * key) is the sentence whose number the row's id names (S210 is sentence 210), on line 145 or later.
 */
class SegmenterGoldTest {
    private static final Path GOLD = Path.of("../shared/gold/dev/000-part3.tsv");
    private static final Path ARTICLE = Path.of("seeds/000_ebe397025fdbd02a.txt");
    private static final Map<Role, List<String>> SPEAKERS = Map.of(
            Role.HOST, List.of("主持人", "汤普森", "Thompson"), Role.GUEST, List.of("SA", "奥特曼", "Altman"));

    private static List<GoldRow> gold;
    private static List<Sentence> sentences;

    @BeforeAll
    static void segment() throws Exception {
        gold = Evaluator.readGold(GOLD);
        sentences = new Segmenter(new SpeakerAliases(SPEAKERS), new Normalizer(), 300).segment(DocumentReader.read(ARTICLE));
    }

    @Test
    void everyGoldRow_matchesTheSentenceItsIdNames() {
        assertEquals(87, gold.size(), "rows in " + GOLD);
        Set<Integer> used = new HashSet<>();
        for (GoldRow g : gold) {
            String where = GOLD + ":" + g.line() + " " + g.id() + " «" + g.key() + "»";
            assertEquals(ARTICLE.getFileName().toString(), g.docFile(), where);
            Sentence match = sentences.stream().filter(s -> s.text().contains(g.key())).findFirst().orElse(null);
            assertTrue(match != null, where + ": no sentence contains the key");
            assertEquals(g.id(), "S" + match.no(), where + ": matched «" + match.text() + "»");
            assertTrue(match.lineNo() >= 145, where + ": line " + match.lineNo());
            assertTrue(used.add(match.no()), where + ": sentence " + match.no() + " matched twice");
        }
    }

    @Test
    void sectionTitlesOfThePart_areHeadingsOutsideAnyTurn() {
        for (int no : List.of(210, 261, 280)) {
            Sentence s = sentences.get(no - 1);
            assertEquals(SentenceKind.HEADING, s.kind(), "S" + no + " «" + s.text() + "»");
            assertEquals(0, s.turn(), "S" + no);
        }
    }

    @Test
    void sentencesOfThePart_carryTheRoleOfTheirTurn() {
        Sentence host = sentences.get(211 - 1);
        Sentence guest = sentences.get(215 - 1);
        assertEquals(Role.HOST, host.role());
        assertEquals("汤普森", host.speaker());
        assertEquals(Role.GUEST, guest.role());
        assertEquals(host.turn() + 1, guest.turn());
    }
}
