package vn.cantho.kehoach.preview;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cantho.kehoach.support.Chromium;
import vn.cantho.kehoach.support.TempPreview;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview in real headless Chromium: an open page reloads itself with the new text when its file is
 * saved, at the same scroll position, and a broken edit shows the build's message over the page while
 * the page, the last good one, stays.
 */
class PreviewBrowserTest {
    /** Generous: a wait ends as soon as the page is ready; nothing here is timed. */
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Where the reader scrolled before each save. */
    private static final int Y = 600;

    @TempDir
    Path tmp;
    private ChromeDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aSavedEditReloadsTheOpenPageAndABrokenOneShowsItsMessage() throws Exception {
        TempSite site = new TempSite(tmp.resolve("src"));
        String longBody = "Đoạn mở đầu.\n\n" + "Một đoạn dài để trang cuộn được. ".repeat(60) + "\n\nĐoạn cuối.\n";
        site.section("i", 1, null, longBody);
        try (Preview preview = TempPreview.start(site, tmp.resolve("preview"))) {
            JavascriptExecutor js = openScrolled(preview, 1200);
            WebDriverWait wait = new WebDriverWait(browser, WAIT);
            assertTrue(body().contains("Đoạn mở đầu."));

            js.executeScript("window.beforeSave = true;");
            site.section("i", 1, null, longBody.replace("Đoạn mở đầu.", "Đoạn mở đầu, đã sửa."));
            assertTrue(preview.rebuildIfChanged());
            reloadedWith(js, "Đoạn mở đầu, đã sửa.");

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
        try (Preview preview = TempPreview.start(site, tmp.resolve("preview"))) {
            JavascriptExecutor js = openScrolled(preview, 1600);
            for (int i = 1; i <= 20; i++) {
                String text = "Lần sửa thứ " + i + ".";
                long before = scrollY(js);
                assertTrue(Math.abs(before - Y) <= 1, "before save " + i + " the page stayed at " + Y + ", not " + before);
                js.executeScript("window.beforeSave = true;");
                site.section("i", 1, null, text + rest);
                assertTrue(preview.rebuildIfChanged());
                reloadedWith(js, text);
            }
        }
    }

    /** Opens the section page on a phone-sized screen, scrolled to {@link #Y} (the page taller than {@code minHeight}). */
    private JavascriptExecutor openScrolled(Preview preview, int minHeight) {
        browser = Chromium.start(320, 400);
        browser.get(preview.url() + "kh-1/i/");
        JavascriptExecutor js = browser;
        new WebDriverWait(browser, WAIT).until(d -> js.executeScript("return document.readyState").equals("complete"));
        assertTrue(((Number) js.executeScript("return document.documentElement.scrollHeight")).intValue() > minHeight);
        // 'instant': the site's CSS scrolls smoothly, and a smooth scroll is still under way when read.
        js.executeScript("window.scrollTo({top: arguments[0], behavior: 'instant'});", Y);
        new WebDriverWait(browser, WAIT).until(d -> scrollY(js) == Y);
        return js;
    }

    /** The open page, marked {@code window.beforeSave} before the save, reloaded with {@code text}, back at {@link #Y}. */
    private void reloadedWith(JavascriptExecutor js, String text) {
        new WebDriverWait(browser, WAIT).until(d -> body().contains(text)
                && js.executeScript("return document.readyState").equals("complete"));
        assertEquals(Boolean.TRUE, js.executeScript("return window.beforeSave === undefined"), "the page reloaded for " + text);
        new WebDriverWait(browser, WAIT).withMessage(() -> text + ": scrolled to " + scrollY(js) + " instead of " + Y)
                .until(d -> Math.abs(scrollY(js) - Y) <= 1);
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
