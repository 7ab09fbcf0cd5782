package io.transcheck.job;

import io.transcheck.align.Embedder;
import io.transcheck.corpus.DocumentReader;
import io.transcheck.corpus.InputException;
import io.transcheck.corpus.InputProblem;
import io.transcheck.corpus.JobDefinition;
import io.transcheck.corpus.JobDefinitionException;
import io.transcheck.corpus.JobDefinitionLoader;
import io.transcheck.corpus.SourceDocument;
import io.transcheck.pipeline.Pipeline;
import io.transcheck.pipeline.Settings;
import io.transcheck.report.ErrorRow;
import io.transcheck.store.DocumentRecord;
import io.transcheck.store.ResultStore;
import io.transcheck.store.RunRecord;
import io.transcheck.text.ChineseConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

import java.util.ArrayList;
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
    /** Below this share of Traditional characters a transcript is probably Simplified. */
    private static final double SIMPLIFIED_TRANSCRIPT = 0.005;

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
        List<SourceDocument> transcripts = new ArrayList<>();
        for (DocumentRecord rec : store.documents(runId, DocumentRecord.TRANSCRIPT)) {
            String scope = "transcript:" + rec.docId();
            try {
                SourceDocument doc = DocumentReader.read(rec.path(), true);
                List<ErrorRow> problems = new ArrayList<>(doc.warnings().stream().map(w -> ErrorRow.of(rec.docId(), w)).toList());
                double traditional = ChineseConverter.instance().traditionalShare(text(doc));
                if (traditional < SIMPLIFIED_TRANSCRIPT) {
                    problems.add(ErrorRow.of(rec.docId(), InputProblem.warning(rec.path().toString(), 0, String.format(
                            "the transcript looks Simplified, not Traditional (%.1f%% of its characters are Traditional); checked anyway", 100 * traditional),
                            "check that this file is the transcript and not an article")));
                }
                if (!doc.hasContent()) {
                    problems.add(ErrorRow.of(rec.docId(), InputProblem.error(rec.path().toString(), 0,
                            "the transcript has no text left after removing boilerplate", "check that this is the right file")));
                } else {
                    transcripts.add(doc);
                }
                store.replaceErrors(runId, scope, problems);
            } catch (InputException e) {
                store.replaceErrors(runId, scope, List.of(ErrorRow.of(rec.docId(), e.problem())));
                log.warn("transcript {} skipped: {}", rec.docId(), e.problem());
            }
        }
        // a job's speakers are the whole list; without one, the configured labels plus each document's own
        boolean detect = def.speakers().isEmpty();
        Map<String, List<String>> speakers = detect ? properties.speakers() : def.speakers();
        Pipeline pipeline = new Pipeline(new Pipeline.Options(Settings.bind(env, def.settings()), speakers, def.aliases(),
                properties.maxSentenceChars(), detect), transcripts, embedder);
        pipeline.library().transcripts().forEach(t -> log.info("transcript {}: {} sentences", t.id(), t.size()));
        int documents = store.documents(runId, DocumentRecord.EDITED).size();
        String base = String.join("|", pipeline.settings().toString(), speakers.toString(), def.aliases().toString(),
                transcripts.stream().map(t -> t.id() + ":" + t.sha256()).sorted().toList().toString(),
                embedder.enabled() ? embedder.modelId() : "lexical", build) + (detect ? "|speakers found" : "");
        return new RunContext(runId, run.jobName(), pipeline, documents, new AtomicInteger(), base);
    }

    private static String text(SourceDocument doc) {
        StringBuilder sb = new StringBuilder();
        doc.lines().forEach(l -> sb.append(l.text()).append('\n'));
        return sb.toString();
    }

    private static JobDefinition definition(RunRecord run) {
        try {
            return new JobDefinitionLoader(Settings.names()).parse(run.definition(), run.source(), run.root(), run.restricted());
        } catch (JobDefinitionException e) {
            throw new IllegalStateException("stored definition of run " + run.runId() + " is unreadable: " + e.getMessage(), e);
        }
    }
}
