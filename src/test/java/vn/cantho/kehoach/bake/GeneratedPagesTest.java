package vn.cantho.kehoach.bake;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SiteLoader;
import vn.cantho.kehoach.content.SourcePage;
import vn.cantho.kehoach.post.BakedPages;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages the build generates are baked like content files; extras reach the templates of any page. */
class GeneratedPagesTest {
    @Test
    void generatedPageIsBakedAtItsPathWithItsSectionsPlaceAndExtras(@TempDir Path tmp) throws Exception {
        TempSite src = new TempSite(tmp.resolve("src"));
        Files.writeString(src.root.resolve("templates/thu.ftl"), """
                <#ftl output_format="HTML">
                <#assign v = view?first>
                <html><body><h1>${v.page.title}</h1><p id="here">${v.here}</p><p id="note">${v.extra.note}</p>
                <ol><#list v.crumbs as c><li><a href="${c.url}">${c.title}</a></li></#list></ol>
                <div id="body">${content.body?no_esc}</div><p id="section">${v.section.label}</p></body></html>
                """);
        Files.writeString(src.root.resolve("templates/section.ftl"), """
                <#ftl output_format="HTML">
                <#assign v = view?first>
                <html><body><p id="extra"><#if v.extra.mark??>${v.extra.mark}<#else>none</#if></p></body></html>
                """);
        Site site = new SiteLoader().load(src.root.resolve("content"));
        site.addGenerated(SourcePage.generated("kh-1/ii/1/thu/index.md", Map.of(
                "type", "thu", "id", "thu", "title", "Trang <thử>", "section", "kh-1/ii/1/index.md")), "<p>Thân trang</p>");
        site.putExtra("kh-1/ii/1/thu/index.md", "note", "<b>escaped</b>");
        site.putExtra("kh-1/i/index.md", "mark", "đánh dấu");
        Path out = tmp.resolve("www");
        Files.createDirectories(out);
        // Litter beside the Markdown never reaches JBake: it crawls stubs of the site's pages only.
        Files.writeString(src.root.resolve("content/kh-1/i/ghi-chu.md"), "not a page");

        new Baker().bake(site, Baker.Sources.of(src.root), out);

        Document page = BakedPages.parse(out.resolve("kh-1/ii/1/thu/index.html"));
        assertEquals("Trang <thử>", page.selectFirst("h1").text());
        assertEquals("<b>escaped</b>", page.getElementById("note").text(), "extras are escaped like any value");
        assertEquals("<p>Thân trang</p>", page.getElementById("body").html());
        assertEquals(List.of("/", "/kh-1/", "/kh-1/ii/", "/kh-1/ii/1/"), page.select("ol a").eachAttr("href"));
        assertEquals("Trang <thử>", page.getElementById("here").text());
        assertEquals("Phần ii/1", page.getElementById("section").text());
        assertEquals("đánh dấu", BakedPages.parse(out.resolve("kh-1/i/index.html")).getElementById("extra").text());
        assertEquals("none", BakedPages.parse(out.resolve("kh-1/ii/index.html")).getElementById("extra").text());
        assertFalse(Files.exists(out.resolve("kh-1/i/ghi-chu.html")));
        assertTrue(site.isGenerated(site.page("kh-1/ii/1/thu/index.md")));
        assertFalse(site.isGenerated(site.page("kh-1/i/index.md")));
    }

    @Test
    void aGeneratedPageCannotTakeAnExistingPath(@TempDir Path tmp) {
        TempSite src = new TempSite(tmp.resolve("src"));
        Site site = new SiteLoader().load(src.root.resolve("content"));
        assertThrows(IllegalArgumentException.class, () -> site.addGenerated(
                SourcePage.generated("kh-1/i/index.md", Map.of("type", "thu", "id", "x", "title", "x")), ""));
    }
}
