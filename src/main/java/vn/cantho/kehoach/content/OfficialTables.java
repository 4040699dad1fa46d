package vn.cantho.kehoach.content;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables in the official text: GitHub-flavoured pipe tables, one header row, an optional caption line
 * {@code [Bảng 1...]} right after the table. {@link #check} refuses what a reader would not see as the table the
 * staff wrote (a row with more or fewer cells than the header, a second separator line, pipe rows without a
 * header); {@link #shape} turns flexmark's HTML into the site's accessible table: caption first, {@code th
 * scope="col"}, each data cell labelled with its column ({@code data-label}, for the stacked layout on phones)
 * and alignment as a class instead of the obsolete {@code align} attribute.
 */
final class OfficialTables {
    private static final Pattern SEPARATOR_CELL = Pattern.compile("\\s*:?-{3,}:?\\s*");
    private static final Pattern PIPE_LINE = Pattern.compile("^\\s{0,3}\\|");
    private static final String TABLE_FIX = "một bảng gồm: một dòng trống phía trên, hàng tiêu đề '| Cột 1 | Cột 2 |',"
            + " ngay sau đó dòng phân cách '| --- | --- |' có đúng số cột, rồi các hàng, mỗi hàng một dòng;"
            + " nếu dấu '|' là chữ của văn bản, viết '\\|'";

    private OfficialTables() {
    }

    /** Problems of a table block of a parsed body (whose lines name the rows). */
    static List<Problem> check(CommonMark.Parsed parsed, TableBlock table) {
        String file = parsed.file();
        List<Problem> problems = new ArrayList<>();
        int columns = -1;
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead head) {
                TableRow row = firstRow(head);
                columns = row == null ? 0 : cells(row).size();
            } else if (part instanceof TableSeparator separator) {
                TableRow row = firstRow(separator);
                int n = row == null ? 0 : cells(row).size();
                if (n != columns) {
                    problems.add(new Problem(file, parsed.line(separator), "dòng phân cách của bảng có "
                            + n + " cột nhưng hàng tiêu đề có " + columns + " cột",
                            "viết dòng phân cách với đúng " + columns + " cột, ví dụ '" + "| --- ".repeat(Math.max(columns, 1))
                                    + "|'"));
                }
            } else if (part instanceof TableBody body) {
                int number = 0;
                for (Node r = body.getFirstChild(); r != null; r = r.getNext()) {
                    if (!(r instanceof TableRow row)) {
                        continue;
                    }
                    number++;
                    int line = parsed.line(row);
                    List<TableCell> cells = cells(row);
                    if (cells.stream().allMatch(c -> SEPARATOR_CELL.matcher(c.getText()).matches())) {
                        problems.add(new Problem(file, line, "dòng phân cách thừa trong bảng (hàng " + number
                                + "): một bảng chỉ có một hàng tiêu đề và một dòng phân cách",
                                "xóa dòng này; nếu văn bản gốc có hai hàng tiêu đề, gộp chữ của chúng vào một hàng tiêu đề"));
                    } else if (cells.size() != columns) {
                        problems.add(new Problem(file, line, "hàng " + number + " của bảng có " + cells.size()
                                + " ô nhưng hàng tiêu đề có " + columns + " cột",
                                cells.size() > columns
                                        ? "mỗi hàng có đúng " + columns + " ô: nếu dấu '|' là chữ trong ô, viết '\\|';"
                                        + " nếu văn bản gốc có thêm cột, thêm cột đó vào hàng tiêu đề"
                                        : "mỗi hàng có đúng " + columns + " ô: ô trống viết '|  |'"));
                    }
                }
            }
        }
        return problems;
    }

    /**
     * A paragraph with a line starting with '|' is a table flexmark did not recognise (no header, no separator
     * line, no blank line above): the file line of the first such line, or -1.
     */
    static int strayPipeLine(CommonMark.Parsed parsed, Paragraph paragraph) {
        String[] lines = paragraph.getChars().toString().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (PIPE_LINE.matcher(lines[i]).find()) {
                return parsed.line(paragraph) + i;
            }
        }
        return -1;
    }

    static Problem strayPipe(String file, int line) {
        return new Problem(file, line, "dòng này bắt đầu bằng '|' như một hàng của bảng, nhưng không thuộc bảng nào"
                + " (thiếu hàng tiêu đề, dòng phân cách, hoặc dòng trống phía trên bảng)", TABLE_FIX);
    }

    /** Shapes a rendered {@code <table>} in place (ids are given by {@link StructuralIds}). */
    static void shape(Element table) {
        Element caption = table.selectFirst("> caption");
        if (caption != null) {
            if (caption.text().isBlank()) {
                caption.remove();
            } else {
                table.prependChild(caption);
            }
        }
        List<String> labels = new ArrayList<>();
        for (Element th : table.select("> thead > tr > th")) {
            th.attr("scope", "col");
            labels.add(th.text());
        }
        for (Element tr : table.select("> tbody > tr")) {
            List<Element> cells = tr.children();
            for (int i = 0; i < cells.size() && i < labels.size(); i++) {
                cells.get(i).attr("data-label", labels.get(i));
            }
        }
        for (Element cell : table.select("th[align], td[align]")) {
            cell.addClass("cell--" + cell.attr("align"));
            cell.removeAttr("align");
        }
    }

    private static TableRow firstRow(Node section) {
        for (Node n = section.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof TableRow row) {
                return row;
            }
        }
        return null;
    }

    private static List<TableCell> cells(TableRow row) {
        List<TableCell> out = new ArrayList<>();
        for (Node n = row.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof TableCell c) {
                out.add(c);
            }
        }
        return out;
    }
}
