package vn.cantho.kehoach.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.cantho.kehoach.support.BuiltSite;
import vn.cantho.kehoach.support.Gzip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * First visit to any page — HTML, its stylesheets and scripts with their static imports and the
 * workers they start, gzipped — stays under 60 KB. Lazily loaded files (dynamic import(), the search index) are not counted.
 */
class PageWeightTest {
    static final long BUDGET = 60 * 1024;
    private static final Pattern STATIC_IMPORT = Pattern.compile("(?m)^\\s*import\\s[^'\"]*['\"]([^'\"]+)['\"]|\\bfrom\\s*['\"]([^'\"]+)['\"]"
            + "|new Worker\\(new URL\\(['\"]([^'\"]+)['\"]");

    /** Files a page loads on first visit, by site path. */
    static Set<String> resources(Document doc) {
        Set<String> out = new LinkedHashSet<>();
        for (Element link : doc.select("link[rel=stylesheet][href], link[rel=icon][href]")) {
            out.add(link.attr("href"));
        }
        List<String> queue = new ArrayList<>();
        for (Element script : doc.select("script[src]")) {
            queue.add(script.attr("src"));
        }
        while (!queue.isEmpty()) {
            String js = queue.remove(0);
            if (!out.add(js)) {
                continue;
            }
            try {
                Matcher m = STATIC_IMPORT.matcher(Files.readString(BuiltSite.dir().resolve(js.substring(1))));
                while (m.find()) {
                    String spec = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    queue.add(Path.of(js).getParent().resolve(spec).normalize().toString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
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
