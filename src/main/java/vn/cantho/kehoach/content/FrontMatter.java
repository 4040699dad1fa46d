package vn.cantho.kehoach.content;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a Markdown file into its YAML front matter (between two {@code ---} lines at the top) and its
 * body, and reads the YAML as written: with SnakeYAML's node API ({@link Yaml#compose}) and no implicit
 * typing, so every scalar is the exact text of the file ({@code 010}, {@code 4.10}, {@code 2026-01-22} and
 * {@code yes} stay those strings). Sequences become {@link List}s and mappings insertion-ordered
 * {@link Map}s. Converting a text to a number or a date is a per-field rule of {@link FieldRules}.
 *
 * <p>Every value's 1-based line in the file is recorded under its path: a top-level field by its name
 * ({@code "order"}), an item of a list by the field and its 0-based index ({@code "changes.0"}), a field of
 * a mapping inside it by the path of the mapping and its key ({@code "changes.0.date"}).
 *
 * <p>Refused here, whatever the field: YAML syntax errors (at the line that opened the mistake), a key
 * written twice, YAML tags other than the standard ones, and the bare null words ({@code ~}, {@code null}):
 * they mean "no value" to YAML and a word to a reader.
 */
public final class FrontMatter {
    private static final String FENCE = "---";
    private static final Set<Tag> STANDARD_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);
    private static final Set<String> NULL_WORDS = Set.of("~", "null", "Null", "NULL");

    private FrontMatter() {
    }

    /**
     * Result of a split.
     *
     * @param fields     top-level fields in file order: String, List or Map values, never null
     * @param fieldLines 1-based line of every value, keyed by path ("order", "changes.0", "changes.0.date")
     * @param body       the Markdown after the closing fence
     * @param bodyLine   1-based line the body starts on
     */
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
        for (int i = 1; i < end; i++) {
            yamlText.append(lines[i]).append('\n');
        }
        String body = String.join("\n", java.util.Arrays.asList(lines).subList(end + 1, lines.length));
        Problem tooLong = InputLimits.frontMatterSize(file, yamlText.length());
        if (tooLong != null) {
            problems.add(tooLong);
            return new Parsed(Map.of(), Map.of(), body, end + 2, problems);
        }
        Reader reader = new Reader(file, problems);
        LibraryGuard.run(file, 2, () -> {
            read(file, yamlText.toString(), reader, problems);
            return null;
        }, p -> problems.add(p));
        return new Parsed(Collections.unmodifiableMap(reader.fields), Collections.unmodifiableMap(reader.lines),
                body, end + 2, problems);
    }

    private static void read(String file, String yamlText, Reader reader, List<Problem> problems) {
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new StringReader(yamlText));
            if (root instanceof MappingNode map) {
                reader.mapping(map, "", reader.fields);
            } else if (root != null && !(root instanceof ScalarNode s && s.getValue().isBlank())) {
                problems.add(new Problem(file, 2, "phần khai báo không gồm các dòng 'trường: giá trị'",
                        "mỗi dòng một 'trường: giá trị', ví dụ 'title: \"Mục I\"'"));
            }
        } catch (MarkedYAMLException e) {
            // An unclosed quote or bracket is found only at the end: point at where it was opened instead.
            boolean atEnd = String.valueOf(e.getProblem()).contains("end of stream");
            Mark mark = atEnd && e.getContextMark() != null ? e.getContextMark()
                    : e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 2 : lineOf(mark);
            String what = explain(e) + " (" + (e.getContext() == null ? "" : e.getContext() + ": ")
                    + (e.getProblem() == null ? "" : e.getProblem()) + ")";
            problems.add(new Problem(file, line, "phần khai báo bị lỗi cú pháp YAML: " + what,
                    "kiểm tra dòng này: 'trường: giá trị'; giá trị có ':' hoặc '#' phải đặt trong dấu \"...\""));
        } catch (YAMLException e) {
            problems.add(new Problem(file, 2, "phần khai báo bị lỗi cú pháp YAML: " + e.getMessage(),
                    "mỗi dòng một 'trường: giá trị', giá trị chữ đặt trong dấu \"...\""));
        } catch (TooManyValues e) {
            problems.add(InputLimits.frontMatterValues(file, e.line));
        }
    }

    /** Thrown when a front matter holds more than {@link InputLimits#FRONT_MATTER_VALUES} values. */
    private static final class TooManyValues extends RuntimeException {
        final int line;

        TooManyValues(int line) {
            super(null, null, false, false);
            this.line = line;
        }
    }

    /** 1-based line in the file of a mark in the YAML text, which starts after the opening fence. */
    private static int lineOf(Mark mark) {
        return mark.getLine() + 2;
    }

    /** Turns the node tree into plain values, recording lines and refusing what cannot be read safely. */
    private static final class Reader {
        private final String file;
        private final List<Problem> problems;
        private final Map<String, Object> fields = new LinkedHashMap<>();
        private final Map<String, Integer> lines = new LinkedHashMap<>();

        Reader(String file, List<Problem> problems) {
            this.file = file;
            this.problems = problems;
        }

        private int values;

        private Object value(Node node, String path) {
            if (++values > InputLimits.FRONT_MATTER_VALUES) {
                throw new TooManyValues(lineOf(node.getStartMark()));
            }
            lines.putIfAbsent(path, lineOf(node.getStartMark()));
            if (!STANDARD_TAGS.contains(node.getTag())) {
                problems.add(new Problem(file, lineOf(node.getStartMark()), "giá trị '" + path + "' dùng thẻ YAML "
                        + node.getTag() + ", không được phép", "xóa phần bắt đầu bằng '!' và ghi giá trị trong dấu \"...\""));
                return "";
            }
            if (node instanceof ScalarNode s) {
                if (s.isPlain() && NULL_WORDS.contains(s.getValue())) {
                    String key = path.substring(path.lastIndexOf('.') + 1);
                    String quoted = (key.chars().allMatch(Character::isDigit) ? "- " : key + ": ") + "\"" + s.getValue() + "\"";
                    problems.add(new Problem(file, lineOf(node.getStartMark()), "giá trị '" + s.getValue()
                            + "' không rõ nghĩa: YAML hiểu là \"không có giá trị\"",
                            "để trống thì xóa dòng này; nếu đúng là chữ đó thì viết " + quoted));
                }
                return s.getValue();
            }
            if (node instanceof SequenceNode seq) {
                List<Object> items = new ArrayList<>();
                for (Node item : seq.getValue()) {
                    items.add(value(item, path + "." + items.size()));
                }
                return Collections.unmodifiableList(items);
            }
            Map<String, Object> map = new LinkedHashMap<>();
            mapping((MappingNode) node, path + ".", map);
            return Collections.unmodifiableMap(map);
        }

        /** Reads a mapping's entries into {@code into}; keys are prefixed by {@code prefix} in the line map. */
        void mapping(MappingNode node, String prefix, Map<String, Object> into) {
            for (NodeTuple t : node.getValue()) {
                int line = lineOf(t.getKeyNode().getStartMark());
                if (!(t.getKeyNode() instanceof ScalarNode keyNode)) {
                    problems.add(new Problem(file, line, "tên trường không phải một chữ",
                            "mỗi dòng một 'trường: giá trị', ví dụ 'title: \"Mục I\"'"));
                    continue;
                }
                String key = keyNode.getValue();
                if (into.containsKey(key)) {
                    problems.add(new Problem(file, line, "một trường được khai báo hai lần: '" + key + "' (lần đầu ở dòng "
                            + lines.get(prefix + key) + ")", "xóa một trong hai dòng"));
                    continue;
                }
                lines.put(prefix + key, line);
                into.put(key, value(t.getValueNode(), prefix + key));
            }
        }
    }
}
