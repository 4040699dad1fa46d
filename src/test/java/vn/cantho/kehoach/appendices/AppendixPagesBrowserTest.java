package vn.cantho.kehoach.appendices;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.output.PreviewServer;
import vn.cantho.kehoach.post.BakedPages;
import vn.cantho.kehoach.support.AppendixSite;
import vn.cantho.kehoach.support.Chromium;
import vn.cantho.kehoach.support.FirstVisit;
import vn.cantho.kehoach.support.TempSite;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The new page kinds on a throwaway site (a cover with originals and appendices, appendix tables from CSV and
 * .xlsx, agency pages): valid HTML (Nu), no axe violation at 320 and 1280 px, no sideways page scroll on a phone,
 * under the first-visit weight budget, and appendix cells found by the site's search in the browser. (The build
 * itself refused any broken link or anchor on them.)
 */
class AppendixPagesBrowserTest {
    static final List<String> PAGES = List.of("/kh-1/", "/kh-1/phu-luc-1/", "/kh-1/phu-luc-2/", "/kh-2/phu-luc-1/",
            "/co-quan/", "/co-quan/so-thu-nghiem/");
    @TempDir
    static Path tmp;
    static Path www;
    static PreviewServer server;
    static ChromeDriver phone;
    static ChromeDriver desktop;

    @BeforeAll
    static void build() throws Exception {
        TempSite site = AppendixSite.write(tmp.resolve("site"));
        www = tmp.resolve("www");
        new SiteBuild().run(Baker.Sources.of(site.root), www);
        server = new PreviewServer(www, 0);
        server.start();
        phone = Chromium.start(320, 640);
        desktop = Chromium.start(1280, 800);
    }

    @AfterAll
    static void stop() {
        for (ChromeDriver d : new ChromeDriver[]{phone, desktop}) {
            if (d != null) {
                d.quit();
            }
        }
        if (server != null) {
            server.close();
        }
    }

    static Path file(String url) {
        return www.resolve(url.substring(1) + "index.html");
    }

    @Test
    void theNewPagesAreValidHtml() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        for (String url : PAGES) {
            for (String line : validator.validate(file(url)).split("\n")) {
                if (line.contains("error:") || line.contains("fatal:")) {
                    errors.add(url + " " + line);
                }
            }
        }
        assertTrue(errors.isEmpty(), String.join("\n", errors));
    }

    @Test
    void theyStayUnderTheFirstVisitBudget() {
        for (String url : PAGES) {
            long bytes = FirstVisit.gzipBytes(www, file(url), BakedPages.parse(file(url)));
            assertTrue(bytes < 60 * 1024, url + ": " + bytes + " bytes gzipped");
        }
    }

    @Test
    void axeFindsNothingAndAPhoneNeverScrollsSideways() {
        List<String> problems = new ArrayList<>();
        for (ChromeDriver driver : List.of(phone, desktop)) {
            for (String url : PAGES) {
                driver.get("http://127.0.0.1:" + server.port() + url);
                new WebDriverWait(driver, Duration.ofSeconds(60)).until(d ->
                        "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
                String where = url + " @" + js(driver, "return innerWidth");
                Results results = new AxeBuilder().analyze(driver);
                assertTrue(results.getPasses().size() > 10, "axe ran on " + where);
                for (Rule rule : results.getViolations()) {
                    problems.add(where + ": " + rule.getId() + " - " + rule.getHelp() + " "
                            + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
                }
                if (driver == phone) {
                    long scroll = (Long) js(driver, "return document.documentElement.scrollWidth;");
                    if (scroll > 320) {
                        problems.add(where + " scrolls sideways: " + scroll);
                    }
                    @SuppressWarnings("unchecked")
                    List<String> small = (List<String>) js(driver, """
                            return [...document.querySelectorAll('a[href], button, summary, input')]
                              .filter(e => !e.matches('p a, td a, noscript a') && !e.classList.contains('skip-link'))
                              .map(e => ({e: e.outerHTML.slice(0, 90), r: e.getBoundingClientRect()}))
                              .filter(x => x.r.width > 0 && x.r.height > 0 && (x.r.width < 44 || x.r.height < 44))
                              .map(x => x.e + ' ' + x.r.width + 'x' + x.r.height);""");
                    small.forEach(s -> problems.add(where + " small touch target: " + s));
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aPhoneShowsEachRowAsACardWithItsColumnNames() {
        phone.get("http://127.0.0.1:" + server.port() + "/kh-1/phu-luc-1/#dong-2");
        WebElement cell = phone.findElement(By.cssSelector("#dong-2 td[data-label='Cơ quan chủ trì']"));
        assertEquals("Ban Quản lý Thử", cell.getText());
        assertEquals("block", cell.getCssValue("display"));
        assertEquals("\"Cơ quan chủ trì: \"", js(phone, "return getComputedStyle(arguments[0], '::before').content", cell));
        assertTrue(cell.getRect().getWidth() <= 320, "the card fits the phone: " + cell.getRect().getWidth());
    }

    @Test
    void theSearchFindsAppendixCells() {
        desktop.get("http://127.0.0.1:" + server.port() + "/tim-kiem/?q="
                + URLEncoder.encode("trong cay xanh", StandardCharsets.UTF_8));
        new WebDriverWait(desktop, Duration.ofSeconds(60)).until(d -> !d.findElement(By.id("search-status")).getText().isEmpty()
                && !d.findElement(By.id("search-status")).getText().startsWith("Đang")
                && d.findElement(By.id("search-results")).getAttribute("aria-busy") == null);
        List<WebElement> results = desktop.findElements(By.cssSelector("#search-results > li"));
        assertTrue(desktop.findElement(By.id("search-status")).getText().startsWith("Tìm thấy 1 đoạn có đủ các từ"),
                desktop.findElement(By.id("search-status")).getText());
        String href = results.get(0).findElement(By.tagName("a")).getAttribute("href");
        assertTrue(href.contains("/kh-2/phu-luc-1/") && href.endsWith("#dong-1"), href);
        assertTrue(results.get(0).getText().contains("Sở Thử Nghiệm"), results.get(0).getText());
    }

    private static Object js(ChromeDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
