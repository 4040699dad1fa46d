package vn.cantho.kehoach.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pipe tables in the official text: the accessible HTML, their structural ids, and each malformed table refused. */
class OfficialTablesTest {
    private static final String TABLE = """
            | STT | Chỉ tiêu | Đơn vị | Năm 2026 |
            | --- | :--- | :---: | ---: |
            | 1\\. | Tỷ lệ hồ sơ trực tuyến <toàn trình> | % | 80 |
            | 2 | Số xã có "điểm" Wi-Fi \\| miễn phí |  | 103 |
            [Bảng 1. Chỉ tiêu chuyển đổi số năm 2026]
            """;

    private static LegalMarkdown.Rendered render(String body) {
        return new LegalMarkdown().render("content/kh-1/i/index.md", 10, body);
    }

    private static Element body(String body) {
        LegalMarkdown.Rendered r = render(body);
        assertEquals(List.of(), r.problems());
        return Jsoup.parseBodyFragment(r.html()).body();
    }

    @Test
    void aTableRendersWithCaptionHeaderCellsAndRowAnchors() {
        Element body = body("1\\. Đoạn trước.\n\n" + TABLE + "\nĐoạn sau.\n");
        Element table = body.child(1);
        assertEquals("table", table.tagName());
        assertEquals("bang-1", table.id());
        assertEquals("caption", table.child(0).tagName(), "the caption comes first, as HTML requires");
        assertEquals("Bảng 1. Chỉ tiêu chuyển đổi số năm 2026", table.child(0).text());
        assertEquals(List.of("STT", "Chỉ tiêu", "Đơn vị", "Năm 2026"), table.select("thead th[scope=col]").eachText());
        assertEquals(List.of("bang-1-dong-1", "bang-1-dong-2"), table.select("tbody > tr").eachAttr("id"));
        assertTrue(table.select("thead tr[id]").isEmpty(), "the header row has no anchor");
        Element row1 = table.getElementById("bang-1-dong-1");
        assertEquals(List.of("1.", "Tỷ lệ hồ sơ trực tuyến <toàn trình>", "%", "80"), row1.children().eachText(),
                "cells verbatim: escapes removed, raw HTML kept as text");
        assertEquals(List.of("STT", "Chỉ tiêu", "Đơn vị", "Năm 2026"), row1.children().eachAttr("data-label"));
        Element row2 = table.getElementById("bang-1-dong-2");
        assertEquals(List.of("2", "Số xã có \"điểm\" Wi-Fi | miễn phí", "", "103"), row2.children().stream().map(Element::text).toList(),
                "an escaped pipe is text; an empty cell stays a cell");
        assertTrue(table.select("[align], [style]").isEmpty(), "no obsolete align, no inline style");
        assertEquals(List.of("Năm 2026", "80", "103"), table.select(".cell--right").eachText(), "alignment as a class");
        assertEquals(3, table.select(".cell--center").size());
        assertTrue(table.select("script, b").isEmpty());
        assertEquals(List.of("khoan-1", "bang-1", "doan-1"), body.children().eachAttr("id"),
                "a table does not take a paragraph's number");
    }

    @Test
    void tablesDoNotMoveParagraphIds() {
        String text = "Đoạn một.\n\n1\\. Khoản một.\n\na) Điểm a.\n\n## \\- Gạch\n\nĐoạn hai.\n";
        List<String> without = body(text).children().eachAttr("id");
        Element with = body(TABLE + "\n" + text + "\n" + TABLE.replace("Bảng 1", "Bảng 2"));
        List<String> ids = with.children().eachAttr("id");
        assertEquals(List.of("bang-1", "doan-1", "khoan-1", "khoan-1-diem-a", "gach-1", "doan-2", "bang-2"), ids);
        assertEquals(without, ids.subList(1, 6));
        assertEquals(List.of("bang-2-dong-1", "bang-2-dong-2"), with.getElementById("bang-2").select("tr[id]").eachAttr("id"));
    }

