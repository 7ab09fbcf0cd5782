package io.transcheck.bench;

import io.transcheck.text.ChineseConverter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A repeatable corpus at any scale, from the seeds: N transcripts, and for each two articles
 * written from it plus one article on something else. Transcripts are new text in the seed
 * transcript's style (a character Markov chain of order 3 trained on it, in Traditional script, in
 * host/guest turns), so they differ from each other as interviews on one topic do. An article takes
 * runs of its transcript's sentences in shuffled order, converts them to Simplified, rewords them
 * (characters dropped and replaced) and mixes in invented sentences and headings; an unrelated
 * article is new text in the style of the unrelated seed articles. The same seed and scale give
 * byte-identical files.
 */
final class CorpusGenerator {
    static final String TRANSCRIPT = "001_7439e84836933ddf.txt";
    static final List<String> ARTICLES = List.of("000_ebe397025fdbd02a.txt", "003_8743be825cb9e6ac.txt");
    static final List<String> UNRELATED = List.of("002_6f952aea2d1dfa9f.txt", "004_80afdb5ef3ed4cf2.txt");
    private static final String TERMINATORS = "。！？";

    record Corpus(Path dir, List<Path> transcripts, List<Path> articles) {}

    private final Markov transcriptStyle;
    private final Markov articleStyle;
    private final Markov unrelatedStyle;

    CorpusGenerator(Path seeds) throws IOException {
        transcriptStyle = new Markov(3, speech(Files.readAllLines(seeds.resolve(TRANSCRIPT))));
        articleStyle = new Markov(3, text(seeds, ARTICLES));
        unrelatedStyle = new Markov(3, text(seeds, UNRELATED));
    }

