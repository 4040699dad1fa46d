package vn.cantho.kehoach.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain UTF-8 text as staff copy it from a portal page or a PDF's text layer. Blank lines separate nothing
 * of their own. Two kinds of table survive such a copy:
 * <ul>
 *   <li>rows on one line each, {@code | a | b |} (a separator row {@code |---|---|} is skipped);</li>
 *   <li>a flattened table, every cell ending with {@code |} on a line of its own and a cell's text possibly
 *       broken over several lines (the heading block and the signature of a portal copy look like that).</li>
 * </ul>
 */
final class TextReader {
    private static final Pattern SEPARATOR_ROW = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");
    /** How far ahead a line without '|' may look for the '|' that ends its cell. */
    private static final int CELL_LOOKAHEAD = 2;
    /** Longer lines are body text, never a broken cell. */
    private static final int CELL_LINE_MAX = 80;

    private TextReader() {
    }

    static List<Block> read(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                i++;
            } else if (isRowLine(line)) {
                int start = i;
                List<List<List<String>>> rows = new ArrayList<>();
                while (i < lines.length && isRowLine(lines[i].strip())) {
                    String row = lines[i].strip();
                    if (!SEPARATOR_ROW.matcher(row).matches()) {
                        rows.add(splitRow(row));
                    }
                    i++;
                }
                blocks.add(new Block.Grid(rows, start + 1, false));
            } else if (inFlattenedCell(lines, i)) {
                int start = i;
                List<List<String>> cells = new ArrayList<>();
                List<String> cell = new ArrayList<>();
                while (i < lines.length && inFlattenedCell(lines, i)) {
                    String l = lines[i].strip();
                    if (l.endsWith("|")) {
                        String before = l.substring(0, l.length() - 1).strip();
                        if (!before.isEmpty()) {
                            cell.add(before);
                        }
                        cells.add(cell);
                        cell = new ArrayList<>();
                    } else {
                        cell.add(l);
                    }
                    i++;
                }
                blocks.add(new Block.Grid(List.of(cells), start + 1, true));
            } else {
                blocks.add(new Block.Line(line, i + 1, false));
                i++;
            }
        }
        return blocks;
    }

    /** A one-line table row: starts with '|' and holds more than the bar. */
    private static boolean isRowLine(String line) {
        return line.startsWith("|") && line.length() > 1 && line.endsWith("|");
    }

    /** Ends a flattened cell, or is a short line whose cell ends on one of the next lines. */
    private static boolean inFlattenedCell(String[] lines, int i) {
        String line = lines[i].strip();
        if (line.isEmpty() || isRowLine(line)) {
            return false;
        }
        if (line.endsWith("|")) {
            return true;
        }
        for (int j = i; j <= i + CELL_LOOKAHEAD && j < lines.length; j++) {
            String l = lines[j].strip();
            if (l.isEmpty() || isRowLine(l) || l.length() > CELL_LINE_MAX && !l.endsWith("|")) {
                return false;
            }
            if (l.endsWith("|")) {
                return true;
            }
        }
        return false;
    }

    /** "| a | b \| c |" into its cells, an escaped bar kept as a bar. */
    private static List<List<String>> splitRow(String row) {
        String inner = row.substring(1, row.length() - 1);
        List<List<String>> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int k = 0; k < inner.length(); k++) {
            char c = inner.charAt(k);
            if (c == '\\' && k + 1 < inner.length() && inner.charAt(k + 1) == '|') {
                cell.append('|');
                k++;
            } else if (c == '|') {
                cells.add(List.of(cell.toString().strip()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(List.of(cell.toString().strip()));
        return cells;
    }
}
