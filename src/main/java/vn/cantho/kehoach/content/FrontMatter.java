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

    public static Parsed parse(String file, String text) {
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            problems.add(new Problem(file, 1, "the file does not start with front matter ('---')",
                    "begin the file with a line '---', the fields (type, id, title, ...), then another '---' line"));
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
            problems.add(new Problem(file, 1, "the front matter opened on line 1 is never closed",
                    "add a line '---' after the last field"));
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
                problems.add(new Problem(file, 2, "the front matter is not a list of 'field: value' lines",
                        "write one 'field: value' per line, e.g. 'title: \"Mục I\"'"));
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 2 : mark.getLine() + 2; // +1 for 1-based, +1 for the opening fence
            String what = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            problems.add(new Problem(file, line, "broken front matter: " + what,
                    "check this line: 'field: value', quote values that contain ':' or '#' with \"...\""));
        } catch (YAMLException e) {
            problems.add(new Problem(file, 2, "broken front matter: " + e.getMessage(),
                    "write one 'field: value' per line and quote text values with \"...\""));
        }
        return new Parsed(fields, fieldLines, body.toString(), end + 2, problems);
    }
}
