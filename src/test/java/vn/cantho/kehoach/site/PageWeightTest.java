package vn.cantho.kehoach.site;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.cantho.kehoach.support.BuiltSite;
import vn.cantho.kehoach.support.FirstVisit;
import vn.cantho.kehoach.support.Gzip;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * First visit to any page — HTML, its stylesheets and scripts with their static imports, gzipped —
 * stays under 60 KB. Lazily loaded files (dynamic import(), the search index) are not counted.
 */
class PageWeightTest {
    static final long BUDGET = 60 * 1024;

    /** Files a page loads on first visit, by site path. */
    static Set<String> resources(Document doc) {
        return FirstVisit.resources(BuiltSite.dir(), doc);
    }

    @Test
    void everyPageUnderBudget() {
        List<String> over = new ArrayList<>();
        long heaviest = 0;
        for (Path page : BuiltSite.pages()) {
            Document doc = BuiltSite.parse(page);
            long total = Gzip.size(page);
            for (String r : resources(doc)) {
                assertTrue(r.startsWith("/"), "same-origin, root-relative: " + r);
                total += Gzip.size(BuiltSite.dir().resolve(r.substring(1)));
            }
            heaviest = Math.max(heaviest, total);
            System.out.printf("page weight %-32s %6d B gz (%s)%n", BuiltSite.urlOf(page), total, resources(doc));
            if (total >= BUDGET) {
                over.add(BuiltSite.urlOf(page) + ": " + total);
            }
        }
        assertTrue(over.isEmpty(), "over 60 KB gzipped: " + over);
        assertTrue(heaviest > 10_000, "the measurement counts real bytes");
    }

    @Test
    void searchPageCountsItsLibraryButNotTheIndex() {
        Set<String> r = resources(BuiltSite.at("/tim-kiem/"));
        assertTrue(r.stream().anyMatch(s -> s.startsWith("/js/vendor/minisearch-7.2.0.min.")), r.toString());
        assertTrue(r.stream().noneMatch(s -> s.endsWith(".json")));
    }
}
