package vn.cantho.kehoach.permalinks;

import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.support.TempSite;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The manifest of permanent addresses, the check against it, and moved sections, on throwaway sites. */
class PermalinksTest {

    @Test
    void aSiteWithoutManifestSkipsTheCheckWithANotice(@TempDir Path tmp) {
        TempSite src = new TempSite(tmp.resolve("src"));
        String out = stdout(() -> new SiteBuild().run(Baker.Sources.of(src.root), tmp.resolve("www")));
        assertTrue(out.contains("Bỏ qua kiểm tra địa chỉ cố định: chưa có permalinks.txt"), out);
        assertFalse(Files.exists(src.root.resolve(Manifest.FILE)), "a build never writes the manifest");
    }

    @Test
    void theCommandWritesEveryPageAndPromisedAnchorSorted(@TempDir Path tmp) throws Exception {
        MovedSite site = new MovedSite(tmp);
        List<String> lines = site.manifest().lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals(lines.stream().sorted().toList(), lines, "sorted, so diffs are readable");
        // Section i is "1\. Đoạn một." then "Đoạn hai.": khoản 1, one unnumbered paragraph, its heading.
        assertEquals(List.of("/kh-1/i/", "/kh-1/i/#doan-1", "/kh-1/i/#khoan-1", "/kh-1/i/#tieu-de",
                        "/kh-1/i/lich-su/", "/kh-1/i/lich-su/#tieu-de"),
                lines.stream().filter(l -> l.startsWith("/kh-1/i/")).toList());
        assertEquals(List.of("/kh-1/ii/1/", "/kh-1/ii/1/#doan-1", "/kh-1/ii/1/#doan-2", "/kh-1/ii/1/#doan-3",
                "/kh-1/ii/1/#tieu-de", "/kh-1/ii/1/lich-su/", "/kh-1/ii/1/lich-su/#tieu-de"),
                lines.stream().filter(l -> l.startsWith("/kh-1/ii/1/")).toList());
        assertTrue(lines.containsAll(List.of("/", "/tim-kiem/", "/kh-1/", "/kh-1/toan-van/", "/kh-1/van-ban.akn.xml",
                "/kh-1/toan-van/#ii-1", "/kh-1/toan-van/#ii-1-doan-3", "/kh-1/toan-van/#i-khoan-1", "/kh-1/toan-van/#chu-ky")));
        assertFalse(lines.contains("/404.html"), "the 404 page is not a permanent address");
        assertTrue(lines.stream().noneMatch(l -> l.endsWith("#q-top") || l.endsWith("#noi-dung") || l.endsWith("#toc-title")),
                "page furniture ids are not promised");
        String out = stdout(site::build);
        assertFalse(out.contains("CHÚ Ý"), "an unchanged site has nothing new: " + out);
    }

    @Test
    void removingAPublishedPageFailsNamingItAndKeepsTheLastGoodSite(@TempDir Path tmp) throws Exception {
        MovedSite site = new MovedSite(tmp);
        String before = site.read("kh-1/ii/1/index.html");
        site.delete("kh-1/ii/1/index.md");
        BuildFailure f = assertThrows(BuildFailure.class, site::build);
        Problem page = only(f, "/kh-1/ii/1/ ");
        assertEquals(Manifest.FILE, page.file());
        assertEquals(lineOf(site.manifest(), "/kh-1/ii/1/"), page.line());
        assertTrue(page.what().contains("(cùng 4 neo # của trang và 4 neo # của phần này trên trang toàn văn và 2 địa chỉ và neo bên dưới nó"), page.what());
        assertEquals(1, f.problems().size(), "its anchors, here and on the full-text page, vanish with it: " + f.getMessage());
        assertTrue(page.fix().contains("moved_from: /kh-1/ii/1/") && page.fix().contains(Manifest.UPDATE_COMMAND), page.fix());
        assertEquals(before, site.read("kh-1/ii/1/index.html"), "the published site is untouched");
    }

    @Test
    void removingAParagraphFailsNamingEachAnchor(@TempDir Path tmp) {
        MovedSite site = new MovedSite(tmp);
        site.src.section("ii/1", 3, "ii", "Đoạn một của khoản.\n\nĐoạn hai của khoản.\n");
        BuildFailure f = assertThrows(BuildFailure.class, site::build);
        assertEquals(List.of("/kh-1/ii/1/#doan-3", "/kh-1/toan-van/#ii-1-doan-3"),
                f.problems().stream().map(p -> p.what().split(" ")[4]).toList(), f.getMessage());
        assertTrue(f.problems().get(0).fix().contains("'doan-3'"), f.getMessage());
    }

