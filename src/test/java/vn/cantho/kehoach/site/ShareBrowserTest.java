package vn.cantho.kehoach.site;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cantho.kehoach.support.BuiltSite;
import vn.cantho.kehoach.support.Chromium;
import vn.cantho.kehoach.support.SiteServer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The share button in real headless Chromium, with the browser APIs replaced at the API only (navigator.share,
 * navigator.clipboard); without JavaScript the block is a plain link.
 */
class ShareBrowserTest {
    private static final String PAGE = "/32-kh-ubnd-2026/ii/3/";

    /** Opens the page in a fresh browser where {@code setup} ran before any page script. */
    private static ChromeDriver open(String setup) {
        ChromeDriver chrome = Chromium.start(1280, 800);
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", setup));
        chrome.get(SiteServer.url(PAGE));
        return chrome;
    }

    private static Object waitFor(ChromeDriver chrome, String expression) {
        return new WebDriverWait(chrome, Duration.ofSeconds(60)).until(d -> chrome.executeScript("return " + expression));
    }

    /** Taps the button as a reader would, scrolled to the middle of the screen (instantly: the page scrolls smoothly). */
    private static void click(ChromeDriver chrome) {
        var button = chrome.findElement(By.cssSelector(".share__button"));
        chrome.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
        button.click();
    }

    @Test
    void sharesTitleCitationAndAddressThroughThePhonesShareSheet() {
        ChromeDriver chrome = open("Object.defineProperty(navigator, 'share', { configurable: true, value: (d) => {"
                + " window.__shared = { title: d.title, text: d.text, url: d.url }; return Promise.resolve(); } });"
                + "Object.defineProperty(navigator, 'canShare', { configurable: true, value: () => true });");
        try {
            click(chrome);
            @SuppressWarnings("unchecked")
            Map<String, Object> shared = (Map<String, Object>) waitFor(chrome, "window.__shared");
            assertEquals("Chia sẻ", chrome.findElement(By.cssSelector(".share__button")).getText());
            assertEquals("Mục II, khoản 3: Tiếp tục hoàn thiện cơ chế, chính sách tạo đột phá cho phát triển thành phố"
                    + " - Kế hoạch số 32/KH-UBND", shared.get("title"));
            assertEquals("Mục II, khoản 3, Kế hoạch số 32/KH-UBND ngày 22/01/2026 của Ủy ban nhân dân thành phố Cần Thơ.",
                    shared.get("text"));
            assertEquals(SiteServer.url(PAGE), shared.get("url"));
            assertEquals(List.of(), chrome.executeScript("return performance.getEntriesByType('resource')"
                    + ".map(e => new URL(e.name).host).filter(h => h !== location.host);"), "no third-party request");
        } finally {
            chrome.quit();
        }
    }

    @Test
    void withoutWebShareItCopiesTheAddress() {
        ChromeDriver chrome = open("Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });"
                + "Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (t) => {"
                + " window.__copied = t; return Promise.resolve(); } } });");
        try {
            assertEquals("Sao chép liên kết", chrome.findElement(By.cssSelector(".share__button")).getText());
            click(chrome);
            assertEquals(SiteServer.url(PAGE), waitFor(chrome, "window.__copied"));
            assertEquals("Đã sao chép liên kết.", waitFor(chrome,
                    "document.querySelector('.share__status').textContent || null"));
        } finally {
            chrome.quit();
        }
    }

    @Test
    void withNeitherThereIsNoButtonOnlyTheLink() {
        ChromeDriver chrome = open("Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });"
                + "Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });");
        try {
            waitFor(chrome, "document.readyState === 'complete'");
            assertTrue(chrome.findElements(By.cssSelector(".share__button")).isEmpty());
            assertEquals(1, chrome.findElements(By.cssSelector(".share a.share__link")).size());
        } finally {
            chrome.quit();
        }
    }

    @Test
    void withoutJavaScriptItIsALinkToTheSectionsAddress() {
        Document page = BuiltSite.at(PAGE);
        assertEquals(PAGE, page.selectFirst(".share a.share__link").attr("href"));
        assertTrue(page.select(".share button").isEmpty());
    }
}
