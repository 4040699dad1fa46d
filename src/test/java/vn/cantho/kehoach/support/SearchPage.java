package vn.cantho.kehoach.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The search page in one headless Chromium the size of a phone (360 × 740), shared by the tests of a class
 * and quit after them: {@code @RegisterExtension static final SearchPage page = new SearchPage();}.
 */
public final class SearchPage implements BeforeAllCallback, AfterAllCallback {
    /** Generous: a wait ends as soon as the page is ready, so only a broken page waits this long. */
    private static final Duration WAIT = Duration.ofSeconds(60);
    private ChromeDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) {
        driver = Chromium.start(360, 740);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens the search page of the site at {@code site} (ending in "/") with {@code ?q=query}; its settled results. */
    public List<WebElement> searchFor(String site, String query) {
        driver.get(site + "tim-kiem/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return settled();
    }

    /** The result items once the search has settled: a status shown that is not "Đang…", the list no longer busy. */
    public List<WebElement> settled() {
        new WebDriverWait(driver, WAIT).until(d -> {
            String status = d.findElement(By.id("search-status")).getText();
            return !status.isEmpty() && !status.startsWith("Đang")
                    && d.findElement(By.id("search-results")).getAttribute("aria-busy") == null;
        });
        return items();
    }

    /** The result items once the status says what was found for {@code query}. */
    public List<WebElement> foundFor(String query) {
        new WebDriverWait(driver, WAIT).until(d -> {
            String status = d.findElement(By.id("search-status")).getText();
            return status.startsWith("Tìm thấy") && status.contains(query);
        });
        return items();
    }

    /**
     * How search.js, loaded in the search page of the site at {@code site}, ranks the given [id, text] paragraphs
     * for {@code query}: their ids, best first, then its suggestion (null when it offers none).
     */
    public List<?> rank(String site, String docsJson, String query) {
        driver.get(site + "tim-kiem/");
        return (List<?>) driver.executeAsyncScript(
                "const [docs, q, done] = [JSON.parse(arguments[0]), arguments[1], arguments[arguments.length - 1]];"
                        + "import('/js/search.js').then(async m => {"
                        + " const idx = m.buildIndex({v:1, sections:[['/a/','A','A']], docs: docs.map(d => [0, d[0], d[1]])});"
                        + " const r = await m.search(idx, q); done([...r.results.map(x => x.doc.id), r.suggestion || null]); });",
                docsJson, query);
    }

    private List<WebElement> items() {
        return driver.findElements(By.cssSelector("#search-results > li"));
    }
}