    @Test
    void theFullTextPagePrefixesTableAndRowIds() {
        String html = StructuralIds.forFullText(render(TABLE).html(), "ii-4-2", 3);
        Element body = Jsoup.parseBodyFragment(html).body();
        assertEquals(List.of("ii-4-2-bang-1", "ii-4-2-bang-1-dong-1", "ii-4-2-bang-1-dong-2"), body.select("[id]").eachAttr("id"));
    }

    @Test
    void aTableWithoutCaptionIsAccepted() {
        Element table = body("| A | B |\n| --- | --- |\n| 1 | 2 |\n").child(0);
        assertNull(table.selectFirst("caption"));
        assertNull(TextUnits.caption(table));
    }

    @Test
    void textUnitsReadATableRowByRow() {
        List<TextUnits.Unit> units = TextUnits.of(body("Đoạn.\n\n" + TABLE));
        assertEquals(List.of("doan-1", "bang-1", "bang-1-dong-1", "bang-1-dong-2"), units.stream().map(TextUnits.Unit::id).toList());
        assertEquals(List.of(TextUnits.Kind.PARAGRAPH, TextUnits.Kind.TABLE, TextUnits.Kind.ROW, TextUnits.Kind.ROW),
                units.stream().map(TextUnits.Unit::kind).toList());
        assertEquals("Bảng 1. Chỉ tiêu chuyển đổi số năm 2026 | STT | Chỉ tiêu | Đơn vị | Năm 2026", units.get(1).text());
        assertEquals("2 | Số xã có \"điểm\" Wi-Fi | miễn phí |  | 103", units.get(3).text());
    }

    private static Problem only(String body) {
        List<Problem> problems = render(body).problems();
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertEquals("content/kh-1/i/index.md", p.file());
        assertTrue(p.fix().length() > 10, "a fix is suggested");
        return p;
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsRefused() {
        Problem p = only("Đoạn.\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n| 3 | 4 | 5 |\n");
        assertEquals(10 + 5, p.line(), "the row's own line");
        assertEquals("hàng 2 của bảng có 3 ô nhưng hàng tiêu đề có 2 cột", p.what());
        assertTrue(p.fix().contains("\\|"), p.fix());
    }

    @Test
    void aRowWithFewerCellsIsRefused() {
        Problem p = only("| A | B | C |\n| --- | --- | --- |\n| 1 | 2 |\n");
        assertEquals(12, p.line());
        assertTrue(p.what().contains("có 2 ô nhưng hàng tiêu đề có 3 cột"), p.what());
        assertTrue(p.fix().contains("ô trống"), p.fix());
    }

    @Test
    void rowsWithoutAHeaderAreRefused() {
        Problem p = only("Đoạn.\n\n| 1 | 2 |\n| 3 | 4 |\n");
        assertEquals(12, p.line());
        assertTrue(p.what().contains("không thuộc bảng nào"), p.what());
        assertTrue(p.fix().contains("| --- | --- |"), p.fix());
    }

    @Test
    void aTableStuckToAParagraphIsRefused() {
        Problem p = only("Đoạn ngay trên bảng.\n| A | B |\n| --- | --- |\n| 1 | 2 |\n");
        assertEquals(11, p.line());
        assertTrue(p.what().contains("không thuộc bảng nào"), p.what());
    }

    @Test
    void aSeparatorWithTheWrongNumberOfColumnsIsRefused() {
        Problem p = only("| A | B | C |\n| --- | --- |\n| 1 | 2 | 3 |\n");
        assertEquals(11, p.line());
        assertEquals("dòng phân cách của bảng có 2 cột nhưng hàng tiêu đề có 3 cột", p.what());
    }

    @Test
    void aSecondSeparatorLineIsRefused() {
        Problem p = only("| A | B |\n| --- | --- |\n| C | D |\n| --- | --- |\n| 1 | 2 |\n");
        assertEquals(13, p.line());
        assertTrue(p.what().startsWith("dòng phân cách thừa"), p.what());
    }

    @Test
    void aPipeInsideAParagraphIsStillText() {
        Element body = body("Điều 1 | Điều 2 trong cùng một dòng.\n");
        assertEquals("Điều 1 | Điều 2 trong cùng một dòng.", body.child(0).text());
    }
}
