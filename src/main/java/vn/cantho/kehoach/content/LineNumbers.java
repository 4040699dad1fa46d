package vn.cantho.kehoach.content;

import java.util.Arrays;

/**
 * The line of an offset in a text, in logarithmic time. flexmark's own {@code Node.getStartLineNumber()}
 * counts the line breaks from the start of the document on every call, which made rendering a body of many
 * paragraphs quadratic in its size.
 */
public final class LineNumbers {
    private final int[] breaks;

    public LineNumbers(CharSequence text) {
        int[] found = new int[16];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
            }
        }
        breaks = Arrays.copyOf(found, count);
    }

    /** 0-based line of {@code offset}: the number of line breaks before it. */
    public int lineOf(int offset) {
        int at = Arrays.binarySearch(breaks, offset);
        return at >= 0 ? at : -at - 1;
    }
}
