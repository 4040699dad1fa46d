package vn.cantho.kehoach.history;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The history compares a table as readers see it: row by row, cells apart, Markdown layout ignored. */
class TableHistoryTest {
    private static final String TABLE = """
            | STT | Chỉ tiêu | Năm 2026 |
            | --- | --- | ---: |
            | 1 | Tỷ lệ hồ sơ trực tuyến | 80 |
            | 2 | Số điểm Wi-Fi | 103 |
            [Bảng 1. Chỉ tiêu]
            """;

    @Test
    void eachRowIsABlockOfTheComparedText() {
        assertEquals(List.of("Bảng 1. Chỉ tiêu | STT | Chỉ tiêu | Năm 2026", "1 | Tỷ lệ hồ sơ trực tuyến | 80",
                "2 | Số điểm Wi-Fi | 103"), List.of(OfficialText.of(TABLE).plain().split(DiffHtml.PARAGRAPH)));
    }

    @Test
    void realigningTheColumnsIsNotAChangeButACellIs() {
        String realigned = """
                | STT | Chỉ tiêu               | Năm 2026 |
                |-----|------------------------|---------:|
                | 1   | Tỷ lệ hồ sơ trực tuyến |       80 |
                | 2   | Số điểm Wi-Fi          |      103 |
                [Bảng 1. Chỉ tiêu]
                """;
        assertTrue(OfficialText.of(TABLE).sameTextAs(OfficialText.of(realigned)));
        OfficialText changed = OfficialText.of(TABLE.replace("| 80 |", "| 85 |"));
        assertFalse(OfficialText.of(TABLE).sameTextAs(changed));
        assertTrue(changed.plain().contains("1 | Tỷ lệ hồ sơ trực tuyến | 85"), changed.plain());
    }
}
