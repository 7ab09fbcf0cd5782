package io.transcheck.job;

import io.transcheck.align.Alignment;
import io.transcheck.align.Transcript;
import io.transcheck.text.Sentence;

/** One sentence to check, with its alignment; transcript is null for a document that matched none. */
record SentenceTask(String docId, Sentence sentence, Alignment alignment, double context, Transcript transcript) {}
