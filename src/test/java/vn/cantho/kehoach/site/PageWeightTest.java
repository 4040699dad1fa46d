package vn.cantho.kehoach.site;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cantho.kehoach.content.SitePaths;
import vn.cantho.kehoach.search.SearchIndex;
import vn.cantho.kehoach.search.SearchShards;
import vn.cantho.kehoach.support.BuiltSite;
import vn.cantho.kehoach.support.Chromium;
import vn.cantho.kehoach.support.Gzip;
import vn.cantho.kehoach.support.SiteServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * First visit to any page stays under 60 KB gzipped, counting everything the page loads: the list of
 * files comes from real headless Chromium (the page, every resource it fetched by the time the network
 * is quiet, its icon and the service worker script it registers), the size of each from the built file
 * gzipped.
 * Files loaded only when the reader acts (the search library when the search box is focused) are not
 * first-visit loads; the search page loads its index and library at once, so they are counted there, and
 * opened with a query, also what the query reads of the index and every result's text.
 */
class PageWeightTest {
    static final long BUDGET = 60 * 1024;
    private static final String LOADED = """
            const done = arguments[arguments.length - 1];
            // Icons are fetched by the browser, outside the page's resource timing.
            const icons = () => [...document.querySelectorAll('link[rel~="icon"][href]')].map((l) => l.href);
            const urls = () => [location.href, ...performance.getEntriesByType('resource').map((e) => e.name), ...icons()];
            // The search page with a query: not quiet while it is still searching or drawing results.
            const searching = () => {
              const list = document.getElementById('search-results');
              const status = document.getElementById('search-status');
              return !!list && (list.hasAttribute('aria-busy') || (!!status && status.textContent.startsWith('Đang tìm')));
            };
            let last = -1;
            let quiet = 0;
            const poll = async () => {
              const reg = 'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistration() : null;
              const worker = reg && (reg.installing || reg.waiting || reg.active);
              const all = urls().concat(worker ? [worker.scriptURL] : []);
              quiet = document.readyState === 'complete' && !searching() && all.length === last ? quiet + 1 : 0;
              last = all.length;
              if (quiet >= 6) done(all); else setTimeout(poll, 150);
            };
            poll();
            """;
    private static final Pattern WORKER = Pattern.compile("new Worker\\(new URL\\(['\"]([^'\"]+)['\"]");
    private static final Pattern STATIC_IMPORT = Pattern.compile(
            "(?m)^\\s*import\\s[^'\"]*['\"]([^'\"]+)['\"]|\\bfrom\\s*['\"]([^'\"]+)['\"]");
    /** Queries of every kind: accents, none, a prefix, one letter, Telex, run together, a common word. */
    static final List<String> QUERIES = List.of("chuyển đổi số", "chuyen doi so", "dau tu cong", "phat trien", "giao d", "k",
            "chuyendoiso", "chuyeenr ddooir soos", "kinh tee", "nong nghiepp", "của", "thanh pho can tho");
    private static ChromeDriver driver;

    @BeforeAll
    static void start() {
        driver = Chromium.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        driver.quit();
    }

