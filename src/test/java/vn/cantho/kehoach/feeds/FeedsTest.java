package vn.cantho.kehoach.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SiteLoader;
import vn.cantho.kehoach.post.BakedPages;
import vn.cantho.kehoach.support.AtomFeeds;
import vn.cantho.kehoach.support.BuiltSite;
import vn.cantho.kehoach.support.TempSite;
import vn.cantho.kehoach.support.UpdateFiles;
import vn.cantho.kehoach.updates.Update;
import vn.cantho.kehoach.updates.Updates;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every feed is valid Atom (RFC 4287 grammar, read back by Rome), with ids and dates from content only. */
class FeedsTest {
    private static void assertValid(Path feed) throws Exception {
        List<String> problems = AtomFeeds.problems(Files.readAllBytes(feed));
        assertTrue(problems.isEmpty(), feed + ": " + problems);
    }

    private static List<String> titles(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }

    @Test
    void theValidatorRejectsWhatRfc4287Forbids() throws Exception {
        String ok = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>urn:uuid:1</id><title>t</title>"
                + "<updated>2026-01-22T00:00:00+07:00</updated><author><name>a</name></author></feed>";
        assertTrue(AtomFeeds.problems(ok.getBytes(StandardCharsets.UTF_8)).isEmpty());
        for (String bad : List.of(ok.replace("<id>urn:uuid:1</id>", ""),
                ok.replace("2026-01-22T00:00:00+07:00", "22/01/2026"),
                ok.replace("<author><name>a</name></author>", "<entry><id>x:1</id><title>e</title><link href=\"/e\"/>"
                        + "<updated>2026-01-22T00:00:00Z</updated></entry>"),
                ok.replace("</feed>", "<entry><id>x:1</id><title>e</title><updated>2026-01-22T00:00:00Z</updated></entry></feed>"))) {
            assertFalse(AtomFeeds.problems(bad.getBytes(StandardCharsets.UTF_8)).isEmpty(), bad);
        }
    }

