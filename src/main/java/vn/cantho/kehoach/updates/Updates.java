package vn.cantho.kehoach.updates;

import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SourcePage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes the implementation updates into a loaded {@link Site}, before baking: a page per update, the
 * paginated list ({@code /cap-nhat/}, {@code /cap-nhat/trang-2/}, ...), and under the extras key
 * {@code updates} the related updates of each concerned section page and the latest few on the home.
 * Drafts are left out entirely unless the build is a preview.
 */
public final class Updates {
    /** Type of the generated list pages (template updates.ftl); an update page has type "update". */
    public static final String LIST_TYPE = "updates";
    public static final String LIST_TITLE = "Cập nhật triển khai";
    public static final String EXTRA = "updates";
    /** Extras key of an update's own page: its date, sections and draft mark. */
    public static final String UPDATE_EXTRA = "update";
    static final int PER_PAGE = 10;
    static final int ON_HOME = 3;

    private Updates() {
    }

    /**
     * @param drafts true for a preview build: drafts are published too, marked as drafts
     * @return the published updates, newest first
     * @throws BuildFailure listing every problem of every update
     */
    public static List<Update> publish(Site site, Path contentDir, boolean drafts) {
        UpdateReader.Result read = new UpdateReader().read(contentDir, site);
        List<Problem> problems = new ArrayList<>(read.problems());
        for (SourcePage taken : site.pages()) {
            if (UpdateReader.LIST_PAGE.matcher(taken.path()).matches()) {
                problems.add(Problem.ofFile("content/" + taken.path(), "địa chỉ " + taken.url()
                        + " dành cho danh sách bài cập nhật", "chuyển tệp này sang thư mục khác"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        List<Update> published = read.updates().stream().filter(u -> drafts || !u.draft())
                .sorted(Update.NEWEST_FIRST).toList();
        Site manyDocuments = site.documents().size() > 1 ? site : null;
        for (Update u : published) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("type", vn.cantho.kehoach.content.FieldRules.UPDATE);
            fields.put("id", u.path().substring(0, u.path().length() - ".md".length()).replace('/', '-'));
            fields.put("title", u.title());
            site.addGenerated(SourcePage.generated(u.path(), fields), u.html());
            site.putExtra(u.path(), UPDATE_EXTRA, item(u, manyDocuments));
        }
        addListPages(site, published, manyDocuments);
        Map<Section, List<Map<String, Object>>> bySection = new LinkedHashMap<>();
        for (Update u : published) {
            for (Section s : u.sections()) {
                bySection.computeIfAbsent(s, k -> new ArrayList<>()).add(item(u, manyDocuments));
            }
        }
        bySection.forEach((s, items) -> site.putExtra(s.page().path(), EXTRA, block(items)));
        site.putExtra(site.home().path(), EXTRA, block(published.stream().limit(ON_HOME)
                .map(u -> item(u, manyDocuments)).toList()));
        return published;
    }

    /** Content path of the list's page n (1-based): "cap-nhat/index.md", "cap-nhat/trang-2/index.md". */
    public static String listPath(int n) {
        return UpdateReader.FOLDER + (n == 1 ? "" : "trang-" + n + "/") + "index.md";
    }

    /** Site URL of the list's page n. */
    public static String listUrl(int n) {
        return "/" + UpdateReader.FOLDER + (n == 1 ? "" : "trang-" + n + "/");
    }

    private static void addListPages(Site site, List<Update> published, Site manyDocuments) {
        int pageCount = Math.max(1, (published.size() + PER_PAGE - 1) / PER_PAGE);
        for (int n = 1; n <= pageCount; n++) {
            List<Map<String, Object>> items = published.subList((n - 1) * PER_PAGE, Math.min(published.size(), n * PER_PAGE))
                    .stream().map(u -> item(u, manyDocuments)).toList();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("type", LIST_TYPE);
            fields.put("id", n == 1 ? "cap-nhat" : "cap-nhat-trang-" + n);
            fields.put("title", n == 1 ? LIST_TITLE : LIST_TITLE + " - trang " + n);
            site.addGenerated(SourcePage.generated(listPath(n), fields), "");
            Map<String, Object> list = block(items);
            list.put("page", n);
            list.put("pageCount", pageCount);
            list.put("prevUrl", n > 1 ? listUrl(n - 1) : null);
            list.put("nextUrl", n < pageCount ? listUrl(n + 1) : null);
            List<Map<String, Object>> pages = new ArrayList<>();
            for (int k = 1; k <= pageCount; k++) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("number", k);
                p.put("url", listUrl(k));
                p.put("current", k == n);
                pages.add(p);
            }
            list.put("pages", pages);
            site.putExtra(listPath(n), EXTRA, list);
        }
    }

    private static Map<String, Object> block(List<Map<String, Object>> items) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("items", items);
        m.put("allUrl", listUrl(1));
        return m;
    }

    /** What a template shows of one update. */
    /** @param manyDocuments the site when sections must say their document, else null */
    static Map<String, Object> item(Update u, Site manyDocuments) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", u.title());
        m.put("url", u.url());
        m.put("date", u.displayDate());
        m.put("isoDate", u.date().toString());
        m.put("draft", u.draft());
        m.put("sections", u.sections().stream().map(s -> sectionLink(s, manyDocuments)).toList());
        return m;
    }

    private static Map<String, Object> sectionLink(Section s, Site manyDocuments) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", s.url());
        m.put("label", s.label());
        m.put("title", s.title());
        PlanDocument doc = manyDocuments == null ? null : manyDocuments.documentOf(s.page());
        m.put("document", doc == null ? null : doc.shortName());
        return m;
    }
}
