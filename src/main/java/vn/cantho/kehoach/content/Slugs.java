package vn.cantho.kehoach.content;

import java.util.regex.Pattern;

/** The slug rule for file names and ids, and slug suggestions for Vietnamese names. */
public final class Slugs {
    /** A path segment or id: lowercase ASCII letters and digits, words joined by single hyphens. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {
    }

    /** A slug suggestion for any text: "Mục II.md" becomes "muc-ii-md". */
    public static String suggest(String text) {
        String s = Fold.fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "ten-tep" : s;
    }

    public static boolean isSlug(String s) {
        return SLUG.matcher(s).matches();
    }
}
