package vn.cantho.kehoach.importer;

import java.util.List;

/**
 * What a reader makes of its input, whatever the format: lines of text and tables, in document order.
 * The classifier ({@link PlanParser}) works on these only.
 */
public sealed interface Block {
    /** Where the block starts in the input: a line of a text file, a paragraph or table of a .docx (1-based). */
    int at();

    /**
     * One line of text (a paragraph, or a line of a text file), verbatim; a Word number is written in front
     * of it as Word shows it.
     *
     * @param emphasized bold or centered in Word (a title line); always false for plain text
     */
    record Line(String text, int at, boolean emphasized) implements Block {
    }

    /**
     * A table: rows of cells, each cell its lines. A header or signature laid out as a table is one too.
     *
     * @param flattened a text copy that lost the row breaks: one row holding every cell in reading order
     */
    record Grid(List<List<List<String>>> rows, int at, boolean flattened) implements Block {
        /** Every cell, row after row. */
        public List<List<String>> cells() {
            return rows.stream().flatMap(List::stream).toList();
        }
    }
}
