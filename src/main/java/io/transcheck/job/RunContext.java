package io.transcheck.job;

import io.transcheck.pipeline.Pipeline;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the steps of one run share in this process: its pipeline, progress, and the fingerprint of
 * everything besides a document that its results depend on (transcripts, settings, build).
 */
record RunContext(String runId, String jobName, Pipeline pipeline, int documents, AtomicInteger documentsDone, String fingerprintBase) {}
