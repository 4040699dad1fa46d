package vn.cantho.kehoach.content;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;

/**
 * The site's one Markdown dialect: CommonMark core, raw HTML escaped, a soft line break rendered as a space;
 * the official text adds GitHub-flavoured pipe tables ({@link #withTables()}). What each kind of text may contain
 * is its renderer's rule (official text: {@link LegalMarkdown}; news: the updates package).
 */
public final class CommonMark {
    private final Parser parser;
    private final HtmlRenderer renderer;

    /** CommonMark core without extensions. */
    public CommonMark() {
        this(false);
    }

    private CommonMark(boolean tables) {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        if (tables) {
            options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
            // One header row, a caption line "[...]" after the table; "||" is an empty cell, not a span, and no
            // cell is added or dropped: a row with a wrong number of cells is refused by OfficialTables.
            options.set(TablesExtension.WITH_CAPTION, true);
            options.set(TablesExtension.COLUMN_SPANS, false);
            options.set(TablesExtension.APPEND_MISSING_COLUMNS, false);
            options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
            options.set(TablesExtension.MIN_HEADER_ROWS, 1);
            options.set(TablesExtension.MAX_HEADER_ROWS, 1);
        }
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /** The dialect of the official text: CommonMark core and pipe tables. */
    public static CommonMark withTables() {
        return new CommonMark(true);
    }

    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    public String render(Node node) {
        return renderer.render(node);
    }
}
