package io.transcheck.report;

import io.transcheck.check.Label;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Report sets made up for the review page's tests: a few telling rows, or thousands of them. */
final class PageFixture {
    static final String TRANSCRIPT = "interview.txt";

    private PageFixture() {}

    static SentenceRow row(String doc, int no, Label label, double score, String edited, String refs, String passage, String reasons) {
        return new SentenceRow(doc, no, no + 2, "", edited, label, score, TRANSCRIPT, refs, passage, "SA", reasons);
    }

    /** The transcript behind {@link #large}: line n says how much was invested in year n. */
    static TranscriptView transcript(int lines) {
        List<TranscriptView.Line> out = new ArrayList<>();
        for (int i = 1; i <= lines; i++) out.add(new TranscriptView.Line(i, i % 2 == 0 ? "主持人" : "SA", passage(i)));
        return TranscriptView.of(Map.of(TRANSCRIPT, out));
    }

    static String passage(int line) {
        return "SA: 我們在第" + line + "年投入了" + (line % 9 + 1) + "億美元建設數據中心,這是我們最大的一筆投資。";
    }

    /**
     * {@code docs} matched articles of {@code perDoc} sentences, every other sentence flagged (invented
     * and drift in turn), plus one unmatched article: {@code docs * perDoc / 2} flagged rows.
     */
    static ReportSet large(int docs, int perDoc) {
        List<SentenceRow> rows = new ArrayList<>();
        List<DocumentRow> documents = new ArrayList<>();
        int lines = 1000;
        for (int d = 0; d < docs; d++) {
            String doc = String.format("%03d_article.txt", d);
            Map<Label, Integer> counts = new EnumMap<>(Label.class);
            for (int n = 1; n <= perDoc; n++) {
                int line = (d * 37 + n * 7) % lines + 1;
                Label label = n % 2 == 0 ? Label.PARAPHRASE : (n % 4 == 1 ? Label.INVENTED_CLAIM : Label.PARAPHRASE_DRIFT);
                int amount = label == Label.PARAPHRASE ? line % 9 + 1 : line % 9 + 2;
                String edited = "第" + d + "篇第" + n + "句:公司在第" + line + "年投入了" + amount + "亿美元建设数据中心。";
                String reasons = switch (label) {
                    case INVENTED_CLAIM -> "UNSUPPORTED_CONTENT: nothing in the transcript says this: “公司” appears nowhere in it; the closest passage, L"
                            + line + ", supports 20% of it: “" + passage(line) + "”";
                    case PARAPHRASE_DRIFT -> "NUMBER_MISMATCH: says “" + amount + "亿美元” where the transcript says “" + (line % 9 + 1) + "亿美元” (L" + line + ")";
                    default -> "SUPPORT: matches L" + line + " (support 80%)";
                };
                rows.add(row(doc, n, label, label.flagged() ? (n % 100) / 200.0 : 0.8, edited, "L" + line, passage(line), reasons));
                counts.merge(label, 1, Integer::sum);
            }
            documents.add(new DocumentRow(doc, TRANSCRIPT, DocumentStatus.MATCHED, perDoc, perDoc, 0.6, 0.5, 0.1, counts, "UTF-8", ""));
        }
        documents.add(new DocumentRow("zzz_other_interview.txt", "", DocumentStatus.UNMATCHED, 10, 0, 0.04, 0, 0, Map.of(Label.NOT_A_CLAIM, 10),
                "UTF-8", "no transcript covers it: best anchored share 4% (2 of 50 claims), needs 18% and 3"));
        return new ReportSet(rows, documents, List.of(), new LinkedHashMap<>());
    }
}
