package vn.cantho.kehoach.search;

import org.junit.jupiter.api.Test;
import vn.cantho.kehoach.support.BuiltSite;
import vn.cantho.kehoach.support.Gzip;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What opening the search downloads before any query (library, our search code, the split index's
 * common file), gzipped, stays under 20 KB; a query's shards and texts come on top (measured in real
 * Chromium by bench/SearchScaleBenchmark), or, on a site as small as the real one, the whole index, which
 * the common file then names instead and which stays within its own budget (PageWeightTest measures the
 * search page with queries in Chromium).
 */
class SearchBudgetTest {
    @Test
    void openingTheSearchFitsTheBudget() throws Exception {
        Path site = BuiltSite.dir();
        long common = Gzip.size(site.resolve(SearchShards.COMMON));
        long library = Gzip.size(site.resolve("js/vendor/minisearch-7.2.0.min.js"));
        long code = 0;
        for (String js : List.of("search.js", "text.js", "search-data.js", "search-shards.js", "forgive.js")) {
            code += Gzip.size(site.resolve("js/" + js));
        }
        long total = common + library + code;
        System.out.printf("search budget: common %d B gz, library %d B gz, code %d B gz, total %d B gz"
                        + " (whole index, not downloaded: %d B raw / %d B gz)%n", common, library, code, total,
                Files.size(site.resolve(SearchIndex.PATH)), Gzip.size(site.resolve(SearchIndex.PATH)));
        assertTrue(common > 100 && library > 5_000 && code > 3_000, "the measurement counts real files");
        assertTrue(total < 20 * 1024, "opening the search downloads " + total + " bytes gzipped");
        boolean whole = Files.readString(site.resolve(SearchShards.COMMON)).contains("\"whole\":true");
        if (whole) {
            long index = Gzip.size(site.resolve(SearchIndex.PATH));
            assertTrue(index <= SearchShards.WHOLE_INDEX_GZIP_BYTES, "the whole index read instead is " + index + " B gz");
        }
    }
}
