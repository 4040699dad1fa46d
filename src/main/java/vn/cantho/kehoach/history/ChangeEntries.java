package vn.cantho.kehoach.history;

import vn.cantho.kehoach.content.InputLimits;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.content.SourcePage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks the {@code changes} list of a section's front matter:
 * <pre>
 * changes:
 *   - date: 15/03/2026
 *     kind: amendment
 *     basis: "Kế hoạch số 99/KH-UBND ngày 15/03/2026 của Ủy ban nhân dân thành phố Cần Thơ"
 *     note: "Sửa đổi đoạn 3"
 * </pre>
 * Every mistake is a problem at its file and line, in Vietnamese, with a fix.
 */
public final class ChangeEntries {
    public static final String FIELD = "changes";
    private static final Set<String> KEYS = Set.of("date", "kind", "basis", "note");
    private static final Pattern ITEM = Pattern.compile("^(\\s*)-\\s*(?:([A-Za-z_]+)\\s*:)?");
    private static final Pattern KEY = Pattern.compile("^\\s*([A-Za-z_]+)\\s*:");

    /** Entries read, and what is wrong with them. */
    public record Result(List<ChangeEntry> entries, List<Problem> problems) {
    }

    private ChangeEntries() {
    }

    /**
     * @param page      the section page
     * @param fileText  the whole file as written, to point at the line of each entry and key
     * @param issueDate the document's issue date; no change applies before it (null when unknown)
     */
    public static Result read(SourcePage page, String fileText, LocalDate issueDate) {
        String file = "content/" + page.path();
        List<Problem> problems = new ArrayList<>();
        List<ChangeEntry> entries = new ArrayList<>();
        Object value = page.fields().get(FIELD);
        if (value == null) {
            return new Result(entries, problems);
        }
        int fieldLine = page.lineOf(FIELD);
        if (!(value instanceof List<?> list)) {
            problems.add(new Problem(file, fieldLine, "'changes' phải là một danh sách, mỗi mục bắt đầu bằng '- date: ...'",
                    "viết 'changes:' rồi mỗi lần thay đổi một mục thụt vào: '  - date: 15/03/2026', '    kind: amendment', ..."));
            return new Result(entries, problems);
        }
        Problem tooMany = InputLimits.changes(file, fieldLine, list.size());
        if (tooMany != null) {
            problems.add(tooMany);
            return new Result(entries, problems);
        }
        List<Map<String, Integer>> lines = itemLines(fileText, fieldLine, list.size());
        LocalDate previous = null;
        for (int i = 0; i < list.size(); i++) {
            Map<String, Integer> at = lines.get(i);
            int itemLine = at.getOrDefault("", fieldLine);
            if (!(list.get(i) instanceof Map<?, ?> item)) {
                problems.add(new Problem(file, itemLine, "mục thứ " + (i + 1) + " của 'changes' không gồm các dòng 'trường: giá trị'",
                        "viết mục như '  - date: 15/03/2026' rồi '    kind: correction' thụt thẳng hàng với 'date'"));
                continue;
            }
            int before = problems.size();
            for (Object k : item.keySet()) {
                if (!KEYS.contains(String.valueOf(k))) {
                    problems.add(new Problem(file, at.getOrDefault(String.valueOf(k), itemLine), "mục thứ " + (i + 1)
                            + " của 'changes' có trường lạ '" + k + "'", "chỉ dùng date, kind, basis, note"));
                }
            }
            String dateText = text(item.get("date"));
            LocalDate date = null;
            if (dateText == null) {
                problems.add(new Problem(file, itemLine, "mục thứ " + (i + 1) + " của 'changes' thiếu 'date'",
                        "thêm 'date: dd/mm/yyyy', ngày thay đổi bắt đầu áp dụng, ví dụ 'date: 15/03/2026'"));
            } else {
                date = parseDate(dateText);
                if (date == null) {
                    problems.add(new Problem(file, at.getOrDefault("date", itemLine), "date '" + dateText
                            + "' không phải ngày hợp lệ viết theo dạng dd/mm/yyyy", "ghi ngày như 'date: 15/03/2026'"));
                } else if (issueDate != null && date.isBefore(issueDate)) {
                    problems.add(new Problem(file, at.getOrDefault("date", itemLine), "date " + dateText
                            + " sớm hơn ngày ban hành văn bản " + issueDate.format(ChangeEntry.DMY),
                            "ghi ngày thay đổi bắt đầu áp dụng, không sớm hơn ngày ban hành"));
                } else if (previous != null && date.isBefore(previous)) {
                    problems.add(new Problem(file, at.getOrDefault("date", itemLine), "mục thứ " + (i + 1)
                            + " có date " + dateText + " sớm hơn mục trước (" + previous.format(ChangeEntry.DMY) + ")",
                            "các mục trong 'changes' xếp theo ngày, mục mới nhất ghi thêm ở cuối"));
                }
            }
            String kindText = text(item.get("kind"));
            ChangeKind kind = ChangeKind.of(kindText);
            if (kind == null) {
                problems.add(new Problem(file, at.getOrDefault("kind", itemLine), kindText == null
                        ? "mục thứ " + (i + 1) + " của 'changes' thiếu 'kind'"
                        : "kind '" + kindText + "' không phải một loại thay đổi",
                        "ghi 'kind: correction' (đính chính cho đúng bản gốc), 'kind: amendment' (sửa đổi, bổ sung theo"
                                + " văn bản khác) hoặc 'kind: abolition' (bãi bỏ theo văn bản khác)"));
            }
            String basis = text(item.get("basis"));
            if (kind != null && kind.needsBasis() && basis == null) {
                problems.add(new Problem(file, itemLine, "mục thứ " + (i + 1) + " (" + kind.key() + ") thiếu 'basis'",
                        "ghi văn bản làm căn cứ, ví dụ 'basis: \"Kế hoạch số 99/KH-UBND ngày 15/03/2026 của Ủy ban nhân dân"
                                + " thành phố Cần Thơ\"'"));
            }
            if (problems.size() == before) {
                entries.add(new ChangeEntry(i, date, kind, basis, text(item.get("note")), itemLine));
                previous = date;
            }
        }
        for (int i = 0; i + 1 < entries.size(); i++) {
            if (entries.get(i).kind() == ChangeKind.ABOLITION) {
                problems.add(new Problem(file, entries.get(i + 1).line(), "phần này đã bị bãi bỏ ở mục thứ "
                        + (i + 1) + " nên không thể có thay đổi sau đó",
                        "mục bãi bỏ phải là mục cuối; nếu bãi bỏ bị ghi nhầm, xóa chữ 'abolition' và ghi loại đúng"));
            }
        }
        return new Result(entries, problems);
    }

