package vn.cantho.kehoach.permalinks;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cantho.kehoach.output.PreviewServer;
import vn.cantho.kehoach.support.Chromium;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In real headless Chromium: a section moved from /kh-1/ii/1/ to /kh-1/i/1/ (with {@code moved_from}) keeps
 * its old address and old anchors, on its own page and on the full-text page.
 */
class MovedPagesBrowserTest {
    @TempDir
    static Path tmp;
    static PreviewServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        MovedSite site = new MovedSite(tmp).move(MovedSite.OLD);
        site.build();
        server = new PreviewServer(site.out, 0);
        server.start();
        driver = Chromium.start(320, 640);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** Opens a URL and waits until the browser has settled on a page other than a redirect page. */
    private static void open(String path) {
        driver.get(url(path));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElements(By.cssSelector("main.redirect")).isEmpty()
                && "complete".equals(driver.executeScript("return document.readyState")));
    }

    private static String targetId() {
        return (String) driver.executeScript("var t = document.querySelector(':target'); return t ? t.id : null;");
    }

    @Test
    void anOldSectionAddressWithAnAnchorLandsOnTheSameParagraph() {
        open(MovedSite.OLD + "#doan-2");
        assertEquals(url(MovedSite.NEW + "#doan-2"), driver.getCurrentUrl());
        assertEquals("doan-2", targetId());
        assertTrue(driver.findElement(By.id("doan-2")).getText().startsWith("Đoạn hai của khoản."));
        assertTrue((Boolean) driver.executeScript(
                "var r = document.getElementById('doan-2').getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight;"),
                "the paragraph is scrolled into view");
    }

    @Test
    void anOldFullTextAnchorLandsOnTheNewPrefix() {
        open("/kh-1/toan-van/#ii-1-doan-3");
        assertEquals(url("/kh-1/toan-van/#i-1-doan-3"), driver.getCurrentUrl());
        assertEquals("i-1-doan-3", targetId());
        assertTrue(driver.findElement(By.id("i-1-doan-3")).getText().startsWith("Đoạn ba của khoản."));
        open("/kh-1/toan-van/#ii-1");
        assertEquals("i-1", targetId(), "the old section heading id lands on the section's heading");
        open("/kh-1/toan-van/#i-khoan-1");
        assertEquals("i-khoan-1", targetId(), "ids that exist are left alone");
    }

    @Test
    void withoutJavaScriptTheMetaRefreshStillLeadsToTheNewPage() {
        ChromeDriver noJs = Chromium.start(320, 640);
        try {
            noJs.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
            noJs.get(url(MovedSite.OLD));
            new WebDriverWait(noJs, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().equals(url(MovedSite.NEW)));
            assertEquals("Tiêu đề khoản chuyển", noJs.findElement(By.id("tieu-de")).getText());
        } finally {
            noJs.quit();
        }
    }

    @Test
    void theRedirectPageItselfPassesAxeAtBothSizes() {
        ChromeDriver stay = Chromium.start(320, 640);
        try {
            // Keep the browser on the redirect page: block its script (the refresh is only for JavaScript off).
            stay.executeCdpCommand("Network.enable", Map.of());
            stay.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/js/redirect.*")));
            for (int width : new int[] {320, 1280}) {
                Chromium.resize(stay, width, 800);
                stay.get(url(MovedSite.OLD));
                assertEquals(url(MovedSite.OLD), stay.getCurrentUrl());
                assertEquals("/kh-1/i/1/", stay.findElement(By.cssSelector("main a")).getDomAttribute("href"));
                Results results = new AxeBuilder().analyze(stay);
                assertTrue(results.getPasses().size() > 5, "axe ran");
                assertEquals(List.of(), results.getViolations().stream().map(r -> r.getId() + ": " + r.getHelp()).toList(),
                        "at " + width + " px");
            }
        } finally {
            stay.quit();
        }
    }
}
