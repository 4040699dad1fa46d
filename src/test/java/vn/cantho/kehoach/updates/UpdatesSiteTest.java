package vn.cantho.kehoach.updates;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.post.BakedPages;
import vn.cantho.kehoach.support.Digest;
import vn.cantho.kehoach.support.TempSite;
import vn.cantho.kehoach.support.UpdateFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Updates reach their own page, the paginated list, the sections they concern and the home; drafts only the preview. */
class UpdatesSiteTest {
    private static Document page(Path out, String url) {
        Path p = out.resolve(url.substring(1));
        return BakedPages.parse(url.endsWith("/") ? p.resolve("index.html") : p);
    }

    private static List<String> listed(Document page) {
        return page.select(".update-list__heading a").eachText();
    }

    @Test
    void updatesAppearOnTheirPageTheListTheirSectionsAndTheHome(@TempDir Path tmp) throws Exception {
        TempSite site = new TempSite(tmp.resolve("src"));
        // 12 updates over 11 days: two on 05/03 (ordered by file name), written in no particular order.
        List<String> expected = new ArrayList<>();
        for (int day = 12; day >= 1; day--) {
            if (day == 5) {
                continue;
            }
            expected.add("Tin ngày " + day);
            if (day == 6) {
                expected.add("Tin a ngày 5");
                expected.add("Tin b ngày 5");
            }
        }
        for (int day = 1; day <= 12; day++) {
            if (day != 5) {
                UpdateFiles.write(site, "2026/03/tin-" + (100 - day), "Tin ngày " + day,
                        String.format("%02d/03/2026", day), day % 2 == 0 ? "ii-1" : "i");
            }
        }
        UpdateFiles.write(site, "2026/03/b-ngay-5", "Tin b ngày 5", "05/03/2026", "ii-1");
        UpdateFiles.write(site, "2026/03/a-ngay-5", "Tin a ngày 5", "05/03/2026", List.of("i", "kh-1/ii-1"), "",
                "Đoạn **đậm** với [liên kết](/kh-1/ii/1/) và <thẻ> không phải HTML? Không: viết \\<b\\> thành chữ.\n\n"
                        + "- ý một\n- ý hai\n");
        assertEquals(13, expected.size());
        Path out = tmp.resolve("www");
        new SiteBuild().run(Baker.Sources.of(site.root), out);

        Document first = page(out, "/cap-nhat/");
        Document second = page(out, "/cap-nhat/trang-2/");
        assertEquals(expected.subList(0, 10), listed(first), "newest first, same day by file name");
        assertEquals(expected.subList(10, 13), listed(second));
        assertNull(first.selectFirst("a[rel=prev]"));
        assertEquals("/cap-nhat/trang-2/", first.selectFirst("a[rel=next]").attr("href"));
        assertEquals("/cap-nhat/", second.selectFirst("a[rel=prev]").attr("href"));
        assertNull(second.selectFirst("a[rel=next]"));
        assertEquals("/cap-nhat/trang-2/", second.selectFirst("nav.pagination [aria-current=page]").attr("href"));
        assertFalse(Files.exists(out.resolve("cap-nhat/trang-3")));

        Document update = page(out, "/cap-nhat/2026/03/a-ngay-5.html");
        assertEquals("Tin a ngày 5", update.selectFirst("h1").text());
        assertEquals("2026-03-05", update.selectFirst(".update__date time").attr("datetime"));
        assertEquals("05/03/2026", update.selectFirst(".update__date time").text());
        assertEquals(List.of("/kh-1/i/", "/kh-1/ii/1/"), update.select(".update__sections a").eachAttr("href"));
        Element body = update.selectFirst(".update__body");
        assertEquals("đậm", body.selectFirst("strong").text());
        assertEquals(2, body.select("ul li").size());
        assertTrue(body.text().contains("<b>"), "text shown as text");
        assertNull(body.selectFirst("b"));

        List<String> onSectionI = listed(page(out, "/kh-1/i/"));
        assertEquals(List.of("Tin ngày 11", "Tin ngày 9", "Tin ngày 7", "Tin a ngày 5", "Tin ngày 3", "Tin ngày 1"), onSectionI);
        assertEquals(List.of("Tin ngày 12", "Tin ngày 10", "Tin ngày 8", "Tin ngày 6", "Tin a ngày 5", "Tin b ngày 5",
                "Tin ngày 4", "Tin ngày 2"), listed(page(out, "/kh-1/ii/1/")));
        assertTrue(listed(page(out, "/kh-1/ii/")).isEmpty(), "a section no update names lists none");
        assertNull(page(out, "/kh-1/ii/").selectFirst(".related-updates"));
        assertEquals(List.of("Tin ngày 12", "Tin ngày 11", "Tin ngày 10"), listed(page(out, "/")), "the latest few on the home");
    }

