package io.transcheck.corpus;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Bytes to text: UTF-8 (with or without BOM), UTF-16 (with BOM, or without one when the zero bytes
 * show it), GB18030, Big5 and its Windows (CP950) and Hong Kong (Big5-HKSCS) supersets. Never
 * guessed silently: a file that is not UTF-8 is decoded with each candidate and the evidence
 * chooses ({@link CharsetEvidence}); an unsure choice is an error that names what was tried,
 * replaced bytes come back as warnings, binary input as an {@link InputException}.
 */
public final class TextDecoder {

    public record Decoded(String text, String charset, List<InputProblem> warnings) {}

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");
    /** Up to this share of malformed sequences, a mostly-UTF-8 file is kept with replacement characters. */
    private static final double MAX_REPLACED_SHARE = 0.01;
    /** The decodings weighed for a file that is not UTF-8, as reports name them. */
    private static final List<String> CANDIDATES = List.of("UTF-8", "GB18030", "Big5", "CP950", "Big5-HKSCS");
    private static final Map<String, String> CHARSET_NAMES = Map.of("CP950", "x-windows-950");
    /** Fewer non-ASCII letters than this are too few to weigh; the detector decides, with a warning. */
    private static final int MIN_EVIDENCE = 20;
    /** A right decoding of real files has 86-96 % common characters, a wrong one 6-18 %. */
    private static final double MIN_COMMON_SHARE = 0.6;
    /** How much better than the next (different) decoding the chosen one must be. */
    private static final double MIN_MARGIN = 0.25;

    private TextDecoder() {}

    public static Decoded decode(byte[] bytes, String file) throws InputException {
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new InputException(InputProblem.error(file, 0, "the file is empty",
                    "upload the text again or remove the file from the job"));
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return utf8(bytes, 3, file);
        if (startsWith(bytes, 0xFF, 0xFE)) return strict(bytes, 2, StandardCharsets.UTF_16LE, file, List.of());
        if (startsWith(bytes, 0xFE, 0xFF)) return strict(bytes, 2, StandardCharsets.UTF_16BE, file, List.of());
        Decoded utf16 = bomlessUtf16(bytes);
        if (utf16 != null) return utf16;
        String binary = binaryKind(bytes);
        if (binary != null) {
            throw new InputException(InputProblem.error(file, 0, "this is a binary file (" + binary + "), not text",
                    "export the article as plain text (UTF-8) and replace the file"));
        }
        if (decodes(bytes, StandardCharsets.UTF_8)) return utf8(bytes, 0, file);
        return byEvidence(bytes, file);
    }

