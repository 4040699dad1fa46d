package vn.cantho.kehoach.post;

import org.junit.jupiter.api.Test;
import vn.cantho.kehoach.support.BuiltSite;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the first search downloads (index, library and our search code), gzipped, stays under 40 KB. */
class SearchBudgetTest {
    static long gzip(Path p) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(Files.readAllBytes(p));
        }
        return out.size();
    }

    @Test
    void firstSearchFitsTheBudget() throws Exception {
        Path site = BuiltSite.dir();
        long index = gzip(site.resolve(SearchIndex.PATH));
        long library = gzip(site.resolve("js/vendor/minisearch-7.2.0.min.js"));
        long code = gzip(site.resolve("js/search.js")) + gzip(site.resolve("js/text.js"));
        long total = index + library + code;
        System.out.printf("search budget: index %d B raw / %d B gz, library %d B gz, code %d B gz, total %d B gz%n",
                Files.size(site.resolve(SearchIndex.PATH)), index, library, code, total);
        assertTrue(total < 40 * 1024, "first search downloads " + total + " bytes gzipped");
    }
}
