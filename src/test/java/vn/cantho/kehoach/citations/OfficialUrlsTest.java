package vn.cantho.kehoach.citations;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.post.BakedPages;
import vn.cantho.kehoach.support.Project;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The optional data file of official addresses: checked with file:line, shown on the index page, never invented. */
class OfficialUrlsTest {
    private static TempSite citingSite(Path tmp) {
        TempSite src = new TempSite(tmp.resolve("src"));
        src.section("i", 1, null, "1\\. Thực hiện Nghị quyết số 59-NQ/TW ngày 05 tháng 8 năm 2020 của Bộ Chính trị.\n");
        return src;
    }

    private static void data(TempSite src, String yaml) throws Exception {
        Files.createDirectories(src.root.resolve("data"));
        Files.writeString(src.root.resolve(OfficialUrls.PATH), yaml);
    }

    @Test
    void anOfficialAddressIsShownOnItsEntry(@TempDir Path tmp) throws Exception {
        TempSite src = citingSite(tmp);
        data(src, "- so: \"59-NQ/TW\"\n  ngay: \"05/08/2020\"\n  url: \"https://example.gov.vn/59-nq-tw\"\n");
        Path out = tmp.resolve("www");
        new SiteBuild().run(Baker.Sources.of(src.root), out);
        Document index = BakedPages.parse(out.resolve("kh-1/van-ban-dan-chieu/index.html"));
        assertEquals(List.of("https://example.gov.vn/59-nq-tw"),
                index.select("#vb-59-nq-tw-2020-08-05 dd a[href^=https]").eachAttr("href"));
    }

    @Test
    void withoutTheFileNoAddressAppears(@TempDir Path tmp) {
        TempSite src = citingSite(tmp);
        Path out = tmp.resolve("www");
        new SiteBuild().run(Baker.Sources.of(src.root), out);
        Document index = BakedPages.parse(out.resolve("kh-1/van-ban-dan-chieu/index.html"));
        assertTrue(index.select("a[href^=https]").isEmpty());
        assertEquals(1, index.select("section.cited").size());
    }

    @Test
    void theShippedFileIsValidAndInventsNothing() throws Exception {
        List<Problem> problems = new ArrayList<>();
        assertTrue(OfficialUrls.read(Project.root(), problems).isEmpty());
        assertTrue(problems.isEmpty(), problems.toString());
        assertTrue(Files.readString(Project.root().resolve(OfficialUrls.PATH)).contains("so:"), "documented in the file");
    }

    @Test
    void mistakesAreReportedWithLineAndFix(@TempDir Path tmp) throws Exception {
        List<Problem> problems = new ArrayList<>();
        OfficialUrls.parse("""
                - so: "59-NQ/TW"
                  ngay: "32/13/2020"
                  url: "http://example.gov.vn/a"
                - so: "không số"
                  url: "https://example.gov.vn/b"
                  ghi_chu: "x"
                - ngay: "05/08/2020"
                """, problems);
        assertEquals(List.of(
                        OfficialUrls.PATH + ":2", OfficialUrls.PATH + ":3", OfficialUrls.PATH + ":6",
                        OfficialUrls.PATH + ":4", OfficialUrls.PATH + ":7", OfficialUrls.PATH + ":7"),
                problems.stream().map(p -> p.file() + ":" + p.line()).toList(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> !p.fix().isBlank()));

        problems.clear();
        OfficialUrls.parse("- so: [1]\n  url: x: y\n", problems);
        assertFalse(problems.isEmpty());

        TempSite src = citingSite(tmp);
        data(src, "- so: \"59-NQ/TW\"\n  ngay: \"24/01/2025\"\n  url: \"https://example.gov.vn/59\"\n");
        BuildFailure f = assertThrows(BuildFailure.class,
                () -> new SiteBuild().run(Baker.Sources.of(src.root), tmp.resolve("www")));
        assertTrue(f.getMessage().contains(OfficialUrls.PATH + ":1: không văn bản nào trên trang dẫn chiếu văn bản số "
                + "59-NQ/TW ngày 24/01/2025"), f.getMessage());
        assertFalse(Files.exists(tmp.resolve("www/index.html")), "nothing published");
    }

    @Test
    void aJavascriptAddressIsRefusedAndTheLastGoodSiteKept(@TempDir Path tmp) throws Exception {
        TempSite src = citingSite(tmp);
        Path out = tmp.resolve("www");
        new SiteBuild().run(Baker.Sources.of(src.root), out);
        String before = vn.cantho.kehoach.support.Digest.of(out);
        data(src, "- so: \"59-NQ/TW\"\n  ngay: \"05/08/2020\"\n  url: \"javascript:alert(1)\"\n");
        BuildFailure f = assertThrows(BuildFailure.class, () -> new SiteBuild().run(Baker.Sources.of(src.root), out));
        Problem p = f.problems().get(0);
        assertEquals(OfficialUrls.PATH + ":3", p.file() + ":" + p.line(), f.getMessage());
        assertTrue(p.what().contains("javascript:alert(1)"), p.what());
        assertEquals(before, vn.cantho.kehoach.support.Digest.of(out), "the previous site must be untouched");
    }
}
