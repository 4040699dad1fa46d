package vn.cantho.kehoach.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text from content files reaches the page as text: front matter and Markdown bodies are escaped. */
class EscapingTest {
    private static final String EVIL = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";

    @Test
    void maliciousFrontMatterAndBodyComeOutEscaped(@TempDir Path tmp) throws Exception {
        TempSite site = new TempSite(tmp.resolve("src"));
        site.write("kh-1/iii/index.md", "---\ntype: section\nid: iii\norder: 9\nlabel: 'Mục <b>III</b>'\ntitle: '"
                + EVIL + "'\nheading: '" + EVIL + "'\n---\n\nĐoạn <script>alert(3)</script> có <em onclick=\"x()\">mã</em>.\n");
        Path out = tmp.resolve("www");
        new SiteBuild().run(Baker.Sources.of(site.root), out);
        String raw = Files.readString(out.resolve("kh-1/iii/index.html"));
        Document doc = Jsoup.parse(raw);
        for (org.jsoup.nodes.Element script : doc.select("script")) {
            assertTrue(script.hasAttr("src") ? script.attr("src").startsWith("/js/")
                    : script.attr("type").equals("application/ld+json"), "only the site's own scripts and its JSON-LD");
        }
        assertTrue(doc.select("script").first().hasAttr("src"));
        assertTrue(doc.select("img").isEmpty());
        assertTrue(doc.select("[onerror], [onclick], b, em").isEmpty());
        assertEquals(EVIL, doc.selectFirst("h1").text());
        assertTrue(doc.title().contains(EVIL));
        assertTrue(doc.selectFirst("#doan-1").text().contains("<script>alert(3)</script>"));
        assertFalse(raw.contains("<script>alert"));
        // and the same text in other pages' navigation
        Document prev = Jsoup.parse(Files.readString(out.resolve("kh-1/ii/1/index.html")));
        assertTrue(prev.select("img, b").isEmpty());
        assertTrue(prev.selectFirst("a[rel=next]").text().contains(EVIL));
    }
}
