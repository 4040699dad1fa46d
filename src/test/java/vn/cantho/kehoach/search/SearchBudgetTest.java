package vn.cantho.kehoach.search;

import org.junit.jupiter.api.Test;
import vn.cantho.kehoach.support.BuiltSite;
import vn.cantho.kehoach.support.Gzip;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the first search downloads (index, library and our search code), gzipped, stays under 40 KB. */
class SearchBudgetTest {
    @Test
    void firstSearchFitsTheBudget() throws Exception {
        Path site = BuiltSite.dir();
        long index = Gzip.size(site.resolve(SearchIndex.PATH));
        long library = Gzip.size(site.resolve("js/vendor/minisearch-7.2.0.min.js"));
        long code = Gzip.size(site.resolve("js/search.js")) + Gzip.size(site.resolve("js/text.js"));
        long total = index + library + code;
        System.out.printf("search budget: index %d B raw / %d B gz, library %d B gz, code %d B gz, total %d B gz%n",
                Files.size(site.resolve(SearchIndex.PATH)), index, library, code, total);
        assertTrue(total < 40 * 1024, "first search downloads " + total + " bytes gzipped");
    }
}
