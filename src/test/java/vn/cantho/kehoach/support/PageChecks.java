package vn.cantho.kehoach.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import nu.validator.client.EmbeddedValidator;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checks every new page kind goes through, each returning its problems (empty when none) so a test can gather
 * them over many pages: Nu HTML errors, axe violations, sideways scrolling and small touch targets on a phone.
 */
public final class PageChecks {
    private PageChecks() {
    }

    /** The Nu validator's errors on {@code file}, each line prefixed with {@code label}. */
    public static List<String> nuErrors(EmbeddedValidator validator, String label, Path file) throws Exception {
        List<String> errors = new ArrayList<>();
        for (String line : validator.validate(file).split("\n")) {
            if (line.contains("error:") || line.contains("fatal:")) {
                errors.add(label + " " + line);
            }
        }
        return errors;
    }

    /** The Nu validator's errors on the pages at {@code urls} ("/dir/") of the site built in {@code www}. */
    public static List<String> nuErrors(Path www, List<String> urls) throws Exception {
        EmbeddedValidator validator = nu();
        List<String> errors = new ArrayList<>();
        for (String url : urls) {
            errors.addAll(nuErrors(validator, url, file(www, url)));
        }
        return errors;
    }

    /** The page file of {@code url} ("/dir/") in the site built in {@code www}. */
    public static Path file(Path www, String url) {
        return www.resolve(url.substring(1) + "index.html");
    }

    /** A validator that reports in the GNU format {@link #nuErrors} reads. */
    public static EmbeddedValidator nu() {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        return validator;
    }

    /** Opens {@code path} on the preview at {@code port}, waits until it is loaded; returns "/path @width". */
    public static String open(ChromeDriver driver, int port, String path) {
        driver.get("http://127.0.0.1:" + port + path);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return path + " @" + js(driver, "return innerWidth");
    }

    /** axe's violations on the open page (asserting axe ran), each as "where: rule - help targets". */
    public static List<String> axe(ChromeDriver driver, String where) {
        Results results = new AxeBuilder().analyze(driver);
        assertTrue(results.getPasses().size() > 10, "axe ran on " + where);
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            problems.add(where + ": " + rule.getId() + " - " + rule.getHelp() + " "
                    + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
        }
        return problems;
    }

    /** The open page is wider than {@code width} px: it scrolls sideways. */
    public static List<String> sidewaysScroll(ChromeDriver driver, String where, long width) {
        long scroll = (Long) js(driver, "return document.documentElement.scrollWidth;");
        return scroll > width ? List.of(where + " scrolls sideways: " + scroll) : List.of();
    }

    /** Links and controls outside running text smaller than 44 x 44 px. */
    public static List<String> smallTouchTargets(ChromeDriver driver, String where) {
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) js(driver, """
                return [...document.querySelectorAll('a[href], button, summary, input')]
                  .filter(e => !e.matches('p a, td a, noscript a') && !e.classList.contains('skip-link'))
                  .map(e => ({e: e.outerHTML.slice(0, 90), r: e.getBoundingClientRect()}))
                  .filter(x => x.r.width > 0 && x.r.height > 0 && (x.r.width < 44 || x.r.height < 44))
                  .map(x => x.e + ' ' + x.r.width + 'x' + x.r.height);""");
        return small.stream().map(s -> where + " small touch target: " + s).toList();
    }

    /** axe on the open page and, on a 320 px phone, no sideways scroll and no small touch target. */
    public static List<String> axeAndPhoneFit(ChromeDriver driver, String where, boolean onPhone) {
        List<String> problems = new ArrayList<>(axe(driver, where));
        if (onPhone) {
            problems.addAll(sidewaysScroll(driver, where, 320));
            problems.addAll(smallTouchTargets(driver, where));
        }
        return problems;
    }

    private static Object js(ChromeDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }
}
