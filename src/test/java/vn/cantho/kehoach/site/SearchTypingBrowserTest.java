package vn.cantho.kehoach.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cantho.kehoach.support.SearchPage;
import vn.cantho.kehoach.support.SiteServer;
import vn.cantho.kehoach.support.SourceText;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search that forgives how people type (Telex or VNI keystrokes left as letters, syllables run
 * together, one wrong letter), in real headless Chromium, against the queries of
 * src/test/resources/search/typing-vectors.json: what each must find, checked against the plan's source
 * text, and the rewrite the page must offer (null: the query is searched as typed, with no offer).
 */
class SearchTypingBrowserTest {
    @RegisterExtension
    static final SearchPage page = new SearchPage();

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> vectors() throws IOException {
        try (InputStream in = SearchTypingBrowserTest.class.getResourceAsStream("/search/typing-vectors.json")) {
            return new Json().toType(new String(in.readAllBytes(), StandardCharsets.UTF_8), List.class);
        }
    }

    private static String lower(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private List<WebElement> searchFor(String query) {
        return page.searchFor(SiteServer.url("/"), query);
    }

    private static String offered() {
        List<WebElement> p = page.driver().findElements(By.id("search-suggestion"));
        return p.isEmpty() || !p.get(0).isDisplayed() ? null : p.get(0).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyQueryFindsItsWordsPhraseFirstAndOffersTheRewrite() throws Exception {
        String source = lower(String.join("\n", SourceText.paragraphs()));
        for (Map<String, Object> v : vectors()) {
            String query = (String) v.get("query");
            List<String> finds = (List<String>) v.get("finds");
            String suggestion = (String) v.get("suggestion");
            List<WebElement> results = searchFor(query);
            assertFalse(results.isEmpty(), query);
            String first = lower(results.get(0).findElement(By.className("result__snippet")).getText());
            for (String word : finds) {
                assertTrue(source.contains(lower(word)), "the plan has \"" + word + "\" (vector " + query + ")");
                assertTrue(first.contains(lower(word)), query + ": the first result shows \"" + word + "\": " + first);
            }
            if (finds.size() == 1) {
                Set<String> expected = SearchBrowserTest.containingPhrase(finds.get(0));
                assertTrue(results.size() >= Math.min(expected.size(), 50), query);
                Set<String> top = new HashSet<>();
                for (WebElement li : results.subList(0, Math.min(expected.size(), 50))) {
                    top.add(SearchBrowserTest.target(li));
                }
                if (expected.size() <= 50) {
                    assertEquals(expected, top, query + ": every paragraph with the phrase, and only those, comes first");
                }
            }
            if (suggestion == null) {
                assertEquals(null, offered(), query + " is searched as typed");
            } else {
                assertEquals("Có phải bạn muốn tìm: " + suggestion + "?", offered(), query);
                String status = page.driver().findElement(By.id("search-status")).getText();
                assertTrue(status.contains("\"" + suggestion + "\""), "the status names what was found: " + status);
                String href = page.driver().findElement(By.cssSelector("#search-suggestion a")).getAttribute("href");
                assertEquals(suggestion, URLDecoder.decode(href.substring(href.indexOf("q=") + 2), StandardCharsets.UTF_8));
            }
            System.out.printf("typing: %-28s -> %-22s %s ms in the worker%n", query, suggestion,
                    page.driver().findElement(By.id("search-results")).getAttribute("data-millis"));
        }
    }

    @Test
    void theOfferIsALinkThatRunsTheRewrittenQuery() throws Exception {
        searchFor("chuyeenr ddooir soos");
        page.driver().findElement(By.cssSelector("#search-suggestion a")).click();
        new WebDriverWait(page.driver(), Duration.ofSeconds(60)).until(d -> "chuyển đổi số".equals(
                d.findElement(By.id("q")).getAttribute("value")));
        List<WebElement> results = page.settled();
        assertEquals(null, offered(), "the accented query needs no rewrite");
        Set<String> expected = SearchBrowserTest.containingPhrase("chuyển đổi số");
        Set<String> top = new HashSet<>();
        for (WebElement li : results.subList(0, expected.size())) {
            top.add(SearchBrowserTest.target(li));
        }
        assertEquals(expected, top);
        String href = results.get(0).findElement(By.tagName("a")).getAttribute("href");
        assertTrue(href.contains("?hl="), href);
    }

    @Test
    void rewrittenResultsLinkToTheirParagraphMarkedWithTheRewrittenWords() {
        List<WebElement> results = searchFor("chuyendoiso");
        assertFalse(results.get(0).findElements(By.cssSelector(".result__snippet mark")).isEmpty(), "words are marked");
        String href = results.get(0).findElement(By.tagName("a")).getAttribute("href");
        assertTrue(href.contains("?hl=chuyen%20doi%20so#"), href);
    }

    /** Ids of the given [id, text] paragraphs as search.js ranks them for the query, then its suggestion. */
    private static List<?> rank(String docsJson, String query) {
        return page.rank(SiteServer.url("/"), docsJson, query);
    }

    @Test
    void wordsTheIndexKnowsAreNeverRewritten() {
        String docs = "[[\"sos\",\"Phát tín hiệu sos.\"],[\"so\",\"Chuyển đổi số.\"],[\"tam\",\"Tâm điểm.\"]]";
        assertEquals(Arrays.asList("sos", null).toString(), rank(docs, "sos").toString(), "sos is a word here");
        assertEquals(List.of("so", "sos", "số").toString(), rank(docs, "soos").toString(), "the accents typed first");
        assertEquals(Arrays.asList("tam", null).toString(), rank(docs, "ta").toString(), "a prefix while typing");
        assertEquals(List.of("tam", "tâm").toString(), rank(docs, "taam").toString());
        assertEquals(List.of("so", "sos", "đổi số").toString(), rank(docs, "doiso").toString(), "run together; then any-word results");
        assertEquals(Arrays.asList((Object) null).toString(), rank(docs, "xyz").toString(), "too far from any word");
        assertEquals(Arrays.asList((Object) null).toString(), rank(docs, "sx").toString(), "one wrong letter only from 3 letters");
    }
}
