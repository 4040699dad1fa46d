package vn.cantho.kehoach.appendices;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cantho.kehoach.output.PreviewServer;
import vn.cantho.kehoach.post.BakedPages;
import vn.cantho.kehoach.support.AppendixSite;
import vn.cantho.kehoach.support.Chromium;
import vn.cantho.kehoach.support.FirstVisit;
import vn.cantho.kehoach.support.PageChecks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
        www = AppendixSite.build(tmp);
        server = new PreviewServer(www, 0);
        server.start();
        phone = Chromium.start(320, 640);
        desktop = Chromium.start(1280, 800);
    }

    @AfterAll
    static void stop() {
        Chromium.quit(phone, desktop);
        if (server != null) {
            server.close();
        }
    }

    static Path file(String url) {
        return PageChecks.file(www, url);
    }

    @Test
    void theNewPagesAreValidHtml() throws Exception {
        List<String> errors = PageChecks.nuErrors(www, PAGES);
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
                String where = PageChecks.open(driver, server.port(), url);
                problems.addAll(PageChecks.axeAndPhoneFit(driver, where, driver == phone));
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
