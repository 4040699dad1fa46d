package vn.cantho.kehoach.bench;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.cantho.kehoach.support.Chromium;
import vn.cantho.kehoach.support.SiteServer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Search speed in real headless Chromium (prints figures; not a test): the split index's opening time,
 * and per-query time over repeated runs (the first run downloads the query's shards; the median does not).
 * At scale, with bytes: SearchScaleBenchmark.
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.cantho.kehoach.bench.SearchBenchmark</pre>
 */
public final class SearchBenchmark {
    public static void main(String[] args) {
        System.setProperty("project.root", System.getProperty("project.root", Path.of("").toAbsolutePath().toString()));
        ChromeDriver driver = Chromium.start(360, 740);
        try {
            driver.get(SiteServer.url("/")); // a page that has not loaded the search yet
            List<String> queries = List.of("chuyen doi so", "dau tu cong", "cao toc chau doc", "nong thon moi",
                    "đầu tư", "giao duc", "k", "phat trien", "kinh te bien logistics cang bien", "an ninh mang");
            Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                    const [queries, done] = [arguments[0], arguments[arguments.length - 1]];
                    import('/js/search.js').then(async (m) => {
                      const t0 = performance.now();
                      const index = await m.loadSearch();
                      const load = performance.now() - t0;
                      const out = {load, queries: {}};
                      for (const q of queries) {
                        const times = [];
                        let n = 0;
                        for (let i = 0; i < 30; i++) {
                          const s = performance.now();
                          n = (await m.search(index, q)).results.length;
                          times.push(performance.now() - s);
                        }
                        times.sort((a, b) => a - b);
                        out.queries[q] = {results: n, median: times[15], max: times[29]};
                      }
                      done(out);
                    });""", queries);
            Map<?, ?> out = (Map<?, ?>) result;
            System.out.printf("split index opened in %.1f ms%n",
                    ((Number) out.get("load")).doubleValue());
            Map<?, ?> perQuery = (Map<?, ?>) out.get("queries");
            for (String q : queries) {
                Map<?, ?> r = (Map<?, ?>) perQuery.get(q);
                System.out.printf("query %-36s %3s results, median %6.2f ms, max %6.2f ms (30 runs)%n", "\"" + q + "\"",
                        r.get("results"), ((Number) r.get("median")).doubleValue(), ((Number) r.get("max")).doubleValue());
            }
        } finally {
            driver.quit();
            System.exit(0);
        }
    }
}
