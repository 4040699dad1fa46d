package vn.cantho.kehoach.site;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import vn.cantho.kehoach.support.Chromium;
import vn.cantho.kehoach.support.SiteServer;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With JavaScript off, everything but search-as-you-type still works. */
class NoJavaScriptTest {
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        driver = Chromium.start(320, 640);
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void tableOfContentsStillOpensAndLinksWork() {
        driver.get(SiteServer.url("/32-kh-ubnd-2026/ii/4-5/"));
        WebElement details = driver.findElement(By.cssSelector(".toc__details"));
        assertEquals("false", details.getDomProperty("open"));
        driver.findElement(By.cssSelector(".toc__details > summary")).click();
        assertEquals("true", details.getDomProperty("open"));
        driver.findElement(By.cssSelector(".toc a[href='/32-kh-ubnd-2026/iii/']")).sendKeys(Keys.ENTER);
        assertTrue(driver.getCurrentUrl().endsWith("/32-kh-ubnd-2026/iii/"));
        driver.findElement(By.cssSelector("a[rel=next]")).sendKeys(Keys.ENTER);
        assertTrue(driver.getCurrentUrl().endsWith("/32-kh-ubnd-2026/ket-thuc/"));
    }

    @Test
    void searchPageExplainsAndLinksTheFullText() {
        driver.get(SiteServer.url("/32-kh-ubnd-2026/i/"));
        WebElement box = driver.findElement(By.cssSelector(".search-form input[name=q]"));
        box.sendKeys("chuyen doi so");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertTrue(driver.getCurrentUrl().contains("/tim-kiem/?q=chuyen+doi+so"), driver.getCurrentUrl());
        WebElement notice = driver.findElement(By.cssSelector("main .notice"));
        assertTrue(notice.getText().contains("tắt JavaScript"), notice.getText());
        notice.findElement(By.cssSelector("a[href='/32-kh-ubnd-2026/toan-van/']")).sendKeys(Keys.ENTER);
        assertTrue(driver.getCurrentUrl().endsWith("/32-kh-ubnd-2026/toan-van/"));
    }
}
