package vn.cantho.kehoach.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cantho.kehoach.content.Fold;
import vn.cantho.kehoach.support.SearchPage;
import vn.cantho.kehoach.support.FailingIndexServer;
import vn.cantho.kehoach.support.SiteServer;
import vn.cantho.kehoach.support.Vectors;

import org.openqa.selenium.json.Json;
import vn.cantho.kehoach.search.SearchIndex;
import vn.cantho.kehoach.search.SearchShards;
import vn.cantho.kehoach.support.BuiltSite;

import java.nio.file.Files;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search in real headless Chromium, as a citizen on a phone would use it. */
class SearchBrowserTest {
    @RegisterExtension
    static final SearchPage page = new SearchPage();

    private List<WebElement> searchFor(String query) {
        return page.searchFor(SiteServer.url("/"), query);
    }

    private static String snippetFolded(WebElement li) {
        return Fold.fold(li.findElement(By.className("result__snippet")).getText());
    }

    @Test
    void foldingInTheBrowserMatchesTheSharedVectors() {
        page.driver().get(SiteServer.url("/tim-kiem/"));
        Object out = ((JavascriptExecutor) page.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "import('/js/text.js').then(m => done(JSON.parse(arguments[0]).map(v => [m.fold(v[0]), m.tokens(v[0])])));",
                Vectors.json());
        List<?> results = (List<?>) out;
        List<List<Object>> vectors = Vectors.all();
        assertEquals(vectors.size(), results.size());
        for (int i = 0; i < vectors.size(); i++) {
            List<?> r = (List<?>) results.get(i);
            assertEquals(vectors.get(i).get(1), r.get(0), "fold " + vectors.get(i).get(0));
            assertEquals(vectors.get(i).get(2), r.get(1), "tokens " + vectors.get(i).get(0));
        }
    }

    /** url#id of every indexed paragraph whose folded words contain the query's words in a row (not across punctuation). */
    @SuppressWarnings("unchecked")
    static Set<String> containingPhrase(String query) throws Exception {
        Map<String, Object> index = new Json().toType(
                Files.readString(BuiltSite.dir().resolve(SearchIndex.PATH)), Map.class);
        List<List<Object>> sections = (List<List<Object>>) index.get("sections");
        List<String> terms = Fold.tokens(query);
        Set<String> out = new HashSet<>();
        for (List<Object> d : (List<List<Object>>) index.get("docs")) {
            boolean phrase = false;
            for (String part : ((String) d.get(2)).split("[,.;:!?()“”\"…]+")) {
                phrase |= Collections.indexOfSubList(Fold.tokens(part), terms) >= 0;
            }
            if (phrase) {
                out.add(sections.get(((Number) d.get(0)).intValue()).get(0) + "#" + d.get(1));
            }
        }
        return out;
    }

    static String target(WebElement li) {
        String href = li.findElement(By.tagName("a")).getAttribute("href");
        return href.substring(href.indexOf("/32-"), href.indexOf('?')) + href.substring(href.indexOf('#'));
    }

    @Test
    void queriesWithoutDiacriticsFindTheTextWithThemPhraseFirst() throws Exception {
        for (String q : List.of("chuyen doi so", "dau tu cong", "nong thon moi", "kinh te bien")) {
            Set<String> expected = containingPhrase(q);
            assertFalse(expected.isEmpty(), q);
            List<WebElement> results = searchFor(q);
            assertTrue(results.size() >= expected.size(), q);
            Set<String> top = new HashSet<>();
            for (WebElement li : results.subList(0, expected.size())) {
                top.add(target(li));
                assertFalse(li.findElements(By.cssSelector(".result__snippet mark")).isEmpty(), "words are marked");
                assertTrue(snippetFolded(li).contains(q), "the snippet shows the phrase: " + li.getText());
            }
            assertEquals(expected, top, q + ": every paragraph with the phrase, and only those, comes first");
        }
    }

