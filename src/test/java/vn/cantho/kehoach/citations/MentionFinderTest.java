package vn.cantho.kehoach.citations;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Vietnamese citation usage and the variants real texts have (shared/references/vn-citations.md). */
class MentionFinderTest {
    private static Mention only(String text) {
        List<Mention> all = MentionFinder.find(text);
        assertEquals(1, all.size(), () -> "one citation in: " + text + " but " + all);
        Mention m = all.get(0);
        assertEquals(text.substring(m.start(), m.end()), m.text());
        return m;
    }

    @Test
    void partyResolutionWithDateAndBody() {
        Mention m = only("thực hiện Nghị quyết số 59-NQ/TW ngày 05 tháng 8 năm 2020 của Bộ Chính trị “Về xây dựng");
        assertEquals("Nghị quyết số 59-NQ/TW ngày 05 tháng 8 năm 2020", m.text());
        assertEquals("59-NQ/TW", m.number());
        assertEquals("Nghị quyết", m.kind());
        assertTrue(m.party());
        assertEquals(LocalDate.of(2020, 8, 5), m.date());
        assertEquals("Bộ Chính trị", m.body());
    }

    @Test
    void spaceInsideTheNumberAndCommaBeforeTheDate() {
        assertEquals("66-NQ/TW", only("Nghị quyết số 66- NQ/TW ngày 30 tháng 4 năm 2025 của Bộ Chính trị về").number());
        Mention m = only("trên cơ sở Nghị quyết số 13-NQ/TW, ngày 02 tháng 4 năm 2022 của Bộ Chính trị về phương hướng");
        assertEquals("Nghị quyết số 13-NQ/TW, ngày 02 tháng 4 năm 2022", m.text());
        assertEquals(LocalDate.of(2022, 4, 2), m.date());
        assertEquals("03-CTr/ĐU", only("Chương trình hành động số 03- CTr/ĐU ngày 09 tháng 12 năm 2025").number());
    }

    @Test
    void caseDashesAndMissingWords() {
        Mention upper = only("VÀ CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 02-CTR/TU, NGÀY 28 THÁNG 10 NĂM 2025 CỦA BAN CHẤP HÀNH ĐẢNG BỘ");
        assertEquals("02-CTr/TU", upper.number());
        assertEquals("Chương trình hành động", upper.kind());
        assertEquals(LocalDate.of(2025, 10, 28), upper.date());
        assertEquals("BAN CHẤP HÀNH ĐẢNG BỘ", upper.body());
        assertEquals("06-CTr/TU", only("Chương trình số 06-Ctr/TU").number());
        assertEquals("185-KL/TW", only("Kết luận 185–KL/TW ngày06/5/2025").number(), "en dash, no 'số'");
        assertEquals(LocalDate.of(2025, 5, 6), only("Kết luận 185–KL/TW ngày06/5/2025").date());
        Mention tt = only("theo Thông tư 05/2022/TT-BNNPTNT ngày 5.8.2022");
        assertEquals("05/2022/TT-BNNPTNT", tt.number());
        assertEquals("Thông tư", tt.kind());
        assertEquals(LocalDate.of(2022, 8, 5), tt.date());
    }

    @Test
    void stateNumbers() {
        Mention nq = only("Nghị quyết số 45/2022/QH15 ngày 11 tháng 01 năm 2022 của Quốc hội về thí điểm");
        assertEquals("45/2022/QH15", nq.number());
        assertEquals("Quốc hội", nq.body());
        Mention qd = only("Quyết định số 439/QĐ-TTg ngày 24-11-2023 của Thủ tướng Chính phủ, tiếp");
        assertEquals("439/QĐ-TTg", qd.number());
        assertEquals(LocalDate.of(2023, 11, 24), qd.date());
        assertEquals("Thủ tướng Chính phủ", qd.body());
        assertEquals("Nghị định", only("Nghị định 30/2020/NĐ-CP").kind(), "kind from the words before");
        assertEquals("Nghị định", only("theo 30/2020/NĐ-CP").kind(), "kind from the type when the words are missing");
        assertEquals("30/2020/NĐ-CP", only("theo 30/2020/NĐ–CP").number());
    }

    @Test
    void numberWithoutSymbolNeedsKindAndDate() {
        Mention m = only("Kế hoạch số 155, ngày 07/7/2019 của Thành ủy Hà Nội");
        assertEquals("155", m.number());
        assertEquals("Thành ủy Hà Nội", m.body());
        assertTrue(MentionFinder.find("Kế hoạch số 155 của Thành ủy").isEmpty());
    }

    @Test
    void termAfterTheBody() {
        Mention m = only("Nghị quyết số 59-NQ/TW ngày 05 tháng 8 năm 2020 của Bộ Chính trị khóa XIII về xây dựng");
        assertEquals("Bộ Chính trị", m.body());
        assertEquals("XIII", m.term());
    }

    @Test
    void notCitations() {
        for (String s : List.of("giai đoạn 2021-2030", "2025 - 2030", "STEM/STEAM", "(VSIP - Phú Mỹ 3)",
                "ngày 05/8/2020", "công nghiệp 4.0", "dự án/chương trình trọng điểm", "Phụ lục 1 - phân công",
                "Nghị quyết Đại hội đại biểu Đảng bộ thành phố", "100% thủ tục")) {
            assertTrue(MentionFinder.find(s).isEmpty(), s);
        }
        assertNull(only("Chương trình hành động số 02-CTr/TU").date());
    }

    @Test
    void severalInOneParagraph() {
        List<Mention> all = MentionFinder.find("Chương trình hành động số 02-CTr/TU ngày 28 tháng 10 năm 2025 của Ban "
                + "Chấp hành Đảng bộ thành phố và Chương trình hành động số 03-CTr/ĐU ngày 09 tháng 12 năm 2025 của Ban "
                + "Chấp hành Đảng bộ UBND thành phố.");
        assertEquals(List.of("02-CTr/TU", "03-CTr/ĐU"), all.stream().map(Mention::number).toList());
        assertEquals("Ban Chấp hành Đảng bộ thành phố", all.get(0).body());
        assertEquals("Ban Chấp hành Đảng bộ UBND thành phố", all.get(1).body());
    }
}