    /** The transcript an article was written from ({@code t0042-a1.txt} → {@code t0042.txt}), or null for an unrelated one. */
    static String transcriptOf(String article) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(t\\d+)-a\\d+\\.txt").matcher(article);
        return m.matches() ? m.group(1) + ".txt" : null;
    }

    Corpus generate(Path out, int scale, long seed) throws IOException {
        Path dir = out.resolve("scale-" + scale + "-seed-" + seed);
        List<Path> transcripts = new ArrayList<>();
        List<Path> articles = new ArrayList<>();
        Random random = new Random(seed);
        for (int t = 0; t < scale; t++) {
            List<String> turns = transcript(random);
            transcripts.add(write(dir.resolve(String.format("transcripts/t%04d.txt", t)), turns));
            for (int a = 0; a < 2; a++) {
                articles.add(write(dir.resolve(String.format("articles/t%04d-a%d.txt", t, a)), article(turns, random)));
            }
            articles.add(write(dir.resolve(String.format("articles/other-%04d.txt", t)), unrelated(random)));
        }
        return new Corpus(dir, transcripts, articles);
    }

    /** About 150 turns, alternating host and guest, one to four sentences each. */
    private List<String> transcript(Random r) {
        List<String> lines = new ArrayList<>();
        for (int turn = 0; turn < 150; turn++) {
            StringBuilder line = new StringBuilder(turn % 2 == 0 ? "主持人: " : "SA: ");
            int n = 1 + r.nextInt(4);
            for (int s = 0; s < n; s++) line.append(transcriptStyle.sentence(r));
            lines.add(line.toString());
        }
        return lines;
    }

    /** Runs of the transcript's turns, re-ordered and reworded in Simplified, with headings and invented sentences. */
    private List<String> article(List<String> turns, Random r) {
        List<String> lines = new ArrayList<>();
        lines.add(articleStyle.sentence(r).replaceAll("[。！？]$", ""));
        int start = r.nextInt(Math.max(1, turns.size() / 3));
        List<int[]> runs = new ArrayList<>();
        for (int i = start; i < turns.size(); i += 4 + r.nextInt(6)) runs.add(new int[] {i, Math.min(turns.size(), i + 2 + r.nextInt(3))});
        java.util.Collections.shuffle(runs, r);
        int paragraphs = 0;
        for (int[] run : runs.subList(0, Math.max(1, runs.size() * 2 / 3))) {
            if (paragraphs++ % 8 == 0) lines.add(String.format("%02d %s", paragraphs / 8 + 1, articleStyle.sentence(r).replaceAll("[。！？]$", "")));
            for (int i = run[0]; i < run[1]; i++) {
                String turn = turns.get(i);
                String speaker = turn.startsWith("主持人") ? "汤普森:" : "奥特曼:";
                String body = ChineseConverter.instance().toSimplified(turn.substring(turn.indexOf(':') + 2));
                StringBuilder p = new StringBuilder(speaker).append(reword(body, r));
                if (r.nextInt(5) == 0) p.append(articleStyle.sentence(r));   // an invented sentence
                lines.add(p.toString());
            }
        }
        return lines;
    }

    private List<String> unrelated(Random r) {
        List<String> lines = new ArrayList<>();
        for (int p = 0; p < 40; p++) {
            StringBuilder line = new StringBuilder();
            int n = 1 + r.nextInt(4);
            for (int s = 0; s < n; s++) line.append(unrelatedStyle.sentence(r));
            lines.add(line.toString());
        }
        return lines;
    }

    /** Drops about one character in ten and replaces one in ten with a likely neighbour: a rough paraphrase. */
    private String reword(String s, Random r) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            int roll = r.nextInt(10);
            if (han && roll == 0) continue;
            if (han && roll == 1 && out.length() >= 3) {
                char next = articleStyle.next(out.substring(out.length() - 3), r);
                if (next != 0 && TERMINATORS.indexOf(next) < 0) {
                    out.append(next);
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static Path write(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** The spoken text of the transcript, speaker labels removed. */
    private static List<String> speech(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            int colon = l.indexOf(": ");
            if (colon > 0 && colon < 6) out.add(l.substring(colon + 2));
        }
        return out;
    }

    private static List<String> text(Path seeds, List<String> files) throws IOException {
        List<String> out = new ArrayList<>();
        for (String f : files) {
            for (String l : Files.readAllLines(seeds.resolve(f))) if (l.length() > 20) out.add(l.replaceFirst("^[^:：]{1,5}[:：]", ""));
        }
        return out;
    }

    /** A character Markov chain: the next character given the previous {@code order}. */
    static final class Markov {
        private final int order;
        private final Map<String, String> followers = new HashMap<>();
        private final List<String> starts = new ArrayList<>();

        Markov(int order, List<String> lines) {
            this.order = order;
            Map<String, StringBuilder> f = new HashMap<>();
            for (String line : lines) {
                String t = line.strip();
                boolean sentenceStart = true;
                for (int i = 0; i + order < t.length(); i++) {
                    String ctx = t.substring(i, i + order);
                    if (sentenceStart && TERMINATORS.indexOf(ctx.charAt(0)) < 0) starts.add(ctx);
                    f.computeIfAbsent(ctx, k -> new StringBuilder()).append(t.charAt(i + order));
                    sentenceStart = TERMINATORS.indexOf(t.charAt(i)) >= 0;
                }
            }
            f.forEach((k, v) -> followers.put(k, v.toString()));
            starts.sort(null);   // HashMap order must not leak into the output
        }

        char next(String context, Random r) {
            String f = followers.get(context);
            return f == null ? 0 : f.charAt(r.nextInt(f.length()));
        }

        /** A sentence of 12 to 90 characters ending with a terminator. */
        String sentence(Random r) {
            StringBuilder s = new StringBuilder(starts.get(r.nextInt(starts.size())));
            while (s.length() < 90) {
                char c = next(s.substring(s.length() - order), r);
                if (c == 0 || c == '\n') break;
                s.append(c);
                if (TERMINATORS.indexOf(c) >= 0 && s.length() >= 12) return s.toString();
            }
            return s.append('。').toString();
        }
    }
}
