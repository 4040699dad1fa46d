package vn.cantho.kehoach.content;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Per-field reading of the text written: decimal integers, dd/mm/yyyy dates, text, and empty values. */
class FieldRulesTest {
    private static final String SECTION = "---\ntype: section\nid: i\nlabel: \"Mục I\"\ntitle: \"T\"\n";

    private static SourcePage page(String frontMatter) {
        FrontMatter.Parsed p = FrontMatter.parse("content/x/i/index.md", frontMatter + "---\n");
        assertTrue(p.ok(), p.problems().toString());
        return new SourcePage("x/i/index.md", "/x/i/", p.fields(), p.fieldLines(), p.body(), p.bodyLine());
    }

    private static Problem only(List<Problem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void orderIsADecimalInteger() {
        SourcePage p = page(SECTION + "order: 12\n");
        assertEquals(List.of(), FieldRules.check(p));
        assertEquals(12, p.order());
    }

    @Test
    void aLeadingZeroIsRefusedWithTheNumberToWrite() {
        Problem p = only(FieldRules.check(page(SECTION + "order: 010\n")));
        assertEquals(6, p.line());
        assertTrue(p.what().startsWith("order '010' có số 0 ở đầu"), p.what());
        assertTrue(p.fix().contains("'order: 10'"), p.fix());
    }

    @Test
    void otherNumberFormsAreRefused() {
        for (String v : List.of("+5", "7.0", "1e3", "0x10", "1_000", "bảy", "\"-1\"", "99999999999")) {
            Problem p = only(FieldRules.check(page(SECTION + "order: " + v + "\n")));
            assertEquals(6, p.line(), v);
            assertTrue(p.what().contains("không phải số nguyên"), v + ": " + p.what());
        }
    }

    @Test
    void anIsoDateIsRefusedWithTheSameDayWrittenDdMmYyyy() {
        SourcePage page = page("---\ntype: document\nid: x\ntitle: T\nngay_hieu_luc: 2026-02-01\n");
        Problem p = only(FieldRules.check(page).stream().filter(x -> x.what().contains("ngay_hieu_luc")).toList());
        assertEquals(5, p.line());
        assertTrue(p.what().contains("'2026-02-01' không phải ngày hợp lệ"), p.what());
        assertTrue(p.fix().contains("ngay_hieu_luc: \"01/02/2026\""), p.fix());
    }

    @Test
    void datesAreRealDaysWrittenDdMmYyyy() {
        SourcePage p = page("---\ntype: document\nid: x\nngay_ban_hanh: 22/01/2026\nngay_hieu_luc: \"31/02/2026\"\n");
        Problem problem = only(FieldRules.check(p).stream().filter(x -> x.what().contains("ngay_")).toList());
        assertTrue(problem.what().startsWith("ngay_hieu_luc '31/02/2026'"), problem.what());
        assertEquals(LocalDate.of(2026, 1, 22), p.date("ngay_ban_hanh"));
    }

    @Test
    void textIsKeptAsWritten() {
        SourcePage p = page(SECTION.replace("label: \"Mục I\"", "label: yes") + "order: 1\nheading: 4.10\n");
        assertEquals(List.of(), FieldRules.check(p));
        assertEquals("yes", p.string("label"));
        assertEquals("4.10", p.string("heading"));
    }

    @Test
    void anEmptyOptionalFieldIsAbsent() {
        SourcePage p = page(SECTION + "order: 1\nheading:\nparent: \"\"\n");
        assertEquals(List.of(), FieldRules.check(p));
        assertNull(p.string("heading"));
        assertNull(p.string("parent"));
    }

    @Test
    void anEmptyRequiredFieldIsRefusedAtItsLine() {
        Problem p = only(FieldRules.check(page("---\ntype: section\nid: i\nlabel:\ntitle: \"T\"\norder: 1\n")));
        assertEquals(4, p.line());
        assertEquals("để trống trường bắt buộc 'label'", p.what());
        assertTrue(p.fix().startsWith("ghi giá trị sau 'label: '"), p.fix());
    }

    @Test
    void aMissingRequiredFieldPointsAtTheFence() {
        Problem p = only(FieldRules.check(page("---\ntype: section\nid: i\ntitle: \"T\"\norder: 1\n")));
        assertEquals(1, p.line());
        assertEquals("thiếu trường bắt buộc 'label'", p.what());
    }

    @Test
    void aListInASingleValueFieldIsRefusedAtItsLine() {
        Problem p = only(FieldRules.check(page(SECTION + "order: 1\nheading:\n  - a\n  - b\n")));
        assertEquals(7, p.line());
        assertTrue(p.what().contains("'heading' chứa danh sách"), p.what());
    }

    @Test
    void anUnknownEffectiveDateIsWrittenChuaRoButTheIssueDateMustBeADate() {
        SourcePage p = page("---\ntype: document\nid: x\ntitle: T\nngay_ban_hanh: \"chưa rõ\"\nngay_hieu_luc: \"chưa rõ\"\n");
        List<Problem> dates = FieldRules.check(p).stream().filter(x -> x.what().contains("không phải ngày hợp lệ")).toList();
        assertEquals(1, dates.size(), dates.toString());
        assertTrue(dates.get(0).what().startsWith("ngay_ban_hanh 'chưa rõ'"), dates.get(0).what());
    }

    @Test
    void recipientsAndSignatureTitlesAreLists() {
        SourcePage p = page("---\ntype: document\nid: x\ntitle: T\nnoi_nhan: \"- Như trên;\"\n"
                + "signature_titles:\n  - \"KT. CHỦ TỊCH\"\n");
        Problem problem = only(FieldRules.check(p).stream().filter(x -> x.what().contains("noi_nhan")
                || x.what().contains("signature_titles")).toList());
        assertEquals("trường 'noi_nhan' phải là danh sách", problem.what());
    }
}
