package vn.cantho.kehoach.content;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders the Markdown body of a plan section to HTML (CommonMark, raw HTML escaped) and gives every
 * paragraph and heading its structural id (see {@link StructuralIds}). The official text is made of
 * paragraphs and '##' sub-headings only; any other Markdown block is reported, since a stray list
 * would swallow an official number such as "1.".
 */
public final class LegalMarkdown {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public LegalMarkdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /** Rendered body: HTML with local ids ("doan-3") and the problems found. */
    public record Rendered(String html, List<Problem> problems) {
    }

    /**
     * @param file     the file, for messages
     * @param bodyLine 1-based line in the file where the body starts
     */
    public Rendered render(String file, int bodyLine, String markdown) {
        Document doc = parser.parse(markdown);
        List<Problem> problems = new ArrayList<>();
        List<Integer> blockLines = new ArrayList<>();
        for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
            int line = bodyLine + node.getStartLineNumber();
            blockLines.add(line);
            String problem = unsupported(node);
            if (problem != null) {
                problems.add(new Problem(file, line, problem, fixFor(node)));
            }
        }
        String html = renderer.render(doc);
        if (!problems.isEmpty()) {
            return new Rendered(html, problems);
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        List<String> duplicates = StructuralIds.assign(body, "");
        List<Element> blocks = body.children();
        for (String dup : duplicates) {
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i).id().equals(dup)) {
                    problems.add(new Problem(file, blockLines.get(i), "paragraph id '" + dup
                            + "' is used twice in this section (two paragraphs with the same official number?)",
                            "check the numbering against the official text; numbers must not repeat in one section"));
                    break;
                }
            }
        }
        body.ownerDocument().outputSettings().prettyPrint(false);
        return new Rendered(body.html(), problems);
    }

    private static String unsupported(Node node) {
        if (node instanceof Paragraph) {
            return null;
        }
        if (node instanceof Heading h) {
            return h.getLevel() == 2 ? null
                    : "heading level " + h.getLevel() + " ('" + "#".repeat(h.getLevel())
                    + "') is not allowed in a section body";
        }
        if (node instanceof OrderedList) {
            return "this line became a Markdown numbered list, so its official number would be lost";
        }
        if (node instanceof BulletList) {
            return "this line became a Markdown bullet list, so its leading '-' would be lost";
        }
        return "Markdown block '" + node.getNodeName() + "' is not used in the official text";
    }

    private static String fixFor(Node node) {
        if (node instanceof OrderedList) {
            return "escape the number's dot, e.g. write '1\\. Tổ chức...' instead of '1. Tổ chức...'";
        }
        if (node instanceof BulletList) {
            return "escape the dash, e.g. write '\\- Về ...' (or '## \\- Về ...' for a sub-heading)";
        }
        if (node instanceof Heading) {
            return "use '## ' for a sub-heading; the page heading comes from the 'heading' field";
        }
        return "write the text as plain paragraphs separated by a blank line";
    }
}
