package vn.cantho.kehoach.content;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Markdown file into its YAML front matter (between two {@code ---} lines at the top)
 * and its body, and parses the YAML with a safe constructor.
 */
public final class FrontMatter {
    private static final String FENCE = "---";
    private static final Pattern KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*:");

    private FrontMatter() {
    }

    /** Result of a split: fields (ordered as written), the body and the 1-based line the body starts on. */
    public record Parsed(Map<String, Object> fields, Map<String, Integer> fieldLines, String body, int bodyLine,
                         List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** The usual YAML mistakes, said in Vietnamese; SnakeYAML's own words follow in brackets. */
    static String explain(MarkedYAMLException e) {
        String context = String.valueOf(e.getContext());
        String problem = String.valueOf(e.getProblem());
        if (context.contains("quoted scalar") && problem.contains("end of stream")) {
            return "dấu ngoặc kép mở ở dòng này chưa được đóng";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "giá trị có dấu ':' mà chưa đặt trong ngoặc kép";
        }
        if (problem.contains("duplicate key")) {
            return "một trường được khai báo hai lần";
        }
        if (problem.contains("cannot start any token") || problem.contains("could not find expected")) {
            return "dòng này có ký tự YAML không đọc được";
        }
        return "sai cú pháp";
    }

    public static Parsed parse(String file, String text) {
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            problems.add(new Problem(file, 1, "tệp không mở đầu bằng phần khai báo (front matter, dòng '---')",
                    "mở đầu tệp bằng dòng '---', tiếp theo là các trường (type, id, title, ...), rồi một dòng '---' nữa"));
            return new Parsed(Map.of(), Map.of(), text, 1, problems);
        }
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals(FENCE)) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            problems.add(new Problem(file, 1, "phần khai báo mở ở dòng 1 nhưng không được đóng",
                    "thêm một dòng '---' sau trường cuối cùng"));
            return new Parsed(Map.of(), Map.of(), "", lines.length, problems);
        }
        StringBuilder yamlText = new StringBuilder();
        Map<String, Integer> fieldLines = new LinkedHashMap<>();
        for (int i = 1; i < end; i++) {
            yamlText.append(lines[i]).append('\n');
            Matcher key = KEY.matcher(lines[i]);
            if (key.lookingAt()) {
                fieldLines.putIfAbsent(key.group(1), i + 1);
            }
        }
        StringBuilder body = new StringBuilder();
        for (int i = end + 1; i < lines.length; i++) {
            body.append(lines[i]);
            if (i < lines.length - 1) {
                body.append('\n');
            }
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Object loaded = new Yaml(new SafeConstructor(options)).load(yamlText.toString());
            if (loaded instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    fields.put(String.valueOf(e.getKey()), e.getValue());
                }
            } else if (loaded != null) {
                problems.add(new Problem(file, 2, "phần khai báo không gồm các dòng 'trường: giá trị'",
                        "mỗi dòng một 'trường: giá trị', ví dụ 'title: \"Mục I\"'"));
            }
        } catch (MarkedYAMLException e) {
            // An unclosed quote or bracket is found only at the end: point at where it was opened instead.
            boolean atEnd = String.valueOf(e.getProblem()).contains("end of stream");
            Mark mark = atEnd && e.getContextMark() != null ? e.getContextMark()
                    : e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 2 : mark.getLine() + 2; // +1 for 1-based, +1 for the opening fence
            String what = explain(e) + " (" + (e.getContext() == null ? "" : e.getContext() + ": ")
                    + (e.getProblem() == null ? "" : e.getProblem()) + ")";
            problems.add(new Problem(file, line, "phần khai báo bị lỗi cú pháp YAML: " + what,
                    "kiểm tra dòng này: 'trường: giá trị'; giá trị có ':' hoặc '#' phải đặt trong dấu \"...\""));
        } catch (YAMLException e) {
            problems.add(new Problem(file, 2, "phần khai báo bị lỗi cú pháp YAML: " + e.getMessage(),
                    "mỗi dòng một 'trường: giá trị', giá trị chữ đặt trong dấu \"...\""));
        }
        return new Parsed(fields, fieldLines, body.toString(), end + 2, problems);
    }
}