    /** "15/03/2026" as a date; null when not a real dd/mm/yyyy date. */
    public static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.strip(), ChangeEntry.DMY.withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        String s = String.valueOf(v).strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * For each list item, the line of its dash (key "") and of each of its keys, found by reading the lines below
     * the 'changes:' line of the file as written.
     */
    static List<Map<String, Integer>> itemLines(String fileText, int fieldLine, int count) {
        List<Map<String, Integer>> out = new ArrayList<>();
        String[] lines = fileText.replace("\r\n", "\n").split("\n", -1);
        Map<String, Integer> current = null;
        for (int i = fieldLine; i < lines.length && !lines[i].strip().equals("---"); i++) {
            String line = lines[i];
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("-")) {
                break; // the next top-level field
            }
            Matcher item = ITEM.matcher(line);
            if (item.lookingAt()) {
                current = new java.util.HashMap<>();
                current.put("", i + 1);
                if (item.group(2) != null) {
                    current.put(item.group(2), i + 1);
                }
                out.add(current);
                continue;
            }
            Matcher key = KEY.matcher(line);
            if (current != null && key.lookingAt()) {
                current.putIfAbsent(key.group(1), i + 1);
            }
        }
        while (out.size() < count) {
            out.add(Map.of());
        }
        return out;
    }
}
