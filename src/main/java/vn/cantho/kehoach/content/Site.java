package vn.cantho.kehoach.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything in content/, checked and linked: the pages, the plans and their sections.
 * <p>
 * Between loading and baking, other concerns (history, updates, permanent URLs) may add pages the build
 * generates ({@link #addGenerated}) and attach data to any page for its template ({@link #putExtra}, shown to
 * templates as {@code v.extra.<key>}). After baking starts the site is only read.
 */
public final class Site {
    private final List<SourcePage> pages;
    private final Set<String> generated = new HashSet<>();
    private final Map<String, Map<String, Object>> extras = new LinkedHashMap<>();
    private final Map<String, SourcePage> pagesByPath = new java.util.HashMap<>();
    private final Map<String, PlanDocument> documentsByFolder;
    private final Map<String, Section> sectionsByPath;
    private final Map<String, String> bodies;
    private final SourcePage home;

    Site(List<SourcePage> pages, Map<String, PlanDocument> documentsByFolder, Map<String, Section> sectionsByPath,
         Map<String, String> bodies, SourcePage home) {
        this.bodies = new java.util.HashMap<>(bodies);
        this.pages = new ArrayList<>(pages);
        this.documentsByFolder = documentsByFolder;
        this.sectionsByPath = sectionsByPath;
        this.home = home;
        for (SourcePage p : pages) {
            pagesByPath.put(p.path(), p);
        }
    }

    /** Every page to bake: the content files, then the generated pages in the order they were added. */
    public List<SourcePage> pages() {
        return Collections.unmodifiableList(pages);
    }

    /**
     * Adds a page the build generates (see {@link SourcePage#generated}); it is baked like a content page,
     * with the template named after its type.
     *
     * @throws IllegalArgumentException when a page already has that path
     */
    public void addGenerated(SourcePage page, String bodyHtml) {
        if (pagesByPath.putIfAbsent(page.path(), page) != null) {
            throw new IllegalArgumentException("two pages at content path " + page.path());
        }
        pages.add(page);
        generated.add(page.path());
        bodies.put(page.path(), bodyHtml == null ? "" : bodyHtml);
    }

    /** True for a page the build generated, false for a file of content/. */
    public boolean isGenerated(SourcePage page) {
        return generated.contains(page.path());
    }

    /**
     * Replaces the rendered body of a page before baking (e.g. the same official text with links added); for a
     * section, its full-text rendering follows.
     */
    public void replaceBody(SourcePage page, String bodyHtml) {
        bodies.put(page.path(), bodyHtml);
        Section s = sectionsByPath.get(page.path());
        if (s != null) {
            s.replaceHtml(bodyHtml);
        }
    }

    /** Attaches data for a page's template, read there as {@code v.extra.<key>}. */
    public void putExtra(String pagePath, String key, Object value) {
        extras.computeIfAbsent(pagePath, k -> new LinkedHashMap<>()).put(key, value);
    }

    /** Data attached to a page by {@link #putExtra}; empty when none. */
    public Map<String, Object> extras(String pagePath) {
        return Collections.unmodifiableMap(extras.getOrDefault(pagePath, Map.of()));
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
