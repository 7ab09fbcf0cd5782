package io.transcheck.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Word lists and rule tables shipped as resource files. */
public final class Resources {
    /** A content line of a resource file and its 1-based line number, for error messages. */
    public record Line(int no, String text) {}

    private Resources() {}

    /** Non-blank lines that do not start with '#', as written (tabs kept). */
    public static List<Line> lines(String name) {
        List<Line> out = new ArrayList<>();
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (!line.isBlank() && !line.startsWith("#")) out.add(new Line(no, line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The first column of each line: a plain word list. */
    public static List<String> words(String name) {
        return lines(name).stream().map(l -> l.text().split("\t")[0].strip()).toList();
    }
}
