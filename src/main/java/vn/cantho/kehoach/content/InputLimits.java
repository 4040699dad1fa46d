package vn.cantho.kehoach.content;

import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Limits on what one input file may hold, far above any real document and well below what makes a library
 * overflow its stack or the build run for minutes. Measured on the plan (January 2026): largest file 10 KB (a
 * section), whole plan 88 KB, longest paragraph 1,042 characters, front matter 1,375 characters, nesting 0, at
 * most one entry in a {@code changes} list. Each limit is checked on the raw text, in one linear pass, before
 * the text is given to a parser; past a limit the file is reported at its line, with the limit and how to fix it.
 */
public final class InputLimits {
    /** Bytes in one file of {@code content/} or {@code data/}: 200 times the largest section, 20 times the plan. */
    public static final long FILE_BYTES = 2L * 1024 * 1024;
    /**
     * Bytes in one official original (a signed PDF, a Word file) listed on a cover: real signed plans with scanned
     * pages weigh 1 to 20 MB; 50 MB leaves room for a long scanned appendix while keeping a reader's download sane.
     */
    public static final long ORIGINAL_BYTES = 50L * 1024 * 1024;
    /** Bytes of an appendix's data file (.csv or .xlsx), and of a file given to the import command. */
    public static final long TABLE_FILE_BYTES = 10L * 1024 * 1024;
    /**
     * Rows of one appendix, shown on one page (no paging: every row keeps its address, the browser's find works).
     * Measured with 150-character tasks: 300 rows make a 250 KB page, 17 KB gzipped on first visit; 1,000 rows
     * 820 KB, 30 KB gzipped; 1,500 rows stay under the 60 KB first-visit budget.
     */
    public static final int APPENDIX_ROWS = 1_500;
    /** Columns of an appendix. */
    public static final int APPENDIX_COLUMNS = 100;
    /**
     * Bytes one part of a .docx or .xlsx (a zip of XML parts) may inflate to: POI holds each part in memory and
     * parses it whole (a 1,048,576-row sheet is a 133 MB part; a zip bomb inflates 2 MB to 2 GB).
     */
    public static final long OFFICE_PART_BYTES = 20L * 1024 * 1024;
    /** Characters of front matter (between the two '---' lines). */
    public static final int FRONT_MATTER_CHARS = 64 * 1024;
    /** Values in one file's front matter, counting each item of a list and each field of a mapping. */
    public static final int FRONT_MATTER_VALUES = 5_000;
    /** Characters in one paragraph (lines not separated by a blank line). */
    public static final int PARAGRAPH_CHARS = 20_000;
    /**
     * Lines in one block (a paragraph or a table: lines without a blank line between them). flexmark re-reads a
     * block's lines for each line it adds, so a block of L lines costs L² (a 20,000-row table: 20 s per parse).
     */
    public static final int BLOCK_LINES = 1_000;
    /**
     * Table rows (lines starting with '|') in one file, all tables together: each row is a paragraph of its own
     * with its anchor, search entry and history (300,000 rows in one section: 157 s and 2 GB).
     */
    public static final int TABLE_ROWS = 5_000;
    /** Quotes ('>') and list markers ('-', '+', '*', '1.') opening one line, one inside the other. */
    public static final int LINE_NESTING = 10;
    /** Consecutive '*' or '_' (emphasis marks): a run of about 2,000 overflows the Markdown parser's stack. */
    public static final int MARK_RUN = 200;
    /** Depth of the Markdown tree (a block or emphasis inside another), checked before it is rendered. */
    public static final int TREE_DEPTH = 40;
    /** Entries in one section's {@code changes} list. */
    public static final int CHANGES = 200;

    private InputLimits() {
    }

    /** The problem with a file of {@code bytes} bytes, or null when it is within {@link #FILE_BYTES}. */
    public static Problem fileSize(String file, long bytes) {
        return fileSize(file, bytes, FILE_BYTES, "phần lớn nhất của kế hoạch chỉ khoảng 10 KB",
                "kiểm tra xem có dán nhầm cả một văn bản hay một tệp khác vào đây không; một văn bản dài thì chia thành"
                        + " nhiều phần, mỗi phần một thư mục");
    }

    /**
     * The problem with a file of {@code bytes} bytes past {@code limit} (checked before the file is read), or null.
     *
     * @param real what real files of this kind weigh, for the message
     */
    public static Problem fileSize(String file, long bytes, long limit, String real, String fix) {
        if (bytes <= limit) {
            return null;
        }
        return Problem.ofFile(file, "tệp quá lớn: " + kib(bytes) + ", vượt giới hạn " + kib(limit) + " cho một tệp ("
                + real + ")", fix);
    }

