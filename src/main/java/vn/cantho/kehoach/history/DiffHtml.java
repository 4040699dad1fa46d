package vn.cantho.kehoach.history;

import org.jsoup.nodes.Entities;

import java.util.List;

/**
 * A word diff as HTML a reader can follow without colour: removed words in {@code <del>} (struck through),
 * added words in {@code <ins>} (underlined), each announced to screen readers by hidden words
 * ("bắt đầu đoạn bị bỏ" ... "hết đoạn bị bỏ"). Paragraphs follow the new text; a paragraph break that was removed
 * or added is shown as a ¶ inside the del or ins.
 */
public final class DiffHtml {
    /** Separator between the paragraphs of an official text (see {@link OfficialText}). */
    static final String PARAGRAPH = "\n\n";

    private DiffHtml() {
    }

    public static String render(List<WordDiff.Segment> segments) {
        StringBuilder html = new StringBuilder("<div class=\"diff\"><p>");
        for (WordDiff.Segment s : segments) {
            String[] parts = s.text().split(PARAGRAPH, -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    switch (s.op()) {
                        case EQUAL -> html.append("</p><p>");
                        case DELETE -> html.append(mark("del", "ngắt đoạn bị bỏ", "¶"));
                        case INSERT -> html.append(mark("ins", "ngắt đoạn thêm vào", "¶")).append("</p><p>");
                    }
                }
                if (parts[i].isEmpty()) {
                    continue;
                }
                switch (s.op()) {
                    case EQUAL -> html.append(Entities.escape(parts[i]));
                    case DELETE -> html.append(mark("del", "chữ bị bỏ", Entities.escape(parts[i])));
                    case INSERT -> html.append(mark("ins", "chữ thêm vào", Entities.escape(parts[i])));
                }
            }
        }
        return html.append("</p></div>").toString().replace("<p></p>", "");
    }

    private static String mark(String tag, String what, String escapedText) {
        return "<" + tag + "><span class=\"visually-hidden\">[" + what + ": </span>" + escapedText
                + "<span class=\"visually-hidden\">]</span></" + tag + ">";
    }
}
