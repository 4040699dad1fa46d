package vn.cantho.kehoach.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.cantho.kehoach.support.BuiltSite;
import vn.cantho.kehoach.support.SourceText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The official text is on the site verbatim, once per section page and whole on the full-text page. */
class OfficialTextTest {
    private static final String DOC = "/32-kh-ubnd-2026/";

    /** Section pages: every page of the document but its cover and full text. */
    private static Map<String, Document> sectionPages() {
        Map<String, Document> out = new LinkedHashMap<>();
        for (Path p : BuiltSite.pages()) {
            String url = BuiltSite.urlOf(p);
            if (url.startsWith(DOC) && !url.equals(DOC) && !url.equals(DOC + "toan-van/")
                    && !url.contains("/lich-su/") && !url.contains("/phien-ban/")
                    && !url.equals(DOC + "van-ban-dan-chieu/")) {
                out.put(url, BuiltSite.parse(p));
            }
        }
        return out;
    }

    /** Elements whose whole text is exactly {@code text} (innermost only). */
    private static List<Element> exact(Document doc, String text) {
        List<Element> out = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            if (e.text().equals(text) && e.children().stream().noneMatch(c -> c.text().equals(text))) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void sectionPagesAreTheWholeDocument() {
        assertEquals(22, sectionPages().size(), "preamble, I, II, II.1-11, II.4.1-6, III, closing");
    }

    @Test
    void everyParagraphIsOnExactlyOneSectionPage() {
        Map<String, Document> pages = sectionPages();
        List<String> paragraphs = SourceText.paragraphs();
        assertEquals(139, paragraphs.size(), "lines 45-185 of the source, less empty cells");
        List<String> failures = new ArrayList<>();
        for (String para : paragraphs) {
            List<String> where = new ArrayList<>();
            pages.forEach((url, doc) -> exact(doc, para).forEach(e -> where.add(url)));
            if (where.size() != 1) {
                failures.add(where.size() + "x " + where + ": " + para.substring(0, Math.min(70, para.length())));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyParagraphIsOnTheFullTextPageOnce() {
        Document full = BuiltSite.at(DOC + "toan-van/");
        List<String> failures = new ArrayList<>();
        for (String para : SourceText.paragraphs()) {
            int n = exact(full, para).size();
            if (n != 1) {
                failures.add(n + "x: " + para.substring(0, Math.min(70, para.length())));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void fullTextKeepsTheOfficialOrder() {
        String text = BuiltSite.at(DOC + "toan-van/").select("article").text();
        int at = -1;
        for (String para : SourceText.paragraphs()) {
            int next = text.indexOf(para, at + 1);
            assertTrue(next > at, "out of order or missing: " + para.substring(0, Math.min(60, para.length())));
            at = next;
        }
    }

    @Test
    void signatureBlockAsFarAsTheSourceHasIt() {
        Document closing = BuiltSite.at(DOC + "ket-thuc/");
        assertEquals(1, exact(closing, "TM. ỦY BAN NHÂN DÂN").size());
        assertEquals(1, exact(closing, "Nguyễn Văn Hòa").size());
        assertEquals(1, exact(BuiltSite.at(DOC + "toan-van/"), "TM. ỦY BAN NHÂN DÂN").size());
    }

    @Test
    void appendicesAreSaidToBeMissingNotInvented() {
        Document closing = BuiltSite.at(DOC + "ket-thuc/");
        assertTrue(closing.select(".notice").text().contains("chưa được đăng trên trang này"));
    }

    @Test
    void metadataComesFromTheSourceTable() {
        Document cover = BuiltSite.at(DOC);
        Map<String, String> rows = cover.select("table.meta tr").stream()
                .collect(Collectors.toMap(r -> r.selectFirst("th").text(), r -> r.selectFirst("td").text()));
        for (int n = 2; n <= 8; n++) {
            String[] cells = SourceText.lines().get(n - 1).split("\\|");
            assertEquals(cells[2].strip(), rows.get(cells[1].strip()), "metadata row " + cells[1]);
        }
        assertEquals(SourceText.clean(1), cover.selectFirst("h1").text());
    }

    @Test
    void noScrapingArtefactAnywhere() throws Exception {
        Set<String> complete = Set.copyOf(SourceText.paragraphs());
        List<String> truncated = new ArrayList<>();
        for (int n = 9; n <= 43; n++) {
            String s = SourceText.clean(n);
            if (!s.isEmpty() && !complete.contains(s)) {
                truncated.add(s);
            }
        }
        assertFalse(truncated.isEmpty());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(BuiltSite.dir())) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (!(name.endsWith(".html") || name.endsWith(".js") || name.endsWith(".json") || name.endsWith(".css"))) {
                continue;
            }
            String raw = Files.readString(f);
            assertFalse(raw.contains("Đăng xuất"), f + " has site junk");
            assertFalse(raw.contains("Việc làm Hồ Chí Minh"), f + " has site junk");
            if (name.endsWith(".html")) {
                Document doc = BuiltSite.parse(f);
                assertFalse(doc.body().text().contains("|"), f + " has a table pipe");
                for (String t : truncated) {
                    assertTrue(exact(doc, t).isEmpty(), f + " has the truncated duplicate line: " + t);
                }
            }
        }
    }

    @Test
    void noTypographicSubstitution() throws Exception {
        String source = String.join("\n", SourceText.lines().subList(43, 185));
        for (Path p : BuiltSite.pages()) {
            String text = BuiltSite.parse(p).select(".official-text").text();
            for (String c : List.of("\u2014", "\u2018", "\u2019", "\u201A", "\u00AB", "\u00BB")) {
                if (!source.contains(c)) {
                    assertFalse(text.contains(c), p + " has a typographic character the source lacks: " + c);
                }
            }
        }
    }
}
