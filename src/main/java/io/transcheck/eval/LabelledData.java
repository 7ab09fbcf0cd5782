package io.transcheck.eval;

import io.transcheck.corpus.JobDefinition;
import io.transcheck.corpus.JobFiles;
import io.transcheck.pipeline.TranscriptLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Labelled interviews: transcripts, the articles written from them, and the gold labels of the
 * articles' sentences (DESIGN.md, "Gold labels and evaluation"). Anything fitted is fitted on some
 * interviews and scored on others: the interview is the unit of cross-validation.
 *
 * @param id          names the interview in printouts and cross-validation folds
 * @param transcripts its transcript files, with the ids they have in the run
 * @param articles    the labelled articles
 * @param gold        the gold files of the articles (rows name their article by file name)
 */
public record LabelledData(String id, List<TranscriptLoader.TranscriptFile> transcripts, List<Path> articles, List<Path> gold) {

    /**
     * The interviews of a corpus folder (../shared/corpus): each sub-folder holds one transcript
     * ({@code transcript.*}) and articles ({@code *.txt}) each with its gold file beside it ({@code *.tsv}).
     */
    public static List<LabelledData> corpus(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException(dir + " is not a folder");
        List<LabelledData> out = new ArrayList<>();
        for (Path sub : list(dir).stream().filter(Files::isDirectory).toList()) {
            List<Path> files = list(sub);
            List<TranscriptLoader.TranscriptFile> transcripts = files.stream()
                    .filter(f -> f.getFileName().toString().startsWith("transcript."))
                    .map(f -> new TranscriptLoader.TranscriptFile(dir.relativize(f).toString().replace('\\', '/'), f)).toList();
            List<Path> gold = files.stream().filter(f -> f.toString().endsWith(".tsv")).toList();
            List<Path> articles = new ArrayList<>();
            for (Path g : gold) {
                Path article = g.resolveSibling(g.getFileName().toString().replaceFirst("\\.tsv$", ".txt"));
                if (!Files.isRegularFile(article)) throw new IOException(g + ": no article " + article.getFileName() + " beside it");
                articles.add(article);
            }
            if (transcripts.isEmpty() || articles.isEmpty()) continue;
            out.add(new LabelledData(sub.getFileName().toString(), transcripts, articles, gold));
        }
        if (out.isEmpty()) throw new IOException(dir + " holds no interview folders (transcript.* and labelled *.txt with *.tsv)");
        return out;
    }

    /** A job's transcripts with the articles that a folder of gold files labels (../shared/gold/dev for the seeds). */
    public static LabelledData job(JobDefinition job, Path goldDir) throws IOException {
        List<Path> gold = Files.isDirectory(goldDir) ? list(goldDir).stream().filter(f -> f.toString().endsWith(".tsv")).toList() : List.of(goldDir);
        Set<String> labelled = new LinkedHashSet<>();
        for (Path g : gold) Evaluator.readGold(g).forEach(r -> labelled.add(r.docFile()));
        JobFiles.Resolved files = JobFiles.resolve(job);
        List<Path> articles = files.edited().stream().filter(p -> labelled.contains(p.getFileName().toString())).toList();
        if (articles.size() != labelled.size()) throw new IOException("the gold files in " + goldDir + " label articles the job " + job.name() + " does not have: " + labelled);
        return new LabelledData(job.name(), files.transcripts().stream().map(TranscriptLoader.TranscriptFile::of).toList(), articles, gold);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
