package vn.cantho.kehoach.post;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every page is seen exactly once, rewritten before it is written and visited, whichever way it arrives. */
class PageScanTest {
    @Test
    void renderedPagesAreWrittenOnceAndLaterPagesAreScannedFromDisk(@TempDir Path site) throws Exception {
        Map<String, Integer> visits = new ConcurrentHashMap<>();
        Map<String, String> titles = new ConcurrentHashMap<>();
        AtomicInteger rewrites = new AtomicInteger();
        PageScan scan = new PageScan(site, html -> {
            rewrites.incrementAndGet();
            return html.replace("/css/site.css", "/css/site.0123456789.css");
        }, List.of(page -> {
            visits.merge(page.url(), 1, Integer::sum);
            titles.put(page.url(), page.doc().title());
        }));
        for (int i = 0; i < 50; i++) {
            scan.rendered(site.resolve("a/" + i + "/index.html"), page("Trang " + i));
        }
        // A stage after the bake writes one more page; a file that is not a page is left alone.
        Files.writeString(site.resolve("404.html"), page("Không tìm thấy"), StandardCharsets.UTF_8);
        Files.writeString(site.resolve("a/data.json"), "{}", StandardCharsets.UTF_8);
        scan.rest();
        scan.rest(); // nothing new: nothing is seen twice

        assertEquals(51, visits.size());
        assertEquals(List.of(1), visits.values().stream().distinct().toList(), "each page visited once: " + visits);
        assertEquals(51, rewrites.get(), "each page rewritten once");
        assertEquals("Trang 7", titles.get("/a/7/"));
        assertEquals("Không tìm thấy", titles.get("/404.html"));
        for (Path p : List.of(site.resolve("a/7/index.html"), site.resolve("404.html"))) {
            String written = Files.readString(p, StandardCharsets.UTF_8);
            assertEquals(true, written.contains("/css/site.0123456789.css"), written);
        }
        assertEquals("{}", Files.readString(site.resolve("a/data.json")));
    }

    private static String page(String title) {
        return "<!doctype html><html lang=\"vi\"><head><title>" + title + "</title>"
                + "<link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><p>" + title + "</p></body></html>";
    }
}
