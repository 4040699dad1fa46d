package vn.cantho.kehoach.importer;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A Word .docx (Apache POI): each paragraph of the body becomes a {@link Block.Line} with Word's automatic
 * number written in front as Word shows it ({@link WordNumbering}), split at manual line breaks; each table a
 * {@link Block.Grid} of its cells' paragraphs. Position {@code at} counts the body's paragraphs and tables.
 */
final class DocxReader {
    private DocxReader() {
    }

    static List<Block> read(InputStream in) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(in)) {
            WordNumbering numbering = new WordNumbering(doc);
            List<Block> blocks = new ArrayList<>();
            int at = 0;
            for (IBodyElement e : doc.getBodyElements()) {
                at++;
                if (e instanceof XWPFParagraph p) {
                    String text = numbering.label(p) + p.getText();
                    boolean emphasized = p.getAlignment() == ParagraphAlignment.CENTER || allBold(p);
                    for (String line : text.split("\n")) {
                        String l = clean(line);
                        if (!l.isEmpty()) {
                            blocks.add(new Block.Line(l, at, emphasized));
                        }
                    }
                } else if (e instanceof XWPFTable t) {
                    List<List<List<String>>> rows = new ArrayList<>();
                    for (XWPFTableRow row : t.getRows()) {
                        List<List<String>> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            List<String> lines = new ArrayList<>();
                            for (XWPFParagraph p : cell.getParagraphs()) {
                                for (String line : (numbering.label(p) + p.getText()).split("\n")) {
                                    String l = clean(line);
                                    if (!l.isEmpty()) {
                                        lines.add(l);
                                    }
                                }
                            }
                            cells.add(lines);
                        }
                        rows.add(cells);
                    }
                    blocks.add(new Block.Grid(rows, at, false));
                }
            }
            return blocks;
        }
    }

    /** A tab (Word's space after a number, or a tab stop) reads as one space; ends are trimmed. */
    private static String clean(String line) {
        return line.replace('\t', ' ').strip();
    }

    private static boolean allBold(XWPFParagraph p) {
        boolean any = false;
        for (XWPFRun r : p.getRuns()) {
            String t = r.text();
            if (t == null || t.isBlank()) {
                continue;
            }
            if (!r.isBold()) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
