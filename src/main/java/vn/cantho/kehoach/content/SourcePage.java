package vn.cantho.kehoach.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One Markdown file of {@code content/}, read and split. Its fields are the text written (see
 * {@link FrontMatter}); the typed accessors convert them by the rules of {@link FieldRules}, and are meant
 * for pages that passed {@link FieldRules#check}.
 *
 * @param path       path relative to the content folder, with '/' separators ("32-kh-ubnd-2026/ii/4-2/index.md")
 * @param url        the site URL it bakes to ("/32-kh-ubnd-2026/ii/4-2/")
 * @param fields     front matter fields, in file order: String, List or Map values
 * @param fieldLines 1-based line of each value in the file, by path ("order", "changes.0.date")
 * @param body       Markdown body
 * @param bodyLine   1-based line of the file where the body starts
 */
public record SourcePage(String path, String url, Map<String, Object> fields, Map<String, Integer> fieldLines,
                         String body, int bodyLine) {

    /**
     * A page the build generates at {@code path} (as if it were a content file there, e.g.
     * "32-kh-ubnd-2026/ii/4-2/lich-su/index.md"), with fields such as type, id and title. The field
     * {@code section} may name the content path of the section the page belongs to (breadcrumbs, table of
     * contents).
     */
    public static SourcePage generated(String path, Map<String, Object> fields) {
        return new SourcePage(path, ContentReader.urlOf(path),
                java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields)), Map.of(), "", 1);
    }

    /**
     * The text of a single-value field, or null when it is absent or left empty (an empty optional field is
     * absent; an empty required one never passes {@link FieldRules#check}). Never the word "null".
     *
     * @throws IllegalStateException if the field holds a list or a mapping
     */
    public String string(String key) {
        Object v = fields.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw new IllegalStateException("content/" + path + ": field '" + key + "' is not a single value");
        }
        return s.isBlank() ? null : s;
    }

    /** Whether a field has a value (present and not left empty). */
    public boolean has(String key) {
        Object v = fields.get(key);
        return v instanceof String s ? !s.isBlank() : v != null;
    }

    /** The items of a list field; empty when absent. */
    public List<Object> list(String key) {
        return fields.get(key) instanceof List<?> l ? List.copyOf(l) : List.of();
    }

    public String type() {
        return string("type");
    }

    public String id() {
        return string("id");
    }

    public String title() {
        return string("title");
    }

    /** The section's reading position ({@code order}), a decimal integer by {@link FieldRules}. */
    public int order() {
        return FieldRules.integer(string("order"));
    }

    /** A date field (dd/mm/yyyy by {@link FieldRules}), or null when absent. */
    public LocalDate date(String key) {
        String s = string(key);
        return s == null ? null : FieldRules.date(s);
    }

    /** 1-based line of a front matter value by its path ("order", "changes.0.date"), for messages; 1 (the opening fence) when absent. */
    public int lineOf(String path) {
        return fieldLines.getOrDefault(path, 1);
    }
}