    @Test
    void withoutUpdatesTheListSaysSoAndNothingElseChanges(@TempDir Path tmp) throws Exception {
        TempSite site = new TempSite(tmp.resolve("src"));
        Path out = tmp.resolve("www");
        new SiteBuild().run(Baker.Sources.of(site.root), out);
        Document list = page(out, "/cap-nhat/");
        assertEquals("Chưa có tin cập nhật triển khai nào.", list.selectFirst("main .lead").text());
        assertNull(list.selectFirst("nav.pagination"));
        assertNull(page(out, "/").selectFirst(".latest-updates"));
        assertNull(page(out, "/kh-1/i/").selectFirst(".related-updates"));
    }

    @Test
    void draftsAreLeftOutOfThePublishedSiteAndShownMarkedInThePreview(@TempDir Path tmp) throws Exception {
        TempSite site = new TempSite(tmp.resolve("src"));
        site.write("index.md", "---\ntype: home\nid: trang-chu\ntitle: \"Trang thử\"\ndescription: \"Mô tả\"\n"
                + "base_url: \"https://kehoach.example.vn\"\n---\n");
        UpdateFiles.write(site, "2026/03/da-dang", "Tin đã đăng", "01/03/2026", "i");
        UpdateFiles.write(site, "2026/04/nhap", "Tin nháp bí mật", "02/04/2026", List.of("i"), "draft: true\n", "Chưa duyệt.\n");
        Path out = tmp.resolve("www");
        new SiteBuild().run(Baker.Sources.of(site.root), out);

        assertFalse(Files.exists(out.resolve("cap-nhat/2026/04/nhap.html")));
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("nhap.html") || text.contains("Chưa duyệt")
                                || new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8).contains("Tin nháp bí mật"),
                        "the draft leaks into " + out.relativize(f));
            }
        }
        assertEquals(List.of("Tin đã đăng"), listed(page(out, "/cap-nhat/")));
        assertTrue(Files.readString(out.resolve("sitemap.xml")).contains("/cap-nhat/2026/03/da-dang.html"));

        Path preview = tmp.resolve("preview");
        new SiteBuild().withDrafts().run(Baker.Sources.of(site.root), preview);
        Document draft = page(preview, "/cap-nhat/2026/04/nhap.html");
        assertNotNull(draft.selectFirst(".draft-banner"), "marked as a draft");
        assertTrue(draft.selectFirst(".draft-banner").text().startsWith("Bản nháp"));
        assertEquals(List.of("Tin nháp bí mật", "Tin đã đăng"), listed(page(preview, "/cap-nhat/")));
        assertEquals("Bản nháp", page(preview, "/kh-1/i/").selectFirst(".update-list__item .draft-mark").text());
        assertTrue(Files.readString(preview.resolve("cap-nhat/atom.xml")).contains("[Bản nháp] Tin nháp bí mật"));
    }

    @Test
    void twoBuildsWithUpdatesAreByteIdentical(@TempDir Path tmp) throws Exception {
        TempSite site = new TempSite(tmp.resolve("src"));
        UpdateFiles.write(site, "2026/03/mot", "Tin một", "01/03/2026", "i");
        UpdateFiles.write(site, "2026/03/hai", "Tin hai", "01/03/2026", "ii-1");
        new SiteBuild().run(Baker.Sources.of(site.root), tmp.resolve("a"));
        Path f = site.root.resolve("content/cap-nhat/2026/03/mot.md");
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 86_400_000L));
        new SiteBuild().run(Baker.Sources.of(site.root), tmp.resolve("b"));
        assertEquals(Digest.of(tmp.resolve("a")), Digest.of(tmp.resolve("b")));
    }
}
