package vn.cantho.kehoach.bench;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cantho.kehoach.content.SitePaths;
import vn.cantho.kehoach.search.SearchIndex;
import vn.cantho.kehoach.support.Chromium;
import vn.cantho.kehoach.support.Gzip;
import vn.cantho.kehoach.support.ManyDocuments;
import vn.cantho.kehoach.support.SiteServer;
import vn.cantho.kehoach.support.BuiltSite;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Search at scale in real headless Chromium (prints figures; not a test), on the real site and on 50
 * real-size documents (ManyDocuments): for each query, the bytes a first visit to the search page downloads
 * before its first result (every file Chromium fetched, gzipped as a server would send it, the search
 * worker's script included; the search runs on the page, as it does without module workers, so that
 * every fetch is in the page's resource timing), then the query's time at 4x CPU throttling for the first
 * results the page shows: cold (a freshly opened split index, downloads from 127.0.0.1 included) and warm
 * (median of 15 repeats), and warm for all 50 results with their snippets (the page's second request).
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.cantho.kehoach.bench.SearchScaleBenchmark</pre>
 */
public final class SearchScaleBenchmark {
    static final List<String> QUERIES = List.of("chuyển đổi số", "chuyen doi so", "dau tu cong", "phat trien",
            "nong thon moi", "giao d", "k", "kinh te bien logistics cang bien", "chuyendoiso", "chuyeenr ddooir soos");

    /** Records, when the first results (or the word that none were found) are drawn, every URL fetched so far. */
    private static final String FIRST_RESULT = """
            document.addEventListener('DOMContentLoaded', () => {
              const status = document.getElementById('search-status');
              if (!status) return;
              new MutationObserver(() => {
                if (!window.firstResult && /^(Tìm thấy|Không tìm thấy|Không có đoạn)/.test(status.textContent)) {
                  window.firstResult = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)];
                }
              }).observe(status, { childList: true, characterData: true, subtree: true });
            });
            """;

    public static void main(String[] args) throws Exception {
        System.setProperty("project.root", System.getProperty("project.root", Path.of("").toAbsolutePath().toString()));
        ChromeDriver driver = Chromium.start(360, 740);
        try {
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(300));
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", "delete window.Worker;" + FIRST_RESULT));
            measure(driver, "real site", BuiltSite.dir(), SiteServer::url);
            measure(driver, ManyDocuments.DOCUMENTS + " documents", ManyDocuments.dir(), ManyDocuments::url);
        } finally {
            driver.quit();
            System.exit(0);
        }
    }

    @SuppressWarnings("unchecked")
    private static void measure(ChromeDriver driver, String name, Path site, UnaryOperator<String> url) throws Exception {
        long worker;
        try (Stream<Path> js = Files.list(site.resolve("js"))) {
            worker = Gzip.size(js.filter(p -> p.getFileName().toString().matches("search-worker\\.[0-9a-f]+\\.js")).findFirst().orElseThrow());
        }
        System.out.printf("%n%s: whole index %d B gz (no longer downloaded); split index %d files%n", name,
                Gzip.size(site.resolve(SearchIndex.PATH)), Files.list(site.resolve("tim-kiem/chi-muc")).count());
        System.out.printf("%-36s %8s %10s %10s %9s %9s %9s%n", "query", "results", "first B gz", "index B gz", "cold ms",
                "warm ms", "all ms");
        JavascriptExecutor js = driver;
        for (String q : QUERIES) {
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
            driver.get("about:blank");
            driver.get(url.apply("/tim-kiem/?q=" + java.net.URLEncoder.encode(q, "UTF-8").replace("+", "%20")));
            new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> js.executeScript("return window.firstResult;") != null);
            Set<String> fetched = new LinkedHashSet<>();
            for (Object u : (List<Object>) js.executeScript("return window.firstResult;")) {
                fetched.add(URI.create((String) u).getPath());
            }
            long total = worker;
            long index = 0;
            for (String p : fetched) {
                long gz = Gzip.size(site.resolve(SitePaths.fileOf(p)));
                total += gz;
                index += p.startsWith("/tim-kiem/chi-muc") ? gz : 0;
            }
            new WebDriverWait(driver, Duration.ofSeconds(120)).until(d ->
                    js.executeScript("return document.getElementById('search-results').getAttribute('aria-busy');") == null);
            long results = (Long) js.executeScript("return document.querySelectorAll('#search-results > li').length;");
            driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
            Map<String, Object> t = (Map<String, Object>) js.executeAsyncScript("""
                    const [q, done] = [arguments[0], arguments[arguments.length - 1]];
                    (async () => {
                      const m = await import('/js/search.js');
                      const index = await m.openShards();
                      let s = performance.now();
                      await m.answer(index, q, null, 3);
                      const cold = performance.now() - s;
                      const median = async (count) => {
                        const times = [];
                        for (let i = 0; i < 15; i++) {
                          s = performance.now();
                          await m.answer(index, q, null, count);
                          times.push(performance.now() - s);
                        }
                        return times.sort((a, b) => a - b)[7];
                      };
                      const warm = await median(3);
                      return { cold, warm, all: await median(Infinity) };
                    })().then(done);""", q);
            System.out.printf("%-36s %8d %10d %10d %9.1f %9.1f %9.1f%n", "\"" + q + "\"", results, total, index,
                    ((Number) t.get("cold")).doubleValue(), ((Number) t.get("warm")).doubleValue(),
                    ((Number) t.get("all")).doubleValue());
        }
        driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
    }
}