    /**
     * The problem with a .docx or .xlsx whose parts inflate past {@link #OFFICE_PART_BYTES}, or
     * null (a file that is no zip is left to the library that opens it). Inflates each part once, stopping at the limit, so a zip bomb costs at most that much work.
     */
    public static Problem officeFile(String file, byte[] bytes) {
        String fix = "mở tệp bằng Word hoặc Excel và lưu lại; nếu tệp thật sự lớn như vậy (hàng trăm nghìn dòng, ảnh"
                + " rất lớn), bỏ phần thừa hoặc chia thành nhiều tệp";
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            byte[] buffer = new byte[64 * 1024];
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                long inflated = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > OFFICE_PART_BYTES) {
                        return Problem.ofFile(file, "phần '" + e.getName() + "' bên trong tệp giải nén ra hơn "
                                + kib(OFFICE_PART_BYTES) + " (tệp Office là một tệp nén; tệp này có thể là 'bom nén'"
                                + " hoặc chứa quá nhiều dòng)", fix);
                    }
                }
            }
            return null; // not a zip at all: the library that opens it says so
        } catch (java.io.IOException | IllegalArgumentException e) {
            return Problem.ofFile(file, "tệp Word/Excel bị hỏng, không giải nén được (" + e.getMessage() + ")", fix);
        }
    }

    /** The problem with an original of {@code bytes} bytes, or null when it is within {@link #ORIGINAL_BYTES}. */
    public static Problem originalSize(String file, long bytes) {
        if (bytes <= ORIGINAL_BYTES) {
            return null;
        }
        return Problem.ofFile(file, "tệp bản gốc quá lớn: " + kib(bytes) + ", vượt giới hạn " + kib(ORIGINAL_BYTES)
                        + " cho một tệp tải về", "xin văn thư bản PDF nhẹ hơn (bản điện tử ký số thay cho bản quét, hoặc bản"
                        + " quét ở độ phân giải 200-300 dpi); không nén lại tệp đã ký số vì sẽ làm hỏng chữ ký");
    }

    /** The problem with an appendix of {@code rows} rows, or null when within {@link #APPENDIX_ROWS}. */
    public static Problem appendixRows(String file, int rows) {
        if (rows <= APPENDIX_ROWS) {
            return null;
        }
        return Problem.ofFile(file, "phụ lục có " + rows + " hàng, vượt giới hạn " + APPENDIX_ROWS
                + " hàng cho một trang", "chia thành nhiều phụ lục (mỗi phần một tệp và một mục trong 'appendices:'),"
                + " theo các nhóm của văn bản");
    }

    /** The problem with a front matter of {@code chars} characters, or null when within {@link #FRONT_MATTER_CHARS}. */
    public static Problem frontMatterSize(String file, int chars) {
        if (chars <= FRONT_MATTER_CHARS) {
            return null;
        }
        return new Problem(file, 1, "phần khai báo (front matter) quá dài: " + chars + " ký tự, vượt giới hạn "
                + FRONT_MATTER_CHARS + " ký tự", "phần khai báo chỉ gồm các trường ngắn (type, id, title, ...);"
                + " văn bản đặt sau dòng '---' thứ hai");
    }

    /** The problem when a front matter holds more than {@link #FRONT_MATTER_VALUES} values; {@code line} is where it went past. */
    public static Problem frontMatterValues(String file, int line) {
        return new Problem(file, line, "phần khai báo có quá nhiều giá trị (hơn " + FRONT_MATTER_VALUES
                + "), có thể do bí danh YAML ('&' và '*') lồng nhau", "viết từng giá trị ra, không dùng '&tên' và '*tên'");
    }

    /** The problem with a {@code changes} list of {@code count} entries, or null when within {@link #CHANGES}. */
    public static Problem changes(String file, int line, int count) {
        if (count <= CHANGES) {
            return null;
        }
        return new Problem(file, line, "danh sách 'changes' có " + count + " mục, vượt giới hạn " + CHANGES
                + " mục cho một phần", "kiểm tra xem danh sách có bị dán lặp không; mỗi lần thay đổi chỉ ghi một mục");
    }

    private static boolean isTableRow(String body, int start, int end) {
        int i = start;
        while (i < end && body.charAt(i) == ' ') {
            i++;
        }
        return i < end && body.charAt(i) == '|';
    }

    /**
     * What in a Markdown body exceeds the limits on paragraphs, nesting and runs of emphasis marks; one problem per
     * kind at most, at its first line. Linear in the length of the body.
     *
     * @param bodyLine 1-based line of the file where the body starts
     */
    public static List<Problem> markdown(String file, int bodyLine, String body) {
        List<Problem> problems = new ArrayList<>();
        int paragraphStart = -1;
        int paragraphChars = 0;
        boolean longParagraph = false;
        int blockStart = -1;
        boolean longBlock = false;
        int tableRows = 0;
        boolean deep = false;
        boolean longRun = false;
        int line = 0;
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            if (isBlank(body, start, end)) {
                paragraphStart = -1;
                paragraphChars = 0;
                blockStart = -1;
            } else {
                if (blockStart < 0) {
                    blockStart = line;
                }
                if (!longBlock && line - blockStart >= BLOCK_LINES) {
                    longBlock = true;
                    problems.add(new Problem(file, bodyLine + blockStart, "đoạn văn hoặc bảng quá dài: hơn " + BLOCK_LINES
                            + " dòng liền nhau không có dòng trống (bảng dài nhất của một văn bản chỉ vài trăm hàng)",
                            "tách các đoạn bằng một dòng trống; một bảng dài hơn thì đăng thành phụ lục (tệp .csv hoặc .xlsx,"
                                    + " xem hướng dẫn đăng phụ lục)"));
                }
                boolean tableRow = isTableRow(body, start, end);
                if (tableRow && ++tableRows == TABLE_ROWS + 1) {
                    problems.add(new Problem(file, bodyLine + line, "quá nhiều hàng bảng: hơn " + TABLE_ROWS
                            + " hàng trong các bảng của một tệp", "một bảng dài như vậy là phụ lục: đăng thành tệp .csv"
                            + " hoặc .xlsx trong 'appendices:' của trang bìa (xem hướng dẫn đăng phụ lục)"));
                }
                if (paragraphStart < 0 || tableRow) {
                    // a table row is a unit of its own: a long table is many rows, not one long paragraph
                    paragraphStart = line;
                    paragraphChars = 0;
                }
                paragraphChars += end - start + 1;
                if (!longParagraph && paragraphChars > PARAGRAPH_CHARS) {
                    longParagraph = true;
                    problems.add(new Problem(file, bodyLine + paragraphStart, "đoạn văn quá dài: hơn " + PARAGRAPH_CHARS
                            + " ký tự trong một đoạn (đoạn dài nhất của kế hoạch khoảng 1.000 ký tự)",
                            "tách đoạn bằng một dòng trống như trong văn bản gốc; nếu là chữ dán nhầm thì xóa đi"));
                }
                int depth = nesting(body, start, end);
                if (!deep && depth > LINE_NESTING) {
                    deep = true;
                    problems.add(new Problem(file, bodyLine + line, "dòng này mở đầu bằng " + depth
                            + " dấu trích dẫn '>' hoặc dấu danh sách lồng nhau, vượt giới hạn " + LINE_NESTING,
                            "xóa các dấu '>' (thường do dán từ thư điện tử) hoặc các dấu '-', '*', '1.' thừa ở đầu dòng"));
                }
                int run = longestMarkRun(body, start, end);
                if (!longRun && run > MARK_RUN) {
                    longRun = true;
                    problems.add(new Problem(file, bodyLine + line, "dòng này có " + run
                            + " dấu '*' hoặc '_' liền nhau, vượt giới hạn " + MARK_RUN,
                            "xóa chuỗi dấu này; để kẻ một đường gạch chân trong văn bản, dùng ít hơn " + MARK_RUN
                                    + " dấu và viết \\_ trước mỗi dấu"));
                }
            }
            start = end + 1;
            line++;
        }
        return problems;
    }

    /**
     * The problem when the parsed Markdown tree is deeper than {@link #TREE_DEPTH} (rendering it is recursive), or
     * null. Walked without recursion.
     */
    public static Problem treeDepth(String file, int bodyLine, Node root, LineNumbers lines) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > TREE_DEPTH) {
                return new Problem(file, bodyLine + lines.lineOf(node.getStartOffset()), "chữ ở đây lồng quá sâu (trích dẫn,"
                        + " danh sách, chữ nghiêng, đậm hoặc liên kết lồng vào nhau hơn " + TREE_DEPTH + " lớp)",
                        "bỏ bớt các dấu '>', '*', '_', '[' lặp lại; văn bản chính thức không lồng định dạng như vậy");
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return null;
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** How many quote and list markers open the line, as CommonMark would nest them. */
    static int nesting(String s, int from, int to) {
        int depth = 0;
        int i = from;
        while (i < to) {
            while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            if (i >= to) {
                break;
            }
            char c = s.charAt(i);
            if (c == '>') {
                depth++;
                i++;
            } else if ((c == '-' || c == '+' || c == '*') && (i + 1 == to || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t')) {
                depth++;
                i++;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < to && j - i < 10 && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                if (j < to && (s.charAt(j) == '.' || s.charAt(j) == ')') && (j + 1 == to || s.charAt(j + 1) == ' ')) {
                    depth++;
                    i = j + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return depth;
    }

    private static int longestMarkRun(String s, int from, int to) {
        int longest = 0;
        int run = 0;
        char mark = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '_') {
                run = c == mark ? run + 1 : 1;
                mark = c;
                longest = Math.max(longest, run);
            } else {
                run = 0;
                mark = 0;
            }
        }
        return longest;
    }

    private static String kib(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)).replace('.', ',')
                : (bytes / 1024) + " KB";
    }
}