    @Test
    void theRealSitesFeedsAreValidAndLinkedFromTheirPages() throws Exception {
        List<Path> feeds = AtomFeeds.all(BuiltSite.dir());
        assertEquals(1 + 1 + 22, feeds.size(), "updates, the document and each of its 22 sections");
        for (Path feed : feeds) {
            assertValid(feed);
            AtomFeeds.read(feed);
        }
        Document section = BuiltSite.at("/32-kh-ubnd-2026/ii/4-2/");
        assertEquals(List.of("/32-kh-ubnd-2026/ii/4-2/atom.xml", "/32-kh-ubnd-2026/atom.xml"),
                section.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href"));
        assertEquals(section.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href"),
                section.select("aside.feeds a").eachAttr("href"), "the same feeds, visibly");
        assertTrue(BuiltSite.at("/").select("head link[type=application/atom+xml]").eachAttr("href").contains("/cap-nhat/atom.xml"));
        assertTrue(BuiltSite.at("/cap-nhat/").select("head link[type=application/atom+xml]").eachAttr("href").contains("/cap-nhat/atom.xml"));
        SyndFeed empty = AtomFeeds.read(BuiltSite.dir().resolve("32-kh-ubnd-2026/ii/4-2/atom.xml"));
        assertEquals(Instant.parse("2026-01-21T17:00:00Z"), empty.getPublishedDate().toInstant(),
                "an empty feed is updated as of the document's issue date (22/01/2026, +07:00)");
    }

    @Test
    void updatesAndRecordedChangesMakeValidFeedsWithStableIds(@TempDir Path tmp) throws Exception {
        TempSite src = new TempSite(tmp.resolve("src"));
        UpdateFiles.write(src, "2026/03/mot", "Tin <một> & hai", "01/03/2026", List.of("i", "ii-1"), "",
                "Đoạn **một** với [liên kết](/kh-1/i/).\n");
        UpdateFiles.write(src, "2026/04/hai", "Tin hai", "02/04/2026", "ii-1");
        Site site = new SiteLoader().load(src.root.resolve("content"));
        List<Update> published = Updates.publish(site, src.root.resolve("content"), false);
        // What the history concern puts on section pages (see BRIEF-7): two changes of I, one of II.1.
        site.putExtra("kh-1/i/index.md", "history", history(
                change("15/03/2026", "2026-03-15", "Sửa đổi, bổ sung", "Kế hoạch số 99/KH-UBND", "Sửa đoạn 2", "/kh-1/i/lich-su/#thay-doi-1", "Phần i"),
                change("20/03/2026", "2026-03-20", "Đính chính", null, null, "/kh-1/i/lich-su/#thay-doi-2", "Phần i")));
        site.putExtra("kh-1/ii/1/index.md", "history", history(
                change("10/02/2026", "2026-02-10", "Đính chính", null, "Lỗi chính tả", "/kh-1/ii/1/lich-su/#thay-doi-1", "Phần ii/1")));
        site.putExtra("kh-1/ii/index.md", "history", Map.of("changes", List.of(Map.of("kind", "no date"))));
        Path out = tmp.resolve("out");
        Feeds.write(site, published, out);

        for (Path f : AtomFeeds.all(out)) {
            assertValid(f);
        }
        SyndFeed updates = AtomFeeds.read(out.resolve("cap-nhat/atom.xml"));
        assertEquals(List.of("Tin hai", "Tin <một> & hai"), titles(updates));
        SyndEntry first = updates.getEntries().get(1);
        assertEquals("/cap-nhat/2026/03/mot.html", first.getLink());
        assertEquals(Instant.parse("2026-02-28T17:00:00Z"), first.getUpdatedDate().toInstant());
        assertTrue(first.getContents().get(0).getValue().contains("<strong>một</strong>"));
        assertEquals(Instant.parse("2026-04-01T17:00:00Z"), updates.getPublishedDate().toInstant(), "feed updated = newest entry");

        SyndFeed doc = AtomFeeds.read(out.resolve("kh-1/atom.xml"));
        assertEquals(3, doc.getEntries().size(), "all text changes of the document");
        assertEquals("/kh-1/i/lich-su/#thay-doi-2", doc.getEntries().get(0).getLink());
        assertTrue(doc.getEntries().get(1).getDescription().getValue().contains("Căn cứ: Kế hoạch số 99/KH-UBND."));

        SyndFeed sectionI = AtomFeeds.read(out.resolve("kh-1/i/atom.xml"));
        String docName = "loai_van_ban giá trị số so_hieu giá trị"; // TempSite's document: kind "số" number
        assertEquals(List.of("Đính chính: Phần i (" + docName + ")", "Sửa đổi, bổ sung: Phần i (" + docName + ")",
                "Tin <một> & hai"), titles(sectionI), "the section's changes and the updates that concern it, newest first");
        assertEquals(List.of("Tin hai", "Tin <một> & hai", "Đính chính: Phần ii/1 (" + docName + ")"),
                titles(AtomFeeds.read(out.resolve("kh-1/ii/1/atom.xml"))));
        assertEquals(0, AtomFeeds.read(out.resolve("kh-1/ii/atom.xml")).getEntries().size(), "a change without a date is skipped");

        // The same entry has the same id in every feed; ids do not depend on the site's address.
        String updateId = first.getUri();
        assertEquals(updateId, sectionI.getEntries().get(2).getUri());
        assertEquals(doc.getEntries().get(0).getUri(), sectionI.getEntries().get(0).getUri());
        src.write("index.md", "---\ntype: home\nid: trang-chu\ntitle: \"Trang thử\"\ndescription: \"Mô tả\"\n"
                + "base_url: \"https://kehoach.example.vn\"\n---\n");
        Site withBase = new SiteLoader().load(src.root.resolve("content"));
        Path out2 = tmp.resolve("out2");
        Feeds.write(withBase, Updates.publish(withBase, src.root.resolve("content"), false), out2);
        SyndFeed absolute = AtomFeeds.read(out2.resolve("cap-nhat/atom.xml"));
        assertValid(out2.resolve("cap-nhat/atom.xml"));
        assertEquals(updateId, absolute.getEntries().get(1).getUri());
        assertEquals(updates.getUri(), absolute.getUri());
        assertEquals("https://kehoach.example.vn/cap-nhat/2026/03/mot.html", absolute.getEntries().get(1).getLink());
    }

    @Test
    void feedsOfABuiltSiteAreByteIdenticalAcrossBuilds(@TempDir Path tmp) throws Exception {
        TempSite src = new TempSite(tmp.resolve("src"));
        UpdateFiles.write(src, "2026/03/mot", "Tin một", "01/03/2026", "i");
        new SiteBuild().run(Baker.Sources.of(src.root), tmp.resolve("a"));
        new SiteBuild().run(Baker.Sources.of(src.root), tmp.resolve("b"));
        List<Path> feeds = AtomFeeds.all(tmp.resolve("a"));
        assertEquals(1 + 1 + 3, feeds.size(), "updates, the document, its three sections");
        for (Path f : feeds) {
            assertValid(f);
            assertEquals(Files.readString(f), Files.readString(tmp.resolve("b").resolve(tmp.resolve("a").relativize(f))));
        }
        Document home = BakedPages.parse(tmp.resolve("a/index.html"));
        assertEquals(List.of("/cap-nhat/atom.xml", "/kh-1/atom.xml"),
                home.select("head link[type=application/atom+xml]").eachAttr("href"));
    }

    private static Map<String, Object> history(Map<?, ?>... changes) {
        return Map.of("lastChanged", "x", "changes", List.of(changes));
    }

    private static Map<String, Object> change(String date, String iso, String kindLabel, String basis, String note,
                                              String url, String label) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", date);
        m.put("isoDate", iso);
        m.put("kind", "amendment");
        m.put("kindLabel", kindLabel);
        if (basis != null) {
            m.put("basis", basis);
        }
        if (note != null) {
            m.put("note", note);
        }
        m.put("url", url);
        m.put("sectionLabel", label);
        m.put("sectionUrl", url.substring(0, url.indexOf("lich-su")));
        return m;
    }
}
