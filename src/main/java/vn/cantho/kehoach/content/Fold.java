package vn.cantho.kehoach.content;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese folding for matching: Unicode NFD, combining marks stripped, đ/Đ to d, lowercase; and
 * tokenizing on anything that is not a letter or digit. assets/js/text.js does exactly the same;
 * both are checked against src/test/resources/search/fold-vectors.json.
 */
public final class Fold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Fold() {
    }

    /** "Đầu tư" becomes "dau tu"; "hoá" and "hóa" both become "hoa". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        return stripped.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** Folded tokens: "Chuyển đổi số, 2025-2030" becomes [chuyen, doi, so, 2025, 2030]. */
    public static List<String> tokens(String text) {
        return Arrays.stream(NON_WORD.split(fold(text))).filter(t -> !t.isEmpty()).toList();
    }
}
