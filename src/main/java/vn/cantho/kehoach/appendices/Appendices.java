package vn.cantho.kehoach.appendices;

import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SitePaths;
import vn.cantho.kehoach.content.SourcePage;
import vn.cantho.kehoach.structured.JsonText;
import vn.cantho.kehoach.updates.Update;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The appendices of each document ({@code appendices:} on its cover), published as open tables: before baking,
 * a page per appendix ({@code /<plan>/<id>/}, template {@code appendix.ftl}, extras key {@value #EXTRA}) with a row
 * anchor per row ({@code #dong-3}) and the updates naming each task row, a list on the cover (extras key
 * {@value #COVER_EXTRA}) and, for task-assignment appendices, a page per lead agency ({@link Agencies}); after
 * baking, each appendix as CSV and JSON beside its page ({@link #write}); its rows in the open JSON ({@link #openJson}).
 */
public final class Appendices {
    public static final String TYPE = "appendix";
    /** Extras key of an appendix page: the table. */
    public static final String EXTRA = "appendix";
    /** Extras key of the cover: {@code items}, the document's appendices (title, url, rows). */
    public static final String COVER_EXTRA = "appendices";

    private Appendices() {
    }

    /**
     * Checks every appendix, the task rows updates name, and adds the pages.
     * @param updates the published updates (they may name task rows in {@code tasks:})
     * @throws BuildFailure listing every problem found
     */
    public static void apply(Site site, Path contentDir, List<Update> updates) {
        List<Problem> problems = new ArrayList<>();
        Map<PlanDocument, List<Appendix>> byDoc = new LinkedHashMap<>();
        List<Appendix> all = new ArrayList<>();
        for (PlanDocument doc : site.documents()) {
            List<Appendix> found = AppendixCheck.check(site, doc, contentDir, problems);
            byDoc.put(doc, found);
            all.addAll(found);
        }
        Map<String, List<Update>> taskUpdates = problems.isEmpty()
                ? TaskUpdates.read(contentDir, updates, all, problems) : Map.of();
        Agencies agencies = new Agencies(site, all, problems);
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        for (Map.Entry<PlanDocument, List<Appendix>> e : byDoc.entrySet()) {
            PlanDocument doc = e.getKey();
            List<Map<String, Object>> items = new ArrayList<>();
            for (Appendix a : e.getValue()) {
                String path = SitePaths.topFolder(doc.cover().path()) + "/" + a.id() + "/index.md";
                site.addGenerated(SourcePage.generated(path, Map.of("type", TYPE, "id", a.id(), "title", a.title())), "");
                site.putExtra(path, EXTRA, view(a, doc, taskUpdates, agencies));
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("title", a.title());
                item.put("url", a.url());
                item.put("rows", a.rows().size());
                item.put("path", path);
                items.add(item);
            }
            if (!items.isEmpty()) {
                site.putExtra(doc.cover().path(), COVER_EXTRA, Map.of("items", items));
            }
        }
        agencies.addPages(site, taskUpdates);
    }

    /** What the appendix page shows, and what {@link #write} and {@link #openJson} read back. */
    private static Map<String, Object> view(Appendix a, PlanDocument doc, Map<String, List<Update>> taskUpdates,
                                            Agencies agencies) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("document", doc.shortName());
        m.put("documentUrl", doc.url());
        m.put("tasks", a.tasks());
        m.put("columns", a.columns().stream().map(Appendix.Column::name).toList());
        m.put("roles", a.columns().stream().map(c -> c.role() == null ? "" : c.role().code).toList());
        int lead = -1;
        for (int i = 0; i < a.columns().size(); i++) {
            if (a.columns().get(i).role() == Appendix.Role.LEAD) {
                lead = i;
            }
        }
        m.put("leadColumn", lead);
        List<Map<String, Object>> rows = new ArrayList<>();
        boolean anyUpdates = false;
        for (Appendix.Row r : a.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", r.number());
            row.put("anchor", r.anchor());
            row.put("cells", r.cells());
            row.put("heading", r.heading());
            List<Update> named = taskUpdates.getOrDefault(a.docId() + "/" + a.id() + "#" + r.anchor(), List.of());
            anyUpdates |= !named.isEmpty();
            row.put("updates", named.stream().map(Appendices::updateLink).toList());
            if (lead >= 0 && !r.heading()) {
                row.put("leadUrl", agencies.url(r.cells().get(lead)));
            }
            rows.add(row);
        }
        m.put("rows", rows);
        m.put("anyUpdates", anyUpdates);
        m.put("csvUrl", a.url() + a.id() + ".csv");
        m.put("jsonUrl", a.url() + a.id() + ".json");
        return m;
    }

    static Map<String, Object> updateLink(Update u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", u.title());
        m.put("url", u.url());
        m.put("date", u.displayDate());
        m.put("isoDate", u.date().toString());
        return m;
    }

    /** An appendix page whose table rows are searched (search.SearchIndex). */
    public record Searchable(String url, String title) {
    }

    /** The appendix pages of a document, in cover order. */
    public static List<Searchable> searchable(Site site, PlanDocument doc) {
        return tables(site, doc).stream().map(a -> new Searchable(doc.url() + a.get("id") + "/", (String) a.get("title"))).toList();
    }

    /** Site paths the downloads take (no asset may take them). */
    public static List<String> paths(Site site) {
        List<String> out = new ArrayList<>();
        for (PlanDocument doc : site.documents()) {
            for (Map<String, Object> a : tables(site, doc)) {
                out.add(((String) a.get("csvUrl")).substring(1));
                out.add(((String) a.get("jsonUrl")).substring(1));
            }
        }
        return out;
    }

    /** After baking: each appendix as CSV (UTF-8 with BOM, so Excel reads the accents) and as JSON. */
    public static void write(Site site, Path out) {
        for (PlanDocument doc : site.documents()) {
            for (Map<String, Object> a : tables(site, doc)) {
                try {
                    Path csv = out.resolve(((String) a.get("csvUrl")).substring(1));
                    Files.createDirectories(csv.getParent());
                    Files.writeString(csv, "\uFEFF" + csv(a), StandardCharsets.UTF_8);
                    Files.writeString(out.resolve(((String) a.get("jsonUrl")).substring(1)),
                            JsonText.of(json(a, site.baseUrl(), doc)) + "\n", StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** The open JSON's {@code appendices} (empty when the document has none). */
    public static Map<String, Object> openJson(Site site, PlanDocument doc, String base) {
        List<Map<String, Object>> list = tables(site, doc).stream().map(a -> json(a, base, doc)).toList();
        return list.isEmpty() ? Map.of() : Map.of("appendices", list);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Map<String, Object> a, String base, PlanDocument doc) {
        Map<String, Object> m = new LinkedHashMap<>();
        String url = doc.url() + a.get("id") + "/";
        m.put("id", a.get("id"));
        m.put("document", doc.id());
        m.put("title", a.get("title"));
        m.put("url", base + url);
        m.put("csv", base + a.get("csvUrl"));
        m.put("json", base + a.get("jsonUrl"));
        m.put("kind", (Boolean) a.get("tasks") ? "phan-cong" : "bang");
        List<String> names = (List<String>) a.get("columns");
        List<String> roles = (List<String>) a.get("roles");
        List<Map<String, Object>> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", names.get(i));
            if (!roles.get(i).isEmpty()) {
                c.put("role", roles.get(i));
            }
            columns.add(c);
        }
        m.put("columns", columns);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) a.get("rows")) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", r.get("number"));
            row.put("id", r.get("anchor"));
            row.put("url", base + url + "#" + r.get("anchor"));
            row.put("cells", r.get("cells"));
            if ((Boolean) r.get("heading")) {
                row.put("heading", true);
            }
            row.put("updates", ((List<Map<String, Object>>) r.get("updates")).stream()
                    .map(u -> Map.of("title", u.get("title"), "url", base + u.get("url"), "date", u.get("isoDate"))).toList());
            rows.add(row);
        }
        m.put("rows", rows);
        return m;
    }

    @SuppressWarnings("unchecked")
    static String csv(Map<String, Object> a) {
        StringBuilder b = new StringBuilder();
        line(b, (List<String>) a.get("columns"));
        for (Map<String, Object> r : (List<Map<String, Object>>) a.get("rows")) {
            line(b, (List<String>) r.get("cells"));
        }
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            b.append(i == 0 ? "" : ",");
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        b.append("\r\n");
    }

    /** The appendix tables of a document, as attached to their pages. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> tables(Site site, PlanDocument doc) {
        Object cover = site.extras(doc.cover().path()).get(COVER_EXTRA);
        if (!(cover instanceof Map<?, ?> m)) {
            return List.of();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> item : (List<Map<String, Object>>) m.get("items")) {
            out.add((Map<String, Object>) site.extras((String) item.get("path")).get(EXTRA));
        }
        return out;
    }
}
