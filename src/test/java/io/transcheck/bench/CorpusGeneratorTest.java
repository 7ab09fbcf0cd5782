package io.transcheck.bench;

import io.transcheck.align.DocumentAlignment;
import io.transcheck.align.Embedder;
import io.transcheck.corpus.DocumentReader;
import io.transcheck.corpus.Role;
import io.transcheck.corpus.SourceDocument;
import io.transcheck.pipeline.Pipeline;
import io.transcheck.pipeline.Settings;
import io.transcheck.pipeline.TranscriptLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusGeneratorTest {

    @Test
    void sameSeed_givesByteIdenticalCorpora(@TempDir Path a, @TempDir Path b) throws Exception {
        CorpusGenerator g = new CorpusGenerator(Path.of("seeds"));
        CorpusGenerator.Corpus first = g.generate(a, 2, 7);
        CorpusGenerator.Corpus second = new CorpusGenerator(Path.of("seeds")).generate(b, 2, 7);
        assertEquals(2, first.transcripts().size());
        assertEquals(6, first.articles().size(), "two articles per transcript and one on something else");
        for (int i = 0; i < first.articles().size(); i++) {
            assertArrayEquals(Files.readAllBytes(first.articles().get(i)), Files.readAllBytes(second.articles().get(i)));
        }
        assertArrayEquals(Files.readAllBytes(first.transcripts().get(1)), Files.readAllBytes(second.transcripts().get(1)));
        assertNotEquals(Files.readString(first.transcripts().get(0)), Files.readString(first.transcripts().get(1)), "transcripts differ");
    }

    @Test
    void articles_matchTheirOwnTranscriptAndOthersMatchNone(@TempDir Path dir) throws Exception {
        CorpusGenerator.Corpus c = new CorpusGenerator(Path.of("seeds")).generate(dir, 3, 11);
        Pipeline p = Pipeline.build(new Pipeline.Options(Settings.defaults(),
                Map.of(Role.HOST, List.of("主持人", "汤普森"), Role.GUEST, List.of("SA", "奥特曼")), Map.of(), 300),
                c.transcripts().stream().map(TranscriptLoader.TranscriptFile::of).toList(), Embedder.NONE);
        for (Path article : c.articles()) {
            DocumentAlignment a = p.align(DocumentReader.read(article));
            String name = article.getFileName().toString();
            if (CorpusGenerator.transcriptOf(name) == null) {
                assertFalse(a.match().matched(), name + " is about something else");
            } else {
                assertTrue(a.match().matched(), name + " should match: " + a.match().share());
                assertEquals(CorpusGenerator.transcriptOf(name), a.match().transcript().id(), name + " matches its own transcript");
            }
        }
    }
}
