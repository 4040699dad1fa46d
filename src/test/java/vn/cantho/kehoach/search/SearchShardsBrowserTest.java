package vn.cantho.kehoach.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.cantho.kehoach.support.Chromium;
import vn.cantho.kehoach.support.ManyDocuments;
import vn.cantho.kehoach.support.SiteServer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The split index (SearchShards, search-shards.js) answers exactly as the whole index (chi-muc.json,
 * indexed in the browser by MiniSearch itself): the same ranked paragraphs with the same scores and
 * ranking signals, the same rewrite and suggestion, the same snippets, in real Chromium, over the real
 * site and 50 real-size documents. Each query runs on a freshly opened split index (only its own
 * shards) and on one shared by all queries (shards accumulated in any order).
 */
class SearchShardsBrowserTest {
    /** What citizens type: plain, without diacritics, prefixes while typing, Telex and VNI residue, run-together, typos. */
    static final List<String> QUERIES = List.of("chuyển đổi số", "chuyen doi so", "đầu tư công", "dau tu cong",
            "nong thon moi", "phat trien", "giao d", "k", "ph", "cao toc chau doc", "kinh te bien logistics cang bien",
            "an ninh mang", "Đầu Tư", "y tế", "chuyeenr ddooir soos", "kinh tee", "chuye6n3 d9oi63 so61",
            "chuyendoiso", "nongthonmoi", "nong nghiepp", "giao duc dao tao", "2026", "ubnd", "khong co tu nay xyzw");
    private static ChromeDriver driver;

    @BeforeAll
    static void start() {
        driver = Chromium.start(360, 740);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theRealSiteAnswersAsTheWholeIndex() {
        compare(SiteServer::url);
    }

    @Test
    void fiftyDocumentsAnswerAsTheWholeIndex() {
        compare(ManyDocuments::url);
    }

    @SuppressWarnings("unchecked")
    private static void compare(UnaryOperator<String> url) {
        driver.get(url.apply("/"));
        Map<String, Object> out = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const [queries, done] = [arguments[0], arguments[arguments.length - 1]];
                (async () => {
                  const m = await import('/js/search.js');
                  const whole = m.buildIndex(await (await fetch(m.INDEX_URL)).json());
                  const shared = await m.openShards();
                  const scopes = [null, ...whole.documents.slice(0, 2)];
                  const seen = (found) => JSON.stringify({
                    ranked: found.results.map((r) => [r.doc.i, r.score, r.all, r.phrase, r.accents, r.pairs, r.terms.join(' ')]),
                    suggestion: found.suggestion || null, rewritten: found.rewritten || null,
                  });
                  const differ = [];
                  let compared = 0, results = 0, rewritten = 0;
                  for (const q of queries) {
                    for (const within of scopes) {
                      const expected = seen(await m.search(whole, q, 50, within));
                      const shown = JSON.stringify(await m.answer(whole, q, within));
                      for (const split of [await m.openShards(), shared]) {
                        const got = seen(await m.search(split, q, 50, within));
                        const gotShown = JSON.stringify(await m.answer(split, q, within));
                        if (got !== expected || gotShown !== shown) differ.push({ q, within, expected, got, shown, gotShown });
                        compared++;
                      }
                      const parsed = JSON.parse(expected);
                      results += parsed.ranked.length;
                      if (parsed.suggestion) rewritten++;
                    }
                  }
                  return { differ: differ.slice(0, 3), count: differ.length, compared, results, rewritten, documents: whole.documents.length };
                })().then(done, (e) => done({ error: String(e && e.stack || e) }));""", QUERIES);
        assertEquals(null, out.get("error"));
        System.out.printf("split = whole: %s comparisons, %s ranked results, %s rewritten, %s documents%n",
                out.get("compared"), out.get("results"), out.get("rewritten"), out.get("documents"));
        assertEquals(0L, ((Number) out.get("count")).longValue(), String.valueOf(out.get("differ")));
        assertTrue(((Number) out.get("results")).longValue() > 500, "queries that find a lot: " + out);
        assertTrue(((Number) out.get("rewritten")).longValue() >= 5, "queries that are rewritten: " + out);
    }
}