    @Test
    void newAddressesAreANoticeNotAFailureAndTheCommandRecordsThem(@TempDir Path tmp) {
        MovedSite site = new MovedSite(tmp);
        site.src.section("ii/2", 4, "ii", "Khoản mới.\n");
        String out = stdout(site::build);
        assertTrue(out.contains("CHÚ Ý: 7 địa chỉ mới chưa có trong permalinks.txt"), out);
        assertTrue(out.contains("\n    /kh-1/ii/2/\n") && out.contains(Manifest.UPDATE_COMMAND), out);
        new SiteBuild().recordingPermalinks().run(site.sources(), site.out);
        assertTrue(site.manifest().contains("\n/kh-1/ii/2/#doan-1\n"));
        assertFalse(stdout(site::build).contains("CHÚ Ý"));
    }

    @Test
    void aMovedSectionKeepsItsOldAddressAsARedirectPage(@TempDir Path tmp) throws Exception {
        MovedSite site = new MovedSite(tmp).move(MovedSite.OLD);
        String out = stdout(site::build);
        assertTrue(out.contains("\n    /kh-1/i/1/\n"), "the new address is announced: " + out);
        assertFalse(out.contains("/kh-1/ii/1/"), "old addresses and their anchors all still land: " + out);

        Document redirect = Jsoup.parse(site.read("kh-1/ii/1/index.html"));
        assertEquals(MovedSite.NEW, redirect.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(redirect.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content").contains("script-src 'self'"));
        assertEquals("noindex", redirect.selectFirst("meta[name=robots]").attr("content"));
        assertEquals(MovedSite.NEW, redirect.selectFirst("main a").attr("href"));
        assertTrue(redirect.selectFirst("main").text().contains("Mục I, khoản 1: Tiêu đề khoản chuyển"));
        assertTrue(redirect.selectFirst("head noscript").html().contains("<meta http-equiv=\"refresh\" content=\"0; url=/kh-1/i/1/\">"),
                redirect.head().html());
        assertEquals(MovedSite.NEW, redirect.selectFirst("script[src^='/js/redirect.']").attr("data-to"));
        Document fullText = Jsoup.parse(site.read("kh-1/toan-van/index.html"));
        assertEquals("ii-1:i-1", fullText.selectFirst("script[src^='/js/redirect.']").attr("data-moved"));
        assertTrue(Jsoup.parse(site.read("kh-1/ii/index.html")).select("script[src*=redirect]").isEmpty(),
                "the script loads only where something moved");
    }

    @Test
    void theRedirectPageIsValidHtml(@TempDir Path tmp) throws Exception {
        MovedSite site = new MovedSite(tmp).move(MovedSite.OLD);
        site.build();
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        String report = validator.validate(site.out.resolve("kh-1/ii/1/index.html"));
        assertTrue(report.lines().noneMatch(l -> l.contains("error:") || l.contains("fatal:")), report);
    }

    @Test
    void redirectMapsHaveOneExactRulePerOldAddress(@TempDir Path tmp) throws Exception {
        MovedSite site = new MovedSite(tmp);
        site.delete("kh-1/ii/index.md"); // Mục II goes: its old address now leads to the moved khoản too
        site.move(MovedSite.OLD, "/kh-1/ii/");
        site.build();

        Pattern nginxRule = Pattern.compile("location = (/\\S*) \\{ return 301 (/\\S*); \\}");
        List<String> nginx = rules(site.read(RedirectMaps.NGINX));
        for (String line : nginx) {
            assertTrue(nginxRule.matcher(line).matches(), "not an nginx rule: " + line);
        }
        assertEquals(List.of(
                "location = /kh-1/ii/1/ { return 301 /kh-1/i/1/; }",
                "location = /kh-1/ii/1/index.html { return 301 /kh-1/i/1/; }",
                "location = /kh-1/ii/ { return 301 /kh-1/i/1/; }",
                "location = /kh-1/ii/index.html { return 301 /kh-1/i/1/; }",
                "location = /kh-1/ii/1/lich-su/ { return 301 /kh-1/i/1/lich-su/; }",
                "location = /kh-1/ii/1/lich-su/index.html { return 301 /kh-1/i/1/lich-su/; }",
                "location = /kh-1/ii/lich-su/ { return 301 /kh-1/i/1/lich-su/; }",
                "location = /kh-1/ii/lich-su/index.html { return 301 /kh-1/i/1/lich-su/; }"), nginx);
        assertEquals(site.read(RedirectMaps.NGINX).chars().filter(c -> c == '{').count(),
                site.read(RedirectMaps.NGINX).chars().filter(c -> c == '}').count());

        Pattern apacheRule = Pattern.compile("RedirectMatch 301 (\\^\\S+\\$) (/\\S*)");
        List<String> apache = rules(site.read(RedirectMaps.APACHE));
        assertEquals(4, apache.size(), "two pages and their history pages: " + String.join("\n", apache));
        Matcher m = apacheRule.matcher(apache.get(0));
        assertTrue(m.matches(), apache.get(0));
        Pattern old = Pattern.compile(m.group(1)); // mod_alias uses PCRE; these patterns mean the same in Java
        assertTrue(old.matcher("/kh-1/ii/1/").matches() && old.matcher("/kh-1/ii/1/index.html").matches());
        assertFalse(old.matcher("/kh-1/ii/1/x/").matches() || old.matcher("/kh-1/ii/10/").matches(), "exact, not a prefix");
        assertEquals(MovedSite.NEW, m.group(2));
    }

    @Test
    void siteWithoutMovesStillWritesEmptyMaps(@TempDir Path tmp) {
        MovedSite site = new MovedSite(tmp);
        assertEquals(List.of(), rules(site.read(RedirectMaps.NGINX)));
        assertEquals(List.of(), rules(site.read(RedirectMaps.APACHE)));
    }

    @Test
    void aWrongMovedFromIsAClearError(@TempDir Path tmp) {
        MovedSite site = new MovedSite(tmp).move("/kh-1/ii/");
        BuildFailure f = assertThrows(BuildFailure.class, site::build);
        Problem p = f.problems().get(0);
        assertEquals("content/kh-1/i/1/index.md", p.file());
        assertEquals(8, p.line());
        assertTrue(p.what().contains("trùng với một trang đang có: content/kh-1/ii/index.md"), p.what());

        site.move("/kh-1/ii/9/");
        f = assertThrows(BuildFailure.class, site::build);
        assertTrue(f.getMessage().contains("moved_from '/kh-1/ii/9/' chưa từng được công bố (không có trong permalinks.txt)"),
                f.getMessage());

        site.move("kh-1/ii/1");
        f = assertThrows(BuildFailure.class, site::build);
        assertTrue(f.getMessage().contains("không phải địa chỉ trang dạng"), f.getMessage());

        site.move("/kh-1/i/1/");
        f = assertThrows(BuildFailure.class, site::build);
        assertTrue(f.getMessage().contains("chính là địa chỉ hiện nay"), f.getMessage());

        site.move(MovedSite.OLD, MovedSite.OLD);
        f = assertThrows(BuildFailure.class, site::build);
        assertTrue(f.getMessage().contains("đã được khai báo ở content/kh-1/i/1/index.md"), f.getMessage());
    }

    @Test
    void aMovedFromOffTheSiteOrClimbingWithDotsIsRefusedAndTheLastGoodSiteKept(@TempDir Path tmp) throws Exception {
        MovedSite site = new MovedSite(tmp);
        String before = vn.cantho.kehoach.support.Digest.of(site.out);
        for (String hostile : List.of("https://example.com/kh-1/ii/1/", "//example.com/kh-1/ii/1/", "/kh-1/../../etc/")) {
            site.move(hostile);
            BuildFailure f = assertThrows(BuildFailure.class, site::build);
            Problem p = f.problems().get(0);
            assertEquals("content/kh-1/i/1/index.md", p.file(), f.getMessage());
            assertEquals(8, p.line(), f.getMessage());
            assertTrue(p.what().contains(hostile), p.what());
            assertEquals(before, vn.cantho.kehoach.support.Digest.of(site.out), "the previous site must be untouched");
        }
    }

    @Test
    void pagesBelowAMovedSectionMoveWithIt(@TempDir Path tmp) throws Exception {
        TempSite src = new TempSite(tmp.resolve("src"));
        src.section("i/1", 4, "i", "Đoạn.\n");
        src.write("kh-1/i/1/index.md", "---\ntype: section\nid: i-1\norder: 4\nlabel: \"Mục I, khoản 1\"\n"
                + "title: \"T\"\nparent: i\nmoved_from: /kh-1/ii/1/\n---\n\nĐoạn.\n");
        Files.delete(src.root.resolve("content/kh-1/ii/1/index.md"));
        var site = new vn.cantho.kehoach.content.SiteLoader().load(src.root.resolve("content"));
        site.addGenerated(vn.cantho.kehoach.content.SourcePage.generated("kh-1/i/1/lich-su/index.md",
                java.util.Map.of("type", "thu", "id", "lich-su", "title", "Lịch sử")), "");
        Manifest manifest = Manifest.parse(List.of("/kh-1/ii/1/", "/kh-1/ii/1/lich-su/", "/kh-1/ii/1/#doan-1"));
        MovePlan.Result plan = MovePlan.of(site, manifest);
        assertEquals(List.of(), plan.problems());
        assertEquals(List.of("/kh-1/ii/1/ -> /kh-1/i/1/", "/kh-1/ii/1/lich-su/ -> /kh-1/i/1/lich-su/"),
                plan.moves().stream().map(m -> m.from() + " -> " + m.to()).toList());
    }

    private static List<String> rules(String map) {
        return map.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    private static int lineOf(String manifest, String address) {
        List<String> lines = manifest.lines().toList();
        return lines.indexOf(address) + 1;
    }

    /** The one problem whose message names this address (followed by a space). */
    private static Problem only(BuildFailure f, String address) {
        List<Problem> hits = f.problems().stream().filter(p -> p.what().contains(address)).toList();
        assertEquals(1, hits.size(), f.getMessage());
        return hits.get(0);
    }

    private static String stdout(Supplier<?> action) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.get();
        } finally {
            System.setOut(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
