package vn.cantho.kehoach.citations;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.SiteLoader;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Grouping mentions into cited documents, and linking them, on small plans. */
class CitationIndexTest {
    private static PlanDocument plan(Path tmp, String body) {
        TempSite src = new TempSite(tmp);
        src.section("i", 1, null, body);
        return new SiteLoader().load(src.root.resolve("content")).documents().iterator().next();
    }

    @Test
    void thePlanItselfIsNotACitation(@TempDir Path tmp) {
        TempSite src = new TempSite(tmp);
        src.write("kh-1/index.md", new String(readCover(src)).replace("so_hieu: \"so_hieu giá trị\"", "so_hieu: \"5/KH-UBND\""));
        src.section("i", 1, null, "Căn cứ Kế hoạch số 05/KH-UBND ngày 01/02/2026 của Ủy ban nhân dân, Kế hoạch số "
                + "05/KH-UBND ngày 01/02/2025 và Quyết định số 439/QĐ-TTg.\n");
        PlanDocument doc = new SiteLoader().load(src.root.resolve("content")).documents().iterator().next();
        CitationIndex index = CitationIndex.of(doc);
        assertEquals(List.of("05/KH-UBND", "439/QĐ-TTg"), index.documents().stream().map(CitedDocument::number).toList(),
                "its own number and date is the plan; the same number a year earlier is another plan");
        assertEquals(LocalDate.of(2025, 2, 1), index.documents().get(0).date());
    }

    private static String readCover(TempSite src) {
        try {
            return java.nio.file.Files.readString(src.root.resolve("content/kh-1/index.md"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aPartyNumberIsIdentifiedByNumberAndDate(@TempDir Path tmp) {
        PlanDocument doc = plan(tmp, "Nghị quyết số 59-NQ/TW ngày 05 tháng 8 năm 2020 của Bộ Chính trị về Cần Thơ.\n\n"
                + "Nghị quyết số 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị về hội nhập quốc tế.\n\n"
                + "Nghị quyết số 59-NQ/TW nêu trên.\n");
        CitationIndex index = CitationIndex.of(doc);
        assertEquals(3, index.documents().size(), "two dated documents, and an undated mention that could be either");
        assertEquals("vb-59-nq-tw-2020-08-05", index.documents().get(0).id());
        assertEquals("vb-59-nq-tw-2025-01-24", index.documents().get(1).id());
        assertNull(index.documents().get(2).date());
    }

    @Test
    void anUndatedMentionJoinsTheOnlyDatedDocumentWithItsNumber(@TempDir Path tmp) {
        PlanDocument doc = plan(tmp, "Nghị quyết số 66- NQ/TW ngày 30 tháng 4 năm 2025 của Bộ Chính trị.\n\n"
                + "a) Thực hiện Nghị quyết 66-NQ/TW; Luật số 45/2022/QH15 và Nghị quyết số 45/2022/QH15 ngày 11/01/2022.\n");
        CitationIndex index = CitationIndex.of(doc);
        assertEquals(List.of("66-NQ/TW", "45/2022/QH15"), index.documents().stream().map(CitedDocument::number).toList());
        CitedDocument nq = index.documents().get(0);
        assertEquals(List.of("Nghị quyết số 66- NQ/TW ngày 30 tháng 4 năm 2025", "Nghị quyết 66-NQ/TW"), nq.asCited());
        assertEquals(List.of("Đoạn 1, Phần i", "Điểm a, Phần i"), nq.citing().stream().map(Citing::label).toList());
        assertEquals("/kh-1/i/#diem-a", nq.citing().get(1).url());
        assertEquals("Nghị quyết", index.documents().get(1).kind(), "the more specific kind of its mentions");
        assertEquals(LocalDate.of(2022, 1, 11), index.documents().get(1).date(), "a number with a year is one document");
    }

    @Test
    void linksWrapTheMentionsAndNothingElse(@TempDir Path tmp) {
        String body = "Theo Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị & Kế hoạch số 155, ngày 07/7/2019 "
                + "của Thành ủy Hà Nội <b>.\n";
        PlanDocument doc = plan(tmp, body);
        Section s = doc.sections().get(0);
        CitationIndex index = CitationIndex.of(doc);
        var parsed = Jsoup.parseBodyFragment(index.linkedBody(s));
        parsed.outputSettings().prettyPrint(false);
        var linked = parsed.body();
        assertEquals(Jsoup.parseBodyFragment(s.html()).body().wholeText(), linked.wholeText());
        assertEquals(List.of("Chỉ thị số 05-CT/TW, ngày 15/5/2016", "Kế hoạch số 155, ngày 07/7/2019"),
                linked.select("a.cited-doc").eachText());
        assertEquals(List.of("/kh-1/van-ban-dan-chieu/#vb-05-ct-tw-2016-05-15",
                "/kh-1/van-ban-dan-chieu/#vb-155-2019-07-07"), linked.select("a.cited-doc").eachAttr("href"));
        linked.select("a.cited-doc").unwrap();
        assertEquals(s.html(), linked.html(), "byte-identical once the links are taken away");
    }
}
