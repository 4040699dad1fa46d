package vn.cantho.kehoach.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and checks {@code content/} as a whole and links it into a {@link Site}: field rules per page,
 * then the rules between pages (unique ids, URLs and reading order, ids that match their location,
 * parents that exist). Every problem is collected before failing, so one build reports them all.
 */
public final class SiteLoader {
    private final LegalMarkdown markdown = new LegalMarkdown();
    /** Section bodies are rendered on every core, each thread with its own renderer. */
    private static final ThreadLocal<LegalMarkdown> MARKDOWN = ThreadLocal.withInitial(LegalMarkdown::new);

    /** @throws BuildFailure listing every problem found */
    public Site load(Path contentDir) {
        ContentReader.Result read = new ContentReader().read(contentDir);
        List<Problem> problems = new ArrayList<>(read.problems());
        List<SourcePage> pages = new ArrayList<>();
        for (SourcePage page : read.pages()) {
            List<Problem> own = FieldRules.check(page);
            problems.addAll(own);
            // Updates are not baked as they are: the updates package reads, checks and publishes them.
            if (own.isEmpty() && !FieldRules.UPDATE.equals(page.type())) {
                pages.add(page);
            }
        }
        checkUnique(pages, problems);

        SourcePage home = null;
        Map<String, SourcePage> covers = new LinkedHashMap<>();
        Map<String, SourcePage> fullTexts = new HashMap<>();
        Map<String, List<SourcePage>> sectionPages = new LinkedHashMap<>();
        for (SourcePage page : pages) {
            String file = "content/" + page.path();
            String top = SitePaths.topFolder(page.path());
            switch (page.type()) {
                case FieldRules.HOME -> {
                    if (!page.path().equals("index.md")) {
                        problems.add(new Problem(file, page.lineOf("type"), "trang chủ phải là content/index.md",
                                "chuyển tệp về content/index.md hoặc đổi loại trang"));
                    }
                    home = page;
                }
                case FieldRules.NOTFOUND -> {
                    if (!page.path().equals("404.md")) {
                        problems.add(new Problem(file, page.lineOf("type"), "trang báo không tìm thấy phải là content/404.md",
                                "chuyển tệp về content/404.md"));
                    }
                }
                case FieldRules.DOCUMENT -> {
                    if (!page.path().equals(top + "/index.md") || !page.id().equals(top)) {
                        problems.add(new Problem(file, page.lineOf("id"), "trang bìa văn bản phải là <id>/index.md"
                                + " ngay trong content/, với id trùng tên thư mục",
                                "đặt tệp ở content/" + page.id() + "/index.md, hoặc sửa thành 'id: " + top + "'"));
                    } else {
                        covers.put(top, page);
                    }
                }
                case FieldRules.FULLTEXT -> {
                    if (fullTexts.put(top, page) != null) {
                        problems.add(new Problem(file, 1, "văn bản '" + top + "' có hai trang toàn văn",
                                "mỗi văn bản chỉ giữ một trang toàn văn"));
                    }
                }
                case FieldRules.SECTION -> sectionPages.computeIfAbsent(top, k -> new ArrayList<>()).add(page);
                default -> {
                }
            }
        }
        problems.addAll(Attachments.unlisted(read.files(), covers));
        if (home == null) {
            problems.add(Problem.ofFile("content/index.md", "trang web chưa có trang chủ",
                    "tạo content/index.md với 'type: home'"));
        }
        Map<String, Section> sectionsByPath = new HashMap<>();
        Map<String, PlanDocument> documents = new LinkedHashMap<>();
        for (Map.Entry<String, List<SourcePage>> e : sectionPages.entrySet()) {
            if (!covers.containsKey(e.getKey())) {
                for (SourcePage p : e.getValue()) {
                    problems.add(new Problem("content/" + p.path(), p.lineOf("type"),
                            "phần này không nằm trong thư mục của văn bản nào (không có content/" + e.getKey() + "/index.md"
                                    + " với 'type: document')", "chuyển tệp vào thư mục của văn bản"));
                }
            }
        }
        for (Map.Entry<String, SourcePage> c : covers.entrySet()) {
            List<SourcePage> docPages = sectionPages.getOrDefault(c.getKey(), List.of());
            List<Section> sections = buildSections(c.getKey(), docPages, problems);
            PlanDocument doc = new PlanDocument(c.getValue(), fullTexts.get(c.getKey()), sections);
            documents.put(c.getKey(), doc);
            for (Section s : sections) {
                sectionsByPath.put(s.page().path(), s);
            }
        }
        for (Map.Entry<String, SourcePage> f : fullTexts.entrySet()) {
            if (!covers.containsKey(f.getKey())) {
                problems.add(new Problem("content/" + f.getValue().path(), 1,
                        "trang toàn văn này không nằm trong thư mục của văn bản nào", "chuyển tệp vào thư mục của văn bản"));
            }
        }
        Map<String, String> bodies = new HashMap<>();
        for (SourcePage page : pages) {
            Section s = sectionsByPath.get(page.path());
            if (s != null) {
                bodies.put(page.path(), s.html());
            } else if (!page.body().isBlank()) {
                LegalMarkdown.Rendered body = markdown.render("content/" + page.path(), page.bodyLine(), page.body());
                problems.addAll(body.problems());
                bodies.put(page.path(), body.html());
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        return new Site(pages, documents, sectionsByPath, bodies, home);
    }

    private void checkUnique(List<SourcePage> pages, List<Problem> problems) {
        Map<String, SourcePage> ids = new HashMap<>();
        Map<String, SourcePage> urls = new HashMap<>();
        for (SourcePage page : pages) {
            // Section ids are scoped by their document (top folder), so a second plan may reuse "i", "ii", ...
            String scope = SitePaths.topFolder(page.path());
            SourcePage other = ids.putIfAbsent(scope + "/" + page.id(), page);
            if (other != null) {
                problems.add(new Problem("content/" + page.path(), page.lineOf("id"), "id '" + page.id()
                        + "' bị trùng, đã dùng ở content/" + other.path(), "mỗi trang cần một id riêng"));
            }
            other = urls.putIfAbsent(page.url(), page);
            if (other != null) {
                problems.add(Problem.ofFile("content/" + page.path(), "địa chỉ " + page.url()
                        + " bị trùng với content/" + other.path(), "xóa hoặc đổi tên một trong hai tệp"));
            }
        }
    }

    /** Checks a document's sections and links them in reading order; renders their bodies. */
    private List<Section> buildSections(String folder, List<SourcePage> pages, List<Problem> problems) {
        List<SourcePage> ordered = new ArrayList<>(pages);
        ordered.sort(Comparator.comparingInt(SourcePage::order));
        List<LegalMarkdown.Rendered> bodies = ordered.parallelStream()
                .map(p -> MARKDOWN.get().render("content/" + p.path(), p.bodyLine(), p.body())).toList();
        Map<Integer, SourcePage> orders = new HashMap<>();
        Map<String, Section> byId = new HashMap<>();
        List<Section> sections = new ArrayList<>();
        for (int at = 0; at < ordered.size(); at++) {
            SourcePage p = ordered.get(at);
            String file = "content/" + p.path();
            int order = p.order();
            SourcePage clash = orders.putIfAbsent(order, p);
            if (clash != null) {
                problems.add(new Problem(file, p.lineOf("order"), "thứ tự order " + order + " đã dùng ở content/"
                        + clash.path(), "mỗi phần của văn bản cần một thứ tự đọc riêng"));
            }
            String expected = expectedSectionId(folder, p);
            if (expected == null) {
                problems.add(Problem.ofFile(file, "mỗi phần phải là tệp index.md trong thư mục riêng",
                        "chuyển tệp về content/" + folder + "/<số hiệu>/index.md"));
            } else if (!expected.equals(p.id())) {
                problems.add(new Problem(file, p.lineOf("id"), "id '" + p.id() + "' không khớp với vị trí tệp ("
                        + p.url() + " ứng với id '" + expected + "')", "địa chỉ các phần là cố định: đặt 'id: " + expected
                        + "' nếu đây là phần mới, hoặc chuyển tệp về thư mục của id '" + p.id() + "'"));
            }
            LegalMarkdown.Rendered body = bodies.get(at);
            problems.addAll(body.problems());
            Section s = new Section(p, body.html());
            byId.put(p.id(), s);
            sections.add(s);
        }
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            String parentId = s.page().string("parent");
            Section parent = null;
            if (parentId != null) {
                parent = byId.get(parentId);
                String file = "content/" + s.page().path();
                if (parent == null) {
                    problems.add(new Problem(file, s.page().lineOf("parent"), "parent '" + parentId
                            + "' không phải một phần của văn bản này", "dùng id của một phần đã có"));
                } else if (parent.order() >= s.order()) {
                    problems.add(new Problem(file, s.page().lineOf("parent"), "parent '" + parentId
                            + "' đứng sau phần này theo thứ tự đọc", "phần cha phải có 'order' nhỏ hơn"));
                    parent = null;
                }
            }
            s.link(parent, i > 0 ? sections.get(i - 1) : null, i + 1 < sections.size() ? sections.get(i + 1) : null);
        }
        return sections;
    }

    /** "32-kh-ubnd-2026/ii/4-2/index.md" in folder "32-kh-ubnd-2026" must have id "ii-4-2". */
    static String expectedSectionId(String folder, SourcePage p) {
        String prefix = folder + "/";
        if (!p.path().startsWith(prefix) || !p.path().endsWith("/index.md")) {
            return null;
        }
        String inner = p.path().substring(prefix.length(), p.path().length() - "/index.md".length());
        return inner.isEmpty() ? null : inner.replace('/', '-');
    }
}
