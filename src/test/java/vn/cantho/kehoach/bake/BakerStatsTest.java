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

/** The bake reports the pages JBake rendered, not the pages it was given. */
class BakerStatsTest {
    @Test
    void renderedCountsThePagesWritten(@TempDir Path tmp) throws Exception {
        TempSite src = new TempSite(tmp.resolve("src"));
        Site site = new SiteLoader().load(src.root.resolve("content"));
        // A page of the checked site that is gone from disk by the time JBake crawls: it is not rendered.
        Files.delete(src.root.resolve("content/kh-1/ii/1/index.md"));
        Path out = tmp.resolve("www");
        Baker.Stats stats = new Baker().bake(site, Baker.Sources.of(src.root), out);
        long written = BakedPages.htmlFiles(out).size();
        assertEquals(site.pages().size() - 1, stats.rendered());
        assertEquals(written, stats.rendered());
    }
}
