package vn.cantho.kehoach.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugsTest {
    @Test
    void foldsVietnameseForSlugs() {
        assertEquals("chuyen doi so", Fold.fold("Chuyển đổi số"));
        assertEquals("dau tu cong", Fold.fold("ĐẦU TƯ CÔNG"));
        assertEquals(Fold.fold("hoá"), Fold.fold("hóa"));
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
