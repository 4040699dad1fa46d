package vn.cantho.kehoach.content;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * The site's one Markdown dialect: CommonMark core without extensions, raw HTML escaped, a soft line
 * break rendered as a space. What each kind of text may contain is its renderer's rule (official text:
 * {@link LegalMarkdown}; news: the updates package).
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

    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    public String render(Node node) {
        return renderer.render(node);
    }
}