    /**
     * Not UTF-8: every plausible charset decodes the bytes and the evidence chooses (see
     * {@link CharsetEvidence}). A valid decoding is not enough: Big5 bytes are valid GB18030 and
     * most GB18030 bytes valid CP950, as mojibake. Unsure is an error naming what was tried.
     */
    private static Decoded byEvidence(byte[] bytes, String file) throws InputException {
        // one decoding per family (the Big5 family's three decode most files alike): its best, the narrowest on a tie
        Map<String, CharsetEvidence> byFamily = new LinkedHashMap<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (String name : CANDIDATES) {
            Charset cs = name.equals("UTF-8") ? StandardCharsets.UTF_8 : Charset.forName(CHARSET_NAMES.getOrDefault(name, name));
            CharsetEvidence e = CharsetEvidence.of(name, cs, bytes, 0);
            String family = name.startsWith("Big5") || name.equals("CP950") ? "Big5" : name;
            names.computeIfAbsent(family, f -> new ArrayList<>()).add(name);
            CharsetEvidence kept = byFamily.get(family);
            // on a tie the narrowest name for the same text (Big5), but Windows' mapping (CP950) where the texts differ
            boolean windowsOnTie = kept != null && e.score() == kept.score() && name.equals("CP950") && !e.text().equals(kept.text());
            if (kept == null || e.score() > kept.score() || windowsOnTie) byFamily.put(family, e);
        }
        List<CharsetEvidence> tried = new ArrayList<>(byFamily.values());
        tried.sort(Comparator.comparingDouble(CharsetEvidence::score).reversed());
        CharsetEvidence best = tried.get(0);
        if (best.letters() < MIN_EVIDENCE) return byDetector(bytes, file);
        double margin = tried.size() > 1 ? best.score() - tried.get(1).score() : 1;
        boolean sure = best.commonShare() >= MIN_COMMON_SHARE && margin >= MIN_MARGIN
                && best.replaced() <= MAX_REPLACED_SHARE * best.letters() + 1;
        if (!sure) {
            throw new InputException(InputProblem.error(file, 0, "the encoding cannot be told with confidence; tried "
                            + String.join(", ", names.values().stream().flatMap(List::stream).toList()) + ": "
                            + tried.stream().map(CharsetEvidence::describe).collect(Collectors.joining(", ")),
                    "open the file in a program that shows it correctly and save it as UTF-8 (Notepad: Save as, Encoding UTF-8; "
                            + "Word: Save as Plain Text, Unicode (UTF-8))"));
        }
        if (best.charset() == StandardCharsets.UTF_8) return utf8(bytes, 0, file);
        return strict(bytes, 0, best.charset(), best.name(), file, List.of());
    }

    /** Too little Chinese text to weigh: trust the detector where the bytes agree, else warn. */
    private static Decoded byDetector(byte[] bytes, String file) throws InputException {
        String detected = detect(bytes);
        boolean gb = decodes(bytes, GB18030);
        boolean big5 = decodes(bytes, BIG5);
        if ("BIG5".equals(detected) && big5) return strict(bytes, 0, BIG5, file, List.of());
        if (isGbFamily(detected) && gb) return strict(bytes, 0, GB18030, file, List.of());
        if ("UTF-8".equals(detected) || mostlyUtf8(bytes)) return utf8(bytes, 0, file);
        if (gb || big5) {
            Charset guess = gb ? GB18030 : BIG5;
            String other = gb && big5 ? " (it is also valid " + BIG5.name() + ")" : "";
            return strict(bytes, 0, guess, file, List.of(InputProblem.warning(file, 0,
                    "encoding not recognised with confidence; decoded as " + guess.name() + other,
                    "check the sentences in the report; re-save the file as UTF-8 to be sure")));
        }
        throw new InputException(InputProblem.error(file, 0,
                "the bytes are not valid UTF-8, GB18030 or Big5" + (detected != null ? " (looks like " + detected + ")" : ""),
                "re-save the file as UTF-8"));
    }

