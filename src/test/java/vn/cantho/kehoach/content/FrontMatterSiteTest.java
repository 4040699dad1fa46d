package vn.cantho.kehoach.content;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.post.BakedPages;
import vn.cantho.kehoach.support.BuiltSite;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What staff wrote in front matter is what readers see: no YAML typing, no "null" for an empty field. */
class FrontMatterSiteTest {
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() {
        TempSite site = new TempSite(tmp.resolve("src"));
        // Unquoted values YAML 1.1 would have turned into 4.1, true and a Date.
        site.write("kh-1/4-10/index.md", "---\ntype: section\nid: 4-10\nnumber: 4.10\norder: 20\nlabel: yes\n"
                + "title: 2026-01-22\n---\n\nĐoạn.\n");
        Path cover = site.root.resolve("content/kh-1/index.md");
        site.write("kh-1/index.md", read(cover).replace("---\n", "").replaceFirst("^", "---\n") + "appendices_note:\n---\n");
        out = tmp.resolve("www");
        new SiteBuild().run(Baker.Sources.of(site.root), out);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Document page(String url) {
        return BakedPages.parse(out.resolve(SitePaths.fileOf(url)));
    }

    @Test
    void unquotedValuesArePublishedAsWritten() {
        Document d = page("/kh-1/4-10/");
        assertEquals("2026-01-22", d.selectFirst("h1#tieu-de").ownText().strip());
        assertTrue(d.select(".breadcrumbs, nav[aria-label]").text().contains("yes"), d.select("nav").text());
        assertTrue(read(out.resolve("tim-kiem/chi-muc.json")).contains("\"4.10\""), "official number kept");
    }

    @Test
    void anEmptyOptionalFieldIsAbsentNotTheWordNull() {
        // The cover and the closing (last) section show the note when it is given.
        for (String url : new String[]{"/kh-1/", "/kh-1/4-10/", "/kh-1/toan-van/"}) {
            Document d = page(url);
            assertFalse(d.text().contains("null"), url + ": " + d.text());
            assertNull(d.getElementById("phu-luc-title"), url);
        }
        assertNotNull(BuiltSite.at("/32-kh-ubnd-2026/").getElementById("phu-luc-title"), "shown when the note is given");
    }
}
