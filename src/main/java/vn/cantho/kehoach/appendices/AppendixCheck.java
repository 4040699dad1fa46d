package vn.cantho.kehoach.appendices;

import vn.cantho.kehoach.content.Attachments;
import vn.cantho.kehoach.content.InputLimits;
import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SitePaths;
import vn.cantho.kehoach.content.Slugs;
import vn.cantho.kehoach.content.SourcePage;
import vn.cantho.kehoach.content.TextHygiene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the {@code appendices:} of one cover before baking: each item's id, title, data file (.csv or .xlsx,
 * listed under the document's folder) and declared columns; the file's first row (after at most a few title lines of
 * one cell) must name the declared columns in order, a line numbering the columns under them is passed over, and no
 * row may have more cells than columns. A task-assignment appendix ({@code kind: phan-cong})
 * names which columns hold the task and the lead agency (both required in every row), and may name the partners,
 * deadline and product. Each problem names the cover's line or the file and row, in Vietnamese, with how to fix it.
 */
final class AppendixCheck {
    static final String TASKS_KIND = "phan-cong";
    /** Title lines above the column names that are passed over. */
    private static final int TITLE_LINES = 5;
    private static final Set<String> KEYS = Set.of("id", "title", Attachments.FILE, "kind", "columns", "sheet");
    /** How the first cell of a group heading row begins: "I", "II.", "A)", "B " (task rows are numbered 1, 2, 3). */
    private static final Pattern GROUP = Pattern.compile("([IVXLC]+|[A-ZĐ])([.):]|\\s).*|[IVXLC]+|[A-ZĐ]", Pattern.DOTALL);

    private AppendixCheck() {
    }

