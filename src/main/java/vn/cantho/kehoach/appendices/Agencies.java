package vn.cantho.kehoach.appendices;

import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.Slugs;
import vn.cantho.kehoach.content.SourcePage;
import vn.cantho.kehoach.updates.Update;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.text.Collator;
import java.util.Locale;

/**
 * The lead agencies of every task-assignment appendix of the site: a page per agency ({@code /co-quan/<slug>/},
 * template {@code agency.ftl}) listing its tasks across all documents with their updates, and the list of agencies
 * ({@code /co-quan/}, template {@code agencies.ftl}). The slug is the agency's name in ASCII ("Sở Xây dựng" is
 * {@code so-xay-dung}); two names with one slug stop the build.
 */
final class Agencies {
    static final String FOLDER = "co-quan";
    static final String TYPE = "agency";
    static final String LIST_TYPE = "agencies";
    static final String EXTRA = "agency";
    static final String LIST_TITLE = "Nhiệm vụ theo cơ quan chủ trì";

    /** Name as written → its tasks, in document and row order. */
    private final Map<String, List<Task>> tasksByAgency = new LinkedHashMap<>();
    private final Map<String, String> nameBySlug = new LinkedHashMap<>();

    private record Task(Appendix appendix, Appendix.Row row) {
    }

    Agencies(Site site, List<Appendix> appendices, List<Problem> problems) {
        for (Appendix a : appendices) {
            if (!a.tasks()) {
                continue;
            }
            for (Appendix.Row r : a.rows()) {
                if (r.heading()) {
                    continue;
                }
                String name = name(a.cell(r, Appendix.Role.LEAD));
                String slug = Slugs.suggest(name);
                String other = nameBySlug.putIfAbsent(slug, name);
                if (other != null && !other.equals(name)) {
                    problems.add(Problem.ofFile("content/" + a.source(), "cơ quan chủ trì '" + name + "' (hàng " + r.number()
                            + ") và '" + other + "' có cùng địa chỉ /" + FOLDER + "/" + slug + "/",
                            "ghi tên cơ quan thống nhất giữa các hàng và các phụ lục, đúng chữ hoa chữ thường, ví dụ luôn là '"
                                    + other + "'"));
                    continue;
                }
                tasksByAgency.computeIfAbsent(name, k -> new ArrayList<>()).add(new Task(a, r));
            }
        }
        if (!tasksByAgency.isEmpty() && site.page(FOLDER + "/index.md") != null) {
            problems.add(Problem.ofFile("content/" + FOLDER + "/index.md", "địa chỉ /" + FOLDER + "/ dành cho danh sách cơ quan chủ trì",
                    "chuyển trang này sang thư mục khác"));
        }
    }

    /** The agency a lead cell names: its text with runs of spaces (no-break spaces too) and line breaks made one space. */
    static String name(String cell) {
        return cell.replaceAll("[\\s\\h]+", " ").strip();
    }

    /** The page of the agency a lead cell names, or null when it leads no task. */
    String url(String cell) {
        String name = name(cell);
        return tasksByAgency.containsKey(name) ? "/" + FOLDER + "/" + Slugs.suggest(name) + "/" : null;
    }

    void addPages(Site site, Map<String, List<Update>> taskUpdates) {
        if (tasksByAgency.isEmpty()) {
            return;
        }
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        List<String> names = tasksByAgency.keySet().stream().sorted(Comparator.comparing(n -> n, vietnamese)).toList();
        List<Map<String, Object>> list = new ArrayList<>();
        for (String name : names) {
            String slug = Slugs.suggest(name);
            String path = FOLDER + "/" + slug + "/index.md";
            List<Map<String, Object>> tasks = new ArrayList<>();
            for (Task t : tasksByAgency.get(name)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("task", t.appendix().cell(t.row(), Appendix.Role.TASK));
                m.put("partners", t.appendix().cell(t.row(), Appendix.Role.PARTNERS));
                m.put("deadline", t.appendix().cell(t.row(), Appendix.Role.DEADLINE));
                m.put("product", t.appendix().cell(t.row(), Appendix.Role.PRODUCT));
                m.put("url", t.appendix().url() + "#" + t.row().anchor());
                m.put("appendix", t.appendix().title());
                m.put("document", site.documents().stream().filter(d -> d.id().equals(t.appendix().docId()))
                        .findFirst().map(d -> d.shortName()).orElse(""));
                m.put("updates", taskUpdates.getOrDefault(t.appendix().docId() + "/" + t.appendix().id() + "#" + t.row().anchor(),
                        List.of()).stream().map(Appendices::updateLink).toList());
                m.values().removeIf(v -> v == null || "".equals(v));
                tasks.add(m);
            }
            site.addGenerated(SourcePage.generated(path, Map.of("type", TYPE, "id", FOLDER + "-" + slug, "title", name)), "");
            site.putExtra(path, EXTRA, Map.of("name", name, "tasks", tasks, "listUrl", "/" + FOLDER + "/"));
            list.add(Map.of("name", name, "url", "/" + FOLDER + "/" + slug + "/", "count", tasks.size()));
        }
        String listPath = FOLDER + "/index.md";
        site.addGenerated(SourcePage.generated(listPath, Map.of("type", LIST_TYPE, "id", FOLDER, "title", LIST_TITLE)), "");
        site.putExtra(listPath, EXTRA, Map.of("agencies", list));
    }
}
