package io.transcheck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exit status 2 with a one-line reason for bad usage and bad job files, before anything runs. */
class CommandLineExitTest {

    private static String[] run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int code = TranscheckApplication.run(args);
            return new String[] {Integer.toString(code), buf.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(err);
        }
    }

    @Test
    void unknownOption_exits2() {
        String[] r = run("--bogus=1");
        assertEquals("2", r[0]);
        assertTrue(r[1].contains("--bogus"), r[1]);
        assertEquals(1, r[1].strip().lines().count(), "one line: " + r[1]);
    }

    @Test
    void missingJobFile_exits2() {
        String[] r = run("--job=nowhere/none.yml");
        assertEquals("2", r[0]);
        assertTrue(r[1].contains("none.yml") && r[1].contains("not found"), r[1]);
    }

    @Test
    void jobFileWithAMistake_exits2NamingFileAndLine(@TempDir Path dir) throws Exception {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Path job = jobs.resolve("bad.yml");
        Files.writeString(job, "name: bad\ntranscripts: t.txt\nedited: a.txt\nspeaker: {host: [主持人]}\n");
        String[] r = run("--job=" + job);
        assertEquals("2", r[0]);
        assertTrue(r[1].contains("bad.yml:4") && r[1].contains("speaker"), r[1]);
    }

    @Test
    void badScheduleOrFailOn_exits2() {
        String[] r = run("--schedule=every night");
        assertEquals("2", r[0]);
        assertTrue(r[1].contains("cron"), r[1]);
        r = run("--fail-on=PARAPHRASE");
        assertEquals("2", r[0]);
        assertTrue(r[1].contains("INVENTED_CLAIM"), r[1]);
    }
}
