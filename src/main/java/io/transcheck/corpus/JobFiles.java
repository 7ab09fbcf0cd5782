package io.transcheck.corpus;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands a job's paths and globs into files. A plain path that does not exist is kept, so that
 * the run reports it; a glob that matches nothing is reported as a warning; a file reached
 * through a link that leaves the job's root is refused. Transcripts are never also checked as
 * edited documents, so {@code edited: seeds/*.txt} is fine.
 */
public final class JobFiles {

    public record Resolved(List<Path> transcripts, List<Path> edited, List<InputProblem> problems) {}

    private JobFiles() {}

    public static Resolved resolve(JobDefinition job) {
        List<InputProblem> problems = new ArrayList<>();
        Set<Path> transcripts = expand(job, job.transcripts(), problems);
        Set<Path> edited = expand(job, job.edited(), problems);
        edited.removeAll(transcripts);
        return new Resolved(List.copyOf(transcripts), List.copyOf(edited), problems);
    }

    private static Set<Path> expand(JobDefinition job, List<String> patterns, List<InputProblem> problems) {
        Set<Path> out = new LinkedHashSet<>();
        for (String pattern : patterns) {
            if (!isGlob(pattern)) {
                Path p = job.root().resolve(pattern).normalize();
                if (allowed(job, p, pattern, problems)) out.add(p);
                continue;
            }
            List<Path> matches = glob(job.root(), pattern);
            if (matches.isEmpty()) {
                problems.add(InputProblem.warning(job.origin(), 0, "'" + pattern + "' matches no file",
                        "check the pattern, or the folder it points to"));
            }
            for (Path p : matches) {
                if (allowed(job, p, pattern, problems)) out.add(p);
            }
        }
        return out;
    }

    private static boolean allowed(JobDefinition job, Path p, String pattern, List<InputProblem> problems) {
        if (!job.restricted()) return true;
        try {
            if (Files.exists(p) && !p.toRealPath().startsWith(job.root().toRealPath())) {
                problems.add(InputProblem.error(p.toString(), 0, "'" + pattern + "' leads outside the job's folder " + job.root()
                        + " through a link; refused", "copy the file into the job's folder"));
                return false;
            }
        } catch (IOException e) {
            return true;   // the read reports what is wrong with it
        }
        return true;
    }

    static boolean isGlob(String p) {
        return p.contains("*") || p.contains("?") || p.contains("[") || p.contains("{");
    }

    /** Files matching the glob, in name order. Walks from the longest folder prefix without glob characters. */
    static List<Path> glob(Path root, String pattern) {
        String norm = pattern.replace('\\', '/');
        int cut = 0;
        String[] parts = norm.split("/");
        StringBuilder base = new StringBuilder();
        for (String part : parts) {
            if (isGlob(part)) break;
            base.append(part).append('/');
            cut++;
        }
        if (cut == parts.length) cut--;   // no glob part: cannot happen for a glob
        Path start = root.resolve(base.toString()).normalize();
        if (!Files.isDirectory(start)) return List.of();
        int depth = norm.contains("**") ? Integer.MAX_VALUE : parts.length - cut;
        String full = root.toAbsolutePath().normalize().toString().replace('\\', '/') + "/" + norm;
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + full);
        try (Stream<Path> walk = Files.walk(start, depth)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(p))
                    .map(Path::normalize)
                    .filter(p -> matcher.matches(p.toAbsolutePath()))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
