package vn.cantho.kehoach.site;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cantho.kehoach.support.Chromium;
import vn.cantho.kehoach.support.PageChecks;
import vn.cantho.kehoach.support.SiteServer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Home, section, full-text, search and 404 pages on a 320 px phone and a 1280 px screen. */
class ResponsiveAccessibilityTest {
    static final List<String> PAGES = List.of("/", "/32-kh-ubnd-2026/ii/4-5/", "/32-kh-ubnd-2026/toan-van/",
            "/32-kh-ubnd-2026/van-ban-dan-chieu/",
            "/tim-kiem/?q=chuyen+doi+so", "/khong-co-trang-nay/");
    static ChromeDriver phone;
    static ChromeDriver desktop;

    @BeforeAll
    static void start() {
        phone = Chromium.start(320, 640);
        desktop = Chromium.start(1280, 800);
    }

    @AfterAll
    static void stop() {
        Chromium.quit(phone, desktop);
    }

    private static void open(ChromeDriver driver, String path) {
        driver.get(SiteServer.url(path));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        if (path.startsWith("/tim-kiem/?q=")) {
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d ->
                    !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        }
    }

    private static Object js(ChromeDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Test
    void noHorizontalScrollingAt320() {
        for (String path : PAGES) {
            open(phone, path);
            long scroll = (Long) js(phone, "return document.documentElement.scrollWidth;");
            long client = (Long) js(phone, "return document.documentElement.clientWidth;");
            assertEquals(320, client);
            assertTrue(scroll <= client, path + " scrolls sideways: " + scroll + " > " + client);
        }
    }

    @Test
    void axeFindsNoViolationsAtBothSizes() {
        List<String> problems = new ArrayList<>();
        for (ChromeDriver driver : List.of(phone, desktop)) {
            for (String path : PAGES) {
                open(driver, path);
                problems.addAll(PageChecks.axe(driver, path + " @" + js(driver, "return innerWidth")));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** History page with word diffs, an earlier version and an abolished section, at both sizes. */
    @Test
    void historyPagesPassAxeAndDoNotScrollSideways() throws Exception {
        try (vn.cantho.kehoach.output.PreviewServer server = new vn.cantho.kehoach.output.PreviewServer(
                vn.cantho.kehoach.support.HistorySite.dir(), 0)) {
            server.start();
            List<String> problems = axeAndNoSidewaysScroll(server, vn.cantho.kehoach.support.HistorySite.PAGES,
                    (driver, at) -> List.of());
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        }
    }

    /**
     * axe and sideways scrolling on pages of a throwaway site served by {@code server}, at both sizes; {@code more}
     * adds its own problems for each page, given the driver and where it is ("/path @width").
     */
    private static List<String> axeAndNoSidewaysScroll(vn.cantho.kehoach.output.PreviewServer server, List<String> paths,
            java.util.function.BiFunction<ChromeDriver, String, List<String>> more) {
        List<String> problems = new ArrayList<>();
        for (ChromeDriver driver : List.of(phone, desktop)) {
            for (String path : paths) {
                String at = PageChecks.open(driver, server.port(), path);
                problems.addAll(PageChecks.axe(driver, at));
                if ((Long) js(driver, "return document.documentElement.scrollWidth - document.documentElement.clientWidth;") > 0) {
                    problems.add(at + " scrolls sideways");
                }
                problems.addAll(more.apply(driver, at));
            }
        }
        return problems;
    }

    @Test
    void stackedDiacriticsHaveRoomAndNothingClipsText() {
        List<String> tight = new ArrayList<>();
        for (ChromeDriver driver : List.of(phone, desktop)) {
            for (String path : PAGES) {
                open(driver, path);
                tightOrClipped(driver).forEach(x -> tight.add(path + " @" + js(driver, "return innerWidth") + " " + x));
            }
        }
        assertTrue(tight.isEmpty(), String.join("\n", tight));
    }

    /** Text whose line height leaves no room for stacked diacritics, or that its box clips. */
    @SuppressWarnings("unchecked")
    private static List<String> tightOrClipped(ChromeDriver driver) {
        return (List<String>) js(driver, """
                        const out = [];
                        for (const e of document.querySelectorAll('body *')) {
                          if (!e.childNodes.length || ![...e.childNodes].some(n => n.nodeType === 3 && n.nodeValue.trim())) continue;
                          const s = getComputedStyle(e);
                          if (s.display === 'none' || e.closest('.visually-hidden, .skip-link')) continue;
                          const size = parseFloat(s.fontSize);
                          const lh = s.lineHeight === 'normal' ? 1.2 * size : parseFloat(s.lineHeight);
                          if (lh / size < 1.3) out.push('line-height ' + (lh / size).toFixed(2) + ': ' + e.outerHTML.slice(0, 80));
                          if ((s.overflowY === 'hidden' || s.overflowY === 'clip') && e.scrollHeight > e.clientHeight + 1)
                            out.push('clipped: ' + e.outerHTML.slice(0, 80));
                        }
                        return out;""");
    }

    @Test
    void touchTargetsAreAtLeast44PxOnAPhone() {
        List<String> small = new ArrayList<>();
        for (String path : PAGES) {
            open(phone, path);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> found = (List<Map<String, Object>>) js(phone, """
                    const inline = 'p a, td a, .result__snippet a, noscript a';
                    return [...document.querySelectorAll('a[href], button, summary, input')]
                      .filter(e => !e.matches(inline) && !e.classList.contains('skip-link'))
                      .map(e => ({e: e.outerHTML.slice(0, 90), r: e.getBoundingClientRect()}))
                      .filter(x => x.r.width > 0 && x.r.height > 0 && (x.r.width < 44 || x.r.height < 44))
                      .map(x => ({e: x.e, w: x.r.width, h: x.r.height}));""");
            for (Map<String, Object> m : found) {
                small.add(path + ": " + m.get("w") + "x" + m.get("h") + " " + m.get("e"));
            }
        }
        assertTrue(small.isEmpty(), String.join("\n", small));
    }

    private static WebElement tabTo(ChromeDriver driver, String css, int max) {
        WebElement wanted = driver.findElement(By.cssSelector(css));
        js(driver, "document.activeElement && document.activeElement.blur(); window.focus();");
        for (int i = 0; i < max; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (driver.switchTo().activeElement().equals(wanted)) {
                return wanted;
            }
        }
        throw new AssertionError("Tab never reached " + css);
    }

    @Test
    void tableOfContentsOpensAndClosesByKeyboardOnAPhone() {
        open(phone, "/32-kh-ubnd-2026/ii/4-5/");
        WebElement details = phone.findElement(By.cssSelector(".toc__details"));
        assertFalse(details.getDomProperty("open").equals("true"), "closed on a phone");
        WebElement summary = tabTo(phone, ".toc__details > summary", 20);
        new Actions(phone).sendKeys(Keys.ENTER).perform();
        assertEquals("true", details.getDomProperty("open"));
        WebElement current = phone.findElement(By.cssSelector(".toc [aria-current=page]"));
        assertTrue(current.isDisplayed());
        new Actions(phone).sendKeys(Keys.SPACE).perform();
        assertEquals("false", details.getDomProperty("open"));
        assertEquals(summary, phone.switchTo().activeElement());
    }

    @Test
    void tableOfContentsIsOneTapAwayAnywhereOnAPhone() {
        open(phone, "/32-kh-ubnd-2026/ii/4-5/");
        WebElement jump = phone.findElement(By.cssSelector(".toc-jump"));
        new WebDriverWait(phone, Duration.ofSeconds(60)).until(d -> !jump.isDisplayed());
        js(phone, "window.scrollTo({top: document.body.scrollHeight / 2, behavior: 'instant'})");
        new WebDriverWait(phone, Duration.ofSeconds(60)).until(d -> jump.isDisplayed());
        assertTrue((Boolean) js(phone, "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;",
                jump), "the button stays on screen");
        jump.click();
        assertEquals("true", phone.findElement(By.cssSelector(".toc__details")).getDomProperty("open"));
        assertEquals("toc-title", phone.switchTo().activeElement().getAttribute("id"));
        assertEquals("none", desktop.findElement(By.cssSelector(".toc-jump")).getCssValue("display"),
                "wide screens have the sidebar instead");
    }

    @Test
    void tableOfContentsStaysBesideTheTextOnWideScreens() {
        open(desktop, "/32-kh-ubnd-2026/ii/4-5/");
        assertEquals("true", desktop.findElement(By.cssSelector(".toc__details")).getDomProperty("open"));
        WebElement toc = desktop.findElement(By.cssSelector("nav.toc"));
        WebElement main = desktop.findElement(By.tagName("main"));
        assertTrue(toc.getRect().getX() + toc.getRect().getWidth() <= main.getRect().getX(), "side by side");
        WebElement current = desktop.findElement(By.cssSelector(".toc [aria-current=page]"));
        assertEquals("700", current.getCssValue("font-weight"));
        js(desktop, "window.scrollTo(0, document.body.scrollHeight / 2)");
        assertTrue((Boolean) js(desktop, "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight;",
                toc), "sticky beside the text");
    }

    @Test
    void fullTextTableOfContentsFollowsTheReader() {
        open(desktop, "/32-kh-ubnd-2026/toan-van/");
        js(desktop, "document.getElementById('ii-4-2').scrollIntoView({block: 'start', behavior: 'instant'})");
        new WebDriverWait(desktop, Duration.ofSeconds(60)).until(d ->
                !d.findElements(By.cssSelector(".toc a[href='#ii-4-2'][aria-current=location]")).isEmpty());
    }

    @Test
    void skipLinkIsFirstAndVisibleWhenFocused() {
        open(phone, "/32-kh-ubnd-2026/ii/4-5/");
        WebElement skip = tabTo(phone, ".skip-link", 1);
        assertTrue(skip.getRect().getY() >= 0, "visible on focus");
        new Actions(phone).sendKeys(Keys.ENTER).perform();
        assertEquals("noi-dung", phone.switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void focusIsVisible() {
        open(phone, "/32-kh-ubnd-2026/ii/4-5/");
        tabTo(phone, ".site-name", 3);
        String outline = phone.switchTo().activeElement().getCssValue("outline-style");
        assertEquals("solid", outline);
    }

    @Test
    void honoursReducedMotion() {
        open(desktop, "/32-kh-ubnd-2026/ii/4-5/");
        assertEquals("smooth", js(desktop, "return getComputedStyle(document.documentElement).scrollBehavior"));
        desktop.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        try {
            assertEquals("auto", js(desktop, "return getComputedStyle(document.documentElement).scrollBehavior"));
        } finally {
            desktop.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    @Test
    void printsTheTextWithItsAddressAndWithoutNavigation() {
        open(desktop, "/32-kh-ubnd-2026/ii/4-5/");
        desktop.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String hidden : List.of(".site-header", "nav.toc", ".breadcrumbs", ".pager", ".site-footer nav")) {
                assertEquals("none", desktop.findElement(By.cssSelector(hidden)).getCssValue("display"), hidden);
            }
            WebElement source = desktop.findElement(By.cssSelector(".print-source"));
            assertEquals("block", source.getCssValue("display"));
            assertTrue(source.getText().startsWith("Kế hoạch số 32/KH-UBND"), "the printout names its document");
            WebElement url = desktop.findElement(By.xpath("//p[contains(@class, 'print-only')][span[@class='page-url']]"));
            assertEquals("block", url.getCssValue("display"));
            assertTrue(url.getText().contains(SiteServer.url("/32-kh-ubnd-2026/ii/4-5/")), url.getText());
            assertTrue(desktop.findElement(By.id("doan-1")).isDisplayed());
        } finally {
            desktop.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void copyLinkButtonsOnHeadings() {
        open(desktop, "/32-kh-ubnd-2026/ii/4-5/");
        WebElement button = desktop.findElement(By.cssSelector("#gach-2 button.permalink"));
        assertTrue(button.getAttribute("aria-label").startsWith("Sao chép liên kết"));
        js(desktop, "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        button.click();
        new WebDriverWait(desktop, Duration.ofSeconds(60)).until(d ->
                d.findElement(By.id("site-status")).getAttribute("textContent")
                        .contains(SiteServer.url("/32-kh-ubnd-2026/ii/4-5/#gach-2")));
        assertTrue(desktop.getCurrentUrl().endsWith("#gach-2"));
    }

    @Test
    void citationIsReadyToCopy() {
        open(desktop, "/32-kh-ubnd-2026/iii/");
        WebElement button = desktop.findElement(By.cssSelector(".citation button"));
        assertEquals("Sao chép trích dẫn", button.getText());
        js(desktop, "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        button.click();
        new WebDriverWait(desktop, Duration.ofSeconds(60)).until(d -> d.findElement(By.id("site-status"))
                .getAttribute("textContent").contains("Mục III, Kế hoạch số 32/KH-UBND ngày 22/01/2026 của Ủy ban nhân dân"
                        + " thành phố Cần Thơ. " + SiteServer.url("/32-kh-ubnd-2026/iii/")));
    }

    @Test
    void everyParagraphHasItsOwnLinkAndCitation() {
        open(desktop, "/32-kh-ubnd-2026/iii/#khoan-1-diem-a");
        WebElement text = desktop.findElement(By.cssSelector(".citation__text"));
        assertEquals("Điểm a khoản 1, Mục III, Kế hoạch số 32/KH-UBND ngày 22/01/2026 của Ủy ban nhân dân thành phố Cần Thơ.",
                text.getText());
        assertEquals(SiteServer.url("/32-kh-ubnd-2026/iii/#khoan-1-diem-a"),
                desktop.findElement(By.cssSelector(".citation__url a")).getText());
        List<WebElement> paragraphs = desktop.findElements(By.cssSelector(".official-text > p[id]"));
        assertEquals(8, paragraphs.size());
        for (WebElement p : paragraphs) {
            WebElement link = p.findElement(By.cssSelector("a.para-link"));
            assertTrue(link.getAttribute("href").endsWith("#" + p.getAttribute("id")));
            assertTrue(link.getAttribute("textContent").startsWith("Liên kết tới "), "named for screen readers");
        }
        WebElement khoan2 = desktop.findElement(By.cssSelector("#khoan-2 a.para-link"));
        khoan2.sendKeys(Keys.ENTER);
        new WebDriverWait(desktop, Duration.ofSeconds(60)).until(d ->
                d.findElement(By.cssSelector(".citation__text")).getText().startsWith("Khoản 2, Mục III, Kế hoạch số"));
    }

    @Test
    void noThirdPartyRequestsOnAnyPage() {
        String own = SiteServer.url("/").replace("http://", "").replace("/", "");
        for (String path : PAGES) {
            open(phone, path);
            @SuppressWarnings("unchecked")
            List<String> hosts = (List<String>) js(phone,
                    "return performance.getEntriesByType('resource').map(e => new URL(e.name).host);");
            for (String h : hosts) {
                assertEquals(own, h, path);
            }
        }
    }

    /**
     * Pages with a table (a throwaway site: the real plan has none), at both sizes: axe, no sideways scrolling, nothing
     * clipped; on a phone each row is a card whose cells show their column's name and keep their table semantics.
     */
    @Test
    void tablePagesPassAxeAndDoNotScrollSideways() throws Exception {
        try (vn.cantho.kehoach.output.PreviewServer server = new vn.cantho.kehoach.output.PreviewServer(
                vn.cantho.kehoach.support.TableSite.dir(), 0)) {
            server.start();
            List<String> problems = axeAndNoSidewaysScroll(server, vn.cantho.kehoach.support.TableSite.PAGES, (driver, at) -> {
                List<String> own = new ArrayList<>();
                tightOrClipped(driver).forEach(x -> own.add(at + " " + x));
                if (driver.findElements(By.cssSelector(".official-text table th[scope=col]")).isEmpty()) {
                    own.add(at + " has no table with column headers");
                } else if ((Long) js(driver, "const t = document.querySelector('.official-text table');"
                        + " return t.scrollWidth - t.clientWidth;") > 0) {
                    own.add(at + " the table is wider than its column");
                }
                return own;
            });
            assertTrue(problems.isEmpty(), String.join("\n", problems));
            phone.get("http://127.0.0.1:" + server.port() + "/kh-1/i/");
            WebElement cell = phone.findElement(By.cssSelector("#bang-1-dong-2 td:nth-child(2)"));
            assertEquals("block", cell.getCssValue("display"), "stacked on a phone");
            assertEquals("\"Chỉ tiêu\"", js(phone, "return getComputedStyle(arguments[0], '::before').content.split(' / ')[0]", cell),
                    "each cell shows its column's name");
            assertTrue(phone.findElement(By.cssSelector("#bang-1-dong-2 td:first-child")).getRect().getY()
                    < cell.getRect().getY(), "the row's cells one under the other");
            assertEquals("table", phone.findElement(By.id("bang-1")).getAriaRole(), "still a table for screen readers");
            assertEquals("cell", cell.getAriaRole());
            assertEquals("columnheader", phone.findElement(By.cssSelector("#bang-1 th")).getAriaRole());
            desktop.get("http://127.0.0.1:" + server.port() + "/kh-1/i/");
            WebElement wide = desktop.findElement(By.cssSelector("#bang-1-dong-2 td:nth-child(2)"));
            assertEquals("table-cell", wide.getCssValue("display"));
            assertEquals(desktop.findElement(By.cssSelector("#bang-1-dong-2 td:first-child")).getRect().getY(),
                    wide.getRect().getY(), "a row on one line on a wide screen");
            WebElement rowLink = desktop.findElement(By.cssSelector("#bang-1-dong-2 td:last-child a.para-link"));
            assertEquals("Liên kết tới dòng 2 bảng 1", rowLink.getAttribute("textContent").replace("#", ""));
            rowLink.sendKeys(Keys.ENTER);
            new WebDriverWait(desktop, Duration.ofSeconds(60)).until(d -> d.findElement(By.cssSelector(".citation__text"))
                    .getText().startsWith("Dòng 2 bảng 1, Phần i, "));
            assertTrue(desktop.getCurrentUrl().endsWith("/kh-1/i/#bang-1-dong-2"), "each row has its own address");
        }
    }
}
