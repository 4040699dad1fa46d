package vn.cantho.kehoach.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folding of Vietnamese text to plain lowercase ASCII, and the slug rule for file names and ids. */
public final class Slugs {
    /** A path segment or id: lowercase ASCII letters and digits, words joined by single hyphens. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Slugs() {
    }

    /** NFD, strip combining marks, đ/Đ to d, lowercase: "Đầu tư" becomes "dau tu". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        return stripped.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** A slug suggestion for any text: "Mục II.md" becomes "muc-ii-md". */
    public static String suggest(String text) {
        String s = fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "ten-tep" : s;
    }

    public static boolean isSlug(String s) {
        return SLUG.matcher(s).matches();
    }
}
