package vn.cantho.kehoach.content;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the Markdown body of a plan section to HTML (CommonMark, raw HTML escaped) and gives every
 * paragraph, heading, table and table row its structural id (see {@link StructuralIds}). The official text is
 * made of paragraphs, '##' sub-headings and pipe tables ({@link OfficialTables}) only; any other Markdown block
 * is reported, since a stray list would swallow an official number such as "1.".
 */
public final class LegalMarkdown {
    private final CommonMark commonMark = CommonMark.withTables();

    /** Rendered body: HTML with local ids ("doan-3") and the problems found. */
    public record Rendered(String html, List<Problem> problems) {
    }

    /**
     * @param file     the file, for messages
     * @param bodyLine 1-based line in the file where the body starts
     */
    public Rendered render(String file, int bodyLine, String markdown) {
        CommonMark.Parsed parsed = commonMark.parse(file, bodyLine, markdown);
        if (!parsed.ok()) {
            return new Rendered("", parsed.problems());
        }
        List<Problem> problems = new ArrayList<>();
        List<Integer> blockLines = new ArrayList<>();
        for (Node node = parsed.document().getFirstChild(); node != null; node = node.getNext()) {
            int line = parsed.line(node);
            blockLines.add(line);
            String problem = unsupported(node);
            if (problem != null) {
                problems.add(new Problem(file, line, problem, fixFor(node)));
            } else if (node instanceof TableBlock table) {
                problems.addAll(OfficialTables.check(parsed, table));
            } else if (node instanceof Paragraph p) {
                int pipe = OfficialTables.strayPipeLine(parsed, p);
                if (pipe >= 0) {
                    problems.add(OfficialTables.strayPipe(file, pipe));
                }
            }
        }
        String html = commonMark.render(parsed, problems);
        if (!problems.isEmpty()) {
            return new Rendered(html, problems);
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element table : body.select("> table")) {
            OfficialTables.shape(table);
        }
        List<String> duplicates = StructuralIds.assign(body, "");
        if (!duplicates.isEmpty()) {
            Map<String, Integer> firstBlock = new HashMap<>();
            List<Element> blocks = body.children();
            for (int i = 0; i < blocks.size(); i++) {
                firstBlock.putIfAbsent(blocks.get(i).id(), i);
            }
            for (String dup : duplicates) {
                problems.add(new Problem(file, blockLines.get(firstBlock.get(dup)), "id đoạn '" + dup
                        + "' xuất hiện hai lần trong phần này (hai đoạn cùng số thứ tự?)",
                        "đối chiếu số thứ tự với văn bản gốc; trong một phần các số không được lặp lại"));
            }
        }
        body.ownerDocument().outputSettings().prettyPrint(false);
        return new Rendered(body.html(), problems);
    }

    private static String unsupported(Node node) {
        if (node instanceof Paragraph || node instanceof TableBlock) {
            return null;
        }
        if (node instanceof Heading h) {
            return h.getLevel() == 2 ? null
                    : "tiêu đề cấp " + h.getLevel() + " ('" + "#".repeat(h.getLevel())
                    + "') không dùng trong nội dung một phần";
        }
        if (node instanceof OrderedList) {
            return "dòng này bị Markdown hiểu là danh sách đánh số nên số thứ tự chính thức sẽ mất";
        }
        if (node instanceof BulletList) {
            return "dòng này bị Markdown hiểu là danh sách gạch đầu dòng nên dấu '-' sẽ mất";
        }
        return "khối Markdown '" + node.getNodeName() + "' không dùng trong văn bản";
    }

    private static String fixFor(Node node) {
        if (node instanceof OrderedList) {
            return "thêm dấu \\ trước dấu chấm của số, ví dụ viết '1\\. Tổ chức...' thay cho '1. Tổ chức...'";
        }
        if (node instanceof BulletList) {
            return "thêm dấu \\ trước dấu gạch, ví dụ '\\- Về ...' (hoặc '## \\- Về ...' nếu là tiêu đề nhỏ)";
        }
        if (node instanceof Heading) {
            return "dùng '## ' cho tiêu đề nhỏ; tiêu đề trang lấy từ trường 'heading'";
        }
        return "viết văn bản thành các đoạn thường, cách nhau một dòng trống";
    }
}
