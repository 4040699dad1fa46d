package vn.cantho.kehoach.preview;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.support.Chromium;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview in real headless Chromium: an open page reloads itself with the new text when its file is
 * saved, at the same scroll position, and a broken edit shows the build's message over the page while
 * the page, the last good one, stays.
 */
class PreviewBrowserTest {
    @TempDir
    Path tmp;
    private ChromeDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Runs a build; the failure message, as the command line prints it, or null. */
    static Function<SiteBuild, String> runner(Baker.Sources sources, Path out) {
        return b -> {
            try {
                b.run(sources, out);
                return null;
            } catch (BuildFailure f) {
                return "DỰNG TRANG THẤT BẠI / BUILD FAILED: " + f.getMessage();
            }
        };
    }

    @Test
    void aSavedEditReloadsTheOpenPageAndABrokenOneShowsItsMessage() throws Exception {
        TempSite site = new TempSite(tmp.resolve("src"));
        String longBody = "Đoạn mở đầu.\n\n" + "Một đoạn dài để trang cuộn được. ".repeat(60) + "\n\nĐoạn cuối.\n";
        site.section("i", 1, null, longBody);
        Baker.Sources sources = Baker.Sources.of(site.root);
        Path out = tmp.resolve("preview");
        try (Preview preview = new Preview(sources, out, 0, runner(sources, out), s -> { })) {
            preview.start();
            browser = Chromium.start(320, 400);
            browser.get(preview.url() + "kh-1/i/");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            JavascriptExecutor js = browser;
            wait.until(d -> js.executeScript("return document.readyState").equals("complete"));
            assertTrue(body().contains("Đoạn mở đầu."));
            assertTrue(((Number) js.executeScript("return document.documentElement.scrollHeight")).intValue() > 1200);
            js.executeScript("window.scrollTo({top: 600, behavior: 'instant'}); window.beforeEdit = true;");
            wait.until(d -> scrollY(js) == 600);

            site.section("i", 1, null, longBody.replace("Đoạn mở đầu.", "Đoạn mở đầu, đã sửa."));
            assertTrue(preview.rebuildIfChanged());
            wait.until(d -> body().contains("Đoạn mở đầu, đã sửa."));
            wait.until(d -> js.executeScript("return document.readyState").equals("complete"));
            assertEquals(Boolean.TRUE, js.executeScript("return window.beforeEdit === undefined"), "the page reloaded");
            wait.until(d -> Math.abs(scrollY(js) - 600) <= 1);

            js.executeScript("window.beforeBrokenEdit = true;");
            site.write("kh-1/i/index.md", "---\ntype: section\nid: i\norder: \"một\n---\n\nĐoạn hỏng.\n");
            assertTrue(preview.rebuildIfChanged());
            wait.until(d -> !d.findElements(By.id("xem-truoc-loi")).isEmpty()
                    && d.findElement(By.id("xem-truoc-loi")).isDisplayed());
            String shown = browser.findElement(By.cssSelector("#xem-truoc-loi pre")).getText();
            assertTrue(shown.contains("DỰNG TRANG THẤT BẠI") && shown.contains("kh-1/i/index.md"), shown);
            assertTrue(body().contains("Đoạn mở đầu, đã sửa."), "the last good page stays");
            assertFalse(body().contains("Đoạn hỏng."));
            assertEquals(Boolean.TRUE, js.executeScript("return window.beforeBrokenEdit === true"), "no reload on failure");

            site.section("i", 1, null, "Đoạn đã sửa lỗi.\n");
            assertTrue(preview.rebuildIfChanged());
            wait.until(d -> body().contains("Đoạn đã sửa lỗi."));
            assertTrue(browser.findElements(By.id("xem-truoc-loi")).isEmpty(), "the message goes with the fix");
        }
    }

    /**
     * Twenty saves in a row, each shown in the open page at the same scroll position. With server-sent
     * events each reload left a connection taken in Chromium, and the seventh page never loaded (HTTP/1.1:
     * six connections per server). Waits are generous and nothing is timed: it cannot fail for slowness.
     */
    @Test
    void twentySavesInARowEachShowInTheOpenPageAtItsScrollPosition() throws Exception {
        TempSite site = new TempSite(tmp.resolve("src"));
        String rest = "\n\n" + "Một đoạn dài để trang cuộn được. ".repeat(120) + "\n\nĐoạn cuối.\n";
        site.section("i", 1, null, "Lần sửa thứ 0." + rest);
        Baker.Sources sources = Baker.Sources.of(site.root);
        Path out = tmp.resolve("preview");
        try (Preview preview = new Preview(sources, out, 0, runner(sources, out), s -> { })) {
            preview.start();
            browser = Chromium.start(320, 400);
            browser.get(preview.url() + "kh-1/i/");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            JavascriptExecutor js = browser;
            wait.until(d -> js.executeScript("return document.readyState").equals("complete"));
            assertTrue(((Number) js.executeScript("return document.documentElement.scrollHeight")).intValue() > 1600);
            js.executeScript("window.scrollTo({top: 600, behavior: 'instant'});");
            wait.until(d -> scrollY(js) == 600);
            for (int i = 1; i <= 20; i++) {
                String text = "Lần sửa thứ " + i + ".";
                long before = scrollY(js);
                assertTrue(Math.abs(before - 600) <= 1, "before save " + i + " the page stayed at 600, not " + before);
                js.executeScript("window.beforeSave = true;");
                site.section("i", 1, null, text + rest);
                assertTrue(preview.rebuildIfChanged());
                wait.until(d -> body().contains(text) && js.executeScript("return document.readyState").equals("complete"));
                assertEquals(Boolean.TRUE, js.executeScript("return window.beforeSave === undefined"), "save " + i + " reloaded the page");
                int save = i;
                wait.withMessage(() -> "save " + save + ": scrolled to " + scrollY(js) + " instead of 600")
                        .until(d -> Math.abs(scrollY(js) - 600) <= 1);
            }
        }
    }

    /** The page's vertical scroll position, to the nearest pixel. */
    private static long scrollY(JavascriptExecutor js) {
        return Math.round(((Number) js.executeScript("return window.scrollY")).doubleValue());
    }

    /** The page's text, read in one script (an element found before a reload would be stale after it). */
    private String body() {
        return String.valueOf(browser.executeScript("return document.body ? document.body.innerText : ''"));
    }
}
