package vn.cantho.kehoach.content;

import java.util.Map;

/**
 * One Markdown file of {@code content/}, read and split but not yet checked.
 *
 * @param path     path relative to the content folder, with '/' separators ("32-kh-ubnd-2026/ii/4-2/index.md")
 * @param url      the site URL it bakes to ("/32-kh-ubnd-2026/ii/4-2/")
 * @param fields   front matter fields, in file order
 * @param fieldLines 1-based line of each field in the file
 * @param body     Markdown body
 * @param bodyLine 1-based line of the file where the body starts
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

    public String string(String key) {
        Object v = fields.get(key);
        return v == null ? null : String.valueOf(v);
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


    /** 1-based line of a front matter field, for messages; 1 (the opening fence) when absent. */
    public int lineOf(String key) {
        return fieldLines.getOrDefault(key, 1);
    }
}
