package io.transcheck.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Reads an input file into a {@link SourceDocument}, or says precisely why it cannot. */
public final class DocumentReader {
    /** Larger files are refused: no article or transcript is this long, a log or a dump is. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private DocumentReader() {}

    public static SourceDocument read(Path path) throws InputException {
        String file = path.toString();
        byte[] bytes = readBytes(path, file);
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, file);
        List<SourceLine> lines = Boilerplate.classify(splitLines(decoded.text()));
        return new SourceDocument(path.getFileName().toString(), path, decoded.charset(), sha256(bytes),
                lines, decoded.warnings());
    }

    static byte[] readBytes(Path path, String file) throws InputException {
        try {
            if (Files.isDirectory(path)) {
                throw new InputException(InputProblem.error(file, 0, "this is a folder, not a file",
                        "name the files inside it, or use a glob such as folder/*.txt"));
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new InputException(InputProblem.error(file, 0, "the file is " + size / (1024 * 1024) + " MB, more than the "
                        + MAX_BYTES / (1024 * 1024) + " MB an article or transcript can be", "check that this is the right file"));
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(InputProblem.error(file, 0, "the file does not exist",
                    "correct the path in the job definition or restore the file"));
        } catch (AccessDeniedException e) {
            throw new InputException(InputProblem.error(file, 0, "the file cannot be read (permission denied)",
                    "give the user running transcheck read access"));
        } catch (IOException e) {
            throw new InputException(InputProblem.error(file, 0, "the file cannot be read: " + e.getMessage(),
                    "check the disk and the file"));
        }
    }

    /** Splits on \n, \r\n and \r, keeping empty lines so that line numbers stay true. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < text.length()) lines.add(text.substring(start));
        return lines;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
