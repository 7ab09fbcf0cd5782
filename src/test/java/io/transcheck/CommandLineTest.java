package io.transcheck;

import io.transcheck.check.Label;
import io.transcheck.corpus.Role;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each form of the command line reads into its own command record. */
class CommandLineTest {

    @Test
    void noArguments_runEveryJob() throws Exception {
        Command.RunJobs run = assertInstanceOf(Command.RunJobs.class, CommandLine.parse());
        assertInstanceOf(Command.AllJobs.class, run.jobs());
        assertEquals(new Command.RunOptions(null, null, false, null, Set.of(), null, false, List.of()), run.options());
    }

    @Test
    void adHocRun_keepsItsFilesSpeakersAndOptions() throws Exception {
        Command.RunJobs run = assertInstanceOf(Command.RunJobs.class, CommandLine.parse("--transcript=t.txt,u.txt", "--edited=a.txt",
                "--speakers=host:主持人,Q;guest:SA", "--reports=out", "--threads=3", "--full", "--fail-on=INVENTED_CLAIM",
                "--transcheck.embeddings.enabled=false"));
        Command.AdHoc adHoc = assertInstanceOf(Command.AdHoc.class, run.jobs());
        assertEquals(List.of(Path.of("t.txt"), Path.of("u.txt")), adHoc.transcripts());
        assertEquals("adhoc", adHoc.name());
        assertEquals(Map.of(Role.HOST, List.of("主持人", "Q"), Role.GUEST, List.of("SA")), adHoc.speakers());
        assertEquals(new Command.RunOptions(Path.of("out"), 3, true, null, Set.of(Label.INVENTED_CLAIM), null, false,
                List.of("--transcheck.embeddings.enabled=false")), run.options());
    }

    @Test
    void otherCommands_readIntoTheirRecords() throws Exception {
        assertEquals(new Command.OneJob(Path.of("jobs/x.yml")), ((Command.RunJobs) CommandLine.parse("--job=jobs/x.yml")).jobs());
        assertEquals(new Command.Evaluate(Path.of("r.csv"), List.of(Path.of("g1.tsv"), Path.of("g2"))),
                CommandLine.parse("evaluate", "--report=r.csv", "--gold=g1.tsv,g2"));
        assertEquals(new Command.Benchmark(List.of("--scales=1")), CommandLine.parse("benchmark", "--scales=1"));
        assertEquals(new Command.Worker(4, List.of("--transcheck.role=worker")), CommandLine.parse("--role=worker", "--threads=4"));
        assertEquals(new Command.Broker("0.0.0.0:1"), CommandLine.parse("--role=broker", "--broker=0.0.0.0:1"));
        assertInstanceOf(Command.Help.class, CommandLine.parse("--help"));
        assertTrue(((Command.RunJobs) CommandLine.parse("--role=manager", "--job=j.yml")).options().manager());
    }

    @Test
    void speakerRoleOtherThanHostOrGuest_isRefused() {
        UsageException e = assertThrows(UsageException.class, () -> CommandLine.parse("--transcript=t", "--edited=a", "--speakers=boss:X"));
        assertTrue(e.getMessage().contains("'boss'"), e.getMessage());
    }
}
