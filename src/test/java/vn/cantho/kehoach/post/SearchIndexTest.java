package vn.cantho.kehoach.post;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;
import vn.cantho.kehoach.support.BuiltSite;
import vn.cantho.kehoach.support.SourceText;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index has one entry per paragraph/point/heading, each pointing at its exact place on the site. */
class SearchIndexTest {
    @SuppressWarnings("unchecked")
    private static Map<String, Object> index() throws Exception {
        return new Json().toType(Files.readString(BuiltSite.dir().resolve(SearchIndex.PATH)), Map.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyEntryPointsAtAnElementWithThatText() throws Exception {
        Map<String, Object> index = index();
        List<List<Object>> sections = (List<List<Object>>) index.get("sections");
        List<List<Object>> docs = (List<List<Object>>) index.get("docs");
        Set<String> targets = new HashSet<>();
        for (List<Object> d : docs) {
            List<Object> section = sections.get(((Number) d.get(0)).intValue());
            String url = (String) section.get(0);
            Object number = section.get(3);
            assertTrue(number == null || url.endsWith("/" + ((String) number).toLowerCase().replaceFirst("\\.", "/")
                    .replace('.', '-') + "/"), "official number matches the address: " + number + " " + url);
            String id = (String) d.get(1);
            assertTrue(targets.add(url + "#" + id), "duplicate entry " + url + "#" + id);
            Element el = BuiltSite.at(url).getElementById(id);
            assertNotNull(el, url + "#" + id);
            assertEquals(el.text(), d.get(2));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOfficialParagraphIsSearchable() throws Exception {
        List<List<Object>> docs = (List<List<Object>>) index().get("docs");
        String all = String.join("\n", docs.stream().map(d -> (String) d.get(2)).toList());
        for (String para : SourceText.paragraphs()) {
            assertTrue(all.contains(para), "not in the index: " + para);
        }
    }

    @Test
    void oneEntryPerParagraphOfASection() throws Exception {
        Document page = BuiltSite.at("/32-kh-ubnd-2026/ii/4-5/");
        int blocks = page.select(".official-text > [id]").size();
        String json = Files.readString(BuiltSite.dir().resolve(SearchIndex.PATH));
        long entries = json.lines().filter(l -> l.startsWith("[" + sectionIndexOf(json, "/32-kh-ubnd-2026/ii/4-5/") + ",")).count();
        assertEquals(blocks + 1, entries, "paragraphs, dash headings and the section heading");
    }

    @SuppressWarnings("unchecked")
    private static int sectionIndexOf(String json, String url) {
        Map<String, Object> index = new Json().toType(json, Map.class);
        List<List<Object>> sections = (List<List<Object>>) index.get("sections");
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).get(0).equals(url)) {
                return i;
            }
        }
        throw new AssertionError(url);
    }

    @Test
    void jsonStringsAreSafe() {
        String q = SearchIndex.quote("a\"b\\c</script>\n\u2028");
        assertEquals("\"a\\\"b\\\\c\\u003c/script>\\n\\u2028\"", q);
        assertFalse(q.contains("<"));
    }
}
