package io.transcheck.report;

import io.transcheck.check.Label;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Everything one run reports, in report order, with the reviewers' earlier decisions by review key.
 * Columns beyond the contract of DESIGN.md are appended after it: {@code review_status}.
 */
public record ReportSet(List<SentenceRow> sentences, List<DocumentRow> documents, List<ErrorRow> errors, Map<String, Review> reviews) {
    public static final String REVIEW_STATUS = "review_status";
    public static final List<String> SENTENCE_COLUMNS;
    public static final List<String> FLAGGED_COLUMNS;

    static {
        List<String> s = new ArrayList<>(SentenceRow.COLUMNS);
        s.add(REVIEW_STATUS);
        SENTENCE_COLUMNS = List.copyOf(s);
        List<String> f = new ArrayList<>(SentenceRow.COLUMNS);
        f.add("decision");
        f.add("note");
        f.add(REVIEW_STATUS);
        FLAGGED_COLUMNS = List.copyOf(f);
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
        reviews = Map.copyOf(reviews);
    }

    public ReportSet(List<SentenceRow> sentences, List<DocumentRow> documents, List<ErrorRow> errors) {
        this(sentences, documents, errors, Map.of());
    }

    /** The earlier decision on this sentence, as long as neither it nor its passage has changed; else null. */
    public Review review(SentenceRow row) {
        // the key normalizes two texts: not worth it while nothing was ever reviewed
        return row.label().flagged() && !reviews.isEmpty() ? reviews.get(Review.key(row)) : null;
    }

    /** The work list: flagged sentences, most severe first, without those a reviewer marked FALSE_POSITIVE. */
    public List<SentenceRow> flagged() {
        return sentences.stream().filter(r -> r.label().flagged())
                .filter(r -> review(r) == null || review(r).decision() != Review.Decision.FALSE_POSITIVE)
                .sorted(SEVERITY).toList();
    }

    public long count(Label label) {
        return sentences.stream().filter(r -> r.label() == label).count();
    }

    List<String> sentenceCells(SentenceRow r) {
        List<String> cells = new ArrayList<>(r.cells());
        Review review = review(r);
        cells.add(review == null ? "" : review.decision().name());
        return cells;
    }

    /** A flagged row with the earlier decision and note filled in, so that saving the file again keeps them. */
    List<String> flaggedCells(SentenceRow r) {
        List<String> cells = new ArrayList<>(r.cells());
        Review review = review(r);
        cells.add(review == null ? "" : review.decision().name());
        cells.add(review == null ? "" : review.note());
        cells.add(review == null ? "" : review.decision().name());
        return cells;
    }
}
