package vn.cantho.kehoach.content;

import org.junit.jupiter.api.Test;
import vn.cantho.kehoach.support.Vectors;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Java folding against the shared vectors (SearchBrowserTest runs the same vectors in Chromium). */
class FoldTest {
    @Test
    void sharedVectors() {
        List<List<Object>> vectors = Vectors.all();
        assertTrue(vectors.size() >= 15);
        for (List<Object> v : vectors) {
            String input = (String) v.get(0);
            assertEquals(v.get(1), Fold.fold(input), "fold(" + input + ")");
            assertEquals(v.get(2), Fold.tokens(input), "tokens(" + input + ")");
        }
    }

    @Test
    void toneMarkPlacementVariantsFoldTheSame() {
        assertEquals(Fold.fold("hoá"), Fold.fold("hóa"));
        assertEquals(Fold.fold("thuỷ"), Fold.fold("thủy"));
        assertEquals("d", Fold.fold("đ"));
        assertEquals("d", Fold.fold("Đ"));
    }
}
