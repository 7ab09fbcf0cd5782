package io.transcheck.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.BitSet;
import java.util.Locale;

/**
 * What one candidate decoding of a file's bytes looks like: how many sequences could not be
 * decoded, what share of its Han characters are common ones (real Chinese text is 86-96 % the
 * characters of {@code common-han.txt}, text decoded with the wrong charset 6-18 %), and whether
 * it keeps to one script (Traditional-only and Simplified-only characters, told apart by Big5 and
 * GB2312 membership; mojibake mixes both).
 *
 * @param name     the encoding as reports name it (UTF-8, GB18030, Big5, CP950, Big5-HKSCS, UTF-16LE...)
 * @param text     the bytes decoded with undecodable sequences replaced by U+FFFD
 * @param replaced undecodable sequences
 * @param letters  non-ASCII letters (Han, kana, private-use...): what the shares are taken of
 * @param common   of those, common Han characters
 * @param traditional characters only Big5 has; {@code simplified} characters only GB2312 has
 * @param privateUse  private-use characters: what a charset makes of codes it lacks (CP950 of Hong Kong characters)
 */
record CharsetEvidence(String name, Charset charset, String text, int replaced, int letters, int common,
                       int traditional, int simplified, int privateUse) {

    private static final BitSet COMMON = new BitSet(0x10000);
    private static final BitSet BIG5 = charactersOf("Big5");
    private static final BitSet GB2312 = charactersOf("GB2312");

    static {
        for (Resources.Line l : Resources.lines("/corpus/common-han.txt")) l.text().codePoints().forEach(COMMON::set);
    }

    CharsetEvidence {
        if (name == null || text == null || replaced < 0 || letters < 0 || common < 0 || common > letters) {
            throw new IllegalArgumentException("evidence " + name);
        }
    }

    static CharsetEvidence of(String name, Charset cs, byte[] bytes, int offset) {
        String text;
        try {
            text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);   // cannot happen with REPLACE
        }
        int replaced = 0, letters = 0, common = 0, traditional = 0, simplified = 0, privateUse = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0xFFFD) {
                replaced++;
            } else if (c > 0x7F && (Character.isLetter(c) || Character.getType(c) == Character.PRIVATE_USE)) {
                letters++;
                if (Character.getType(c) == Character.PRIVATE_USE) privateUse++;
                if (c < 0x10000 && COMMON.get(c)) common++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && c < 0x10000) {
                    boolean big5 = BIG5.get(c), gb = GB2312.get(c);
                    if (big5 && !gb) traditional++;
                    if (gb && !big5) simplified++;
                }
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0C) {
                letters++;   // control characters count against a decoding, as uncommon letters do
            }
        }
        return new CharsetEvidence(name, cs, text, replaced, letters, common, traditional, simplified, privateUse);
    }

    /** Share of the letters that are common Han characters. */
    double commonShare() {
        return letters == 0 ? 0 : common / (double) letters;
    }

    /** 1 when every script-specific character is of one script, 0 when they are evenly mixed. */
    double scriptConsistency() {
        int n = traditional + simplified;
        return n == 0 ? 1 : Math.abs(traditional - simplified) / (double) n;
    }

    /**
     * The evidence in one figure: the common share, less heavily for replaced sequences, less for
     * private-use characters (a rare real character beats a code the charset does not know), plus a
     * little for keeping to one script (a tie-breaker: the common share alone separates right from
     * wrong by 0.7 on real files).
     */
    double score() {
        double replacedShare = replaced / (double) Math.max(1, letters + replaced);
        double privateShare = privateUse / (double) Math.max(1, letters);
        return commonShare() - 5 * replacedShare - privateShare + 0.05 * scriptConsistency();
    }

    /** For messages: {@code CP950 (12% common characters, 3 undecodable)}. */
    String describe() {
        return String.format(Locale.ROOT, "%s (%.0f%% common Chinese characters%s)", name, 100 * commonShare(),
                replaced == 0 ? "" : ", " + replaced + " undecodable");
    }

    private static BitSet charactersOf(String charset) {
        BitSet out = new BitSet(0x10000);
        CharsetDecoder d = Charset.forName(charset).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] pair = new byte[2];
        for (int hi = 0x81; hi <= 0xFE; hi++) {
            for (int lo = 0x40; lo <= 0xFE; lo++) {
                pair[0] = (byte) hi;
                pair[1] = (byte) lo;
                try {
                    String s = d.reset().decode(ByteBuffer.wrap(pair)).toString();
                    if (s.length() == 1) out.set(s.charAt(0));
                } catch (CharacterCodingException e) {
                    // not a character of this charset
                }
            }
        }
        return out;
    }
}
