package io.transcheck.report;

import io.transcheck.check.Label;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * review.html: the reviewer's page of a run, one self-contained file (styles, script and data
 * inline; nothing loaded from the network). The page itself is a resource template
 * ({@code report/review-page.html}, with its {@code .css} and {@code .js}); this class only puts
 * the run's data into it, as one JSON value inside {@code <script type="application/json">}. The
 * page builds its DOM from that data with {@code textContent}, never as markup, so nothing an
 * article contains can run.
 */
public final class ReviewPage {
    public static final String FILE = "review.html";
    /** Transcript sentences shown either side of a passage when the reviewer opens its context. */
    static final int CONTEXT = 3;
    private static final Pattern REFS = Pattern.compile("L(\\d+)(?:-L(\\d+))?");
    private static final String DATA = "@DATA@";
    private static final String CSS = "/*@CSS@*/";
    private static final String JS = "//@JS@";
    private static final String SCRIPT_HASH = "@SCRIPT_HASH@";

    /**
     * What the page says about the run besides its reports.
     *
     * @param job           the job's name
     * @param runId         the run
     * @param reviewsFolder where a saved decisions file goes so that the next run imports it, or empty
     */
    public record About(String job, String runId, String reviewsFolder) {
        public About {
            job = job == null ? "" : job;
            runId = runId == null ? "" : runId;
            reviewsFolder = reviewsFolder == null ? "" : reviewsFolder;
        }
    }

    private ReviewPage() {}

    /** Writes the page to {@code target} through a temporary file, as the CSV files are written. */
    public static void write(Path target, ReportSet reports, TranscriptView transcripts, About about) throws IOException {
        String html = html(reports, transcripts, about);
        AtomicFile.write(target, w -> w.write(html));
    }

    public static String html(ReportSet reports, TranscriptView transcripts, About about) {
        String template = resource("review-page.html");
        String css = resource("review-page.css");
        String js = resource("review-page.js");
        // the template's own code must not end its elements early; the data is escaped (Json)
        if (css.toLowerCase().contains("</style") || js.toLowerCase().contains("</script")) {
            throw new IllegalStateException("review page resources must not contain </style or </script");
        }
        return template.replace(SCRIPT_HASH, "'" + sha256(js) + "'").replace(CSS, css).replace(JS, js)
                .replace(DATA, Json.write(data(reports, transcripts, about)));
    }

