package vn.cantho.kehoach.content;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each top-level block of a section body a readable id derived from the official structure:
 * <ul>
 *   <li>a paragraph numbered "2. ..." is khoản 2: {@code khoan-2};</li>
 *   <li>a paragraph lettered "a) ..." is điểm a of the khoản before it: {@code khoan-1-diem-a}
 *       ({@code diem-a} when no khoản precedes; "đ" becomes {@code dd});</li>
 *   <li>a '##' heading that starts with "- " is a dash group: {@code gach-1}, {@code gach-2}, ...;
 *       any other '##' heading is {@code tieu-de-1}, ...;</li>
 *   <li>any other paragraph is {@code doan-N}, numbering the unnumbered paragraphs of the section
 *       in order;</li>
 *   <li>a table is {@code bang-1}, {@code bang-2}, ... in the section, and each row of its body (the header
 *       row has none) {@code bang-1-dong-1}, {@code bang-1-dong-2}, ... Tables have a count of their own, so
 *       adding one never moves the id of a paragraph.</li>
 * </ul>
 * With a prefix (the full-text page) every id becomes {@code prefix-id}.
 */
public final class StructuralIds {
    private static final Pattern KHOAN = Pattern.compile("^(\\d+)\\.\\s");
    private static final Pattern DIEM = Pattern.compile("^([a-zđ])\\)\\s");

    private StructuralIds() {
    }

    /**
     * Assigns ids to the direct children of {@code body}.
     *
     * @return ids that came out twice (each once), empty when all are unique
     */
    public static List<String> assign(Element body, String prefix) {
        int doan = 0;
        int gach = 0;
        int heading = 0;
        int table = 0;
        String khoan = null;
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (Element block : body.children()) {
            String text = block.text();
            String id;
            if (block.tagName().equals("table")) {
                id = "bang-" + (++table);
                int row = 0;
                for (Element tr : block.select("> tbody > tr")) {
                    String rowId = id + "-dong-" + (++row);
                    tr.attr("id", prefix.isEmpty() ? rowId : prefix + "-" + rowId);
                }
            } else if (block.tagName().matches("h[1-6]")) {
                id = text.startsWith("- ") ? "gach-" + (++gach) : "tieu-de-" + (++heading);
            } else {
                Matcher k = KHOAN.matcher(text);
                Matcher d = DIEM.matcher(text);
                if (k.find()) {
                    khoan = "khoan-" + k.group(1);
                    id = khoan;
                } else if (d.find()) {
                    String letter = d.group(1).equals("đ") ? "dd" : d.group(1);
                    id = (khoan == null ? "" : khoan + "-") + "diem-" + letter;
                } else {
                    id = "doan-" + (++doan);
                }
            }
            if (!seen.add(id)) {
                duplicates.add(id);
            }
            block.attr("id", prefix.isEmpty() ? id : prefix + "-" + id);
        }
        return duplicates;
    }

    /**
     * The same HTML for the full-text page: every id (and same-page "#id" link) prefixed, "doan-3" becoming
     * "ii-4-2-doan-3", and body headings moved to {@code headingLevel} so headings stay in order.
     */
    public static String forFullText(String html, String prefix, int headingLevel) {
        Element body = org.jsoup.Jsoup.parseBodyFragment(html).body();
        for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
            h.tagName("h" + Math.min(6, headingLevel));
        }
        for (Element e : body.select("[id]")) {
            e.attr("id", prefix + "-" + e.id());
        }
        for (Element a : body.select("a[href^=#]")) {
            a.attr("href", "#" + prefix + "-" + a.attr("href").substring(1));
        }
        body.ownerDocument().outputSettings().prettyPrint(false);
        return body.html();
    }
}
