package vn.cantho.kehoach.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.output.PreviewServer;
import vn.cantho.kehoach.support.SearchPage;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search on a site with two documents, in real headless Chromium: each result says which document its
 * paragraph belongs to, and a choice on the search page (kept in the address as {@code vb=}) narrows the
 * search to one document. With one document the page and its results look as they always did.
 */
class SearchDocumentsTest {
    /** Short names as the pages show them: "{loai_van_ban} số {so_hieu}" of each test cover. */
    static final String FIRST = "loai_van_ban giá trị số so_hieu giá trị";
    static final String SECOND = "loai_van_ban hai số so_hieu hai";

    @TempDir
    static Path tmp;
    @RegisterExtension
    static final SearchPage page = new SearchPage();

    private static void addSecondDocument(TempSite site) {
        site.cover("kh-2", "Kế hoạch thứ hai", "03/04/2026", " hai");
        site.write("kh-2/i/index.md", "---\ntype: section\nid: i\norder: 1\nlabel: \"Mục I\"\ntitle: \"Mục một\"\n---\n\n"
                + "Nội dung riêng của kế hoạch hai.\n");
    }

    private static PreviewServer serve(TempSite site, String name) throws Exception {
        Path out = tmp.resolve(name);
        new SiteBuild().run(Baker.Sources.of(site.root), out);
        PreviewServer server = new PreviewServer(out, 0);
        server.start();
        return server;
    }

    /** Each result as "document | section url", the document "" when the result names none. */
    private static List<String> places(List<WebElement> results) {
        return results.stream().map(li -> {
            List<WebElement> doc = li.findElements(By.className("result__doc"));
            String href = li.findElement(By.tagName("a")).getAttribute("href");
            String path = href.substring(href.indexOf("/k"), href.indexOf('?'));
            return (doc.isEmpty() ? "" : doc.get(0).getText()) + " | " + path;
        }).sorted().toList();
    }

    @Test
    void oneDocumentLooksAsBefore() throws Exception {
        TempSite site = new TempSite(tmp.resolve("one"));
        try (PreviewServer server = serve(site, "www-one")) {
            page.driver().get(server.url() + "tim-kiem/?q=noi%20dung");
            assertEquals(List.of(" | /kh-1/ii/1/"), places(page.foundFor("noi dung")));
            assertTrue(page.driver().findElements(By.name("vb")).isEmpty(), "no choice of document");
        }
    }

    @Test
    void resultsNameTheirDocumentAndTheSearchNarrowsToOne() throws Exception {
        TempSite site = new TempSite(tmp.resolve("two"));
        addSecondDocument(site);
        try (PreviewServer server = serve(site, "www-two")) {
            page.driver().get(server.url() + "tim-kiem/?q=noi%20dung");
            assertEquals(List.of(FIRST + " | /kh-1/ii/1/", SECOND + " | /kh-2/i/"), places(page.foundFor("noi dung")));

            Select scope = new Select(page.driver().findElement(By.name("vb")));
            // Newest first, as on the home: the second plan (03/04/2026) is newer than the first (01/02/2026).
            assertEquals(List.of("Tất cả văn bản", SECOND, FIRST), scope.getOptions().stream().map(WebElement::getText).toList());
            scope.selectByValue("kh-2");
            new WebDriverWait(page.driver(), Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("vb=kh-2")
                    && places(d.findElements(By.cssSelector("#search-results > li"))).equals(List.of(SECOND + " | /kh-2/i/")));
            assertTrue(page.driver().getCurrentUrl().contains("q=noi"), page.driver().getCurrentUrl());
            assertEquals("Tìm thấy 1 đoạn cho \"noi dung\".", page.driver().findElement(By.id("search-status")).getText());

            // The address alone restores the narrowed search.
            page.driver().get(server.url() + "tim-kiem/?q=noi%20dung&vb=kh-1");
            assertEquals(List.of(FIRST + " | /kh-1/ii/1/"), places(page.foundFor("noi dung")));
            assertEquals("kh-1", new Select(page.driver().findElement(By.name("vb"))).getFirstSelectedOption().getAttribute("value"));

            // An unknown document in the address searches everything.
            page.driver().get(server.url() + "tim-kiem/?q=noi%20dung&vb=khong-co");
            assertEquals(2, page.foundFor("noi dung").size());
        }
    }

    @Test
    void withoutJavaScriptTheChoiceIsPartOfTheAddress() throws Exception {
        TempSite site = new TempSite(tmp.resolve("nojs"));
        addSecondDocument(site);
        try (PreviewServer server = serve(site, "www-nojs")) {
            page.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
            try {
                page.driver().get(server.url() + "tim-kiem/");
                page.driver().findElement(By.id("q")).sendKeys("noi dung");
                new Select(page.driver().findElement(By.name("vb"))).selectByValue("kh-2");
                page.driver().findElement(By.cssSelector(".search-page-form button[type=submit]")).click();
                new WebDriverWait(page.driver(), Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("vb=kh-2"));
                assertTrue(page.driver().getCurrentUrl().contains("q=noi+dung"), page.driver().getCurrentUrl());
                assertTrue(page.driver().findElement(By.cssSelector("main .notice")).getText().contains("tắt JavaScript"));
            } finally {
                page.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
            }
        }
    }
}
