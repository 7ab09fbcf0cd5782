package io.transcheck;

import io.transcheck.check.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pairs command (DESIGN.md): one answer per input row, in order; a malformed row named by its line. */
class PairsCommandTest {

    @Test
    void everyRowAnswered_inOrder_malformedRowNamedByLine(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("pairs.tsv"), String.join("\n",
                "id\tsource\tclaim",
                "same\t我們今年會在三個城市試點。\t我们今年会在三个城市试点。",
                "changed\t我們今年會在三個城市試點。\t我们今年会在七个城市全面推广。",
                "broken\tonly two cells",
                "quoted\t\"跨兩行的\n來源，含有\"\"引號\"\"。\"\t火星基地明年启用，第一批居民已经签约。",
                ""), StandardCharsets.UTF_8);
        Path out = dir.resolve("labels.tsv");
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = TranscheckApplication.run("pairs", "--input=" + in, "--output=" + out, "--lexical");
        } finally {
            System.setErr(err);
        }
        assertEquals(0, code, buf.toString(StandardCharsets.UTF_8));
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains(in + ":4: expected 3 tab-separated cells"), buf.toString(StandardCharsets.UTF_8));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals("id\tlabel\tscore\treasons", lines.get(0));
        assertEquals(List.of("same", "changed", "broken", "quoted"), lines.subList(1, 5).stream().map(l -> l.split("\t")[0]).toList());
        assertTrue(lines.get(1).startsWith("same\t" + Label.FAITHFUL + "\t"), lines.get(1));
        assertTrue(lines.get(2).contains(Label.PARAPHRASE_DRIFT.name()) && lines.get(2).contains("NUMBER_MISMATCH"), lines.get(2));
        assertEquals("broken\t\t\tERROR: line 4: expected 3 tab-separated cells (id, source, claim), found 2", lines.get(3));
        assertTrue(lines.get(4).startsWith("quoted\t" + Label.INVENTED_CLAIM + "\t"), lines.get(4));
    }

    @Test
    void missingHeader_isBadUsageNamingTheFile(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("pairs.tsv"), "a\tb\tc\n", StandardCharsets.UTF_8);
        assertEquals(TranscheckApplication.USAGE, TranscheckApplication.run("pairs", "--input=" + in, "--output=" + dir.resolve("o.tsv"), "--lexical"));
    }
}
