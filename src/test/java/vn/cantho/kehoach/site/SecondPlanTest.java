package vn.cantho.kehoach.site;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.post.BakedPages;
import vn.cantho.kehoach.search.SearchIndex;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A second plan is published beside the first without moving anything: each lives under its own identifier. */
class SecondPlanTest {
    @Test
    void twoPlansWithTheSameNumberingLiveSideBySide(@TempDir Path tmp) throws Exception {
        TempSite site = new TempSite(tmp.resolve("src"));
        Path out = tmp.resolve("www");
        new SiteBuild().run(Baker.Sources.of(site.root), out);
        String before = Files.readString(out.resolve("kh-1/ii/1/index.html"));

        site.cover("kh-2", "Kế hoạch thứ hai", "03/04/2026", " hai");
        site.write("kh-2/i/index.md", "---\ntype: section\nid: i\norder: 1\nlabel: \"Mục I\"\ntitle: \"Mục một của kế hoạch hai\"\n---\n\nNội dung riêng của kế hoạch hai.\n");
        site.write("kh-2/ii/1/index.md", "---\ntype: section\nid: ii-1\norder: 2\nlabel: \"Mục II, khoản 1\"\ntitle: \"K\"\n---\n\nKhoản một của kế hoạch hai.\n");
        new SiteBuild().run(Baker.Sources.of(site.root), out);

        assertEquals(before, Files.readString(out.resolve("kh-1/ii/1/index.html")), "the first plan's pages do not move");
        Document second = BakedPages.parse(out.resolve("kh-2/ii/1/index.html"));
        assertEquals("Khoản một của kế hoạch hai.", second.getElementById("doan-1").text());
        assertEquals(List.of("/", "/kh-2/"), second.select("nav.breadcrumbs a").eachAttr("href").subList(0, 2));
        assertTrue(second.select("nav.toc .toc__list a").eachAttr("href").stream().allMatch(h -> h.startsWith("/kh-2/")),
                "each plan's table of contents stays within the plan");
        Document home = BakedPages.parse(out.resolve("index.html"));
        assertEquals(List.of("Kế hoạch thứ hai", "Kế hoạch thử"), home.select(".document-list__title").eachText(),
                "several documents: newest first");
        assertEquals(List.of("/kh-2/", "/kh-1/"), home.select(".document-list__title a").eachAttr("href"));
        assertEquals("loai_van_ban hai số so_hieu hai, ngày ban hành 03/04/2026", home.selectFirst(".document-list__meta").text());
        String index = Files.readString(out.resolve(SearchIndex.PATH));
        assertTrue(index.contains("\"/kh-2/i/\"") && index.contains("\"/kh-1/i/\""), "both plans are searchable");
    }
}
