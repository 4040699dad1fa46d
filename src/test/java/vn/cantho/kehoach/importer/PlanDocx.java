package vn.cantho.kehoach.importer;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a plan as an office would in Word (Apache POI): the heading block as a two-column table, kind and
 * subject bold and centered, Roman parts, khoản and "4.1." sub-khoản numbered by one multi-level automatic list
 * (numbering.xml: upperRoman "%1.", decimal "%2.", "%2.%3."), points a) b) ... by a paragraph style that carries
 * its own lowerLetter "%1)" list (like Word's "List Number"), and the recipients and signature as a table. The
 * numbers are not in the text: only Word's numbering shows them.
 */
final class PlanDocx {
    private static final Pattern ROMAN = Pattern.compile("([IVX]+)\\.\\s+(.*)");
    private static final Pattern SUB = Pattern.compile("(\\d+)\\.(\\d+)\\.\\s+(.*)");
    private static final Pattern KHOAN = Pattern.compile("(\\d+)\\.\\s+(.*)");
    private static final Pattern DIEM = Pattern.compile("([a-zđ])\\)\\s+(.*)");
    static final String POINT_STYLE = "DiemList";

    private final XWPFDocument doc = new XWPFDocument();
    private final BigInteger outline;

    PlanDocx() {
        XWPFNumbering numbering = doc.createNumbering();
        outline = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list(0,
                new Object[]{STNumberFormat.UPPER_ROMAN, "%1."},
                new Object[]{STNumberFormat.DECIMAL, "%2."},
                new Object[]{STNumberFormat.DECIMAL, "%2.%3."}))));
        BigInteger points = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list(1,
                new Object[]{STNumberFormat.LOWER_LETTER, "%1)"}))));
        XWPFStyles styles = doc.createStyles();
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(POINT_STYLE);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal("Điểm");
        CTNumPr numPr = style.addNewPPr().addNewNumPr();
        numPr.addNewNumId().setVal(points);
        numPr.addNewIlvl().setVal(BigInteger.ZERO);
        styles.addStyle(new XWPFStyle(style, styles));
    }

    private static CTAbstractNum list(int id, Object[]... levels) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(id));
        for (int i = 0; i < levels.length; i++) {
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal((STNumberFormat.Enum) levels[i][0]);
            lvl.addNewLvlText().setVal((String) levels[i][1]);
        }
        return abs;
    }

    /** A two-column table, each cell given as its paragraphs. */
    PlanDocx table(List<List<List<String>>> rows) {
        XWPFTable t = doc.createTable(rows.size(), rows.get(0).size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                XWPFTableCell cell = t.getRow(r).getCell(c);
                List<String> lines = rows.get(r).get(c);
                for (int k = 0; k < lines.size(); k++) {
                    XWPFParagraph p = k == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                    p.createRun().setText(lines.get(k));
                }
            }
        }
        return this;
    }

    /** A bold, centered line (kind, subject). */
    PlanDocx title(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = p.createRun();
        r.setBold(true);
        r.setText(text);
        return this;
    }

    /** A body line; its leading official number becomes Word numbering (the text keeps only what follows). */
    PlanDocx body(String line) {
        XWPFParagraph p = doc.createParagraph();
        Matcher m;
        String text = line;
        if ((m = ROMAN.matcher(line)).matches()) {
            number(p, 0);
            text = m.group(2);
        } else if ((m = SUB.matcher(line)).matches()) {
            number(p, 2);
            text = m.group(3);
        } else if ((m = KHOAN.matcher(line)).matches()) {
            number(p, 1);
            text = m.group(2);
        } else if ((m = DIEM.matcher(line)).matches()) {
            p.setStyle(POINT_STYLE);
            text = m.group(2);
        }
        p.createRun().setText(text);
        return this;
    }

    private void number(XWPFParagraph p, int level) {
        p.setNumID(outline);
        p.setNumILvl(BigInteger.valueOf(level));
    }

    void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        doc.close();
    }

    /** Writes the plan's .docx to the file named, to try the import command on it. */
    public static void main(String[] args) throws IOException {
        ofPlan(Path.of(args[0]));
    }

    /**
     * The plan 32/KH-UBND from the seed's text (heading, kind, subject, body lines, signature authority), with the
     * signer's name the portal gives for it; no recipients (the source has none).
     */
    static void ofPlan(Path file) throws IOException {
        List<String> seed = SeedText.document();
        PlanDocx d = new PlanDocx();
        d.table(List.of(
                List.of(List.of("ỦY BAN NHÂN DÂN"), List.of("CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM")),
                List.of(List.of("Số: 32/KH-UBND"), List.of("Cần Thơ, ngày 22 tháng 01 năm 2026"))));
        d.title(seed.get(SeedText.KIND)).title(seed.get(SeedText.SUBJECT));
        for (String line : seed.subList(SeedText.SUBJECT + 1, SeedText.BODY_END)) {
            d.body(line);
        }
        d.table(List.of(List.of(List.of(), List.of("TM. ỦY BAN NHÂN DÂN", "Nguyễn Văn Hòa"))));
        d.write(file);
    }
}