    @Test
    void multiSyllablePlaceNamesRankFirst() {
        List<WebElement> results = searchFor("cao toc chau doc");
        String top = results.get(0).getText();
        assertTrue(top.contains("Châu Đốc") && top.contains("cao tốc"), top);
        assertTrue(results.get(0).findElement(By.tagName("a")).getAttribute("href").contains("/32-kh-ubnd-2026/ii/4-5/"));
        assertFalse(results.get(0).getAttribute("class").contains("result--partial"));
        String status = page.driver().findElement(By.id("search-status")).getText();
        assertTrue(status.startsWith("Tìm thấy 1 đoạn có đủ các từ"), status);
        boolean partial = false;
        for (WebElement li : results) {
            boolean isPartial = li.getAttribute("class").contains("result--partial");
            assertFalse(partial && !isPartial, "all-words results come before any-word results");
            partial |= isPartial;
        }
        assertTrue(partial, "any-word results follow");
    }

    @Test
    void lastWordMatchesAsAPrefixWhileTyping() {
        List<WebElement> results = searchFor("chuyen do");
        assertFalse(results.isEmpty());
        assertTrue(snippetFolded(results.get(0)).contains("chuyen doi"), results.get(0).getText());
    }

    /** Ids of the given [id, text] paragraphs in the order search.js ranks them for the query. */
    private static List<?> rank(String docsJson, String query) {
        List<?> ranked = page.rank(SiteServer.url("/"), docsJson, query);
        return ranked.subList(0, ranked.size() - 1);
    }

    @Test
    void accentsTypedRankExactMatchesFirst() {
        String docs = "[[\"doan-1\",\"Đánh dấu từ mới.\"],[\"doan-2\",\"Thu hút đầu tư mới.\"]]";
        assertEquals(List.of("doan-2", "doan-1"), rank(docs, "đầu tư"));
        assertEquals(List.of("doan-1", "doan-2"), rank(docs, "dấu từ"));
    }

    @Test
    void phraseThenAdjacentSyllablePairsBeatRawScore() {
        List<?> ids = rank("[[\"rai-rac\",\"Đảo xa, biển cả, tế bào, kinh phí, đảo, biển, tế, kinh, đảo, biển.\"],"
                + "[\"dau-phay\",\"Kinh tế, biển đảo.\"],"
                + "[\"cap-doi\",\"Phát triển kinh tế vùng và bảo vệ biển đảo.\"],"
                + "[\"cum-tu\",\"Phát triển kinh tế biển đảo ven bờ và hải đảo xa xôi của thành phố.\"]]", "kinh te bien dao");
        assertEquals("cum-tu", ids.get(0), "the whole phrase first, though the longest text: " + ids);
        assertEquals("rai-rac", ids.get(3), "words scattered, however often, come after adjacent pairs: " + ids);
    }

    @Test
    void queryParameterIsShareableAndTypingUpdatesIt() {
        searchFor("dau tu cong");
        assertEquals("dau tu cong", page.driver().findElement(By.id("q")).getAttribute("value"));
        WebElement input = page.driver().findElement(By.id("q"));
        input.clear();
        input.sendKeys("kinh te bien");
        new WebDriverWait(page.driver(), Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("q=kinh+te+bien")
                || d.getCurrentUrl().contains("q=kinh%20te%20bien"));
        new WebDriverWait(page.driver(), Duration.ofSeconds(60)).until(d ->
                d.findElement(By.id("search-status")).getText().contains("kinh te bien"));
        assertTrue(snippetFolded(page.driver().findElements(By.cssSelector("#search-results > li")).get(0)).contains("kinh te bien"));
    }

