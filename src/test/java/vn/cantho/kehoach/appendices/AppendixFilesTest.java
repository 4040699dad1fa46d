package vn.cantho.kehoach.appendices;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.content.InputLimits;
import vn.cantho.kehoach.post.BakedPages;
import vn.cantho.kehoach.support.AppendixSite;
import vn.cantho.kehoach.support.OpenJsonSchema;
import vn.cantho.kehoach.support.TempSite;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Appendix files as offices really save them: a CSV from Excel in Vietnamese settings (';' separated, BOM, CRLF,
 * a line break inside a cell, empty rows at the end); an .xlsx with title lines above the column names and a line
 * numbering them, a group heading merged across, a lead agency
 * merged down several rows, numbers, dates, a percentage and a formula, read from the sheet named in 'sheet:'; one
 * agency written with different spacing (a no-break space among them, as pasted from Word). And what must stop the
 * build: hidden rows and columns, an unknown sheet, one agency written with different case, an old .xls (as it is or
 * renamed .xlsx), more rows than one page takes.
 */
class AppendixFilesTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String COLUMNS = AppendixSite.columns("STT", "Nhiệm vụ=nhiem-vu", "Cơ quan chủ trì=chu-tri",
            "Thời hạn=thoi-han", "Kinh phí");
    static final String EXCEL_CSV = "\uFEFFSTT;Nhiệm vụ;Cơ quan chủ trì;Thời hạn;Kinh phí\r\n"
            + "1;\"Lập đề án; giai đoạn 1\r\nvà giai đoạn 2\";Sở Xây dựng;2026;1.000\r\n"
            + "2;Rà soát quy hoạch;Sở\u00A0 Xây   dựng;2027\r\n"
            + ";;;;\r\n;;;;\r\n";
    @TempDir
    static Path tmp;
    static Path www;

    @BeforeAll
    static void build() throws Exception {
        TempSite site = site(tmp.resolve("site"), "    sheet: \"Phụ lục 1\"\n", s -> { });
        www = tmp.resolve("www");
        new SiteBuild().run(Baker.Sources.of(site.root), www);
    }

    /** kh-1 with appendix phu-luc-1 from EXCEL_CSV and phu-luc-2 from the workbook, {@code change}d before saving. */
    static TempSite site(Path root, String sheetLine, Consumer<Sheet> change) throws Exception {
        TempSite site = new TempSite(root);
        AppendixSite.cover(site, "kh-1", "appendices:\n  - id: phu-luc-1\n    title: \"Phụ lục 1 (thử)\"\n    file: pl-1.csv\n"
                + "    kind: phan-cong\n" + COLUMNS + "  - id: phu-luc-2\n    title: \"Phụ lục 2 (thử)\"\n    file: pl-2.xlsx\n"
                + "    kind: phan-cong\n" + sheetLine + COLUMNS);
        AppendixSite.bytes(site, "kh-1/pl-1.csv", EXCEL_CSV.getBytes(StandardCharsets.UTF_8));
        AppendixSite.bytes(site, "kh-1/pl-2.xlsx", workbook(change));
        return site;
    }

    /**
     * A first sheet of notes, then "Phụ lục 1": two title lines, the column names and a line numbering them, a
     * heading merged across, four tasks of one agency merged down.
     */
    static byte[] workbook(Consumer<Sheet> change) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("Trang tính ghi chú, không phải phụ lục");
            Sheet s = book.createSheet("Phụ lục 1");
            s.createRow(0).createCell(0).setCellValue("PHỤ LỤC 1"); // title lines above the column names
            s.createRow(1).createCell(0).setCellValue("(Kèm theo Kế hoạch thử)");
            s.addMergedRegion(new CellRangeAddress(1, 1, 0, 4));
            Row head = s.createRow(2);
            Row numbers = s.createRow(3);
            List<String> names = List.of("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Kinh phí");
            for (int c = 0; c < names.size(); c++) {
                head.createCell(c).setCellValue(names.get(c));
                numbers.createCell(c).setCellValue("(" + (c + 1) + ")");
            }
            s.createRow(4).createCell(0).setCellValue("I. LĨNH VỰC KINH TẾ");
            s.addMergedRegion(new CellRangeAddress(4, 4, 0, 4));
            CellStyle shortDate = book.createCellStyle();
            shortDate.setDataFormat((short) 14); // Excel's built-in short date
            CellStyle dmy = book.createCellStyle();
            dmy.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle thousands = book.createCellStyle();
            thousands.setDataFormat((short) 3); // #,##0
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat((short) 9); // 0%
            for (int n = 1; n <= 4; n++) {
                Row row = s.createRow(n + 4);
                row.createCell(0).setCellValue(n);
                row.createCell(1).setCellValue("Nhiệm vụ kinh tế " + n);
                row.createCell(2).setCellValue(n == 1 ? "Sở Tài chính" : "");
                Cell date = row.createCell(3);
                date.setCellValue(LocalDate.of(2026, 3, 15));
                date.setCellStyle(n == 1 ? shortDate : dmy);
                Cell money = row.createCell(4);
                switch (n) {
                    case 1 -> money.setCellValue(46000);
                    case 2 -> { money.setCellValue(46000); money.setCellStyle(thousands); }
                    case 3 -> { money.setCellValue(0.15); money.setCellStyle(percent); }
                    default -> money.setCellFormula("E6+E7");
                }
            }
            s.addMergedRegion(new CellRangeAddress(5, 8, 2, 2));
            change.accept(s);
            book.getCreationHelper().createFormulaEvaluator().evaluateAll(); // Excel saves each formula's value
            book.write(out);
            return out.toByteArray();
        }
    }

    static List<List<String>> rows(String appendix) {
        Document p = BakedPages.parse(www.resolve("kh-1/" + appendix + "/index.html"));
        return p.select("table.appendix-table tbody tr").stream().map(tr -> tr.select("td").stream().map(Element::text).toList()).toList();
    }

    @Test
    void theOpenJsonWithEveryCaseMatchesItsSchema() throws Exception {
        assertEquals(List.of(), OpenJsonSchema.violations(www.resolve("kh-1")));
    }

    @Test
    void aSemicolonCsvFromExcelInVietnameseSettingsIsRead() throws Exception {
        assertEquals(List.of(List.of("1", "Lập đề án; giai đoạn 1 và giai đoạn 2", "Sở Xây dựng", "2026", "1.000"),
                List.of("2", "Rà soát quy hoạch", "Sở Xây dựng", "2027", "")), rows("phu-luc-1"), "empty rows at the end left out");
        Element cell = BakedPages.parse(www.resolve("kh-1/phu-luc-1/index.html")).selectFirst("tr#dong-1 td[data-label=Nhiệm vụ]");
        assertEquals("Lập đề án; giai đoạn 1\nvà giai đoạn 2", cell.wholeText(), "the line break inside the cell is kept");
        String csv = Files.readString(www.resolve("kh-1/phu-luc-1/phu-luc-1.csv"));
        assertTrue(csv.startsWith("\uFEFFSTT,Nhiệm vụ,") && csv.contains("2,Rà soát quy hoạch,Sở\u00A0 Xây   dựng,2027,\r\n"),
                "the download is comma separated, cells verbatim: " + csv);
    }

    @Test
    void excelCellsAreShownAsExcelShowsThem() {
        List<List<String>> rows = rows("phu-luc-2");
        assertEquals(List.of("I. LĨNH VỰC KINH TẾ", "", "", "", ""), rows.get(0));
        assertEquals(List.of(
                List.of("1", "Nhiệm vụ kinh tế 1", "Sở Tài chính", "15/03/2026", "46000"),
                List.of("2", "Nhiệm vụ kinh tế 2", "Sở Tài chính", "15/03/2026", "46.000"),
                List.of("3", "Nhiệm vụ kinh tế 3", "Sở Tài chính", "15/03/2026", "15%"),
                List.of("4", "Nhiệm vụ kinh tế 4", "Sở Tài chính", "15/03/2026", "92000")), rows.subList(1, 5),
                "dates day/month/year, thousands with '.', a formula by its value, the merged agency on each of its rows");
    }

    @Test
    void aGroupHeadingRowIsMarkedAndIsNoTask() throws Exception {
        Document p = BakedPages.parse(www.resolve("kh-1/phu-luc-2/index.html"));
        assertEquals("appendix-heading", p.selectFirst("tr#dong-1").className());
        assertFalse(p.selectFirst("tr#dong-2").hasClass("appendix-heading"));
        JsonNode rows = JSON.readTree(Files.readString(www.resolve("kh-1/van-ban.json"))).get("appendices").get(1).get("rows");
        assertTrue(rows.get(0).get("heading").asBoolean());
        assertFalse(rows.get(1).has("heading"));
        Document agency = BakedPages.parse(www.resolve("co-quan/so-tai-chinh/index.html"));
        assertEquals(4, agency.select("li.agency-task").size(), "the heading is not one of its tasks");
    }

    @Test
    void oneAgencyWrittenWithDifferentSpacingHasOnePage() throws Exception {
        Document agency = BakedPages.parse(www.resolve("co-quan/so-xay-dung/index.html"));
        assertEquals("Sở Xây dựng", agency.selectFirst("h1").text());
        assertEquals(2, agency.select("li.agency-task").size());
    }

    @Test
    void anAppendixPastTheRowLimitIsRefusedWithHowToSplitIt() throws Exception {
        TempSite site = site(tmp.resolve("long"), "    sheet: \"Phụ lục 1\"\n", s -> { });
        StringBuilder csv = new StringBuilder("STT,Nhiệm vụ,Cơ quan chủ trì,Thời hạn,Kinh phí\n");
        for (int i = 1; i <= InputLimits.APPENDIX_ROWS + 1; i++) {
            csv.append(i).append(",Nhiệm vụ ").append(i).append(",Sở Xây dựng,2026,\n");
        }
        AppendixSite.bytes(site, "kh-1/pl-1.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        BuildFailure f = assertThrows(BuildFailure.class, () -> new SiteBuild().run(Baker.Sources.of(site.root), tmp.resolve("w3")));
        assertEquals(1, f.problems().size(), f.getMessage());
        assertEquals("content/kh-1/pl-1.csv: phụ lục có 1501 hàng, vượt giới hạn 1500 hàng cho một trang",
                f.problems().get(0).file() + ": " + f.problems().get(0).what());
    }

    @Test
    void hiddenRowsAndColumnsAnUnknownSheetAndAnAgencyInOtherCaseStopTheBuild() throws Exception {
        TempSite hidden = site(tmp.resolve("hidden"), "    sheet: \"Phụ lục 1\"\n", s -> {
            s.getRow(6).setZeroHeight(true);
            s.setColumnHidden(4, true);
        });
        String all = assertThrows(BuildFailure.class, () -> new SiteBuild().run(Baker.Sources.of(hidden.root), tmp.resolve("w1"))).getMessage();
        assertTrue(all.contains("content/kh-1/pl-2.xlsx: dòng 7 của trang tính 'Phụ lục 1' đang bị ẩn trong Excel"), all);
        assertTrue(all.contains("content/kh-1/pl-2.xlsx: cột E của trang tính 'Phụ lục 1' đang bị ẩn trong Excel"), all);

        TempSite sheet = site(tmp.resolve("sheet"), "    sheet: \"Phu luc\"\n", s -> { });
        AppendixSite.cover(sheet, "kh-1", "  - id: phu-luc-3\n    title: \"Phụ lục 3\"\n    file: pl-3.xls\n    columns:\n      - \"STT\"\n"
                + "  - id: phu-luc-4\n    title: \"Phụ lục 4\"\n    file: pl-4.xlsx\n    columns:\n      - \"STT\"\n");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook old = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            old.createSheet("Phụ lục").createRow(0).createCell(0).setCellValue("STT");
            old.write(out);
            AppendixSite.bytes(sheet, "kh-1/pl-3.xls", out.toByteArray());
            AppendixSite.bytes(sheet, "kh-1/pl-4.xlsx", out.toByteArray()); // an .xls renamed
        }
        AppendixSite.bytes(sheet, "kh-1/pl-1.csv", EXCEL_CSV.replace("Sở\u00A0 Xây   dựng", "sở xây dựng").getBytes(StandardCharsets.UTF_8));
        BuildFailure f = assertThrows(BuildFailure.class, () -> new SiteBuild().run(Baker.Sources.of(sheet.root), tmp.resolve("w2")));
        assertTrue(f.getMessage().contains("content/kh-1/pl-2.xlsx: không có trang tính 'Phu luc'")
                && f.getMessage().contains("'Ghi chú', 'Phụ lục 1'"), f.getMessage());
        assertTrue(f.getMessage().contains("content/kh-1/pl-1.csv: cơ quan chủ trì 'sở xây dựng' (hàng 2) và 'Sở Xây dựng' có cùng"
                + " địa chỉ /co-quan/so-xay-dung/"), f.getMessage());
        assertTrue(f.getMessage().contains("ví dụ luôn là 'Sở Xây dựng'"), f.getMessage());
        assertTrue(f.getMessage().contains("tệp dữ liệu 'pl-3.xls' phải là .csv hoặc .xlsx") && f.getMessage().contains(
                "cách sửa: mở tệp bằng Excel, chọn Tệp > Lưu thành > 'Sổ làm việc Excel (.xlsx)', rồi khai báo tệp .xlsx"), f.getMessage());
        assertTrue(f.getMessage().contains("content/kh-1/pl-4.xlsx: đây là tệp Excel cũ (.xls) được đổi đuôi thành .xlsx"), f.getMessage());
    }
}
