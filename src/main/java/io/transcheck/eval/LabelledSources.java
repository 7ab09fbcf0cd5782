package io.transcheck.eval;

import io.transcheck.align.BgeSmallZhEmbedder;
import io.transcheck.align.CachingEmbedder;
import io.transcheck.align.Embedder;
import io.transcheck.corpus.JobDefinition;
import io.transcheck.corpus.JobDefinitionException;
import io.transcheck.corpus.JobDefinitionLoader;
import io.transcheck.corpus.Role;
import io.transcheck.pipeline.Pipeline;
import io.transcheck.pipeline.Settings;
import io.transcheck.store.JdbcEmbeddingCache;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The labelled data a command learns from or scores: a corpus folder of interviews and/or a job
 * with gold labels, each run as one library with the settings a nightly run would use
 * (application.yml, the job's own speakers and thresholds).
 *
 * @param corpus a corpus folder (../shared/corpus), or null
 * @param job    a job file whose articles {@code gold} labels, or null
 * @param gold   the gold folder or file of the job's articles (../shared/gold/dev), or null
 */
public record LabelledSources(Path corpus, Path job, Path gold) {
    public LabelledSources {
        if (corpus == null && job == null) throw new IllegalArgumentException("name a corpus folder, a job with gold labels, or both");
        if ((job == null) != (gold == null)) throw new IllegalArgumentException("a job needs its gold labels, and gold labels their job");
    }

    /** The labelled data run through the pipeline: one run per library (the corpus; the job). */
    public List<LabelledRun> run(Embedder embedder) throws IOException {
        StandardEnvironment env = Settings.applicationDefaults();
        Map<Role, List<String>> defaults = defaultSpeakers(env);
        int maxChars = env.getProperty("transcheck.max-sentence-chars", Integer.class, 300);
        List<LabelledRun> runs = new ArrayList<>();
        if (corpus != null) {
            runs.add(LabelledRun.run(LabelledData.corpus(corpus),
                    new Pipeline.Options(Settings.bind(env, Map.of()), defaults, Map.of(), maxChars, true), embedder));
        }
        if (job != null) {
            JobDefinition def;
            try {
                def = new JobDefinitionLoader(Settings.names()).load(job);
            } catch (JobDefinitionException e) {
                throw new IOException(e.getMessage(), e);
            }
            runs.add(LabelledRun.run(List.of(LabelledData.job(def, gold)),
                    Pipeline.Options.of(def, Settings.bind(env, def.settings()), defaults, maxChars), embedder));
        }
        return runs;
    }

    /** transcheck.speakers of application.yml, as the job binds them (TranscheckProperties). */
    private static Map<Role, List<String>> defaultSpeakers(StandardEnvironment env) {
        Bindable<Map<Role, List<String>>> type = Bindable.of(ResolvableType.forClassWithGenerics(Map.class,
                ResolvableType.forClass(Role.class), ResolvableType.forClassWithGenerics(List.class, String.class)));
        return Binder.get(env).bind("transcheck.speakers", type).orElse(Map.of());
    }

    /** The embedding model with a cache of its vectors in {@code data/eval-embeddings} (re-runs embed only new sentences). */
    public static Embedder cachedModel(Path dataDir, int threads) {
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("eval-embeddings") + ";AUTO_SERVER=TRUE", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.execute("CREATE TABLE IF NOT EXISTS tc_embedding (cache_key VARCHAR(64) NOT NULL PRIMARY KEY, vector VARCHAR(8000) NOT NULL)");
        return new CachingEmbedder(new io.transcheck.align.LazyEmbedder(() -> new BgeSmallZhEmbedder(threads)), new JdbcEmbeddingCache(jdbc));
    }
}
