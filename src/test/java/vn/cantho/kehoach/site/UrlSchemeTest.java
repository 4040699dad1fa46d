package vn.cantho.kehoach.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.cantho.kehoach.support.BuiltSite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** URLs and ids follow the documented scheme (README, "Địa chỉ cố định") and never move. */
class UrlSchemeTest {
    /** The permanent section URLs. Adding is fine; removing or renaming one breaks citations. */
    static final List<String> PERMANENT = List.of(
            "mo-dau", "i", "ii", "ii/1", "ii/2", "ii/3", "ii/4", "ii/4-1", "ii/4-2", "ii/4-3", "ii/4-4", "ii/4-5",
            "ii/4-6", "ii/5", "ii/6", "ii/7", "ii/8", "ii/9", "ii/10", "ii/11", "iii", "ket-thuc");
    private static final Pattern URL = Pattern.compile(
            "^/(|404\\.html|tim-kiem/|cap-nhat/(trang-[0-9]+/|[a-z0-9-]+(/[a-z0-9-]+)*\\.html)?|[0-9]+-[a-z]+(-[a-z]+)*-[0-9]{4}/((mo-dau|ket-thuc|toan-van|van-ban-dan-chieu|[ivxlc]+(/[0-9]+(-[0-9]+)*)?)/(lich-su/|phien-ban/[0-9]{4}-[0-9]{2}-[0-9]{2}/)?)?)$");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern BLOCK_ID = Pattern.compile(
            "(doan-[0-9]+|khoan-[0-9]+|(khoan-[0-9]+-)?diem-[a-z]+|gach-[0-9]+|tieu-de-[0-9]+)");

    @Test
    void permanentSectionUrlsExist() {
        for (String s : PERMANENT) {
            Document doc = BuiltSite.at("/32-kh-ubnd-2026/" + s + "/");
            assertNotNull(doc.selectFirst("h1"), s);
        }
    }

    @Test
    void everyPageUrlFollowsTheScheme() {
        Set<String> urls = new HashSet<>();
        for (Path p : BuiltSite.pages()) {
            String url = BuiltSite.urlOf(p);
            assertTrue(URL.matcher(url).matches(), "URL outside the scheme: " + url);
            assertTrue(urls.add(url), "duplicate URL " + url);
        }
        assertEquals(2 * PERMANENT.size() + 7, urls.size(),
                "sections and their history pages + home, cover, full text, cited documents, search, 404, updates list");
    }

    @Test
    void idsAreUniqueAndReadableOnEveryPage() {
        for (Path p : BuiltSite.pages()) {
            Set<String> seen = new HashSet<>();
            for (Element e : BuiltSite.parse(p).select("[id]")) {
                assertTrue(ID.matcher(e.id()).matches(), p + ": unreadable id " + e.id());
                assertTrue(seen.add(e.id()), p + ": duplicate id " + e.id());
            }
        }
    }

    @Test
    void everyOfficialParagraphHasAStructuralId() {
        List<String> missing = new ArrayList<>();
        for (String s : PERMANENT) {
            for (Element block : BuiltSite.at("/32-kh-ubnd-2026/" + s + "/").select(".official-text > *")) {
                if (!BLOCK_ID.matcher(block.id()).matches()) {
                    missing.add(s + ": <" + block.tagName() + " id=" + block.id() + "> " + block.text());
                }
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void idsFollowTheOfficialNumbering() {
        Document iii = BuiltSite.at("/32-kh-ubnd-2026/iii/");
        assertTrue(iii.getElementById("khoan-1-diem-a").text().startsWith("a) Khẩn trương"));
        assertTrue(iii.getElementById("khoan-2").text().startsWith("2. Sở Văn hóa"));
        assertTrue(iii.getElementById("doan-1").text().startsWith("Căn cứ Kế hoạch này"));
        Document i = BuiltSite.at("/32-kh-ubnd-2026/i/");
        assertTrue(i.getElementById("khoan-3").text().startsWith("3. Các sở"));
        Document ii45 = BuiltSite.at("/32-kh-ubnd-2026/ii/4-5/");
        assertEquals("- Về phát triển hạ tầng giao thông", ii45.getElementById("gach-1").text());
        assertEquals("- Về phát triển hạ tầng kinh tế - xã hội khác", ii45.getElementById("gach-2").text());
        assertTrue(ii45.getElementById("doan-5").text().startsWith("Tiếp tục hoàn thiện hạ tầng các khu công nghiệp"));
        Document full = BuiltSite.at("/32-kh-ubnd-2026/toan-van/");
        assertEquals(ii45.getElementById("doan-5").text(), full.getElementById("ii-4-5-doan-5").text());
        assertNotNull(full.getElementById("ii-4-2"));
    }

    @Test
    void sectionPagesHaveBreadcrumbsPagerAndCitation() {
        Document doc = BuiltSite.at("/32-kh-ubnd-2026/ii/4-2/");
        List<String> crumbs = doc.select("nav.breadcrumbs a").eachText();
        assertEquals(List.of("Trang chủ", "Kế hoạch số 32/KH-UBND", "Mục II", "Mục II, khoản 4"), crumbs);
        assertEquals("/32-kh-ubnd-2026/ii/4-1/", doc.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("/32-kh-ubnd-2026/ii/4-3/", doc.selectFirst("a[rel=next]").attr("href"));
        assertEquals("Mục II, khoản 4.2, Kế hoạch số 32/KH-UBND ngày 22/01/2026 của Ủy ban nhân dân thành phố Cần Thơ.",
                doc.selectFirst(".citation__text").text());
        Element current = doc.selectFirst("nav.toc [aria-current=page]");
        assertEquals("/32-kh-ubnd-2026/ii/4-2/", current.attr("href"));
    }
}
