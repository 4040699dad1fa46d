package vn.cantho.kehoach.importer;

import vn.cantho.kehoach.support.SourceText;

import java.util.List;

/** The plan's document part in the seed (test resource): from the heading block (line 44) to the signature (189). */
final class SeedText {
    static final int FIRST = 44;
    static final int LAST = 189;
    /** Indexes into {@link #document()}: the kind line, the subject line, the first line after the body. */
    static final int KIND = 51 - FIRST;
    static final int SUBJECT = 52 - FIRST;
    static final int BODY_END = 186 - FIRST;

    private SeedText() {
    }

    static List<String> document() {
        return lines(FIRST, LAST);
    }

    /** Seed lines from..to (1-based, inclusive). */
    static List<String> lines(int from, int to) {
        return SourceText.lines().subList(from - 1, to);
    }

    static String text(int from, int to) {
        return String.join("\n", lines(from, to)) + "\n";
    }
}
