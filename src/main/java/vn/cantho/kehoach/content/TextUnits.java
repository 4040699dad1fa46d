package vn.cantho.kehoach.content;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The addressable units of a rendered body of official text, in reading order: each paragraph and sub-heading,
 * and for a table the table itself (its caption and column names, under the table's id) then each body row (its
 * cells, under the row's id). Search, the open JSON, the Akoma Ntoso export, citations and the history's
 * comparison all read the text through these units, so a table is cited, found and compared row by row.
 */
public final class TextUnits {
    /** Between the cells of a row (and the caption and column names of a table) in a unit's text. */
    public static final String CELL_SEPARATOR = " | ";

    public enum Kind {
        PARAGRAPH, HEADING, TABLE, ROW
    }

    /**
     * One unit.
     *
     * @param element the block ({@code p}, {@code h2}, ...), the {@code table} or the {@code tr}
     * @param parts   the elements whose text the unit is: the block itself; the table's caption and header cells;
     *                the row's cells
     */
    public record Unit(Kind kind, Element element, List<Element> parts) {
        public String id() {
            return element.id();
        }

        /** The text as shown, the parts joined by {@link #CELL_SEPARATOR}. */
        public String text() {
            return parts.stream().map(Element::text).collect(Collectors.joining(CELL_SEPARATOR));
        }
    }

    private TextUnits() {
    }

    /** The units of every block of {@code body} (its element children), in order. */
    public static List<Unit> of(Element body) {
        List<Unit> out = new ArrayList<>();
        for (Element block : body.children()) {
            out.addAll(ofBlock(block));
        }
        return out;
    }

    /** The units of one block: itself, or for a table the table and its rows. */
    public static List<Unit> ofBlock(Element block) {
        if (!isTable(block)) {
            Kind kind = block.tagName().matches("h[1-6]") ? Kind.HEADING : Kind.PARAGRAPH;
            return List.of(new Unit(kind, block, List.of(block)));
        }
        List<Unit> out = new ArrayList<>();
        List<Element> head = new ArrayList<>(block.select("> caption"));
        head.addAll(columns(block));
        out.add(new Unit(Kind.TABLE, block, head));
        for (Element tr : rows(block)) {
            out.add(new Unit(Kind.ROW, tr, tr.children()));
        }
        return out;
    }

    public static boolean isTable(Element block) {
        return block.tagName().equals("table");
    }

    /** The table's caption text, or null when it has none. */
    public static String caption(Element table) {
        Element caption = table.selectFirst("> caption");
        return caption == null ? null : caption.text();
    }

    /** The header cells of a table. */
    public static List<Element> columns(Element table) {
        return table.select("> thead > tr > th");
    }

    /** The body rows of a table, each with its id. */
    public static List<Element> rows(Element table) {
        return table.select("> tbody > tr");
    }
}