    /**
     * The page's Content-Security-Policy runs only its own script, named by hash: a second line of
     * defence should any text ever reach the page as markup (the first is that none does).
     */
    private static String sha256(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page's data: the run, its documents and errors, the flagged rows with their marks, the passages' context. */
    static Map<String, Object> data(ReportSet reports, TranscriptView transcripts, About about) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("job", about.job());
        data.put("run", about.runId());
        data.put("reviewsFolder", about.reviewsFolder());
        data.put("columns", ReportSet.FLAGGED_COLUMNS);
        data.put("labels", Arrays.stream(Label.values()).map(Label::name).toList());
        data.put("context", CONTEXT);

        Map<String, Integer> docIndex = new LinkedHashMap<>();
        List<Map<String, Object>> documents = new ArrayList<>();
        for (DocumentRow d : reports.documents()) {
            docIndex.put(d.docId(), documents.size());
            documents.add(document(d));
        }
        Map<String, List<SentenceRow>> byDoc = new LinkedHashMap<>();
        for (SentenceRow r : reports.sentences()) byDoc.computeIfAbsent(r.docId(), k -> new ArrayList<>()).add(r);
        for (var e : byDoc.entrySet()) {
            Integer i = docIndex.get(e.getKey());
            if (i == null) {   // rows of a document without a documents.csv row (not expected): still shown
                docIndex.put(e.getKey(), documents.size());
                documents.add(document(new DocumentRow(e.getKey(), e.getValue().get(0).transcriptId(), DocumentStatus.MATCHED,
                        e.getValue().size(), 0, 0, 0, 0, Map.of(), "", "")));
                i = documents.size() - 1;
            }
            Map<String, Object> doc = documents.get(i);
            if (DocumentStatus.MATCHED.name().equals(doc.get("status"))) doc.put("sentences", strip(e.getValue()));
        }
        data.put("documents", documents);
        data.put("errors", reports.errors().stream().map(ReviewPage::error).toList());

        List<SentenceRow> flagged = reports.sentences().stream().filter(r -> r.label().flagged()).sorted(ReportSet.SEVERITY).toList();
        Map<String, String> normalizedTranscripts = new HashMap<>();
        for (SentenceRow r : flagged) {
            if (!r.transcriptId().isEmpty() && !normalizedTranscripts.containsKey(r.transcriptId())) {
                List<TranscriptView.Line> lines = transcripts.lines(r.transcriptId());
                normalizedTranscripts.put(r.transcriptId(), lines.isEmpty() ? null : Differences.normalize(lines));
            }
        }
        // marking is most of the page's cost (normalization, word segmentation) and rows are independent
        Differences differences = new Differences();
        List<Differences.Marks> marks = flagged.parallelStream()
                .map(r -> differences.marks(r, normalizedTranscripts.get(r.transcriptId()))).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < flagged.size(); i++) {
            SentenceRow r = flagged.get(i);
            Review review = reports.review(r);
            boolean dismissed = review != null && review.decision() == Review.Decision.FALSE_POSITIVE;
            Map<String, Object> row = row(r, review, dismissed ? 0 : ++rank, docIndex.get(r.docId()), marks.get(i));
            row.put("passageSimplified", differences.comparable(r.transcriptText()));
            rows.add(row);
        }
        data.put("rows", rows);
        data.put("transcripts", context(transcripts, reports));
        return data;
    }

    private static Map<String, Object> document(DocumentRow d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.docId());
        m.put("transcript", d.transcriptId());
        m.put("status", d.status().name());
        m.put("sentenceCount", d.sentences());
        m.put("claims", d.claims());
        m.put("matchShare", d.matchShare());
        m.put("closest", d.closest() == null || d.closest().transcriptId() == null ? "" : d.closest().transcriptId());
        m.put("pointShare", d.closest() == null ? 0 : d.closest().pointShare());
        m.put("supportedShare", d.supportedShare());
        m.put("coverage", d.transcriptCoverage());
        Map<String, Object> counts = new LinkedHashMap<>();
        d.labelCounts().forEach((l, n) -> counts.put(l.name(), n));
        m.put("counts", counts);
        m.put("encoding", d.encoding());
        m.put("note", d.note());
        m.put("sentences", List.of());
        return m;
    }

    /** The article sentence by sentence, for the overview strip and the sentence's context: [no, line, label, text]. */
    private static List<List<Object>> strip(List<SentenceRow> rows) {
        return rows.stream().map(r -> List.<Object>of(r.sentenceNo(), r.lineNo(), r.label().ordinal(), r.editedText())).toList();
    }

    private static Map<String, Object> error(ErrorRow e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", e.docId());
        m.put("file", e.file());
        m.put("line", e.line());
        m.put("severity", e.severity());
        m.put("problem", e.problem());
        m.put("action", e.action());
        return m;
    }

    private static Map<String, Object> row(SentenceRow r, Review review, int rank, int doc, Differences.Marks marks) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cells", r.cells());
        m.put("rank", rank);
        m.put("doc", doc);
        List<List<String>> reasons = new ArrayList<>();
        Set<String> checks = new LinkedHashSet<>();
        for (String item : r.reasons().split(" \\| ")) {
            if (item.isBlank()) continue;
            int colon = item.indexOf(": ");
            String id = colon > 0 && item.substring(0, colon).matches("[A-Z_]+") ? item.substring(0, colon) : "";
            reasons.add(List.of(id, id.isEmpty() ? item : item.substring(colon + 2)));
            if (!id.isEmpty()) checks.add(id);
        }
        m.put("reasons", reasons);
        m.put("checks", List.copyOf(checks));
        m.put("earlier", review == null ? "" : review.decision().name());
        m.put("earlierNote", review == null ? "" : review.note());
        m.put("sentenceMarks", marks.sentence());
        m.put("passageMarks", marks.passage());
        int[] lines = lines(r.transcriptRefs());
        m.put("lines", lines == null ? List.of() : lines);
        return m;
    }

    /** First and last line of a passage's refs (`L23-L24`), or null. */
    static int[] lines(String refs) {
        Matcher m = REFS.matcher(refs);
        if (!m.matches()) return null;
        int from = Integer.parseInt(m.group(1));
        return new int[] {from, m.group(2) == null ? from : Integer.parseInt(m.group(2))};
    }

    /**
     * For each transcript a flagged passage is in: the sentences around those passages (the rest is
     * left out, so the page grows with the flags, not with the transcripts), as [index, line, speaker, text].
     */
    private static Map<String, Object> context(TranscriptView transcripts, ReportSet reports) {
        Map<String, TreeSet<Integer>> keep = new LinkedHashMap<>();
        Map<String, List<TranscriptView.Line>> all = new HashMap<>();
        for (SentenceRow r : reports.sentences()) {
            if (!r.label().flagged()) continue;
            int[] lines = lines(r.transcriptRefs());
            if (lines == null) continue;
            List<TranscriptView.Line> t = all.computeIfAbsent(r.transcriptId(), transcripts::lines);
            int first = -1;
            int last = -1;
            for (int i = 0; i < t.size(); i++) {
                int line = t.get(i).lineNo();
                if (line >= lines[0] && line <= lines[1]) {
                    if (first < 0) first = i;
                    last = i;
                }
            }
            if (first < 0) continue;
            TreeSet<Integer> k = keep.computeIfAbsent(r.transcriptId(), x -> new TreeSet<>());
            for (int i = Math.max(0, first - CONTEXT); i <= Math.min(t.size() - 1, last + CONTEXT); i++) k.add(i);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        keep.forEach((id, indices) -> {
            List<TranscriptView.Line> t = all.get(id);
            out.put(id, indices.stream().map(i -> List.<Object>of(i, t.get(i).lineNo(), t.get(i).speaker(), t.get(i).text())).toList());
        });
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = ReviewPage.class.getResourceAsStream("/report/" + name)) {
            if (in == null) throw new IllegalStateException("resource /report/" + name + " is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /report/" + name, e);
        }
    }
}
