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
import java.util.Map;

/** Reads an input file into a {@link SourceDocument}, or says precisely why it cannot. */
public final class DocumentReader {
    /** Larger files are refused: no article or transcript is this long, a log or a dump is. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private DocumentReader() {}

    public static SourceDocument read(Path path) throws InputException {
        return read(path, false);
    }

    /**
     * @param transcript a transcript: a .txt file that is Markdown (headings, bold speaker labels) is
     *                   read as Markdown, so that no mark reaches transcript_text; an article keeps its
     *                   text as written in edited_text
     */
    public static SourceDocument read(Path path, boolean transcript) throws InputException {
        String file = path.toString();
        byte[] bytes = readBytes(path, file);
        String id = path.getFileName().toString();
        DocumentFormat format = DocumentFormat.of(id, bytes);
        if (format == DocumentFormat.DOCX) {
            // the XML inside declares its own encoding (UTF-8 as Word writes it)
            return new SourceDocument(id, path, "UTF-8", sha256(bytes), Boilerplate.classifyBlocks(DocxText.paragraphs(bytes, file)),
                    List.of(), format, Map.of());
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, file);
        List<String> raw = splitLines(decoded.text());
        if (transcript && format == DocumentFormat.TEXT && MarkdownText.looksLikeMarkdown(raw)) format = DocumentFormat.MARKDOWN;
        List<SourceLine> lines;
        Map<Integer, String> timeCodes = Map.of();
        switch (format) {
            case HTML -> lines = Boilerplate.classifyBlocks(HtmlText.paragraphs(decoded.text()));
            case SRT, VTT -> {
                SubtitleText.Passages p = SubtitleText.passages(raw, file);
                lines = Boilerplate.classifyBlocks(p.blocks());
                timeCodes = p.timeCodes();
            }
            case MARKDOWN -> lines = Boilerplate.classifyBlocks(MarkdownText.render(raw));
            default -> lines = Boilerplate.classify(raw);
        }
        return new SourceDocument(id, path, decoded.charset(), sha256(bytes), lines, decoded.warnings(), format, timeCodes);
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
