package vn.cantho.kehoach.appendices;

import vn.cantho.kehoach.content.FrontMatter;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.updates.Update;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The task rows each published update names in its optional {@value #FIELD} list, as it names sections:
 * "phu-luc-1/dong-3" when only one document has an appendix of that id, "kh-1/phu-luc-1/dong-3" always.
 * Only rows of task-assignment appendices can be named.
 */
final class TaskUpdates {
    /** The update's front matter field. */
    static final String FIELD = "tasks";

    private TaskUpdates() {
    }

    /** For each task row ("docId/appendixId#dong-3"), the updates that name it, newest first. */
    static Map<String, List<Update>> read(Path contentDir, List<Update> updates, List<Appendix> appendices,
                                          List<Problem> problems) {
        Map<String, Appendix> qualified = new HashMap<>();
        Map<String, List<Appendix>> byId = new HashMap<>();
        for (Appendix a : appendices) {
            if (a.tasks()) {
                qualified.put(a.docId() + "/" + a.id(), a);
                byId.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(a);
            }
        }
        Map<String, List<Update>> out = new LinkedHashMap<>();
        for (Update u : updates) {
            String file = "content/" + u.path();
            FrontMatter.Parsed parsed = FrontMatter.parse(file, readText(contentDir.resolve(u.path())));
            Object value = parsed.fields().get(FIELD);
            if (value == null) {
                continue;
            }
            List<?> refs = value instanceof List<?> l ? l : List.of(value);
            for (int i = 0; i < refs.size(); i++) {
                String ref = String.valueOf(refs.get(i)).strip();
                int line = parsed.fieldLines().getOrDefault(FIELD + "." + i, parsed.fieldLines().getOrDefault(FIELD, 1));
                String key = find(ref, qualified, byId);
                if (key == null) {
                    problems.add(new Problem(file, line, "tasks: không có hàng nhiệm vụ '" + ref + "'",
                            "ghi 'id-phụ-lục/dong-số' như địa chỉ của hàng trên trang phụ lục phân công, ví dụ 'phu-luc-1/dong-3'"
                                    + " (thêm id văn bản phía trước, 'kh-1/phu-luc-1/dong-3', khi nhiều văn bản có phụ lục cùng id)"));
                } else {
                    List<Update> list = out.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!list.contains(u)) {
                        list.add(u);
                    }
                }
            }
        }
        out.values().forEach(l -> l.sort(Update.NEWEST_FIRST));
        return out;
    }

    /** "docId/appendixId#dong-n" for a row that exists, else null. */
    private static String find(String ref, Map<String, Appendix> qualified, Map<String, List<Appendix>> byId) {
        String[] parts = ref.split("/");
        Appendix a;
        String row;
        if (parts.length == 3) {
            a = qualified.get(parts[0] + "/" + parts[1]);
            row = parts[2];
        } else if (parts.length == 2) {
            List<Appendix> found = byId.getOrDefault(parts[0], List.of());
            a = found.size() == 1 ? found.get(0) : null;
            row = parts[1];
        } else {
            return null;
        }
        if (a == null || !row.matches("dong-[1-9][0-9]{0,5}") || Integer.parseInt(row.substring(5)) > a.rows().size()
                || a.rows().get(Integer.parseInt(row.substring(5)) - 1).heading()) {
            return null;
        }
        return a.docId() + "/" + a.id() + "#" + row;
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").replaceFirst("^\uFEFF", "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
