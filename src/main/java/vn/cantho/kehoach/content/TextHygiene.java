package vn.cantho.kehoach.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Catches text that looks right in an editor but is not: invisible characters pasted from Word or PDF
 * (zero-width spaces, soft hyphens, control characters) and accents stored decomposed (NFD, common in
 * text copied on a Mac or from a PDF), which would break exact quotation and search.
 */
public final class TextHygiene {
    private TextHygiene() {
    }

    /** One problem per offending line. */
    public static List<Problem> check(String file, String text) {
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (int col = 0; col < line.length(); col++) {
                char c = line.charAt(col);
                if (invisible(c)) {
                    problems.add(new Problem(file, i + 1, String.format(
                            "ký tự vô hình U+%04X (%s) ở cột %d", (int) c, Character.getName(c), col + 1),
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

    private static boolean invisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || c == '\u202A' || c == '\u202B' || c == '\u202C' || c == '\u202D' || c == '\u202E'
                || (c < 0x20 && c != '\t') || c == 0x7F;
    }
}
