package io.transcheck.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Job files: the shipped one loads; each kind of mistake is refused naming the file and the line. */
class JobDefinitionLoaderTest {
    private static final JobDefinitionLoader LOADER = new JobDefinitionLoader(Set.of("labels.invented-support", "labels.drift", "checks.NUMBER_MISMATCH.enabled"));

    @TempDir
    Path root;

    @Test
    void shippedJob_loads() throws Exception {
        JobDefinition job = LOADER.load(Path.of("jobs/stratechery-2025-10.yml"));
        assertEquals("stratechery-2025-10", job.name());
        assertEquals(Path.of("").toAbsolutePath().normalize(), job.root());
        assertTrue(job.restricted());
        assertEquals(List.of("seeds/001_7439e84836933ddf.txt"), job.transcripts());
        assertEquals(List.of("seeds/*.txt"), job.edited());
        assertEquals(Map.of(Role.HOST, List.of("主持人", "汤普森", "Thompson"), Role.GUEST, List.of("SA", "奥特曼", "Altman")), job.speakers());
        assertEquals(List.of("菲吉・西莫"), job.aliases().get("Fidji Simo"));
        assertEquals(Map.of(), job.settings());
    }

    @Test
    void everyKey_readFromAJobInAJobsFolder() throws Exception {
        Path file = write("""
                name: nightly_1.0
                description: one transcript, a path for edited
                transcripts: in/transcript.txt
                edited: [in/a.txt, "in/*.md"]
                speakers:
                  host: 主持人
                  guest: [SA, 奥特曼]
                thresholds:
                  labels.drift: 0.4
                """);
        JobDefinition job = LOADER.load(file);
        assertEquals(root.toRealPath(), job.root().toRealPath());
        assertEquals(file, job.source());
        assertEquals(List.of("in/transcript.txt"), job.transcripts());
        assertEquals(List.of("in/a.txt", "in/*.md"), job.edited());
        assertEquals(Map.of(Role.HOST, List.of("主持人"), Role.GUEST, List.of("SA", "奥特曼")), job.speakers());
        assertEquals(Map.of("labels.drift", "0.4"), job.settings());
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("bad YAML syntax", "name: x\ntranscripts: a.txt\nedited: [b.txt\n", 4, "not valid YAML"),
                Arguments.of("tab indentation", "name: x\n\ttranscripts: a.txt\n", 2, "not valid YAML"),
                Arguments.of("not a mapping", "- a.txt\n- b.txt\n", 1, "a job file is a YAML mapping"),
                Arguments.of("unknown key", "name: x\ntranscripts: a.txt\nedited: b.txt\ncolour: red\n", 4, "unknown key 'colour'"),
                Arguments.of("key twice", "name: x\nname: y\ntranscripts: a.txt\nedited: b.txt\n", 2, "'name' is given twice"),
                Arguments.of("name is a list", "name: [a, b]\ntranscripts: a.txt\nedited: b.txt\n", 1, "'name' must be a single value, found a list"),
                Arguments.of("bad name", "name: bad name!\ntranscripts: a.txt\nedited: b.txt\n", 1, "name 'bad name!' may only use"),
                Arguments.of("path is a mapping", "name: x\ntranscripts:\n  key: a.txt\nedited: b.txt\n", 3, "must be a single value, found a mapping"),
                Arguments.of("empty list", "name: x\ntranscripts: []\nedited: b.txt\n", 2, "'transcripts' is empty"),
                Arguments.of("speakers not a mapping", "name: x\ntranscripts: a.txt\nedited: b.txt\nspeakers: host\n", 4, "'speakers' maps a role"),
                Arguments.of("label shared", "name: x\ntranscripts: a.txt\nedited: b.txt\nspeakers:\n  host: [SA]\n  guest: [sa]\n", 6, "label 'sa' is given to more than one speaker"),
                Arguments.of("unknown role", "name: x\ntranscripts: a.txt\nedited: b.txt\nspeakers:\n  host: [Q]\n  interviewer: [I]\n", 6, "unknown speaker role 'interviewer'"),
                Arguments.of("switch not true or false", "name: x\ntranscripts: a.txt\nedited: b.txt\nthresholds:\n  checks.NUMBER_MISMATCH.enabled: off\n", 5, "must be true or false, found 'off'"),
                Arguments.of("threshold not a number", "name: x\ntranscripts: a.txt\nedited: b.txt\nthresholds:\n  labels.drift: high\n", 5, "must be a number, found 'high'"),
                Arguments.of("unknown threshold", "name: x\ntranscripts: a.txt\nedited: b.txt\nthresholds:\n  labels.nope: 1\n", 5, "unknown threshold 'labels.nope'"),
                Arguments.of("parent path", "name: x\ntranscripts: a.txt\nedited:\n  - b.txt\n  - ../outside.txt\n", 5, "'../outside.txt' is outside the job's folder"),
                Arguments.of("absolute path", "name: x\ntranscripts: /etc/passwd\nedited: b.txt\n", 2, "'/etc/passwd' is outside the job's folder"),
                Arguments.of("path climbing out", "name: x\ntranscripts: a.txt\nedited: in/../../x.txt\n", 3, "is outside the job's folder"),
                Arguments.of("glob climbing out", "name: x\ntranscripts: a.txt\nedited: ../*.txt\n", 3, "'../*.txt' is outside the job's folder"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void mistake_refusedNamingFileAndLine(String what, String yaml, int line, String message) throws Exception {
        Path file = write(yaml);
        JobDefinitionException e = assertThrows(JobDefinitionException.class, () -> LOADER.load(file));
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void missingKey_refusedNamingFileAndKey() throws Exception {
        Path file = write("name: x\ntranscripts: a.txt\n");
        JobDefinitionException e = assertThrows(JobDefinitionException.class, () -> LOADER.load(file));
        assertEquals(file + ":1: missing 'edited' (the articles to check: paths or globs)", e.getMessage());
    }

    @Test
    void notUtf8_refused() throws Exception {
        Path file = Files.createDirectories(root.resolve("jobs")).resolve("latin1.yml");
        Files.write(file, "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        JobDefinitionException e = assertThrows(JobDefinitionException.class, () -> LOADER.load(file));
        assertEquals(file + ": job file is not UTF-8; re-save it as UTF-8", e.getMessage());
    }

    @Test
    void adHocDefinition_mayNameFilesAnywhere() throws Exception {
        JobDefinition job = JobDefinition.adHoc("adhoc", List.of(Path.of("/data/t.txt")), List.of(Path.of("../a.txt")), Map.of(), root);
        assertEquals(List.of("/data/t.txt"), job.transcripts());
        assertEquals(List.of(Path.of("../a.txt").toAbsolutePath().toString()), job.edited());
        assertEquals("command line", job.origin());
        JobDefinition stored = LOADER.parse(JobDefinitionLoader.toYaml(job), null, root, false);
        assertEquals(job, stored, "a run stores its definition as YAML, and a restart reads it back");
    }

    @Test
    void jobFileOutsideJobsFolder_rootIsItsOwnFolder() {
        assertEquals(root.toAbsolutePath().normalize(), JobDefinitionLoader.rootOf(root.resolve("job.yml")));
        assertEquals(root.toAbsolutePath().normalize(), JobDefinitionLoader.rootOf(root.resolve("jobs/job.yml")));
    }

    @Test
    void toYaml_readsBackToTheSameDefinition() throws Exception {
        JobDefinition job = LOADER.load(Path.of("jobs/stratechery-2025-10.yml"));
        JobDefinition back = LOADER.parse(JobDefinitionLoader.toYaml(job), job.source(), job.root(), true);
        assertEquals(job, back);
    }

    private Path write(String yaml) throws Exception {
        Path jobs = Files.createDirectories(root.resolve("jobs"));
        return Files.writeString(jobs.resolve("job.yml"), yaml);
    }
}
