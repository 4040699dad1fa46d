package vn.cantho.kehoach.site;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cantho.kehoach.output.PreviewServer;
import vn.cantho.kehoach.support.BuiltSite;
import vn.cantho.kehoach.support.Chromium;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages a citizen has read stay readable, styled, when the connection drops. */
class OfflineReadingTest {
    private static boolean cached(ChromeDriver driver, String path) {
        return (Boolean) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "caches.open('kh32-pages-v1').then(c => c.match(arguments[0])).then(r => done(!!r), () => done(false));",
                path);
    }

    @Test
    void readPagesOpenWithoutAConnection() throws Exception {
        PreviewServer server = new PreviewServer(BuiltSite.dir(), 0);
        server.start();
        ChromeDriver driver = Chromium.start(360, 740);
        try {
            String base = "http://127.0.0.1:" + server.port();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            driver.get(base + "/32-kh-ubnd-2026/ii/4-2/");
            wait.until(d -> cached(driver, "/32-kh-ubnd-2026/ii/4-2/"));
            driver.get(base + "/32-kh-ubnd-2026/iii/");
            wait.until(d -> cached(driver, "/32-kh-ubnd-2026/iii/"));

            server.close();

            driver.get(base + "/32-kh-ubnd-2026/ii/4-2/");
            assertTrue(driver.findElement(By.tagName("h1")).getText().startsWith("4.2. Xác lập mô hình tăng trưởng mới"));
            assertEquals("rgba(155, 19, 25, 1)", driver.findElement(By.cssSelector(".site-header")).getCssValue("background-color"),
                    "styled from the cached stylesheet");
            driver.get(base + "/32-kh-ubnd-2026/iii/?hl=so+van+hoa#khoan-2");
            assertTrue(driver.findElement(By.id("khoan-2")).getText().startsWith("2. Sở Văn hóa"));
            driver.get(base + "/32-kh-ubnd-2026/ii/9/");
            assertEquals("Đang ngoại tuyến", driver.findElement(By.tagName("h1")).getText(), "a page never read says so");
        } finally {
            driver.quit();
            server.close();
        }
    }
}
