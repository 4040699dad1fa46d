package vn.cantho.kehoach.permalinks;

import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SourcePage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the {@code moved_from} fields of the sections (one old URL or a list of them) and checks them: each
 * must be a page URL of the same document, published before (in the manifest, when there is one), not a
 * page that exists now, and claimed by one section only. Pages that lived below a moved section's old URL
 * and now live at the same place below its new URL (its history pages, say) move with it.
 */
final class MovePlan {
    static final String FIELD = "moved_from";
    private static final Pattern PAGE_URL = Pattern.compile("/([a-z0-9]+(-[a-z0-9]+)*/)+");

    private MovePlan() {
    }

    record Result(List<Move> moves, List<Problem> problems) {
    }

    static Result of(Site site, Manifest manifest) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Move> byFrom = new LinkedHashMap<>();
        Map<String, String> declaredBy = new LinkedHashMap<>();
        for (PlanDocument doc : site.documents()) {
            for (Section s : doc.sections()) {
                SourcePage page = s.page();
                String file = "content/" + page.path();
                List<String> froms = values(page.fields().get(FIELD));
                for (int i = 0; i < froms.size(); i++) {
                    String from = froms.get(i);
                    int line = page.fieldLines().getOrDefault(FIELD + "." + i, page.lineOf(FIELD));
                    Problem problem = check(site, manifest, doc, s, from, declaredBy, file, line);
                    if (problem != null) {
                        problems.add(problem);
                        continue;
                    }
                    declaredBy.put(from, file);
                    String folder = doc.url();
                    String oldId = from.substring(folder.length(), from.length() - 1).replace('/', '-');
                    String fullText = doc.fullText() == null ? null : doc.fullText().url();
                    byFrom.put(from, new Move(from, s.url(), page.path(), oldId, s.id(), fullText));
                }
            }
        }
        if (manifest != null) {
            for (Move m : List.copyOf(byFrom.values())) {
                for (String old : manifest.addresses()) {
                    if (old.startsWith(m.from()) && old.endsWith("/") && !old.equals(m.from())
                            && !byFrom.containsKey(old) && site.page(Move.pagePathOf(old)) == null) {
                        String to = m.to() + old.substring(m.from().length());
                        if (site.page(Move.pagePathOf(to)) != null) {
                            byFrom.put(old, new Move(old, to, null, null, null, null));
                        }
                    }
                }
            }
        }
        return new Result(List.copyOf(byFrom.values()), problems);
    }

    /** The problem with one declared old URL (reported at file:line), or null when it is fine. */
    private static Problem check(Site site, Manifest manifest, PlanDocument doc, Section s, String from,
                                 Map<String, String> declaredBy, String file, int line) {
        String example = "ví dụ 'moved_from: " + doc.url() + "ii/4-2/'";
        if (!PAGE_URL.matcher(from).matches()) {
            return new Problem(file, line, "moved_from '" + from
                    + "' không phải địa chỉ trang dạng /văn-bản/phần/ (bắt đầu và kết thúc bằng '/')",
                    "chép nguyên địa chỉ cũ từ " + Manifest.FILE + ", " + example);
        }
        if (from.equals(s.url())) {
            return new Problem(file, line, "moved_from '" + from + "' chính là địa chỉ hiện nay của phần này",
                    "moved_from ghi địa chỉ CŨ của phần (trước khi chuyển); bỏ dòng này nếu phần không chuyển chỗ");
        }
        if (!from.startsWith(doc.url()) || from.equals(doc.url())) {
            return new Problem(file, line, "moved_from '" + from + "' không phải địa chỉ một phần của văn bản "
                    + doc.url(),
                    "chỉ chuyển được một phần trong cùng văn bản; " + example);
        }
        SourcePage existing = site.page(Move.pagePathOf(from));
        if (existing != null) {
            return new Problem(file, line, "moved_from '" + from + "' trùng với một trang đang có: content/"
                    + existing.path(),
                    "nếu phần đã chuyển sang đây thì xóa hoặc chuyển tệp cũ đó; nếu không thì bỏ dòng moved_from này");
        }
        if (declaredBy.containsKey(from)) {
            return new Problem(file, line, "moved_from '" + from + "' đã được khai báo ở " + declaredBy.get(from),
                    "một địa chỉ cũ chỉ chuyển đến một chỗ: giữ dòng này ở đúng một tệp");
        }
        if (manifest != null && !manifest.contains(from)) {
            return new Problem(file, line, "moved_from '" + from + "' chưa từng được công bố (không có trong "
                    + Manifest.FILE + ")",
                    "kiểm tra lỗi gõ: chép nguyên địa chỉ cũ từ " + Manifest.FILE);
        }
        return null;
    }

    /** A field holding one value or a list of them, as trimmed strings. */
    private static List<String> values(Object field) {
        if (field == null) {
            return List.of();
        }
        if (field instanceof List<?> list) {
            return list.stream().map(v -> String.valueOf(v).strip()).toList();
        }
        return List.of(String.valueOf(field).strip());
    }
}
