package vn.cantho.kehoach.site;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cantho.kehoach.bench.SearchSmoothnessBenchmark;
import vn.cantho.kehoach.support.Chromium;
import vn.cantho.kehoach.support.SiteServer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What keeps the search page smooth on a slow phone, asserted as structure rather than time (a busy machine
 * makes every timing flake; {@link SearchSmoothnessBenchmark} measures long tasks and first results):
 * the index is opened and searched in one module worker, so the page's own thread never fetches or parses
 * any part of it; and results draw into space the page reserves, so nothing on screen moves while they
 * come (layout shifts do not depend on the machine's speed).
 */
class SearchSmoothnessTest {
    /** Runs before any script of the page: records workers started, JSON parsed and layout shifts. */
    private static final String OBSERVE = """
            window.__seen = { workers: [], parsed: [], shift: 0, shifts: [] };
            const NativeWorker = window.Worker;
            window.Worker = function (url, options) {
              __seen.workers.push(String(url) + ' ' + JSON.stringify(options || {}));
              return new NativeWorker(url, options);
            };
            window.Worker.prototype = NativeWorker.prototype;
            const parse = JSON.parse;
            JSON.parse = function (text, reviver) {
              __seen.parsed.push(String(text).length);
              return parse.call(this, text, reviver);
            };
            const json = Response.prototype.json;
            Response.prototype.json = function () {
              __seen.parsed.push('response ' + this.url);
              return json.call(this);
            };
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) {
                if (!e.hadRecentInput) { __seen.shift += e.value; __seen.shifts.push(e.value); }
              }
            }).observe({ type: 'layout-shift', buffered: true });
            """;

    private static ChromeDriver driver;

    @BeforeAll
    static void open() {
        driver = Chromium.start(360, 740);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVE));
    }

    @AfterAll
    static void close() {
        driver.quit();
    }

    @Test
    void theIndexIsFetchedAndSearchedInAWorkerAndResultsMoveNothing() {
        driver.get(SiteServer.url("/tim-kiem/?q=chuyen%20doi%20so"));
        waitForResults("chuyen doi so");
        WebElement input = driver.findElement(By.id("q"));
        input.clear();
        input.sendKeys("kinh te bien");
        waitForResults("kinh te bien");

        Map<?, ?> seen = (Map<?, ?>) js("return __seen;");
        List<?> workers = (List<?>) seen.get("workers");
        assertEquals(1, workers.size(), "one worker for the page's whole life: " + workers);
        assertTrue(workers.get(0).toString().matches(".*search-worker[^ ]*\\.js \\{\"type\":\"module\"\\}"), workers.toString());

        // The worker's fetches are in its own resource timing, never the page's.
        List<?> pageFetches = (List<?>) js("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => n.includes('/tim-kiem/chi-muc'));");
        assertEquals(List.of(), pageFetches, "the page's own thread fetched part of the index");
        // Nothing the page's thread parses is index-sized (its own small settings only).
        for (Object parsed : (List<?>) seen.get("parsed")) {
            assertTrue(parsed instanceof Number && ((Number) parsed).longValue() < 2048,
                    "the page's thread parsed " + parsed + ": " + seen.get("parsed"));
        }

        double shift = ((Number) seen.get("shift")).doubleValue();
        assertTrue(shift < 0.02, "results moved what was on screen: " + seen.get("shifts"));
        assertTrue(driver.findElements(By.cssSelector("#search-results li")).size() > 3);
    }

    private static void waitForResults(String query) {
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> {
            String status = d.findElement(By.id("search-status")).getText();
            return status.contains("Tìm thấy") && status.contains(query);
        });
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }
}
