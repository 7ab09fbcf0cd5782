package io.transcheck.job;

import io.transcheck.align.AlignedSentence;
import io.transcheck.align.BgeSmallZhEmbedder;
import io.transcheck.align.CachingEmbedder;
import io.transcheck.align.Embedder;
import io.transcheck.align.LazyEmbedder;
import io.transcheck.report.SentenceRow;
import io.transcheck.store.JdbcEmbeddingCache;
import io.transcheck.store.ResultStore;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly job, as a table of contents:
 * <ol>
 *   <li>{@code prepare}: expand the job's paths into the run's documents ({@link PrepareTasklet});</li>
 *   <li>{@code check}: one partition per edited document, on a thread pool; each reads, matches and
 *       aligns its document, then checks it in chunks of sentences ({@link DocumentItemReader},
 *       {@link SentenceItemProcessor}, {@link SentenceItemWriter});</li>
 *   <li>{@code report}: write the CSV files and publish them as latest ({@link ReportTasklet}).</li>
 * </ol>
 * Runs are told apart by the identifying parameter {@value #RUN_ID}; there is no incrementer, so
 * the same parameters after a failure restart the same run.
 */
@Configuration
@EnableConfigurationProperties(TranscheckProperties.class)
public class TranscheckJobConfiguration {
    public static final String JOB = "transcheck";
    public static final String RUN_ID = "run.id";
    static final String NOT_A_WORKER = "'${" + RemotePartitioningConfiguration.ROLE + ":standalone}' != 'worker'";
    public static final String JOB_NAME = "job.name";
    /** Non-identifying: a reviewed flagged.csv to import before the run. */
    public static final String IMPORT_REVIEWS = "reviews.import";
    /** Non-identifying: "true" re-checks every document even if it has not changed. */
    public static final String FULL = "run.full";

    /** Runs are launched by standalone processes and managers; a worker only executes partitions. */
    @Bean
    @ConditionalOnExpression(NOT_A_WORKER)
    public Job transcheckJob(JobRepository repo, Step prepareStep, Step checkStep, Step reportStep) {
        return new JobBuilder(JOB, repo).start(prepareStep).next(checkStep).next(reportStep).build();
    }

    @Bean
    public Step prepareStep(JobRepository repo, PlatformTransactionManager tx, ResultStore store,
                            org.springframework.beans.factory.ObjectProvider<DatabaseRecovery> recovery) {
        return new StepBuilder("prepare", repo).tasklet(new PrepareTasklet(store, recovery.getIfAvailable(() -> DatabaseRecovery.NONE)), tx).build();
    }

    /** Standalone: the partitions run on a local thread pool (see RemotePartitioningConfiguration for the other roles). */
    @Bean
    @ConditionalOnProperty(name = RemotePartitioningConfiguration.ROLE, havingValue = "standalone", matchIfMissing = true)
    public Step checkStep(JobRepository repo, Step checkDocumentStep, DocumentPartitioner documentPartitioner,
                          TaskExecutor checkTaskExecutor, TranscheckProperties props) {
        return new StepBuilder("check", repo)
                .partitioner("checkDocument", documentPartitioner)
                .step(checkDocumentStep)
                .taskExecutor(checkTaskExecutor)
                .gridSize(props.threads())
                .build();
    }

    @Bean
    @ConditionalOnProperty(name = RemotePartitioningConfiguration.ROLE, havingValue = "standalone", matchIfMissing = true)
    public Step checkDocumentStep(JobRepository repo, PlatformTransactionManager tx, TranscheckProperties props, DocumentStepParts parts) {
        return checkDocument(new StepBuilder("checkDocument", repo), tx, props.chunkSize(), parts);
    }

    /** The step-scoped reader, processor, writer and listener of the per-document step. */
    record DocumentStepParts(DocumentItemReader reader, SentenceItemProcessor processor, SentenceItemWriter writer,
                             ProgressListener listener) {}

    @Bean
    DocumentStepParts documentStepParts(DocumentItemReader documentReader, SentenceItemProcessor sentenceProcessor,
                                        SentenceItemWriter sentenceWriter, ProgressListener progressListener) {
        return new DocumentStepParts(documentReader, sentenceProcessor, sentenceWriter, progressListener);
    }

    /** The per-document chunk step, the same whether a local thread or a remote worker runs it. */
    static Step checkDocument(StepBuilder builder, PlatformTransactionManager tx, int chunkSize, DocumentStepParts parts) {
        return builder
                .<AlignedSentence, SentenceRow>chunk(chunkSize)
                .transactionManager(tx)
                .reader(parts.reader())
                .processor(parts.processor())
                .writer(parts.writer())
                .listener(parts.listener())
                .build();
    }

    @Bean
    public Step reportStep(JobRepository repo, PlatformTransactionManager tx, ResultStore store, RunContexts contexts) {
        return new StepBuilder("report", repo).tasklet(new ReportTasklet(store, contexts), tx).build();
    }

    @Bean
    @StepScope
    DocumentPartitioner documentPartitioner(ResultStore store, @Value("#{jobParameters['" + RUN_ID + "']}") String runId) {
        return new DocumentPartitioner(store, runId);
    }

    @Bean
    @StepScope
    DocumentItemReader documentReader(ResultStore store, RunContexts contexts,
                                      @Value("#{jobParameters['" + RUN_ID + "']}") String runId,
                                      @Value("#{jobParameters['" + FULL + "']}") String full,
                                      @Value("#{stepExecutionContext['" + DocumentPartitioner.DOC_ID + "']}") String docId) {
        return new DocumentItemReader(store, contexts, runId, docId, "true".equals(full));
    }

    @Bean
    @StepScope
    SentenceItemProcessor sentenceProcessor(RunContexts contexts, @Value("#{jobParameters['" + RUN_ID + "']}") String runId,
                                            @Value("#{stepExecutionContext['" + DocumentPartitioner.DOC_ID + "']}") String docId) {
        return new SentenceItemProcessor(contexts, runId, docId);
    }

    @Bean
    @StepScope
    SentenceItemWriter sentenceWriter(ResultStore store, @Value("#{jobParameters['" + RUN_ID + "']}") String runId) {
        return new SentenceItemWriter(store, runId);
    }

    @Bean
    @StepScope
    ProgressListener progressListener(RunContexts contexts, DocumentItemReader documentReader, TranscheckProperties props,
                                      @Value("#{jobParameters['" + RUN_ID + "']}") String runId,
                                      @Value("#{stepExecutionContext['" + DocumentPartitioner.DOC_ID + "']}") String docId) {
        return new ProgressListener(contexts, runId, docId, documentReader, props.role().equals("worker"));
    }

    @Bean
    TaskExecutor checkTaskExecutor(TranscheckProperties props) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(props.threads());
        executor.setMaxPoolSize(props.threads());
        executor.setThreadNamePrefix("check-");
        executor.initialize();
        return executor;
    }

    @Bean
    ResultStore resultStore(JdbcTemplate jdbc, PlatformTransactionManager tx) {
        return new ResultStore(jdbc, new TransactionTemplate(tx));
    }

    @Bean
    RunContexts runContexts(ResultStore store, Environment env, TranscheckProperties props, Embedder embedder,
                            org.springframework.beans.factory.ObjectProvider<org.springframework.boot.info.BuildProperties> build) {
        var info = build.getIfAvailable();
        return new RunContexts(store, env, props, embedder, info == null ? "development" : info.getVersion() + "@" + info.getTime());
    }

    /** Keeps an H2 database this process serves open while other runs use it (see SharedDatabase). */
    @Bean
    SharedDatabase sharedDatabase(JdbcTemplate jdbc, Environment env) {
        return new SharedDatabase(jdbc, env.getProperty("spring.datasource.url"));
    }

    /** The sentence-embedding model with its database cache, or none when transcheck.embeddings.enabled=false. */
    @Bean(destroyMethod = "")
    Embedder embedder(TranscheckProperties props, JdbcTemplate jdbc) {
        if (!props.embeddings().enabled()) return Embedder.NONE;
        return new CachingEmbedder(new LazyEmbedder(() -> new BgeSmallZhEmbedder(props.embeddings().threads())), new JdbcEmbeddingCache(jdbc));
    }

    @Bean
    @ConditionalOnExpression(NOT_A_WORKER)
    RunLauncher runLauncher(org.springframework.batch.core.launch.JobOperator operator, JobRepository repository, Job transcheckJob,
                            ResultStore store, TranscheckProperties props, JdbcTemplate jdbc, Environment env) {
        DatabaseBackup backup = new DatabaseBackup(jdbc, env.getProperty("spring.datasource.url"),
                env.getProperty("spring.datasource.username", "sa"), env.getProperty("spring.datasource.password", ""));
        return new RunLauncher(operator, repository, transcheckJob, store, props.locks(), backup);
    }
}
