package vn.cantho.kehoach.updates;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.util.ast.Node;
import vn.cantho.kehoach.content.CommonMark;
import vn.cantho.kehoach.content.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders the body of an update: news written by staff, not official text, so ordinary Markdown is
 * allowed (paragraphs, '##' to '####' headings, lists, quotes, emphasis, links). Refused, with the line:
 * raw HTML (the page and the feeds must stay safe), images (no file store in content/), a '#' heading
 * (the title is the page's heading), and links that are not https, mailto or a path of this site
 * starting with '/' (the same body is read from the page and from feeds, so relative paths would break).
 */
public final class NewsMarkdown {
    private static final java.util.Set<Class<?>> ALLOWED_BLOCKS = java.util.Set.of(Paragraph.class,
            BulletList.class, OrderedList.class, BlockQuote.class, ThematicBreak.class, Reference.class);
    private final CommonMark commonMark = new CommonMark();

    /** The body's HTML and the problems found (HTML is meaningless when there are problems). */
    public record Rendered(String html, List<Problem> problems) {
    }

    /**
     * @param file     the file, for messages
     * @param bodyLine 1-based line of the file where the body starts
     */
    public Rendered render(String file, int bodyLine, String markdown) {
        CommonMark.Parsed parsed = commonMark.parse(file, bodyLine, markdown);
        if (!parsed.ok()) {
            return new Rendered("", parsed.problems());
        }
        List<Problem> problems = new ArrayList<>();
        check(parsed.document(), parsed, problems);
        return new Rendered(commonMark.render(parsed, problems).strip(), problems);
    }

    private static void check(Node parent, CommonMark.Parsed parsed, List<Problem> problems) {
        String file = parsed.file();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            int line = parsed.line(node);
            if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                problems.add(new Problem(file, line, "bài cập nhật không được chứa mã HTML ('"
                        + node.getChars().toString().strip().lines().findFirst().orElse("") + "')",
                        "viết bằng Markdown; muốn hiện dấu < như chữ thường thì viết \\<"));
                continue;
            }
            if (node instanceof Image || node instanceof ImageRef) {
                problems.add(new Problem(file, line, "bài cập nhật không chèn được hình ảnh",
                        "bỏ hình ảnh, hoặc thay bằng liên kết https tới nơi đăng hình"));
                continue;
            }
            if (node instanceof Heading h && h.getLevel() == 1) {
                problems.add(new Problem(file, line, "tiêu đề cấp 1 ('# ') không dùng trong thân bài: tiêu đề bài lấy từ trường 'title'",
                        "dùng '## ' cho tiêu đề nhỏ trong bài"));
            } else if (node instanceof Heading h && h.getLevel() > 4) {
                problems.add(new Problem(file, line, "tiêu đề cấp " + h.getLevel() + " quá sâu cho một bài tin",
                        "dùng '## ', '### ' hoặc '#### '"));
            } else if (node instanceof Link link) {
                checkUrl(link.getUrl().toString(), file, line, problems);
            } else if (node instanceof AutoLink link) {
                checkUrl(link.getUrl().toString(), file, line, problems);
            } else if (node instanceof Reference ref) {
                checkUrl(ref.getUrl().toString(), file, line, problems);
            } else if (node instanceof com.vladsch.flexmark.util.ast.Block && !ALLOWED_BLOCKS.contains(node.getClass())
                    && !(node instanceof ListItem) && !(node instanceof Heading)) {
                problems.add(new Problem(file, line, "khối Markdown '" + node.getNodeName()
                        + "' không dùng trong bài cập nhật (dòng thụt vào 4 dấu cách thành khối mã?)",
                        "viết thành đoạn văn thường, danh sách hoặc tiêu đề '## '"));
                continue;
            }
            check(node, parsed, problems);
        }
    }

    private static void checkUrl(String url, String file, int line, List<Problem> problems) {
        String lower = url.toLowerCase(Locale.ROOT);
        boolean ok = lower.startsWith("https://") || lower.startsWith("mailto:")
                || url.startsWith("/") && !url.startsWith("//") || url.startsWith("#");
        if (!ok) {
            problems.add(new Problem(file, line, "liên kết '" + url + "' không dùng được",
                    lower.startsWith("http://") ? "dùng địa chỉ https:// của trang đó"
                            : "trỏ tới trang khác bằng https://..., tới một trang của trang web này bằng đường dẫn bắt đầu bằng '/', ví dụ /32-kh-ubnd-2026/ii/4-2/"));
        }
    }
}
