package vn.cantho.kehoach.tools;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.cantho.kehoach.support.Chromium;
import vn.cantho.kehoach.support.SiteServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Regenerates the screenshots linked from README (home and a section page, at 320 and 1280 px wide)
 * in headless Chromium:
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.cantho.kehoach.tools.Screenshots</pre>
 */
public final class Screenshots {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("project.root", Path.of("").toAbsolutePath().toString()));
        System.setProperty("project.root", root.toString());
        Path dir = root.resolve("src/site/resources/screenshots");
        Files.createDirectories(dir);
        Map<String, String> pages = Map.of("home", "/", "section", "/32-kh-ubnd-2026/ii/4-5/");
        int[][] sizes = {{320, 640}, {1280, 800}};
        for (int[] size : sizes) {
            ChromeDriver driver = Chromium.start(size[0], size[1]);
            try {
                for (Map.Entry<String, String> page : pages.entrySet()) {
                    driver.get(SiteServer.url(page.getValue()));
                    Path file = dir.resolve(page.getKey() + "-" + size[0] + ".png");
                    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
                    System.out.println("wrote " + root.relativize(file));
                }
            } finally {
                driver.quit();
            }
        }
        System.exit(0);
    }
}
