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
 * is its renderer's rule (official text: {@link LegalMarkdown}; news: the updates package). A body is parsed only
 * within {@link InputLimits}, and parsing and rendering run under {@link LibraryGuard}: whatever the text, the
 * outcome is HTML or problems naming the file, never a stack overflow.
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

    /**
     * A body parsed, with the line of each offset ({@code lines}, see {@link #line}); or, when it could not be
     * parsed, a null document and the problems.
     */
    public record Parsed(String file, int bodyLine, Document document, LineNumbers lines, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }

        /** 1-based line in the file where {@code node} starts. */
        public int line(Node node) {
            return bodyLine + lines.lineOf(node.getStartOffset());
        }
    }

    /**
     * @param file     the file, for messages
     * @param bodyLine 1-based line in the file where the body starts
     */
    public Parsed parse(String file, int bodyLine, String markdown) {
        List<Problem> limits = InputLimits.markdown(file, bodyLine, markdown);
        if (!limits.isEmpty()) {
            return new Parsed(file, bodyLine, null, null, limits);
        }
        LineNumbers lines = new LineNumbers(markdown);
        return LibraryGuard.run(file, bodyLine, () -> {
            Document doc = parser.parse(markdown);
            Problem deep = InputLimits.treeDepth(file, bodyLine, doc, lines);
            return new Parsed(file, bodyLine, deep == null ? doc : null, lines, deep == null ? List.of() : List.of(deep));
        }, p -> new Parsed(file, bodyLine, null, lines, List.of(p)));
    }

    /** The HTML of a parsed body; on a failure in the renderer, "" and a problem added to {@code problems}. */
    public String render(Parsed parsed, List<Problem> problems) {
        return LibraryGuard.run(parsed.file(), parsed.bodyLine(), () -> renderer.render(parsed.document()), p -> {
            problems.add(p);
            return "";
        });
    }
}
