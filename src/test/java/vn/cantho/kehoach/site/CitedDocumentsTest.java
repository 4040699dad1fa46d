package vn.cantho.kehoach.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SiteLoader;
import vn.cantho.kehoach.support.BuiltSite;
import vn.cantho.kehoach.support.Project;
import vn.cantho.kehoach.support.SourceText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every document the plan cites, checked against a list made by reading the source text (lines 44-185): each
 * mention is linked, the index lists each document once with every paragraph that cites it, and linking leaves
 * the official text exactly as it was.
 */
class CitedDocumentsTest {
    private static final String DOC = "/32-kh-ubnd-2026/";
    private static final String INDEX = DOC + "van-ban-dan-chieu/";

    /** A cited document as read by hand: number, date, body, its mentions verbatim, and the places citing it. */
    private record Cited(String number, String date, String body, List<String> mentions, List<String> places) {
    }

    private static final List<Cited> BY_HAND = List.of(
            new Cited("02-CTr/TU", "28/10/2025", "Ban Chấp hành Đảng bộ thành phố", List.of(
                    "CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 02-CTR/TU, NGÀY 28 THÁNG 10 NĂM 2025",
                    "Chương trình hành động số 02-CTr/TU ngày 28 tháng 10 năm 2025",
                    "Chương trình số 02-CTr/TU ngày 28 tháng 10 năm 2025"),
                    List.of("mo-dau/#dau-van-ban", "mo-dau/#doan-1", "i/#khoan-2", "iii/#khoan-1", "ket-thuc/#doan-1")),
            new Cited("03-CTr/ĐU", "09/12/2025", "Ban Chấp hành Đảng bộ Ủy ban nhân dân thành phố", List.of(
                    "Chương trình hành động số 03-CTr/ĐU ngày 09 tháng 12 năm 2025",
                    "Chương trình hành động số 03- CTr/ĐU ngày 09 tháng 12 năm 2025"),
                    List.of("mo-dau/#doan-1", "i/#khoan-2", "iii/#khoan-1")),
            new Cited("59-NQ/TW", "05/08/2020", "Bộ Chính trị", List.of(
                    "Nghị quyết số 59-NQ/TW ngày 05 tháng 8 năm 2020"),
                    List.of("i/#khoan-3", "ii/3/#doan-2", "ii/4-5/#doan-1")),
            new Cited("45/2022/QH15", "11/01/2022", "Quốc hội", List.of(
                    "Nghị quyết số 45/2022/QH15 ngày 11 tháng 01 năm 2022"), List.of("ii/3/#doan-2")),
            new Cited("66-NQ/TW", "30/04/2025", "Bộ Chính trị", List.of(
                    "Nghị quyết số 66- NQ/TW ngày 30 tháng 4 năm 2025"), List.of("ii/3/#doan-3")),
            new Cited("13-NQ/TW", "02/04/2022", "Bộ Chính trị", List.of(
                    "Nghị quyết số 13-NQ/TW, ngày 02 tháng 4 năm 2022"), List.of("ii/4-6/#doan-1")),
            new Cited("162/2024/QH15", "27/11/2024", "Quốc hội", List.of(
                    "Nghị quyết số 162/2024/QH15 ngày 27 tháng 11 năm 2024"), List.of("ii/7/#doan-1")),
            new Cited("71-NQ/TW", "22/08/2025", "Bộ Chính trị", List.of(
                    "Nghị quyết số 71-NQ/TW ngày 22 tháng 8 năm 2025"), List.of("ii/8/#doan-1")),
            new Cited("72-NQ/TW", "09/09/2025", "Bộ Chính trị", List.of(
                    "Nghị quyết số 72-NQ/TW ngày 09 tháng 9 năm 2025"), List.of("ii/9/#doan-1")));

