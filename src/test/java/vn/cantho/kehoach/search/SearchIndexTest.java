package vn.cantho.kehoach.search;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;
import vn.cantho.kehoach.support.BuiltSite;
import vn.cantho.kehoach.support.SourceText;
import vn.cantho.kehoach.support.TableSite;

import java.nio.file.Files;
import java.util.ArrayList;
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

    @SuppressWarnings("unchecked")
    private static List<List<Object>> docs() throws Exception {
        return (List<List<Object>>) index().get("docs");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyEntryPointsAtAnElementOfItsSection() throws Exception {
        Map<String, Object> index = index();
        List<List<Object>> sections = (List<List<Object>>) index.get("sections");
        Set<String> targets = new HashSet<>();
        for (List<Object> d : docs()) {
            List<Object> section = sections.get(((Number) d.get(0)).intValue());
            String url = (String) section.get(0);
            Object number = section.get(3);
            assertTrue(number == null || url.endsWith("/" + ((String) number).toLowerCase().replaceFirst("\\.", "/")
                    .replace('.', '-') + "/"), "official number matches the address: " + number + " " + url);
            String id = (String) d.get(1);
            assertTrue(targets.add(url + "#" + id), "duplicate entry " + url + "#" + id);
            assertNotNull(BuiltSite.at(url).getElementById(id), url + "#" + id);
        }
    }

    /**
     * Read in order, the entries are the source text of the plan (src/test/resources/source), each
     * paragraph once: the heading block is one entry of several source lines, the signature block one
     * entry of the scrape's signature, and the only entries not in the source are the two site titles of
     * the parts without an official heading.
     */
    @Test
    void theEntriesAreTheSourceTextInReadingOrder() throws Exception {
        List<String> source = SourceText.paragraphs();
        List<String> notOfficial = new ArrayList<>(List.of("Phần mở đầu", "Phần kết thúc"));
        String signature = String.join(" ", SourceText.signature());
        int next = 0;
        for (List<Object> d : docs()) {
            String text = (String) d.get(2);
            if (notOfficial.remove(text)) {
                assertEquals("tieu-de", d.get(1), text);
                continue;
            }
            if (d.get(1).equals("chu-ky")) {
                assertEquals(signature, text);
                continue;
            }
            assertTrue(next < source.size(), "more entries than source paragraphs: " + text);
            StringBuilder run = new StringBuilder(source.get(next++));
            while (!run.toString().equals(text) && text.startsWith(run + " ") && next < source.size()) {
                run.append(' ').append(source.get(next++));
            }
            assertEquals(run.toString(), text, "entry " + d.get(0) + " " + d.get(1));
        }
        assertEquals(List.of(), notOfficial, "each part without an official heading has its title entry");
        assertEquals(source.size(), next, "every source paragraph is in the index");
    }

    @Test
    void headingBlockIsOneEntryOfTheSourceLines() throws Exception {
        String block = docs().stream().filter(d -> d.get(1).equals("dau-van-ban")).map(d -> (String) d.get(2))
                .findFirst().orElseThrow();
        assertEquals(String.join(" ", SourceText.paragraphs().subList(0, 6)), block);
        assertTrue(block.startsWith("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 32/KH-UBND"), block);
    }

    @Test
    void oneEntryPerParagraphOfASection() throws Exception {
        // Section II.4.5 in the source: its heading line up to the heading of 4.6.
        List<String> source = SourceText.paragraphs();
        int from = indexStartingWith(source, "4.5. ");
        int to = indexStartingWith(source, "4.6. ");
        String json = Files.readString(BuiltSite.dir().resolve(SearchIndex.PATH));
        int section = sectionIndexOf(json, "/32-kh-ubnd-2026/ii/4-5/");
        long entries = docs().stream().filter(d -> ((Number) d.get(0)).intValue() == section).count();
        assertEquals(to - from, entries, "the heading and every paragraph and dash heading of the source");
    }

    private static int indexStartingWith(List<String> paragraphs, String prefix) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError(prefix);
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

    /** A table is found by its cells: one entry for its caption and columns, one per row under the row's anchor. */
    @Test
    @SuppressWarnings("unchecked")
    void aTableIsSearchableRowByRow() throws Exception {
        Map<String, Object> index = new Json().toType(Files.readString(TableSite.dir().resolve(SearchIndex.PATH)), Map.class);
        List<List<Object>> sections = (List<List<Object>>) index.get("sections");
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        for (List<Object> d : (List<List<Object>>) index.get("docs")) {
            entries.put(sections.get(((Number) d.get(0)).intValue()).get(0) + "#" + d.get(1), (String) d.get(2));
        }
        assertEquals("Bảng 1. Chỉ tiêu chuyển đổi số năm 2026 | STT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Cơ quan chủ trì",
                entries.get("/kh-1/i/#bang-1"));
        assertEquals("2 | Số điểm phát sóng Wi-Fi công cộng miễn phí theo Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ"
                + " Chính trị | điểm | 103 | Ủy ban nhân dân các xã, phường", entries.get("/kh-1/i/#bang-1-dong-2"));
        assertEquals("3 | Tỷ lệ người dân có danh tính số | chữ ký số |  | 90 | Công an thành phố",
                entries.get("/kh-1/i/#bang-1-dong-3"));
        assertEquals(List.of("/kh-1/i/#khoan-1", "/kh-1/i/#bang-1", "/kh-1/i/#bang-1-dong-1", "/kh-1/i/#bang-1-dong-2",
                        "/kh-1/i/#bang-1-dong-3", "/kh-1/i/#doan-1"),
                entries.keySet().stream().filter(k -> k.startsWith("/kh-1/i/#") && !k.endsWith("#tieu-de")
                        && !k.endsWith("#dau-van-ban")).toList(), "reading order");
    }
}
