package io.transcheck.job;

import io.transcheck.pipeline.Pipeline;

import java.util.concurrent.atomic.AtomicInteger;

/** What the steps of one run share in this process: its pipeline and progress. */
record RunContext(String runId, Pipeline pipeline, int documents, AtomicInteger documentsDone) {}
