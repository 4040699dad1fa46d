package vn.cantho.kehoach.site;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.cantho.kehoach.support.BuiltSite;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real site builds from its own git history (the transcription commits are the documented baseline) and
 * shows readers when each text last changed.
 */
class HistoryRealSiteTest {
    private static final String DOC = "/32-kh-ubnd-2026/";

    @Test
    void everySectionSaysWhenItLastChangedAndLinksToItsHistory() {
        for (String s : List.of("mo-dau", "i", "ii/4-2", "iii", "ket-thuc")) {
            Document page = BuiltSite.at(DOC + s + "/");
            assertEquals("Cập nhật lần cuối: 22/01/2026 · Lịch sử thay đổi", page.selectFirst(".last-changed").text(), s);
            String history = page.selectFirst(".last-changed a").attr("href");
            assertEquals(DOC + s + "/lich-su/", history);
            assertTrue(BuiltSite.at(history).text().contains("Chưa có thay đổi nào kể từ khi văn bản được ban hành ngày 22/01/2026"));
        }
    }

    @Test
    void coverAndFullTextSayWhenTheDocumentLastChanged() {
        for (String url : List.of(DOC, DOC + "toan-van/")) {
            assertEquals("Văn bản cập nhật lần cuối: 22/01/2026", BuiltSite.at(url).selectFirst(".last-changed").text(), url);
        }
    }
}
