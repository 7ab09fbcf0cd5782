package io.transcheck.report;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a run's reports (four CSV files and review.html) into {@code <jobDir>/<runId>/} and then
 * makes {@code <jobDir>/latest} show them. {@code latest} is a symbolic link replaced in one rename,
 * so it always shows one complete run; where links are not allowed it is a copy swapped in by renames.
 */
public final class ReportWriter {
    public static final String SENTENCES = "sentences.csv";
    public static final String FLAGGED = "flagged.csv";
    public static final String DOCUMENTS = "documents.csv";
    public static final String ERRORS = "errors.csv";
    public static final String REVIEW_PAGE = ReviewPage.FILE;
    public static final String LATEST = "latest";

    private ReportWriter() {}

    /** Writes the run's reports; the review page shows passages without their transcript context. */
    public static Path write(Path jobDir, String runId, ReportSet reports) throws IOException {
        return write(jobDir, runId, reports, TranscriptView.NONE, "");
    }

    /**
     * Writes the four CSV files and the review page of a run.
     *
     * @param transcripts   the run's transcripts, for showing each flagged passage among its neighbours
     * @param reviewsFolder where the page tells the reviewer to save decisions, or empty
     */
    public static Path write(Path jobDir, String runId, ReportSet reports, TranscriptView transcripts, String reviewsFolder) throws IOException {
        Path runDir = jobDir.resolve(runId);
        Files.createDirectories(runDir);
        CsvFile.write(runDir.resolve(SENTENCES), ReportSet.SENTENCE_COLUMNS, reports.sentences().stream().map(reports::sentenceCells).toList());
        CsvFile.write(runDir.resolve(FLAGGED), ReportSet.FLAGGED_COLUMNS, reports.flagged().stream().map(reports::flaggedCells).toList());
        CsvFile.write(runDir.resolve(DOCUMENTS), DocumentRow.COLUMNS, reports.documents().stream().map(DocumentRow::cells).toList());
        CsvFile.write(runDir.resolve(ERRORS), ErrorRow.COLUMNS, reports.errors().stream().map(ErrorRow::cells).toList());
        String job = jobDir.getFileName() == null ? "" : jobDir.getFileName().toString();
        ReviewPage.write(runDir.resolve(REVIEW_PAGE), reports, transcripts, new ReviewPage.About(job, runId, reviewsFolder));
        return runDir;
    }

    /** Points {@code latest} at a completed run. */
    public static void publishLatest(Path jobDir, String runId) throws IOException {
        Path latest = jobDir.resolve(LATEST);
        Path link = jobDir.resolve("." + LATEST + "-" + runId + ".tmp");
        Files.deleteIfExists(link);
        try {
            Files.createSymbolicLink(link, Path.of(runId));
            if (Files.isDirectory(latest) && !Files.isSymbolicLink(latest)) deleteTree(latest);
            AtomicFile.move(link, latest);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.deleteIfExists(link);
            copyAndSwap(jobDir, runId, latest);
        }
    }

    private static void copyAndSwap(Path jobDir, String runId, Path latest) throws IOException {
        Path fresh = jobDir.resolve("." + LATEST + "-" + runId + ".new");
        Path old = jobDir.resolve("." + LATEST + "-" + runId + ".old");
        deleteTree(fresh);
        Files.createDirectories(fresh);
        try (Stream<Path> files = Files.list(jobDir.resolve(runId))) {
            for (Path f : files.toList()) Files.copy(f, fresh.resolve(f.getFileName()));
        }
        if (Files.exists(latest, java.nio.file.LinkOption.NOFOLLOW_LINKS)) Files.move(latest, old);
        Files.move(fresh, latest);
        deleteTree(old);
    }

    /** Deletes a file, a link (not what it points to) or a folder with everything in it; nothing if absent. */
    public static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        if (Files.isSymbolicLink(p) || !Files.isDirectory(p)) {
            Files.delete(p);
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }
}
