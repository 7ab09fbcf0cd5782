package io.transcheck.report;

import io.transcheck.check.Label;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Everything one run reports, in report order. */
public record ReportSet(List<SentenceRow> sentences, List<DocumentRow> documents, List<ErrorRow> errors) {
    public static final List<String> FLAGGED_COLUMNS;

    static {
        List<String> c = new ArrayList<>(SentenceRow.COLUMNS);
        c.add("decision");
        c.add("note");
        FLAGGED_COLUMNS = List.copyOf(c);
    }

    /** Most severe first: invented before drift, less support before more, then document order. */
    public static final Comparator<SentenceRow> SEVERITY = Comparator
            .comparing((SentenceRow r) -> -r.label().ordinal())
            .thenComparingDouble(SentenceRow::score)
            .thenComparing(SentenceRow::docId)
            .thenComparingInt(SentenceRow::sentenceNo);

    public ReportSet {
        sentences = List.copyOf(sentences);
        documents = List.copyOf(documents);
        errors = List.copyOf(errors);
    }

    public List<SentenceRow> flagged() {
        return sentences.stream().filter(r -> r.label().flagged()).sorted(SEVERITY).toList();
    }

    public long count(Label label) {
        return sentences.stream().filter(r -> r.label() == label).count();
    }
}
