package vn.cantho.kehoach.site;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cantho.kehoach.support.BuiltSite;
import vn.cantho.kehoach.support.Chromium;
import vn.cantho.kehoach.support.SiteServer;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anyone can type or paste an address: a #fragment that is not valid percent-encoding must not stop the
 * page's script. In real headless Chromium, the copy-link and citation buttons still appear and work.
 */
class MalformedFragmentTest {
    private static final String PAGE = "/32-kh-ubnd-2026/iii/";
    private static ChromeDriver driver;

    @BeforeAll
    static void start() {
        driver = Chromium.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        driver.quit();
    }

    private static void press(WebElement button) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        button.click();
    }

    @ParameterizedTest
    @ValueSource(strings = {"#%zz", "#%", "#%E0%A4", "?hl=van+hoa#%zz", "?hl=van+hoa#%E0%A4"})
    void buttonsStillWork(String tail) {
        driver.get(SiteServer.url(PAGE + tail));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> !d.findElements(By.cssSelector(".citation button")).isEmpty());
        int headings = BuiltSite.at(PAGE).select("article h1#tieu-de, .official-text h2[id]").size();
        assertEquals(headings, driver.findElements(By.cssSelector("button.permalink")).size(), "a copy-link button per heading");
        assertFalse(driver.findElements(By.cssSelector(".official-text a.para-link")).isEmpty(), "paragraph links");
        String sectionCitation = BuiltSite.at(PAGE).selectFirst(".citation__text").text();
        assertEquals(sectionCitation, driver.findElement(By.cssSelector(".citation__text")).getText(),
                "no paragraph named: the citation is the section's");

        press(driver.findElement(By.cssSelector(".citation button")));
        wait.until(d -> d.findElement(By.id("site-status")).getAttribute("textContent").contains(sectionCitation));
        driver.findElement(By.cssSelector("#khoan-2 a.para-link")).sendKeys(Keys.ENTER);
        wait.until(d -> d.findElement(By.cssSelector(".citation__text")).getText().startsWith("Khoản 2, Mục III"));
        press(driver.findElement(By.cssSelector("button.permalink")));
        wait.until(d -> d.findElement(By.id("site-status")).getAttribute("textContent").contains(PAGE));
        assertTrue(driver.getCurrentUrl().contains(PAGE));
    }
}
