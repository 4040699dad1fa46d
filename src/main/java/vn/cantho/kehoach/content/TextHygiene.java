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
                            "invisible character U+%04X (%s) at column %d", (int) c, Character.getName(c), col + 1),
                            "delete it (it was probably pasted from Word or a PDF); it would become part of the official text"));
                    break;
                }
            }
            if (!Normalizer.isNormalized(line, Normalizer.Form.NFC)) {
                problems.add(new Problem(file, i + 1,
                        "accents on this line are stored decomposed (Unicode NFD), so exact quotes and search would not match",
                        "retype the line or save the file as composed Unicode (NFC); most editors have an option for it"));
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
