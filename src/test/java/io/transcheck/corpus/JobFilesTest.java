package io.transcheck.corpus;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paths and globs of a job to files: name order, no transcript twice, empty globs and escaping links reported. */
class JobFilesTest {
    @TempDir
    Path root;

    @BeforeEach
    void files() throws Exception {
        for (String f : List.of("in/b.txt", "in/a.txt", "in/c.md", "in/.hidden.txt", "in/sub/d.txt", "in/t.txt")) {
            Files.createDirectories(root.resolve(f).getParent());
            Files.writeString(root.resolve(f), "正文。");
        }
    }

    @Test
    void glob_filesInNameOrder_hiddenAndSubfoldersLeftOut() {
        JobFiles.Resolved r = JobFiles.resolve(job(List.of("in/t.txt"), List.of("in/*.txt")));
        assertEquals(List.of(file("in/t.txt")), r.transcripts());
        assertEquals(List.of(file("in/a.txt"), file("in/b.txt")), r.edited());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void sameJobTwice_sameOrder() {
        JobDefinition job = job(List.of("in/t.txt"), List.of("in/{c.md,b.txt}", "in/*.txt", "in/sub/*"));
        List<Path> first = JobFiles.resolve(job).edited();
        assertEquals(List.of(file("in/b.txt"), file("in/c.md"), file("in/a.txt"), file("in/sub/d.txt")), first);
        assertEquals(first, JobFiles.resolve(job).edited());
    }

    @Test
    void doubleStar_reachesSubfolders() {
        assertEquals(List.of(file("in/sub/d.txt")), JobFiles.resolve(job(List.of("in/t.txt"), List.of("in/**/*.txt"))).edited());
    }

    @Test
    void globMatchingNothing_warningNamingPatternAndJob() {
        JobDefinition job = job(List.of("in/t.txt"), List.of("in/*.docx"));
        JobFiles.Resolved r = JobFiles.resolve(job);
        assertEquals(List.of(), r.edited());
        assertEquals(List.of(InputProblem.warning(job.origin(), 0, "'in/*.docx' matches no file",
                "check the pattern, or the folder it points to")), r.problems());
    }

    @Test
    void globInMissingFolder_warning() {
        JobFiles.Resolved r = JobFiles.resolve(job(List.of("in/t.txt"), List.of("nowhere/*.txt")));
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).problem().contains("'nowhere/*.txt' matches no file"));
    }

    @Test
    void missingPlainPath_keptForTheReadToReport() {
        JobFiles.Resolved r = JobFiles.resolve(job(List.of("in/t.txt"), List.of("in/gone.txt")));
        assertEquals(List.of(file("in/gone.txt")), r.edited());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void linkLeavingTheRoot_refused(@TempDir Path elsewhere) throws Exception {
        Path outside = Files.writeString(elsewhere.resolve("secret.txt"), "机密。");
        Files.createSymbolicLink(root.resolve("in/link.txt"), outside);
        JobFiles.Resolved r = JobFiles.resolve(job(List.of("in/t.txt"), List.of("in/*.txt")));
        assertEquals(List.of(file("in/a.txt"), file("in/b.txt")), r.edited());
        assertEquals(1, r.problems().size());
        assertEquals(InputProblem.Severity.ERROR, r.problems().get(0).severity());
        assertTrue(r.problems().get(0).problem().contains("leads outside the job's folder"), r.problems().toString());
    }

    private JobDefinition job(List<String> transcripts, List<String> edited) {
        return new JobDefinition("test", root.resolve("jobs/test.yml"), root, true, transcripts, edited, Map.of(), Map.of(), Map.of());
    }

    private Path file(String name) {
        return root.resolve(name).normalize();
    }
}
