package vn.cantho.kehoach.importer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Official text written as Markdown that renders to exactly that text: a paragraph, a "##" dash heading, a
 * pipe table with its caption. Only what CommonMark would read as markup is escaped: a leading "1." or "1)"
 * (an ordered list: {@code 1\.}), a leading "-", "+", "*" (a bullet list: {@code \-}), "#", "&gt;", "|" (a table row)
 * and inline emphasis, code, link and HTML characters.
 */
final class MarkdownText {
    private static final Pattern LIST_NUMBER = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>&])");

    private MarkdownText() {
    }

    /** A paragraph of official text. */
    static String paragraph(String text) {
        // '|' too: a paragraph starting with it (a table row pasted into Word as text) would read as a broken table.
        String s = INLINE.matcher(text).replaceAll("\\\\$1").replace("|", "\\|");
        var m = LIST_NUMBER.matcher(s);
        if (m.find()) {
            return m.group(1) + "\\" + m.group(2) + s.substring(m.end());
        }
        if (s.matches("^[-+=~](\\s.*|$)") || s.startsWith("#")) {
            return "\\" + s;
        }
        return s;
    }

    /** A dash sub-heading ("- Về ..."), which the site gives the id gach-N. */
    static String dashHeading(String text) {
        return "## " + paragraph(text);
    }

    /**
     * A GitHub-flavoured pipe table: the first row as header, one line per row, '|' in a cell escaped, then the
     * caption line "[...]" (flexmark's table caption), when there is one.
     */
    static String table(List<List<String>> rows, String caption) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            out.append(row(rows.get(r), columns)).append('\n');
            if (r == 0) {
                out.append("|").append(" --- |".repeat(columns)).append('\n');
            }
        }
        if (caption != null) {
            out.append('[').append(cell(caption)).append("]\n");
        }
        return out.toString().stripTrailing();
    }

    private static String row(List<String> cells, int columns) {
        StringBuilder out = new StringBuilder("|");
        for (int c = 0; c < columns; c++) {
            String text = c < cells.size() ? cell(cells.get(c)) : "";
            out.append(' ').append(text).append(text.isEmpty() ? "|" : " |");
        }
        return out.toString();
    }

    /** A cell's text: inline markup escaped, '|' as "\|" (a table cell cannot start a list or heading). */
    private static String cell(String text) {
        return INLINE.matcher(text).replaceAll("\\\\$1").replace("|", "\\|");
    }

    /** A YAML double-quoted scalar. */
    static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