    /** Site paths (without query or fragment) of everything the page at this URL loads on a first visit. */
    @SuppressWarnings("unchecked")
    static Set<String> firstVisit(String url) {
        driver.manage().deleteAllCookies();
        driver.get("about:blank");
        driver.get(SiteServer.url(url));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> "complete".equals(driver.executeScript("return document.readyState")));
        Set<String> out = new LinkedHashSet<>();
        for (Object u : (List<Object>) driver.executeAsyncScript(LOADED)) {
            URI uri = URI.create((String) u);
            assertEquals(URI.create(SiteServer.url("/")).getAuthority(), uri.getAuthority(), "same origin only: " + u);
            out.add(uri.getPath());
        }
        for (String js : List.copyOf(out)) {
            if (js.endsWith(".js")) {
                addWorkers(js, out);
            }
        }
        return out;
    }

    /**
     * Adds the workers a script starts ({@code new Worker(new URL('…', import.meta.url))}) and their static
     * imports: a worker's own fetches are outside the page's resource timing.
     */
    private static void addWorkers(String js, Set<String> out) {
        Matcher worker = WORKER.matcher(read(js));
        while (worker.find()) {
            List<String> queue = new ArrayList<>(List.of(resolveAgainst(js, worker.group(1))));
            Set<String> scanned = new java.util.HashSet<>();
            while (!queue.isEmpty()) {
                String w = queue.remove(0);
                if (scanned.add(w)) {
                    out.add(w);
                    if (w.matches(".*/search-shards\\.([0-9a-f]+\\.)?js")) {
                        out.add("/" + SearchShards.COMMON); // the search worker opens the index at once
                        if (read("/" + SearchShards.COMMON).contains("\"whole\":true")) {
                            out.add("/" + SearchIndex.PATH); // and, on a small site, reads the whole index
                        }
                    }
                    Matcher imports = STATIC_IMPORT.matcher(read(w));
                    while (imports.find()) {
                        queue.add(resolveAgainst(w, imports.group(1) != null ? imports.group(1) : imports.group(2)));
                    }
                }
            }
        }
    }

    private static String resolveAgainst(String base, String spec) {
        return URI.create(base).resolve(spec).getPath();
    }

    private static String read(String sitePath) {
        try {
            return Files.readString(BuiltSite.dir().resolve(SitePaths.fileOf(sitePath)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long weight(Set<String> paths) {
        long total = 0;
        for (String p : paths) {
            total += Gzip.size(BuiltSite.dir().resolve(SitePaths.fileOf(p)));
        }
        return total;
    }

    @Test
    void everyPageUnderBudget() {
        List<String> over = new ArrayList<>();
        long heaviest = 0;
        for (Path page : BuiltSite.pages()) {
            String url = BuiltSite.urlOf(page);
            Set<String> loaded = firstVisit(url);
            long total = weight(loaded);
            heaviest = Math.max(heaviest, total);
            System.out.printf("page weight %-32s %6d B gz %s%n", url, total, loaded);
            if (total >= BUDGET) {
                over.add(url + ": " + total);
            }
        }
        assertTrue(over.isEmpty(), "over 60 KB gzipped on first visit: " + over);
        assertTrue(heaviest > 10_000, "the measurement counts real bytes");
    }

    /**
     * The search page opened with a query: everything it fetches until every result is drawn (the query's
     * term shards, the forgiving search's vocabulary when the words are not in the index, the texts of the
     * results). The search runs on the page here (module workers removed before the page loads, the page's
     * own fallback), so that the index files it fetches are in the page's resource timing; the worker's
     * script and its imports are counted as well, as the worker would load them.
     */
    @Test
    void theSearchPageWithAQueryUnderBudget() {
        List<String> over = new ArrayList<>();
        Object hook = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                java.util.Map.of("source", "delete window.Worker;")).get("identifier");
        try {
            for (String q : QUERIES) {
                String url = "/tim-kiem/?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
                Set<String> loaded = firstVisit(url);
                long total = weight(loaded);
                long results = (Long) driver.executeScript("return document.querySelectorAll('#search-results > li').length;");
                System.out.printf("page weight %-40s %6d B gz, %d results %s%n", url, total, results, loaded);
                assertTrue(results > 0, q + ": results drawn");
                assertTrue(loaded.stream().anyMatch(s -> s.startsWith("/" + SearchShards.DIR + "t") || s.equals("/" + SearchIndex.PATH)),
                        "what the query read of the index is counted: " + loaded);
                if (total >= BUDGET) {
                    over.add(q + ": " + total);
                }
            }
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", java.util.Map.of("identifier", hook));
        }
        assertTrue(over.isEmpty(), "search page with a query over 60 KB gzipped on first visit: " + over);
    }

    @Test
    void theSearchPageCountsItsIndexAndLibrary() {
        Set<String> loaded = firstVisit("/tim-kiem/");
        assertTrue(loaded.contains("/" + SearchShards.COMMON), loaded.toString());
        assertTrue(loaded.stream().anyMatch(s -> s.startsWith("/js/vendor/minisearch-7.2.0.min.")), loaded.toString());
        Set<String> section = firstVisit("/32-kh-ubnd-2026/ii/4-5/");
        assertTrue(section.stream().noneMatch(s -> s.endsWith(".json") || s.contains("minisearch")),
                "loaded only once the reader starts to search: " + section);
    }
}