    @Test
    void resultLinkLandsOnTheParagraphWithTheWordsMarked() {
        List<WebElement> results = searchFor("chuyen doi so");
        WebElement link = results.get(0).findElement(By.tagName("a"));
        String href = link.getAttribute("href");
        String id = href.substring(href.indexOf('#') + 1);
        link.click();
        new WebDriverWait(page.driver(), Duration.ofSeconds(60)).until(d ->
                !d.findElements(By.cssSelector("#" + id + " mark.hit")).isEmpty());
        WebElement target = page.driver().findElement(By.id(id));
        List<WebElement> marks = target.findElements(By.cssSelector("mark.hit"));
        assertTrue(marks.size() >= 3);
        assertTrue(marks.stream().map(m -> Fold.fold(m.getText())).toList().containsAll(List.of("chuyen", "doi", "so")));
        Object top = ((JavascriptExecutor) page.driver()).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top > -2 && r.top < window.innerHeight / 2;", target);
        assertEquals(Boolean.TRUE, top, "the paragraph is in view: " + ((JavascriptExecutor) page.driver()).executeScript(
                "return JSON.stringify(arguments[0].getBoundingClientRect()) + ' ' + window.innerHeight + ' ' + scrollY;", target));
    }

    @Test
    void keyboardOnly() {
        searchFor("dau tu cong");
        WebElement input = page.driver().findElement(By.id("q"));
        input.click();
        input.sendKeys(Keys.ARROW_DOWN);
        WebElement focused = page.driver().switchTo().activeElement();
        assertEquals("a", focused.getTagName());
        assertTrue(focused.getAttribute("href").contains("hl="));
        assertEquals("status", page.driver().findElement(By.id("search-status")).getAttribute("role"));
        assertEquals("polite", page.driver().findElement(By.id("search-status")).getAttribute("aria-live"));
    }