    static List<Appendix> check(Site site, PlanDocument doc, Path contentDir, List<Problem> problems) {
        SourcePage cover = doc.cover();
        String coverFile = "content/" + cover.path();
        String folder = SitePaths.topFolder(cover.path());
        List<Appendix> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Object> items = cover.list(Attachments.APPENDICES);
        for (int i = 0; i < items.size(); i++) {
            String at = Attachments.APPENDICES + "." + i;
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                problems.add(new Problem(coverFile, cover.lineOf(at), "mỗi mục của 'appendices' phải ghi id, title, file và columns",
                        "xem mẫu trong hướng dẫn đăng phụ lục"));
                continue;
            }
            int before = problems.size();
            for (Object key : item.keySet()) {
                if (!KEYS.contains(String.valueOf(key))) {
                    problems.add(new Problem(coverFile, cover.lineOf(at + "." + key), "phụ lục không dùng trường '" + key + "'",
                            "chỉ dùng id, title, file, kind, columns và sheet"));
                }
            }
            String id = text(item.get("id"));
            String title = text(item.get("title"));
            String file = text(item.get(Attachments.FILE));
            String kind = text(item.get("kind"));
            String sheet = text(item.get("sheet"));
            if (sheet != null && file != null && !file.endsWith(".xlsx")) {
                problems.add(new Problem(coverFile, cover.lineOf(at + ".sheet"), "'sheet:' chỉ dùng cho tệp Excel .xlsx",
                        "bỏ dòng 'sheet:'"));
            }
            if (id == null || !Slugs.isSlug(id)) {
                problems.add(new Problem(coverFile, cover.lineOf(item.containsKey("id") ? at + ".id" : at),
                        id == null ? "phụ lục chưa ghi 'id:'" : "id phụ lục '" + id + "' không phải chữ thường không dấu nối bằng '-'",
                        "ghi id làm địa chỉ trang phụ lục, ví dụ 'id: phu-luc-1'"));
            } else if (!ids.add(id)) {
                problems.add(new Problem(coverFile, cover.lineOf(at + ".id"), "id phụ lục '" + id + "' dùng hai lần", "mỗi phụ lục một id riêng"));
            } else if (site.pages().stream().anyMatch(p -> p.path().startsWith(folder + "/" + id + "/"))) {
                problems.add(new Problem(coverFile, cover.lineOf(at + ".id"), "địa chỉ /" + folder + "/" + id
                        + "/ đã là một trang của văn bản", "chọn id khác cho phụ lục, ví dụ 'phu-luc-1'"));
            }
            if (title == null) {
                problems.add(new Problem(coverFile, cover.lineOf(at), "phụ lục chưa ghi 'title:'",
                        "ghi tên phụ lục như trong văn bản, ví dụ 'title: \"Phụ lục 1: Phân công nhiệm vụ\"'"));
            }
            if (kind != null && !kind.equals(TASKS_KIND)) {
                problems.add(new Problem(coverFile, cover.lineOf(at + ".kind"), "kind '" + kind + "' không tồn tại",
                        "ghi 'kind: " + TASKS_KIND + "' cho phụ lục phân công nhiệm vụ, hoặc bỏ dòng này"));
            }
            if (file == null || !Attachments.FILE_PATH.matcher(file).matches() || !(file.endsWith(".csv") || file.endsWith(".xlsx"))) {
                problems.add(new Problem(coverFile, cover.lineOf(item.containsKey(Attachments.FILE) ? at + ".file" : at),
                        file == null ? "phụ lục chưa ghi 'file:'" : "tệp dữ liệu '" + file + "' phải là .csv hoặc .xlsx, tên chữ thường không dấu",
                        file != null && file.toLowerCase(java.util.Locale.ROOT).endsWith(".xls")
                                ? "mở tệp bằng Excel, chọn Tệp > Lưu thành > 'Sổ làm việc Excel (.xlsx)', rồi khai báo tệp .xlsx"
                                : "ghi đường dẫn trong thư mục content/" + folder + "/, ví dụ 'file: phu-luc/phu-luc-1.xlsx'"
                                + (file == null ? "" : " (đổi tên thành '" + Attachments.suggest(file) + "')")));
            }
            List<Appendix.Column> columns = columns(cover, coverFile, at, item.get("columns"), TASKS_KIND.equals(kind), problems);
            if (problems.size() > before) {
                continue;
            }
            String source = folder + "/" + file;
            Path path = Attachments.present(contentDir, source, coverFile, cover.lineOf(at + ".file"), "dữ liệu phụ lục", problems);
            if (path == null) {
                continue;
            }
            Problem tooLarge = InputLimits.fileSize("content/" + source, size(path), InputLimits.TABLE_FILE_BYTES,
                    "một phụ lục vài trăm hàng chỉ vài chục KB", "kiểm tra xem có chép nhầm tệp không; một phụ lục thật lớn"
                            + " hơn thì chia thành nhiều phụ lục");
            if (tooLarge != null) {
                problems.add(tooLarge);
                continue;
            }
            List<Appendix.Row> rows = rows("content/" + source, read(path), sheet, columns, problems);
            if (rows != null) {
                out.add(new Appendix(doc.id(), id, title, source, TASKS_KIND.equals(kind), columns, rows));
            }
        }
        return out;
    }

    private static List<Appendix.Column> columns(SourcePage cover, String coverFile, String at, Object value, boolean tasks,
                                                 List<Problem> problems) {
        List<Appendix.Column> out = new ArrayList<>();
        String fix = "ghi 'columns:' rồi mỗi cột một dòng '      - name: \"Nhiệm vụ\"', kèm '        role: nhiem-vu' nếu là phụ lục phân công";
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            problems.add(new Problem(coverFile, cover.lineOf(at + ".columns"), "phụ lục chưa khai báo các cột ('columns:')", fix));
            return out;
        }
        Set<String> names = new HashSet<>();
        Set<Appendix.Role> roles = EnumSet.noneOf(Appendix.Role.class);
        for (int c = 0; c < list.size(); c++) {
            String cAt = at + ".columns." + c;
            Object item = list.get(c);
            String name = item instanceof Map<?, ?> m ? text(m.get("name")) : text(item);
            String roleCode = item instanceof Map<?, ?> m ? text(m.get("role")) : null;
            if (name == null || item instanceof Map<?, ?> m && !Set.of("name", "role").containsAll(m.keySet().stream().map(String::valueOf).toList())) {
                problems.add(new Problem(coverFile, cover.lineOf(cAt), "cột thứ " + (c + 1) + " chưa ghi đúng (cần 'name:', có thể thêm 'role:')", fix));
                continue;
            }
            if (!names.add(name)) {
                problems.add(new Problem(coverFile, cover.lineOf(cAt), "cột '" + name + "' khai báo hai lần", "mỗi cột một tên riêng"));
            }
            Appendix.Role role = null;
            if (roleCode != null) {
                role = Appendix.Role.of(roleCode);
                if (!tasks) {
                    problems.add(new Problem(coverFile, cover.lineOf(cAt + ".role"), "'role:' chỉ dùng cho phụ lục phân công nhiệm vụ",
                            "thêm 'kind: " + TASKS_KIND + "' cho phụ lục, hoặc bỏ dòng 'role:'"));
                } else if (role == null) {
                    problems.add(new Problem(coverFile, cover.lineOf(cAt + ".role"), "role '" + roleCode + "' không tồn tại",
                            "ghi một trong " + Appendix.Role.codes()));
                } else if (!roles.add(role)) {
                    problems.add(new Problem(coverFile, cover.lineOf(cAt + ".role"), "role '" + roleCode + "' đã gán cho cột khác",
                            "mỗi vai trò chỉ gán cho một cột"));
                }
            }
            out.add(new Appendix.Column(name, role));
        }
        if (tasks) {
            for (Appendix.Role needed : List.of(Appendix.Role.TASK, Appendix.Role.LEAD)) {
                if (!roles.contains(needed)) {
                    problems.add(new Problem(coverFile, cover.lineOf(at + ".columns"), "phụ lục phân công chưa có cột nào mang 'role: "
                            + needed.code + "'", "thêm 'role: " + needed.code + "' vào cột " + (needed == Appendix.Role.TASK
                            ? "ghi nhiệm vụ" : "ghi cơ quan chủ trì")));
                }
            }
        }
        return out;
    }

    private static List<Appendix.Row> rows(String file, byte[] bytes, String sheet, List<Appendix.Column> columns,
                                           List<Problem> problems) {
        List<TableFile.Line> lines = TableFile.read(file, bytes, sheet, problems);
        if (lines == null) {
            return null;
        }
        int before = problems.size();
        List<String> declared = columns.stream().map(Appendix.Column::name).toList();
        if (lines.isEmpty()) {
            problems.add(Problem.ofFile(file, "tệp dữ liệu trống", "dòng đầu ghi tên các cột, mỗi dòng sau một hàng của phụ lục"));
            return null;
        }
        int h = 0; // title lines of one cell ("PHỤ LỤC I", "(Kèm theo Kế hoạch số ...)") may stand above the column names
        while (h < TITLE_LINES && h < lines.size() - 1 && !lines.get(h).cells().equals(declared)
                && lines.get(h).cells().stream().filter(c -> !c.isEmpty()).count() == 1) {
            h++;
        }
        TableFile.Line header = lines.get(h);
        if (!header.cells().equals(declared)) {
            problems.add(Problem.ofFile(file, header.where() + ": tên các cột là " + quoted(header.cells())
                    + " nhưng trang bìa khai báo " + quoted(declared), "sửa dòng đầu của tệp hoặc 'columns:' trên trang bìa cho khớp,"
                    + " đúng thứ tự và chính tả"));
            return null;
        }
        int first = h + 1 < lines.size() && numbering(lines.get(h + 1).cells(), declared.size()) ? h + 2 : h + 1;
        Problem tooMany = InputLimits.appendixRows(file, lines.size() - first);
        if (tooMany != null) {
            problems.add(tooMany);
            return null;
        }
        List<Appendix.Row> rows = new ArrayList<>();
        for (int r = first; r < lines.size(); r++) {
            TableFile.Line line = lines.get(r);
            List<String> cells = new ArrayList<>(line.cells());
            if (cells.size() > columns.size()) {
                problems.add(Problem.ofFile(file, line.where() + ": có " + cells.size() + " ô, nhiều hơn " + columns.size() + " cột đã khai báo",
                        "bỏ ô thừa, hoặc đặt ô có dấu phẩy trong ngoặc kép"));
                continue;
            }
            while (cells.size() < columns.size()) {
                cells.add("");
            }
            for (String cell : cells) {
                TextHygiene.check(file + " (" + line.where() + ")", cell).forEach(problems::add);
            }
            boolean heading = heading(line, columns.size());
            for (int c = 0; c < columns.size() && !heading; c++) {
                Appendix.Role role = columns.get(c).role();
                if ((role == Appendix.Role.TASK || role == Appendix.Role.LEAD) && cells.get(c).isEmpty()) {
                    problems.add(Problem.ofFile(file, line.where() + ": ô '" + columns.get(c).name() + "' để trống",
                            "mỗi nhiệm vụ cần ghi nội dung nhiệm vụ và cơ quan chủ trì"));
                }
            }
            rows.add(new Appendix.Row(rows.size() + 1, List.copyOf(cells), heading));
        }
        if (rows.isEmpty() && problems.size() == before) {
            problems.add(Problem.ofFile(file, "tệp dữ liệu chỉ có dòng tên cột", "thêm các hàng của phụ lục dưới dòng tên cột"));
        }
        return problems.size() == before ? rows : null;
    }

    /** The line numbering the columns under their names: "(1)", "(2)", ... or 1, 2, ..., one per column. */
    static boolean numbering(List<String> cells, int columns) {
        if (cells.size() != columns) {
            return false;
        }
        for (int c = 0; c < columns; c++) {
            String n = String.valueOf(c + 1);
            if (!cells.get(c).equals(n) && !cells.get(c).equals("(" + n + ")")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A group heading row ("I. LĨNH VỰC KINH TẾ", or "II" then "Lĩnh vực xã hội"): of three columns or more, text in
     * the first two only, beginning with a group number or merged across columns in Excel.
     */
    static boolean heading(TableFile.Line line, int columns) {
        List<String> cells = line.cells();
        if (columns < 3 || cells.size() > 2) {
            return false;
        }
        return line.wide() || GROUP.matcher(cells.get(0).isEmpty() && cells.size() == 2 ? cells.get(1) : cells.get(0)).matches();
    }

    private static String quoted(List<String> names) {
        return "'" + String.join("', '", names) + "'";
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static String text(Object v) {
        return v instanceof String s && !s.isBlank() ? s.strip() : null;
    }
}
