package io.transcheck.eval;

import io.transcheck.check.Label;

/**
 * One hand-made label: {@code key} is a verbatim substring of the edited sentence, {@code anchor}
 * a verbatim substring of the transcript passage it corresponds to (empty for invented claims and
 * non-claims).
 */
public record GoldRow(String id, String docFile, String key, Label label, String anchor, String reason, int line) {}
