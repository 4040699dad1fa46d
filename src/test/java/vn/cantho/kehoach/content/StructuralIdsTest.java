package vn.cantho.kehoach.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StructuralIdsTest {
    private static List<String> ids(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        StructuralIds.assign(body, "");
        return body.children().stream().map(Element::id).toList();
    }

    @Test
    void derivesIdsFromTheOfficialNumbering() {
        assertEquals(List.of("doan-1", "khoan-1", "khoan-1-diem-a", "khoan-1-diem-dd", "khoan-2", "doan-2"),
                ids("<p>Căn cứ:</p><p>1. Một</p><p>a) A</p><p>đ) Đ</p><p>2. Hai</p><p>Cuối.</p>"));
    }

    @Test
    void dashHeadingsAndOtherHeadings() {
        assertEquals(List.of("gach-1", "doan-1", "gach-2", "tieu-de-1"),
                ids("<h2>- Về giao thông</h2><p>X</p><h2>- Về khác</h2><h2>Khác</h2>"));
    }

    @Test
    void pointWithoutKhoanAndNumbersThatAreNotKhoan() {
        assertEquals(List.of("diem-a", "doan-1", "doan-2"),
                ids("<p>a) A</p><p>4.1. Không phải khoản</p><p>100% thủ tục</p>"));
    }

    @Test
    void reportsDuplicates() {
        Element body = Jsoup.parseBodyFragment("<p>1. A</p><p>1. B</p>").body();
        assertEquals(List.of("khoan-1"), StructuralIds.assign(body, ""));
    }

    @Test
    void fullTextPrefixesIdsAndLowersHeadings() {
        String html = StructuralIds.forFullText("<h2 id=\"gach-1\">- X</h2><p id=\"doan-1\"><a href=\"#gach-1\">x</a></p>",
                "ii-4-5", 5);
        Element body = Jsoup.parseBodyFragment(html).body();
        assertEquals("ii-4-5-gach-1", body.selectFirst("h5").id());
        assertEquals("#ii-4-5-gach-1", body.selectFirst("a").attr("href"));
        assertTrue(body.select("h2").isEmpty());
    }
}