    /** Section pages of the plan (not the cover, full text or index). */
    private static Map<String, Document> sectionPages() {
        Map<String, Document> out = new LinkedHashMap<>();
        Site site = new SiteLoader().load(Project.root().resolve("content"));
        for (Section s : site.documents().iterator().next().sections()) {
            out.put(s.url(), BuiltSite.at(s.url()));
        }
        return out;
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    /** The id of the paragraph (or heading block) a link sits in. */
    private static String placeOf(Element link) {
        Element e = link.parent();
        while (!e.hasAttr("id")) {
            e = e.parent();
        }
        return e.id();
    }

    @Test
    void everyMentionInTheSourceIsLinkedToItsEntryAndNothingElseIs() {
        String source = String.join("\n", SourceText.paragraphs());
        Map<String, Integer> expected = new LinkedHashMap<>();
        Map<String, String> numberOf = new LinkedHashMap<>();
        for (Cited c : BY_HAND) {
            for (String m : c.mentions()) {
                int n = occurrences(source, m);
                assertTrue(n > 0, "the hand-made list quotes the source: " + m);
                expected.put(m, n);
                numberOf.put(m, c.number());
            }
        }
        assertEquals(17, expected.values().stream().mapToInt(Integer::intValue).sum(), "17 mentions in the source");
        Map<String, Integer> linked = new LinkedHashMap<>();
        Map<String, Set<String>> hrefs = new LinkedHashMap<>();
        Map<String, Set<String>> places = new LinkedHashMap<>();
        sectionPages().forEach((url, page) -> {
            for (Element a : page.select("a.cited-doc")) {
                linked.merge(a.text(), 1, Integer::sum);
                String number = numberOf.get(a.text());
                assertNotNull(number, "a link that is no citation in the hand-made list: " + a.text() + " on " + url);
                hrefs.computeIfAbsent(number, k -> new LinkedHashSet<>()).add(a.attr("href"));
                places.computeIfAbsent(number, k -> new LinkedHashSet<>()).add(url.substring(DOC.length()) + "#" + placeOf(a));
            }
        });
        assertEquals(expected, linked);
        Set<String> targets = new LinkedHashSet<>();
        for (Cited c : BY_HAND) {
            assertEquals(1, hrefs.get(c.number()).size(), "one entry for " + c.number());
            assertTrue(targets.add(hrefs.get(c.number()).iterator().next()), "entries differ: " + c.number());
            assertEquals(c.places(), List.copyOf(places.get(c.number())), c.number());
        }
        Elements full = BuiltSite.at(DOC + "toan-van/").select("a.cited-doc");
        assertEquals(17, full.size(), "the full-text page links them too");
    }

    @Test
    void theIndexListsEachCitedDocumentWithEveryCitingParagraph() {
        Document index = BuiltSite.at(INDEX);
        Elements entries = index.select("section.cited");
        assertEquals(BY_HAND.size(), entries.size());
        Map<String, String> targetOf = new LinkedHashMap<>();
        for (Element a : BuiltSite.at(DOC + "toan-van/").select("a.cited-doc")) {
            targetOf.put(a.text(), a.attr("href"));
        }
        for (int i = 0; i < BY_HAND.size(); i++) {
            Cited c = BY_HAND.get(i);
            Element entry = entries.get(i);
            assertEquals(INDEX + "#" + entry.id(), targetOf.get(c.mentions().get(c.mentions().size() - 1)));
            Map<String, String> meta = new LinkedHashMap<>();
            for (Element dt : entry.select("dt")) {
                meta.put(dt.text(), dt.nextElementSibling().text());
            }
            assertEquals(c.number(), meta.get("Số, ký hiệu"));
            assertEquals(c.date(), meta.get("Ngày ban hành"));
            assertEquals(c.body(), meta.get("Cơ quan ban hành"));
            assertEquals(c.mentions(), entry.select("dd q").eachText(), "as cited, verbatim");
            assertEquals(c.places().stream().map(p -> DOC + p).toList(), entry.select(".cited__places a").eachAttr("href"));
        }
        assertTrue(BuiltSite.at(DOC).select("a[href=" + INDEX + "]").size() == 1, "the cover links the index");
    }

    @Test
    void linkingAddsOnlyLinksTheOfficialTextStaysByteIdentical() {
        Site site = new SiteLoader().load(Project.root().resolve("content"));
        List<String> failures = new ArrayList<>();
        Set<String> sourceParagraphs = Set.copyOf(SourceText.paragraphs());
        for (Section s : site.documents().iterator().next().sections()) {
            Element original = org.jsoup.Jsoup.parseBodyFragment(s.html()).body();
            Element baked = BuiltSite.at(s.url()).selectFirst(".official-text");
            Elements links = baked.select("a.cited-doc");
            for (Element a : links) {
                assertTrue(sourceParagraphs.contains(a.parent().wholeText()), "cites inside a paragraph of the source");
                a.unwrap();
            }
            List<Element> before = original.children();
            List<Element> after = baked.children();
            assertEquals(before.size(), after.size(), s.url());
            for (int i = 0; i < before.size(); i++) {
                if (!before.get(i).outerHtml().equals(after.get(i).outerHtml())) {
                    failures.add(s.url() + "#" + before.get(i).id());
                }
            }
        }
        assertTrue(failures.isEmpty(), "changed besides the links: " + failures);
        Element subject = BuiltSite.at(DOC + "mo-dau/").selectFirst(".doc-heading__subject");
        assertEquals(SourceText.clean(52), subject.wholeText(), "the subject line of the heading block");
    }
}
