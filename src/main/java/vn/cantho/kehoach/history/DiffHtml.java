package vn.cantho.kehoach.history;

import org.jsoup.nodes.Entities;

import java.util.ArrayList;
import java.util.List;

/**
 * A word diff as HTML a reader can follow without colour: removed words in {@code <del>} (struck through),
 * added words in {@code <ins>} (underlined), each announced to screen readers by hidden words
 * ("[chữ bị bỏ: ...]", "[chữ thêm vào: ...]"). Paragraphs follow the new text; a paragraph break that was removed
 * or added is shown as a ¶ inside the del or ins. Only paragraphs with a change are shown; each run of unchanged
 * paragraphs between them is one line saying how many were left out.
 */
public final class DiffHtml {
    /** Separator between the paragraphs of an official text (see {@link OfficialText}). */
    static final String PARAGRAPH = "\n\n";
    /** Said above a diff made paragraph by paragraph ({@link WordDiff.Level#PARAGRAPHS}). */
    static final String PARAGRAPHS_NOTE = "Lần thay đổi này sửa quá nhiều chữ để so sánh từng chữ trong giới hạn của"
            + " trang web, nên bản so sánh dưới đây chỉ ra cả đoạn bị bỏ và cả đoạn thêm vào; muốn xem chi tiết, hãy mở"
            + " văn bản trước và sau lần thay đổi.";

    private DiffHtml() {
    }

    /** One paragraph of the diff being built. */
    private static final class Para {
        final StringBuilder html = new StringBuilder();
        boolean changed;
    }

    public static String render(List<WordDiff.Segment> segments) {
        List<Para> paras = new ArrayList<>();
        paras.add(new Para());
        for (WordDiff.Segment s : segments) {
            String[] parts = s.text().split(PARAGRAPH, -1);
            for (int i = 0; i < parts.length; i++) {
                Para p = paras.get(paras.size() - 1);
                if (i > 0) {
                    switch (s.op()) {
                        case EQUAL -> paras.add(new Para());
                        case DELETE -> p.html.append(mark("del", "ngắt đoạn bị bỏ", "¶"));
                        case INSERT -> {
                            p.html.append(mark("ins", "ngắt đoạn thêm vào", "¶"));
                            p.changed = true;
                            paras.add(new Para());
                        }
                    }
                    p.changed |= s.op() != WordDiff.Op.EQUAL;
                    p = paras.get(paras.size() - 1);
                }
                if (parts[i].isEmpty()) {
                    continue;
                }
                switch (s.op()) {
                    case EQUAL -> p.html.append(Entities.escape(parts[i]));
                    case DELETE -> p.html.append(mark("del", "chữ bị bỏ", Entities.escape(parts[i])));
                    case INSERT -> p.html.append(mark("ins", "chữ thêm vào", Entities.escape(parts[i])));
                }
                p.changed |= s.op() != WordDiff.Op.EQUAL;
            }
        }
        StringBuilder html = new StringBuilder("<div class=\"diff\">");
        int same = 0;
        for (Para p : paras) {
            if (p.html.isEmpty()) {
                continue;
            }
            if (!p.changed) {
                same++;
                continue;
            }
            skipped(html, same);
            same = 0;
            html.append("<p>").append(p.html).append("</p>");
        }
        skipped(html, same);
        return html.append("</div>").toString();
    }

    private static void skipped(StringBuilder html, int count) {
        if (count > 0) {
            html.append("<p class=\"diff__same\">(").append(count).append(" đoạn không thay đổi)</p>");
        }
    }

    private static String mark(String tag, String what, String escapedText) {
        return "<" + tag + "><span class=\"visually-hidden\">[" + what + ": </span>" + escapedText
                + "<span class=\"visually-hidden\">]</span></" + tag + ">";
    }
}
