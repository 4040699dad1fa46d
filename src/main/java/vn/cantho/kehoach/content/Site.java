package vn.cantho.kehoach.content;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Everything in content/, checked and linked: the pages, the plans and their sections. */
public final class Site {
    private final List<SourcePage> pages;
    private final Map<String, SourcePage> pagesByPath = new java.util.HashMap<>();
    private final Map<String, PlanDocument> documentsByFolder;
    private final Map<String, Section> sectionsByPath;
    private final Map<String, String> bodies;
    private final SourcePage home;

    Site(List<SourcePage> pages, Map<String, PlanDocument> documentsByFolder, Map<String, Section> sectionsByPath,
         Map<String, String> bodies, SourcePage home) {
        this.bodies = bodies;
        this.pages = List.copyOf(pages);
        this.documentsByFolder = documentsByFolder;
        this.sectionsByPath = sectionsByPath;
        this.home = home;
        for (SourcePage p : pages) {
            pagesByPath.put(p.path(), p);
        }
    }

    public List<SourcePage> pages() {
        return pages;
    }

    public Collection<PlanDocument> documents() {
        return documentsByFolder.values();
    }

    /** The plan a page belongs to (its top folder), or null for site-wide pages. */
    public PlanDocument documentOf(SourcePage page) {
        return documentsByFolder.get(SitePaths.topFolder(page.path()));
    }

    /** The section a page is, or null when the page is not a section. */
    public Section sectionOf(SourcePage page) {
        return sectionsByPath.get(page.path());
    }

    /** Rendered body HTML of a page; empty when it has no body. */
    public String bodyOf(SourcePage page) {
        return bodies.getOrDefault(page.path(), "");
    }

    /** The site's public address without a trailing slash ("https://..."), or "" while it is not known. */
    public String baseUrl() {
        String base = home.string("base_url");
        return base == null ? "" : base.strip().replaceAll("/+$", "");
    }

    public SourcePage home() {
        return home;
    }

    public SourcePage page(String path) {
        return pagesByPath.get(path);
    }

}
