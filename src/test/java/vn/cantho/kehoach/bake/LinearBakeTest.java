package vn.cantho.kehoach.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * JBake's DocumentsRenderer asks the store for all documents of a type once per page; our store must
 * answer from one query per type, so the database work does not grow with pages × pages.
 * (Build times are measured by the benchmark, not here.)
 */
class LinearBakeTest {
    @Test
    void oneQueryPerDocumentTypeWhateverThePageCount(@TempDir Path tmp) throws Exception {
        TempSite site = new TempSite(tmp.resolve("src"));
        for (int i = 1; i <= 120; i++) {
            site.section("iii/" + i, 10 + i, null, "Đoạn " + i + ".\n");
        }
        SiteBuild.Report r = new SiteBuild().run(Baker.Sources.of(site.root), tmp.resolve("www"));
        assertEquals(252, r.pages(), "8 fixture pages + the updates list + 120 sections + a history page for each of the 123 sections");
        // One per page type: home, document, section, fulltext, search, notfound, updates list, history.
        assertTrue(r.bake().typeQueries() <= 8, "queries: " + r.bake().typeQueries());
        assertTrue(Files.exists(tmp.resolve("www/kh-1/iii/120/index.html")));
    }
}
