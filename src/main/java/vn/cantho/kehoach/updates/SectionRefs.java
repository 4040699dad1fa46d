package vn.cantho.kehoach.updates;

import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.Site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the section an update names: "ii-4-2" when only one document has that id, and
 * "32-kh-ubnd-2026/ii-4-2" (document id, '/', section id) always.
 */
final class SectionRefs {
    private final Map<String, Section> qualified = new HashMap<>();
    private final Map<String, List<String>> byId = new HashMap<>();

    SectionRefs(Site site) {
        for (PlanDocument doc : site.documents()) {
            for (Section s : doc.sections()) {
                qualified.put(doc.id() + "/" + s.id(), s);
                byId.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(doc.id() + "/" + s.id());
            }
        }
    }

    /** A section found, or why not (what and how to fix it, for the build message). */
    record Found(Section section, String what, String fix) {
    }

    Found find(String ref) {
        String r = ref.strip();
        if (r.contains("/")) {
            Section s = qualified.get(r);
            return s != null ? new Found(s, null, null) : new Found(null, "không có phần '" + r
                    + "': id văn bản hoặc id phần không đúng",
                    "ghi 'id-văn-bản/id-phần', ví dụ 32-kh-ubnd-2026/ii-4-2 cho content/32-kh-ubnd-2026/ii/4-2/");
        }
        List<String> found = byId.getOrDefault(r, List.of());
        if (found.size() == 1) {
            return new Found(qualified.get(found.get(0)), null, null);
        }
        if (found.isEmpty()) {
            return new Found(null, "không có phần nào có id '" + r + "'",
                    "id của phần là đường dẫn thư mục của nó với '/' đổi thành '-', ví dụ ii-4-2 cho"
                            + " content/32-kh-ubnd-2026/ii/4-2/ (xem dòng 'id:' trong tệp index.md của phần đó)");
        }
        return new Found(null, "id '" + r + "' có ở nhiều văn bản: " + String.join(", ", found),
                "ghi rõ văn bản, ví dụ '" + found.get(0) + "'");
    }
}
