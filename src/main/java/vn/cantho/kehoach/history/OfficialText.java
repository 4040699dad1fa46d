package vn.cantho.kehoach.history;

import org.jsoup.Jsoup;
import vn.cantho.kehoach.content.LegalMarkdown;
import vn.cantho.kehoach.content.TextUnits;

import java.util.ArrayList;
import java.util.List;

/**
 * The official text of a section as readers see it, for comparing versions: the Markdown body rendered, one
 * paragraph, sub-heading, table head or table row per block ({@link TextUnits}), each block's text with its
 * white space collapsed, blocks joined by a blank line. So what is only Markdown writing (line endings, trailing spaces, a paragraph wrapped over several lines,
 * blank lines, the escape in "1\.") is not a change, while any letter, number, punctuation mark or paragraph
 * break that readers see is.
 *
 * @param markdown the body as written, to render an earlier version
 * @param plain    the text compared and diffed
 */
public record OfficialText(String markdown, String plain) {
    private static final LegalMarkdown MARKDOWN = new LegalMarkdown();

    public static OfficialText of(String markdownBody) {
        String body = markdownBody == null ? "" : markdownBody.replace("\r\n", "\n");
        String html;
        synchronized (MARKDOWN) {
            html = MARKDOWN.render("", 1, body).html();
        }
        List<String> blocks = new ArrayList<>();
        for (TextUnits.Unit unit : TextUnits.of(Jsoup.parseBodyFragment(html).body())) {
            String text = unit.text().strip();
            if (!text.isEmpty()) {
                blocks.add(text);
            }
        }
        return new OfficialText(body, String.join(DiffHtml.PARAGRAPH, blocks));
    }

    /** True when readers would see the same text. */
    public boolean sameTextAs(OfficialText other) {
        return other != null && plain.equals(other.plain);
    }
}
