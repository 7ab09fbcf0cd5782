package io.transcheck;

import io.transcheck.report.ErrorRow;
import io.transcheck.report.ReportSet;
import io.transcheck.report.ReportWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reports a job file of jobs/ that could not be read, where its editors look: an errors.csv under
 * reports/&lt;file name&gt;/ (the job has no usable name), with empty sentence, flagged and document files.
 */
final class JobFileReport {
    private static final Pattern WHERE = Pattern.compile("^(.*?):(\\d+): (.*)$", Pattern.DOTALL);

    private JobFileReport() {}

    static void write(Path reports, Path jobFile, String message) {
        String name = jobFile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        Matcher m = WHERE.matcher(message);
        int line = m.matches() ? Integer.parseInt(m.group(2)) : 0;
        String problem = m.matches() ? m.group(3) : message;
        ErrorRow row = new ErrorRow("", jobFile.toString(), line, "ERROR", "job file rejected: " + problem,
                "correct the job file; the job did not run");
        String runId = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        try {
            Path dir = reports.resolve(name);
            ReportWriter.write(dir, runId, new ReportSet(List.of(), List.of(), List.of(row)));
            ReportWriter.publishLatest(dir, runId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
