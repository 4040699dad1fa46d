package vn.cantho.kehoach.post;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.support.BuiltSite;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SitemapTest {
    @Test
    void withoutAnAddressOnlyRobots() throws Exception {
        assertEquals("User-agent: *\nAllow: /\n", Files.readString(BuiltSite.dir().resolve("robots.txt")));
        assertFalse(Files.exists(BuiltSite.dir().resolve("sitemap.xml")), "a sitemap needs absolute URLs");
    }

    @Test
    void withAnAddressEveryReadablePageIsListed(@TempDir Path tmp) throws Exception {
        TempSite site = new TempSite(tmp.resolve("src"));
        site.write("index.md", "---\ntype: home\nid: trang-chu\ntitle: \"T\"\ndescription: \"D\"\nbase_url: \"https://kehoach.example.vn/\"\n---\n");
        Path out = tmp.resolve("www");
        new SiteBuild().run(Baker.Sources.of(site.root), out);
        String xml = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(xml.contains("<loc>https://kehoach.example.vn/kh-1/ii/1/</loc>"), xml);
        assertTrue(xml.contains("<loc>https://kehoach.example.vn/</loc>"));
        assertFalse(xml.contains("404") || xml.contains("tim-kiem"));
        assertEquals(13, xml.split("<url>").length - 1,
                "home, cover, full text, three sections, their history pages and posters, the updates list");
        assertTrue(Files.readString(out.resolve("robots.txt")).contains("Sitemap: https://kehoach.example.vn/sitemap.xml"));
        String page = Files.readString(out.resolve("kh-1/ii/1/index.html"));
        assertTrue(page.contains("<link rel=\"canonical\" href=\"https://kehoach.example.vn/kh-1/ii/1/\">"), "canonical");
    }
}
