package vn.cantho.kehoach.search;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;
import vn.cantho.kehoach.content.Fold;
import vn.cantho.kehoach.support.BuiltSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The split index holds what the whole one holds, each piece where a query looks for it (ranking
 * equality itself is proved in Chromium by SearchShardsBrowserTest).
 */
class SearchShardsTest {
    @SuppressWarnings("unchecked")
    private static <T> T read(String path) throws Exception {
        return (T) new Json().toType(Files.readString(BuiltSite.dir().resolve(path)), Object.class);
    }

    @Test
    void readersFetchTheWholeIndexOnlyWhileItIsSmallGzipped() throws Exception {
        byte[] real = Files.readAllBytes(BuiltSite.dir().resolve(SearchIndex.PATH));
        long gzip = vn.cantho.kehoach.support.Gzip.size(BuiltSite.dir().resolve(SearchIndex.PATH));
        assertEquals(gzip <= SearchShards.WHOLE_INDEX_GZIP_BYTES, SearchShards.readWhole(real), gzip + " B gz");
        Map<String, Object> common = read(SearchShards.COMMON);
        assertEquals(SearchShards.readWhole(real), Boolean.TRUE.equals(common.get("whole")), "the common file says so");
        // Random bytes do not gzip: 30 KB of them are too big; a few hundred are not.
        byte[] noise = new byte[30 * 1024];
        new java.util.Random(19).nextBytes(noise);
        assertEquals(false, SearchShards.readWhole(noise));
        assertEquals(true, SearchShards.readWhole(java.util.Arrays.copyOf(noise, 500)));
        assertEquals(false, SearchShards.readWhole(new byte[9 * SearchShards.WHOLE_INDEX_GZIP_BYTES]), "too big to try");
    }

    @Test
    @SuppressWarnings("unchecked")
    void textChunksAreTheWholeIndexsParagraphsInOrder() throws Exception {
        Map<String, Object> whole = read(SearchIndex.PATH);
        Map<String, Object> common = read(SearchShards.COMMON);
        List<List<Object>> sections = (List<List<Object>>) whole.get("sections");
        List<String> expected = new ArrayList<>();
        for (List<Object> d : (List<List<Object>>) whole.get("docs")) {
            List<Object> s = sections.get(((Number) d.get(0)).intValue());
            expected.add(s.subList(0, 4) + " " + d.get(1) + " " + d.get(2));
        }
        List<String> split = new ArrayList<>();
        List<Number> sizes = (List<Number>) common.get("texts");
        for (int c = 0; c < sizes.size(); c++) {
            Map<String, Object> chunk = read(SearchShards.DIR + "d" + c + ".json");
            List<List<Object>> docs = (List<List<Object>>) chunk.get("docs");
            assertEquals(sizes.get(c).intValue(), docs.size(), "chunk " + c);
            for (List<Object> d : docs) {
                List<Object> s = ((List<List<Object>>) chunk.get("sections")).get(((Number) d.get(0)).intValue());
                split.add(s + " " + d.get(1) + " " + d.get(2));
            }
        }
        assertEquals(expected, split);
        assertEquals(expected.size(), ((Number) common.get("count")).intValue());
        assertTrue(sizes.size() > 5, "texts come in chunks: " + sizes.size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyWordIsInTheShardOfItsLongestKeyWithEveryOccurrence() throws Exception {
        Map<String, Object> whole = read(SearchIndex.PATH);
        Map<String, Integer> occurrences = new HashMap<>();
        for (List<Object> d : (List<List<Object>>) whole.get("docs")) {
            for (String w : Fold.tokens((String) d.get(2))) {
                occurrences.merge(w, 1, Integer::sum);
            }
        }
        Map<String, Object> common = read(SearchShards.COMMON);
        List<String> keys = (List<String>) common.get("terms");
        Map<String, Integer> found = new HashMap<>();
        for (int k = 0; k < keys.size(); k++) {
            Path shard = BuiltSite.dir().resolve(SearchShards.DIR + "t" + k + ".json");
            assertTrue(Files.size(shard) <= SearchShards.TERM_SHARD_BYTES + 200 || ((List<?>) read(SearchShards.DIR + "t" + k + ".json")).size() == 1,
                    "a shard over the size is one term: " + shard);
            for (List<Object> term : (List<List<Object>>) read(SearchShards.DIR + "t" + k + ".json")) {
                String t = (String) term.get(0);
                String longest = keys.stream().filter(t::startsWith).reduce("", (a, b) -> b.length() > a.length() ? b : a);
                assertEquals(keys.get(k), longest, t);
                List<Number> postings = (List<Number>) term.get(3);
                int n = 0;
                for (int i = 0; i < postings.size(); i += 4 + postings.get(i + 3).intValue()) {
                    n += postings.get(i + 3).intValue();
                }
                assertEquals(null, found.put(t, n), "one shard per term: " + t);
            }
        }
        assertEquals(occurrences, found);
    }
}
