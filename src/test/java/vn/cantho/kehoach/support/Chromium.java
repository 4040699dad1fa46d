package vn.cantho.kehoach.support;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

/**
 * Debian's headless Chromium through Debian's chromedriver (installed by .ci/run), never a downloaded
 * browser: the binary and the driver are given explicitly, so Selenium Manager does not run.
 */
public final class Chromium {
    private static final String BROWSER = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    static {
        // Selenium warns that it has no CDP bindings for this Chromium version; we only use one stable CDP call.
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
    }

    private Chromium() {
    }

    /** Quits each driver that was started (a null one, whose start failed, is skipped). */
    public static void quit(ChromeDriver... drivers) {
        for (ChromeDriver d : drivers) {
            if (d != null) {
                d.quit();
            }
        }
    }

    public static ChromeDriver start(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        try {
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-dev-shm-usage", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-quic", "--lang=vi", "--hide-scrollbars", "--force-device-scale-factor=1",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profile"),
                    "--window-size=" + width + "," + height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        resize(driver, width, height);
        return driver;
    }

    /** Sets the viewport (not the window) to exactly width × height CSS pixels. */
    public static void resize(WebDriver driver, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        ChromeDriver chrome = (ChromeDriver) driver;
        java.util.Map<String, Object> metrics = new java.util.HashMap<>();
        metrics.put("width", width);
        metrics.put("height", height);
        metrics.put("deviceScaleFactor", 1);
        metrics.put("mobile", width < 600);
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrics);
    }
}
