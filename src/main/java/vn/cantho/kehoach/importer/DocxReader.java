package vn.cantho.kehoach.importer;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A Word .docx (Apache POI): each paragraph of the body becomes a {@link Block.Line} with Word's automatic
 * number written in front as Word shows it ({@link WordNumbering}), split at manual line breaks; each table a
 * {@link Block.Grid} of its cells' paragraphs. Paragraphs and tables inside content controls count as the
 * body's own. Position {@code at} counts the body's paragraphs and tables.
 */
final class DocxReader {
    private DocxReader() {
    }

    static List<Block> read(InputStream in) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(in)) {
            WordNumbering numbering = new WordNumbering(doc);
            List<Block> blocks = new ArrayList<>();
            int at = 0;
            for (XmlObject e : children(doc.getDocument().getBody())) {
                at++;
                if (e instanceof CTP ctp) {
                    XWPFParagraph p = paragraph(doc, ctp);
                    boolean emphasized = p.getAlignment() == ParagraphAlignment.CENTER || allBold(p);
                    for (String line : lines(p, numbering)) {
                        blocks.add(new Block.Line(line, at, emphasized));
                    }
                } else if (e instanceof CTTbl ctTbl) {
                    XWPFTable t = doc.getTable(ctTbl) != null ? doc.getTable(ctTbl) : new XWPFTable(ctTbl, doc);
                    List<List<List<String>>> rows = new ArrayList<>();
                    for (XWPFTableRow row : t.getRows()) {
                        List<List<String>> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(cellLines(doc, cell.getCTTc(), numbering));
                        }
                        rows.add(cells);
                    }
                    blocks.add(new Block.Grid(rows, at, false));
                }
            }
            return blocks;
        }
    }

    /**
     * The paragraphs and tables of a body or cell in document order, those inside content controls (w:sdt,
     * which POI's body lists leave out) included.
     */
    private static List<XmlObject> children(XmlObject container) {
        List<XmlObject> out = new ArrayList<>();
        try (XmlCursor c = container.newCursor()) {
            for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
                XmlObject o = c.getObject();
                if (o instanceof CTP || o instanceof CTTbl) {
                    out.add(o);
                } else if (o instanceof CTSdtBlock sdt && sdt.getSdtContent() != null) {
                    out.addAll(children(sdt.getSdtContent()));
                } else if (o instanceof CTSdtCell sdt && sdt.getSdtContent() != null) {
                    out.addAll(children(sdt.getSdtContent()));
                }
            }
        }
        return out;
    }

    /** A cell's lines; a table nested in it gives its cells' lines, row after row. */
    private static List<String> cellLines(XWPFDocument doc, XmlObject cell, WordNumbering numbering) {
        List<String> lines = new ArrayList<>();
        for (XmlObject e : children(cell)) {
            if (e instanceof CTP ctp) {
                lines.addAll(lines(paragraph(doc, ctp), numbering));
            } else if (e instanceof CTTbl nested) {
                for (CTRow row : nested.getTrList()) {
                    for (CTTc c : row.getTcList()) {
                        lines.addAll(cellLines(doc, c, numbering));
                    }
                }
            }
        }
        return lines;
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, CTP ctp) {
        XWPFParagraph known = doc.getParagraph(ctp);
        return known != null ? known : new XWPFParagraph(ctp, doc);
    }

    /** The paragraph's text with Word's number in front, split at manual line breaks, empty lines left out. */
    private static List<String> lines(XWPFParagraph p, WordNumbering numbering) {
        List<String> out = new ArrayList<>();
        for (String line : (numbering.label(p) + p.getText()).split("\n")) {
            String l = clean(line);
            if (!l.isEmpty()) {
                out.add(l);
            }
        }
        return out;
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
