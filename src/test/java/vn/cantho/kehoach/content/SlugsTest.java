package vn.cantho.kehoach.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugsTest {
    @Test
    void foldsVietnamese() {
        assertEquals("chuyen doi so", Slugs.fold("Chuyển đổi số"));
        assertEquals("dau tu cong", Slugs.fold("ĐẦU TƯ CÔNG"));
        assertEquals(Slugs.fold("hoá"), Slugs.fold("hóa"));
    }

    @Test
    void slugRule() {
        assertTrue(Slugs.isSlug("4-2"));
        assertTrue(Slugs.isSlug("32-kh-ubnd-2026"));
        assertFalse(Slugs.isSlug("Muc-II"));
        assertFalse(Slugs.isSlug("muc--ii"));
        assertFalse(Slugs.isSlug("mục-ii"));
        assertEquals("muc-ii-4-2", Slugs.suggest("Mục II 4.2"));
    }
}
