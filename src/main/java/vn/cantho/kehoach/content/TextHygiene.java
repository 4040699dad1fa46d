package vn.cantho.kehoach.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Catches text that looks right in an editor but is not: invisible characters pasted from Word or PDF
 * and accents stored decomposed (NFD, common in text copied on a Mac or from a PDF), which would break
 * exact quotation and search.
 *
 * <p>Invisible means every format character (Unicode category Cf: zero-width space, soft hyphen, word
 * joiner, byte order mark, the bidirectional marks, embeddings, overrides and isolates U+200E, U+200F,
 * U+202A-U+202E, U+2066-U+2069, ...), every control character but the tab, and the Unicode line and
 * paragraph separators. None is spared: Vietnamese is written in Latin script with precomposed letters
 * and needs no format character. Even the zero-width joiner and non-joiner (U+200D, U+200C), which only
 * shape joining scripts (Arabic, Indic) and emoji sequences, would only split a Vietnamese word invisibly,
 * so that quotation and search no longer match it.
 */
public final class TextHygiene {
    private TextHygiene() {
    }

    /** One problem per offending line, naming the first invisible character and its column (1-based, in UTF-16 units). */
    public static List<Problem> check(String file, String text) {
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (int col = 0; col < line.length(); col += Character.charCount(line.codePointAt(col))) {
                int c = line.codePointAt(col);
                if (invisible(c)) {
                    problems.add(new Problem(file, i + 1, String.format("ký tự vô hình U+%04X (%s)%s ở cột %d", c,
                            Character.getName(c), bidi(c) ? ", một dấu điều khiển hướng chữ," : "", col + 1),
                            "xóa ký tự này (thường do dán từ Word hoặc PDF); nếu để lại nó sẽ thành một phần của văn bản"));
                    break;
                }
            }
            if (!Normalizer.isNormalized(line, Normalizer.Form.NFC)) {
                problems.add(new Problem(file, i + 1,
                        "dấu tiếng Việt ở dòng này được lưu dạng tổ hợp rời (Unicode NFD), trích dẫn và tìm kiếm sẽ không khớp",
                        "gõ lại dòng này hoặc lưu tệp theo Unicode dựng sẵn (NFC); phần lớn trình soạn thảo có tùy chọn này"));
            }
        }
        return problems;
    }

    /** Whether a code point is invisible in the sense above. */
    public static boolean invisible(int c) {
        return switch (Character.getType(c)) {
            case Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            case Character.CONTROL -> c != '\t';
            default -> false;
        };
    }

    /** The bidirectional controls: marks, embeddings and overrides, isolates, and the Arabic letter mark. */
    static boolean bidi(int c) {
        return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x061C;
    }
}
