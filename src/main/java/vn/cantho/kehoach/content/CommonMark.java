package vn.cantho.kehoach.content;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;

/**
 * The site's one Markdown dialect: CommonMark core without extensions, raw HTML escaped, a soft line
 * break rendered as a space. What each kind of text may contain is its renderer's rule (official text:
 * {@link LegalMarkdown}; news: the updates package). A body is parsed only within {@link InputLimits}, and
 * parsing and rendering run under {@link LibraryGuard}: whatever the text, the outcome is HTML or problems
 * naming the file, never a stack overflow.
 */
public final class CommonMark {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public CommonMark() {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
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