    @Test
    void injectionQueriesStayInert() {
        for (String q : List.of("<img src=x onerror=alert(1)>", "\"><script>alert(1)</script>",
                "<svg onload=alert(1)>", "javascript:alert(1)")) {
            searchFor(q);
            assertThrows(NoAlertPresentException.class, () -> page.driver().switchTo().alert());
            assertTrue(page.driver().findElements(By.cssSelector("main img, main svg, main script")).isEmpty(), q);
            assertTrue(page.driver().findElement(By.id("search-status")).getText().contains(q), "shown as text: " + q);
            assertEquals(q, page.driver().findElement(By.id("q")).getAttribute("value"));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> loaded() {
        return (List<String>) ((JavascriptExecutor) page.driver()).executeScript(
                "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname);");
    }

    @Test
    void indexAndLibraryLoadOnlyWhenTheReaderStartsToSearch() {
        page.driver().get(SiteServer.url("/32-kh-ubnd-2026/i/"));
        List<String> before = loaded();
        assertFalse(before.stream().anyMatch(p -> p.endsWith(".json") || p.contains("minisearch")), before.toString());
        page.driver().findElement(By.cssSelector(".search-form input[name=q]")).click();
        new WebDriverWait(page.driver(), Duration.ofSeconds(60)).until(d ->
                loaded().contains("/" + SearchShards.COMMON)
                        && loaded().stream().anyMatch(p -> p.contains("minisearch")));
    }

    @Test
    void aSecondFailureToLoadTheIndexShowsTheErrorAgainWithARetry() throws Exception {
        try (FailingIndexServer server = new FailingIndexServer(2)) {
            page.driver().get(server.url("/tim-kiem/?q=chuyen%20doi%20so"));
            WebDriverWait wait = new WebDriverWait(page.driver(), Duration.ofSeconds(60));
            WebElement status = page.driver().findElement(By.id("search-status"));
            wait.until(d -> status.getText().startsWith("Không tải được"));
            WebElement retry = page.driver().findElement(By.cssSelector("#search-retry button"));
            assertTrue(retry.isDisplayed(), "a way to try again");

            WebElement input = page.driver().findElement(By.id("q"));
            input.clear();
            input.sendKeys("dau tu cong");
            wait.until(d -> server.indexRequests() >= 2);
            wait.until(d -> status.getText().startsWith("Không tải được") && retry.isDisplayed());
            assertTrue(page.driver().findElements(By.cssSelector("#search-results > li")).isEmpty());

            retry.click();
            wait.until(d -> status.getText().startsWith("Tìm thấy") && status.getText().contains("dau tu cong"));
            assertFalse(retry.isDisplayed());
            assertEquals(3, server.indexRequests());
            assertTrue(snippetFolded(page.driver().findElements(By.cssSelector("#search-results > li")).get(0)).contains("dau tu cong"));
        }
    }

    @Test
    void aPartOfTheIndexThatFailsToLoadShowsTheErrorAndARetryThatFindsTheResults() throws Exception {
        // After the common file: a term shard, or the whole index a site as small as the real one reads instead.
        try (FailingIndexServer server = new FailingIndexServer(1,
                p -> p.matches("/" + SearchShards.DIR + "t\\d+\\.json") || p.equals("/" + SearchIndex.PATH))) {
            page.driver().get(server.url("/tim-kiem/?q=chuyen%20doi%20so"));
            WebDriverWait wait = new WebDriverWait(page.driver(), Duration.ofSeconds(60));
            WebElement status = page.driver().findElement(By.id("search-status"));
            WebElement retry = page.driver().findElement(By.cssSelector("#search-retry button"));
            wait.until(d -> status.getText().startsWith("Không tải được") && retry.isDisplayed());
            assertTrue(page.driver().findElements(By.cssSelector("#search-results > li")).isEmpty());
            retry.click();
            wait.until(d -> status.getText().startsWith("Tìm thấy")
                    && d.findElement(By.id("search-results")).getAttribute("aria-busy") == null);
            List<String> shown = page.driver().findElements(By.cssSelector("#search-results > li")).stream()
                    .map(SearchBrowserTest::target).toList();
            assertTrue(shown.size() > 3, shown.toString());
            assertEquals(targets("chuyen doi so"), shown, "the same results as with no failure");
        }
    }

    /** url#id of the results shown for a query, in order. */
    private List<String> targets(String query) {
        return searchFor(query).stream().map(SearchBrowserTest::target).toList();
    }

    @Test
    void withoutModuleWorkersTheSameSearchRunsOnThePage() {
        List<String> inWorker = targets("chuyen doi so");
        assertTrue(inWorker.size() > 3);
        Map<String, Object> script = page.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "delete window.Worker;"));
        try {
            List<String> onPage = targets("chuyen doi so");
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) page.driver()).executeScript("return typeof Worker === 'undefined';"));
            assertEquals(inWorker, onPage);
        } finally {
            page.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script.get("identifier")));
        }
    }

    @Test
    void noThirdPartyRequests() {
        searchFor("chuyen doi so");
        Object hosts = ((JavascriptExecutor) page.driver()).executeScript(
                "return performance.getEntriesByType('resource').map(e => new URL(e.name).host);");
        String own = SiteServer.url("/").replace("http://", "").replace("/", "");
        for (Object h : (List<?>) hosts) {
            assertEquals(own, h);
        }
    }

    /** A table's cell is found without diacritics; the result lands on its row with the words marked. */
    @Test
    void aTableCellIsFoundByAQueryWithoutDiacritics() throws Exception {
        try (vn.cantho.kehoach.output.PreviewServer server = new vn.cantho.kehoach.output.PreviewServer(
                vn.cantho.kehoach.support.TableSite.dir(), 0)) {
            server.start();
            page.searchFor("http://127.0.0.1:" + server.port() + "/", "phat song cong cong mien phi");
            ChromeDriver driver = page.driver();
            WebElement first = driver.findElements(By.cssSelector("#search-results > li")).get(0);
            assertTrue(snippetFolded(first).contains("phat song wi-fi cong cong mien phi"), first.getText());
            WebElement link = first.findElement(By.tagName("a"));
            assertTrue(link.getAttribute("href").endsWith("#bang-1-dong-2"), link.getAttribute("href"));
            link.click();
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d ->
                    d.findElements(By.cssSelector("#bang-1-dong-2 td mark.hit")).size() >= 6);
            assertEquals(List.of("phat", "song", "cong", "cong", "mien", "phi"), driver.findElements(
                    By.cssSelector("#bang-1-dong-2 mark.hit")).stream().map(m -> Fold.fold(m.getText())).toList());
        }
    }
}
