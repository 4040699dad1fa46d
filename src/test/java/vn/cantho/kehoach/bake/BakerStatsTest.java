package vn.cantho.kehoach.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SiteLoader;
import vn.cantho.kehoach.post.BakedPages;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bake reports the pages JBake rendered, counted as they are rendered. JBake crawls stubs of the
 * checked site's pages, so what is baked is what was checked, whatever happens on disk afterwards.
 */
class BakerStatsTest {
    @Test
    void renderedCountsThePagesWritten(@TempDir Path tmp) throws Exception {
        TempSite src = new TempSite(tmp.resolve("src"));
        Site site = new SiteLoader().load(src.root.resolve("content"));
        // A page of the checked site that is gone from disk by the time JBake crawls is still baked as checked.
        Files.delete(src.root.resolve("content/kh-1/ii/1/index.md"));
        Path out = tmp.resolve("www");
        Baker.Stats stats = new Baker().bake(site, Baker.Sources.of(src.root), out);
        long written = BakedPages.htmlFiles(out).size();
        assertEquals(written, stats.rendered());
        assertEquals(site.pages().size(), stats.rendered());
        assertTrue(Files.isRegularFile(out.resolve("kh-1/ii/1/index.html")));
    }
}
