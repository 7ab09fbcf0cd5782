package io.transcheck.job;

import io.transcheck.align.Embedder;
import io.transcheck.corpus.InputProblem;
import io.transcheck.corpus.JobDefinition;
import io.transcheck.corpus.JobDefinitionException;
import io.transcheck.corpus.JobDefinitionLoader;
import io.transcheck.pipeline.Pipeline;
import io.transcheck.pipeline.Settings;
import io.transcheck.pipeline.TranscriptLoader;
import io.transcheck.report.ErrorRow;
import io.transcheck.store.DocumentRecord;
import io.transcheck.store.ResultStore;
import io.transcheck.store.RunRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds each run's {@link RunContext} once per process from what the database holds, so that
 * threads, restarted steps and remote workers all see the same job.
 */
public class RunContexts {
    private static final Logger log = LoggerFactory.getLogger(RunContexts.class);

    private final ResultStore store;
    private final Environment env;
    private final TranscheckProperties properties;
    private final Embedder embedder;
    private final Map<String, RunContext> contexts = new ConcurrentHashMap<>();
    private final String build;

    /** @param build identifies the build (version and time): results of another build are not reused */
    public RunContexts(ResultStore store, Environment env, TranscheckProperties properties, Embedder embedder, String build) {
        this.store = store;
        this.env = env;
        this.properties = properties;
        this.embedder = embedder;
        this.build = build;
    }

    RunContext get(String runId) {
        return contexts.computeIfAbsent(runId, this::build);
    }

    void release(String runId) {
        contexts.remove(runId);
    }

    private RunContext build(String runId) {
        RunRecord run = store.run(runId).orElseThrow(() -> new IllegalStateException("run " + runId + " is not in the database"));
        JobDefinition def = definition(run);
        List<TranscriptLoader.TranscriptFile> files = store.documents(runId, DocumentRecord.Role.TRANSCRIPT).stream()
                .map(rec -> new TranscriptLoader.TranscriptFile(rec.docId(), rec.path())).toList();
        // a job's speakers are the whole list; without one, the configured labels plus each document's own
        Pipeline.Options options = Pipeline.Options.of(def, Settings.bind(env, def.settings()), properties.speakers(), properties.maxSentenceChars());
        Pipeline pipeline = Pipeline.build(options, files, embedder);
        pipeline.transcriptProblems().forEach((id, problems) -> {
            store.replaceErrors(runId, "transcript:" + id, problems.stream().map(p -> ErrorRow.of(id, p)).toList());
            problems.stream().filter(p -> p.severity() == InputProblem.Severity.ERROR).forEach(p -> log.warn("transcript {} skipped: {}", id, p));
        });
        pipeline.library().transcripts().forEach(t -> log.info("transcript {}: {} sentences", t.id(), t.size()));
        int documents = store.documents(runId, DocumentRecord.Role.EDITED).size();
        String base = String.join("|", pipeline.settings().toString(), options.speakers().toString(), def.aliases().toString(),
                pipeline.library().transcripts().stream().map(t -> t.id() + ":" + t.sha256()).sorted().toList().toString(),
                embedder.enabled() ? embedder.modelId() : "lexical", build) + (options.detectSpeakers() ? "|speakers found" : "");
        return new RunContext(runId, run.jobName(), pipeline, documents, new AtomicInteger(), base);
    }

    private static JobDefinition definition(RunRecord run) {
        try {
            return new JobDefinitionLoader(Settings.names()).parse(run.definition(), run.source(), run.root(), run.restricted());
        } catch (JobDefinitionException e) {
            throw new IllegalStateException("stored definition of run " + run.runId() + " is unreadable: " + e.getMessage(), e);
        }
    }
}
