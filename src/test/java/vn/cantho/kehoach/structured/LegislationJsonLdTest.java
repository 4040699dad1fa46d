package vn.cantho.kehoach.structured;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.citations.CitationPages;
import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SiteLoader;
import vn.cantho.kehoach.post.BakedPages;
import vn.cantho.kehoach.support.BuiltSite;
import vn.cantho.kehoach.support.Chromium;
import vn.cantho.kehoach.support.Project;
import vn.cantho.kehoach.support.SiteServer;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** schema.org Legislation JSON-LD on the cover and every section page: parses, carries the fields, cannot break out. */
class LegislationJsonLdTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DOC = "/32-kh-ubnd-2026/";

    private static JsonNode ld(Document page) {
        List<Element> scripts = page.select("script[type=application/ld+json]");
        assertEquals(1, scripts.size(), page.location());
        return JSON.readTree(scripts.get(0).data());
    }

    @Test
    void coverDescribesThePlan() {
        JsonNode ld = ld(BuiltSite.at(DOC));
        assertEquals("Legislation", ld.get("@type").asString());
        assertEquals("https://schema.org", ld.get("@context").asString());
        assertEquals("32/KH-UBND", ld.get("legislationIdentifier").asString());
        assertEquals("Kế hoạch", ld.get("legislationType").asString());
        assertEquals("2026-01-22", ld.get("legislationDate").asString());
        assertEquals("Thành phố Cần Thơ", ld.get("legislationPassedBy").get("name").asString());
        assertEquals("Thành phố Cần Thơ", ld.get("legislationJurisdiction").asString());
        assertEquals("vi", ld.get("inLanguage").asString());
        assertEquals(BuiltSite.at(DOC).selectFirst("h1").text(), ld.get("name").asString());
        List<String> parts = new ArrayList<>();
        ld.get("hasPart").forEach(p -> parts.add(p.get("@id").asString()));
        assertEquals(List.of(DOC + "mo-dau/", DOC + "i/", DOC + "ii/", DOC + "iii/", DOC + "ket-thuc/"), parts);
        assertEquals(9, ld.get("citation").size(), "every cited document");
        assertFalse(ld.has("dateModified"), "no recorded change yet");
    }

    @Test
    void everySectionPageIsAPartWithItsCitations() {
        Site site = new SiteLoader().load(Project.root().resolve("content"));
        PlanDocument doc = site.documents().iterator().next();
        for (Section s : doc.sections()) {
            Document page = BuiltSite.at(s.url());
            JsonNode ld = ld(page);
            assertEquals("Legislation", ld.get("@type").asString());
            assertEquals(s.url(), ld.get("@id").asString());
            assertEquals("32/KH-UBND, " + s.label(), ld.get("legislationIdentifier").asString());
            assertTrue(ld.get("name").asString().startsWith(s.label()));
            for (String f : List.of("legislationType", "legislationDate", "legislationPassedBy", "legislationJurisdiction",
                    "inLanguage", "isPartOf")) {
                assertTrue(ld.has(f), s.url() + " lacks " + f);
            }
            String parent = s.parent() == null ? DOC : s.parent().url();
            assertEquals(parent, ld.get("isPartOf").get("@id").asString());
            assertEquals(s.children().size(), ld.has("hasPart") ? ld.get("hasPart").size() : 0);
            List<String> cited = new ArrayList<>();
            if (ld.has("citation")) {
                ld.get("citation").forEach(c -> cited.add(c.get("url").asString()));
            }
            List<String> linked = page.select(".official-text a.cited-doc, .doc-heading a.cited-doc").eachAttr("href")
                    .stream().distinct().toList();
            assertEquals(linked.stream().sorted().toList(), cited.stream().sorted().toList(), s.url());
        }
    }

    @Test
    void dateModifiedComesFromTheChangeHistoryWhenThereIsOne(@TempDir Path tmp) {
        TempSite src = new TempSite(tmp);
        Site site = new SiteLoader().load(src.root.resolve("content"));
        site.putExtra("kh-1/i/index.md", "history", Map.of("lastChanged", "05/03/2026",
                "changes", java.util.List.of(Map.of("date", "05/03/2026", "kind", "correction"))));
        // While nothing changed, lastChanged is the issue date: no dateModified.
        site.putExtra("kh-1/ii/1/index.md", "history", Map.of("lastChanged", "01/02/2026", "changes", java.util.List.of()));
        site.putExtra("kh-1/ii/index.md", "history", "not a map");
        LegislationJsonLd.apply(site, CitationPages.apply(site, src.root));
        assertEquals("2026-03-05", JSON.readTree((String) site.extras("kh-1/i/index.md").get("jsonLd"))
                .get("dateModified").asString());
        assertFalse(JSON.readTree((String) site.extras("kh-1/ii/index.md").get("jsonLd")).has("dateModified"));
        assertFalse(JSON.readTree((String) site.extras("kh-1/ii/1/index.md").get("jsonLd")).has("dateModified"));
        assertFalse(JSON.readTree((String) site.extras("kh-1/index.md").get("jsonLd")).has("dateModified"));
    }

    @Test
    void aTitleCannotBreakOutOfTheScript(@TempDir Path tmp) {
        TempSite src = new TempSite(tmp.resolve("src"));
        String evil = "Tiêu đề </script><script src=\"/x.js\"></script> & <!-- \u2028";
        src.write("kh-1/ii/index.md", "---\ntype: section\nid: ii\norder: 2\nlabel: \"Phần ii\"\ntitle: \""
                + evil.replace("\"", "\\\"").replace("\u2028", "\\L") + "\"\n---\n");
        Path out = tmp.resolve("www");
        new SiteBuild().run(Baker.Sources.of(src.root), out);
        Document page = BakedPages.parse(out.resolve("kh-1/ii/index.html"));
        assertEquals(List.of("/js/site.js", "/js/share.js", "/js/listen.js"), page.select("script[src]").eachAttr("src")
                .stream().map(u -> u.replaceAll("\\.[0-9a-f]{10}\\.js$", ".js")).toList(), "no script got out");
        assertEquals("Phần ii: " + evil, ld(page).get("name").asString());
    }

    /** The CSP (script-src 'self') lets the JSON-LD data block be, while it still blocks inline script. */
    @Test
    void theCspAllowsTheDataBlock() {
        ChromeDriver chrome = Chromium.start(1280, 800);
        try {
            chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.__csp = []; document.addEventListener('securitypolicyviolation',"
                            + " e => window.__csp.push(e.violatedDirective));"));
            chrome.get(SiteServer.url(DOC + "ii/3/"));
            Object name = chrome.executeScript("return JSON.parse(document.querySelector("
                    + "'script[type=\"application/ld+json\"]').textContent).legislationIdentifier;");
            assertEquals("32/KH-UBND, Mục II, khoản 3", name);
            assertEquals(List.of(), chrome.executeScript("return window.__csp;"));
            chrome.executeScript("const s = document.createElement('script'); s.textContent = 'window.ran = 1';"
                    + " document.head.append(s);");
            Object ran = chrome.executeAsyncScript("const done = arguments[0]; setTimeout(() => done([window.ran || 0,"
                    + " window.__csp.length]), 200);");
            assertEquals(List.of(0L, 1L), ran, "inline script is blocked and reported: the listener works");
        } finally {
            chrome.quit();
        }
    }
}