    /**
     * UTF-16 without a byte order mark (some Windows programs save "Unicode" so): the zero bytes
     * of ASCII characters fall on every other byte. Taken only when the decoding reads as Chinese
     * or plain text; otherwise the bytes are binary.
     */
    private static Decoded bomlessUtf16(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) return null;
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < bytes.length; i += 2) {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }
        int pairs = bytes.length / 2;
        Charset cs;
        // Chinese characters have zero bytes too (U+4E00), but the ASCII ones (line breaks, digits) dominate;
        // the decoding must then read as Chinese or plain text, so a binary file is not taken for UTF-16
        if (oddZeros >= Math.max(2, pairs / 200) && evenZeros < oddZeros / 2) cs = StandardCharsets.UTF_16LE;
        else if (evenZeros >= Math.max(2, pairs / 200) && oddZeros < evenZeros / 2) cs = StandardCharsets.UTF_16BE;
        else return null;
        CharsetEvidence e = CharsetEvidence.of(cs.name(), cs, bytes, 0);
        boolean chinese = e.letters() >= MIN_EVIDENCE && e.commonShare() >= MIN_COMMON_SHARE;
        boolean plain = e.letters() == 0 && e.text().chars().allMatch(c -> c >= 0x20 || c == '\n' || c == '\r' || c == '\t');
        return e.replaced() == 0 && (chinese || plain) ? new Decoded(stripBom(e.text()), cs.name(), List.of()) : null;
    }

    /** UTF-8, replacing a few malformed sequences and naming the lines they are on. */
    private static Decoded utf8(byte[] bytes, int offset, String file) throws InputException {
        if (decodes(bytes, offset, StandardCharsets.UTF_8)) {
            return strict(bytes, offset, StandardCharsets.UTF_8, file, List.of());
        }
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        List<Integer> badLines = new ArrayList<>();
        int replaced = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // line breaks as DocumentReader splits them: \n, \r\n, or a lone \r
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) line++;
            if (c == '\uFFFD') {
                replaced++;
                if (badLines.isEmpty() || badLines.get(badLines.size() - 1) != line) badLines.add(line);
            }
        }
        if (replaced > MAX_REPLACED_SHARE * text.length() + 1) {
            throw new InputException(InputProblem.error(file, badLines.get(0),
                    "invalid UTF-8: " + replaced + " malformed byte sequences, first on line " + badLines.get(0),
                    "re-save the file as UTF-8"));
        }
        List<InputProblem> warnings = new ArrayList<>();
        for (int l : badLines.subList(0, Math.min(badLines.size(), 20))) {
            warnings.add(InputProblem.warning(file, l, "invalid UTF-8 bytes on this line were replaced by �",
                    "correct the line in the source file"));
        }
        return new Decoded(stripBom(text), "UTF-8", warnings);
    }

    private static Decoded strict(byte[] bytes, int offset, Charset cs, String file, List<InputProblem> warnings) throws InputException {
        return strict(bytes, offset, cs, cs.name(), file, warnings);
    }

    private static Decoded strict(byte[] bytes, int offset, Charset cs, String name, String file, List<InputProblem> warnings) throws InputException {
        try {
            String text = decoder(cs).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return new Decoded(stripBom(text), name, warnings);
        } catch (CharacterCodingException e) {
            throw new InputException(InputProblem.error(file, 0, "the bytes are not valid " + cs.name(), "re-save the file as UTF-8"));
        }
    }

    static String detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    private static boolean isGbFamily(String cs) {
        return cs != null && (cs.equals("GB18030") || cs.equals("GB2312") || cs.equals("GBK") || cs.equals("HZ-GB-2312"));
    }

    private static boolean mostlyUtf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        long bad = text.chars().filter(c -> c == '\uFFFD').count();
        long multi = text.chars().filter(c -> c > 0x7F && c != '\uFFFD').count();
        return bad <= MAX_REPLACED_SHARE * text.length() + 1 && multi > 10 * bad;
    }

    private static boolean decodes(byte[] bytes, Charset cs) {
        return decodes(bytes, 0, cs);
    }

    private static boolean decodes(byte[] bytes, int offset, Charset cs) {
        try {
            CharBuffer out = decoder(cs).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return out.length() > 0 || bytes.length == offset;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** A name for well-known binary formats, "binary data" for other control-heavy input, else null. */
    static String binaryKind(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F')) return "PDF";
        if (startsWith(b, 'P', 'K', 3, 4)) return "ZIP archive, not a Word .docx";
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) return "old Office document, e.g. a Word .doc: save it as .docx";
        if (startsWith(b, 0x89, 'P', 'N', 'G')) return "PNG image";
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) return "JPEG image";
        if (startsWith(b, 'G', 'I', 'F', '8')) return "GIF image";
        if (startsWith(b, '{', '\\', 'r', 't', 'f')) return "RTF document";
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return "binary data";
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) control++;
        }
        return control > n / 100 + 1 ? "binary data" : null;
    }

    private static boolean isBlank(byte[] b) {
        int start = startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = start; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
        }
        return true;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
