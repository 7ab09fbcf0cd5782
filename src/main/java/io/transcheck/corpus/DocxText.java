package io.transcheck.corpus;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Word .docx file to its paragraphs with text, in reading order (tables cell by cell), numbered
 * from 1 as a reader counts them; headers, footers, comments and footnotes are not the article.
 * Paragraphs in a heading style (Title, Heading 1-9, in any language: Word stores their English
 * names) are headings.
 */
final class DocxText {
    private DocxText() {}

    static List<Boilerplate.Block> paragraphs(byte[] bytes, String file) throws InputException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Boilerplate.Block> out = new ArrayList<>();
            for (IBodyElement e : doc.getBodyElements()) add(doc, e, out);
            return out;
        } catch (Exception | LinkageError e) {
            // POI says "not an OOXML file", "zip bomb", "invalid header" ...: the file is not a readable .docx
            throw new InputException(InputProblem.error(file, 0, "the Word file cannot be read (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")",
                    "open it in Word and save it again as .docx, or save it as plain text (UTF-8)"));
        }
    }

    private static void add(XWPFDocument doc, IBodyElement e, List<Boilerplate.Block> out) {
        if (e instanceof XWPFParagraph p) {
            String text = p.getText().replaceAll("[\\r\\n\\t\\u000B]+", " ").strip();
            if (!text.isEmpty()) out.add(new Boilerplate.Block(out.size() + 1, text, isHeading(doc, p)));
        } else if (e instanceof XWPFTable t) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (IBodyElement inner : cell.getBodyElements()) add(doc, inner, out);
                }
            }
        } else if (e instanceof XWPFSDT sdt) {
            String text = sdt.getContent().getText().replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) out.add(new Boilerplate.Block(out.size() + 1, text, false));
        }
    }

    private static boolean isHeading(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) return false;
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        String name = (style != null && style.getName() != null ? style.getName() : id).toLowerCase(Locale.ROOT).replace(" ", "");
        return name.matches("heading\\d|title|subtitle");
    }
}
