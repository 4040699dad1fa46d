package vn.cantho.kehoach.content;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invisible characters are refused with line and column; Vietnamese text itself never is. */
class TextHygieneTest {
    /** Every bidirectional control: marks, embeddings and overrides, isolates, and the Arabic letter mark. */
    static List<Integer> directionControls() {
        List<Integer> out = new ArrayList<>(List.of(0x200E, 0x200F, 0x061C));
        for (int c = 0x202A; c <= 0x202E; c++) {
            out.add(c);
        }
        for (int c = 0x2066; c <= 0x2069; c++) {
            out.add(c);
        }
        return out;
    }

    private static Problem refused(int c) {
        String text = "---\ntitle: \"x\"\n---\n\nĐoạn" + Character.toString(c) + " hai.\n";
        List<Problem> problems = TextHygiene.check("f.md", text);
        assertEquals(1, problems.size(), String.format("U+%04X: %s", c, problems));
        Problem p = problems.get(0);
        assertEquals(5, p.line());
        assertTrue(p.what().startsWith(String.format("ký tự vô hình U+%04X (", c)), p.what());
        assertTrue(p.what().endsWith("ở cột 5"), p.what());
        return p;
    }

    @Test
    void everyDirectionControlIsRefusedAndNamedSo() {
        List<Integer> controls = directionControls();
        assertEquals(12, controls.size());
        for (int c : controls) {
            assertTrue(refused(c).what().contains("dấu điều khiển hướng chữ"), Integer.toHexString(c));
        }
    }

    @Test
    void otherFormatCharactersAreRefusedToo() {
        // zero-width space, non-joiner, joiner, word joiner, soft hyphen, BOM inside the text, invisible
        // times, Mongolian vowel separator, interlinear annotation anchor, a tag character (outside the BMP)
        for (int c : List.of(0x200B, 0x200C, 0x200D, 0x2060, 0x00AD, 0xFEFF, 0x2062, 0x180E, 0xFFF9, 0xE0041)) {
            assertEquals(Character.FORMAT, Character.getType(c), Integer.toHexString(c));
            assertTrue(!refused(c).what().contains("hướng chữ"), Integer.toHexString(c));
        }
    }

    @Test
    void everyFormatCharacterOfUnicodeIsInvisible() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (Character.getType(c) == Character.FORMAT) {
                assertTrue(TextHygiene.invisible(c), Integer.toHexString(c));
            }
        }
    }

    @Test
    void separatorsAndControlsButTheTab() {
        for (int c : List.of(0x2028, 0x2029, 0x0007, 0x007F, 0x0085)) {
            refused(c);
        }
        assertEquals(List.of(), TextHygiene.check("f.md", "a\tb\n"));
    }

    @Test
    void vietnameseTextPasses() {
        String all = "Ăn ắ ằ ẳ ẵ ặ Â ấ ầ ẩ ẫ ậ Đ đ Ê ế ề ể ễ ệ Ô ố ồ ổ ỗ ộ Ơ ớ ờ ở ỡ ợ Ư ứ ừ ử ữ ự Ỳ ý ỷ ỹ ỵ "
                + "Ủy ban nhân dân thành phố Cần Thơ – \"Kế hoạch\" số 32/KH-UBND… §1 № 2 ½ € ©";
        assertEquals(List.of(), TextHygiene.check("f.md", all + "\n" + all.toUpperCase() + "\n"));
    }

    @Test
    void theColumnCountsFromOneAfterAWideCharacter() {
        Problem p = TextHygiene.check("f.md", "😀a\u200Eb").get(0);
        assertTrue(p.what().endsWith("ở cột 4"), p.what());
    }
}
