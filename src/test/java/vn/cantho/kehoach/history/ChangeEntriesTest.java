package vn.cantho.kehoach.history;

import org.junit.jupiter.api.Test;
import vn.cantho.kehoach.content.FrontMatter;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.content.SourcePage;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The changes list: what is read, and each mistake reported at its line with a fix. */
class ChangeEntriesTest {
    private static ChangeEntries.Result read(String changes) {
        String text = "---\ntype: section\nid: i\norder: 1\nlabel: \"Mục I\"\ntitle: \"Mục I\"\n" + changes + "---\n\nĐoạn.\n";
        FrontMatter.Parsed p = FrontMatter.parse("content/kh-1/i/index.md", text);
        assertTrue(p.ok(), String.valueOf(p.problems()));
        SourcePage page = new SourcePage("kh-1/i/index.md", "/kh-1/i/", p.fields(), p.fieldLines(), p.body(), p.bodyLine());
        return ChangeEntries.read(page, text, LocalDate.of(2026, 1, 22));
    }

    private static Problem only(ChangeEntries.Result r) {
        assertEquals(1, r.problems().size(), String.valueOf(r.problems()));
        return r.problems().get(0);
    }

    @Test
    void readsEveryField() {
        ChangeEntries.Result r = read("""
                changes:
                  - date: 15/03/2026
                    kind: amendment
                    basis: "Kế hoạch số 99/KH-UBND"
                    note: "Sửa đổi đoạn 3"
                  - date: "20/03/2026"
                    kind: correction
                """);
        assertEquals(List.of(), r.problems());
        ChangeEntry a = r.entries().get(0);
        assertEquals(List.of("15/03/2026", "2026-03-15", "sửa đổi, bổ sung", "Kế hoạch số 99/KH-UBND", "Sửa đổi đoạn 3", "8"),
                List.of(a.dateText(), a.isoDate(), a.kind().label(), a.basis(), a.note(), String.valueOf(a.line())));
        ChangeEntry c = r.entries().get(1);
        assertEquals(ChangeKind.CORRECTION, c.kind());
        assertEquals(null, c.basis());
        assertEquals("thay-doi-2", c.anchor());
    }

    @Test
    void anAmendmentWithoutBasisIsReportedAtItsLine() {
        Problem p = only(read("changes:\n  - date: 15/03/2026\n    kind: amendment\n"));
        assertEquals("content/kh-1/i/index.md:8: mục thứ 1 (amendment) thiếu 'basis'", p.format().lines().findFirst().orElseThrow());
        assertTrue(p.fix().startsWith("ghi văn bản làm căn cứ"));
    }

    @Test
    void badDateKindAndKeyPointAtTheirOwnLines() {
        ChangeEntries.Result r = read("""
                changes:
                  - date: 31/02/2026
                    kind: correction
                  - date: 01/04/2026
                    kind: sua-doi
                    nguon: "x"
                """);
        assertEquals(List.of("content/kh-1/i/index.md:8: date '31/02/2026' không phải ngày hợp lệ viết theo dạng dd/mm/yyyy",
                        "content/kh-1/i/index.md:12: mục thứ 2 của 'changes' có trường lạ 'nguon'",
                        "content/kh-1/i/index.md:11: kind 'sua-doi' không phải một loại thay đổi"),
                r.problems().stream().map(p -> p.format().lines().findFirst().orElseThrow()).toList());
    }

    @Test
    void datesGoForwardAndNotBeforeTheIssueDate() {
        assertTrue(only(read("changes:\n  - date: 01/01/2026\n    kind: correction\n")).what()
                .contains("sớm hơn ngày ban hành văn bản 22/01/2026"));
        assertTrue(only(read("changes:\n  - date: 01/03/2026\n    kind: correction\n  - date: 01/02/2026\n    kind: correction\n"))
                .what().contains("sớm hơn mục trước (01/03/2026)"));
    }

    @Test
    void nothingMayFollowAnAbolition() {
        Problem p = only(read("changes:\n  - date: 01/03/2026\n    kind: abolition\n    basis: \"QĐ 1\"\n"
                + "  - date: 01/04/2026\n    kind: correction\n"));
        assertEquals(11, p.line());
        assertTrue(p.what().contains("đã bị bãi bỏ"));
    }

    @Test
    void notAListIsSaidPlainly() {
        Problem p = only(read("changes: \"đã sửa\"\n"));
        assertEquals(7, p.line());
        assertTrue(p.what().startsWith("'changes' phải là một danh sách"));
    }
}
