package vn.cantho.kehoach.bake;

import vn.cantho.kehoach.content.FieldRules;
import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SourcePage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

/**
 * Builds what a template needs to show one page: site, document, section, breadcrumbs, previous/next
 * and a table of contents. Plain maps and lists, so Freemarker reads them as hashes and sequences.
 * Section pages get a contextual table of contents (top level, plus the children of the current
 * section and its ancestors), so a page's size does not grow with the size of the plan.
 */
public final class Views {
    public static final String SEARCH_URL = "/tim-kiem/";

    private final Site site;

    public Views(Site site) {
        this.site = site;
    }

    /**
     * The view of the page at this path inside content/, built anew: a template asks once per page, and keeping
     * every page's view would hold the whole site's tables of contents in memory. Reads the site only, so pages
     * rendered in parallel may ask at once.
     */
    public Map<String, Object> of(String pagePath) {
        return build(pagePath);
    }

    private Map<String, Object> build(String pagePath) {
        SourcePage page = site.page(pagePath);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("site", siteMap());
        v.put("page", pageMap(page));
        List<Map<String, Object>> crumbs = new ArrayList<>();
        crumbs.add(link("Trang chủ", "/"));
        PlanDocument doc = site.documentOf(page);
        if (doc == null) {
            v.put("documents", site.documents().stream().sorted(PlanDocument.NEWEST_FIRST).map(d -> {
                Map<String, Object> m = docMap(d);
                m.put("toc", toc(d.roots(), null, null, d));
                return m;
            }).toList());
        } else {
            v.put("doc", docMap(doc));
            if (page != doc.cover()) {
                crumbs.add(link(shortName(doc), doc.url()));
            }
            Section section = site.sectionOf(page);
            Section owner = ownerSection(page);
            if (section != null) {
                putSection(v, crumbs, section, doc);
            } else if (owner != null) {
                putOwnedPage(v, crumbs, owner, doc);
            } else if (FieldRules.FULLTEXT.equals(page.type())) {
                putFullText(v, doc);
            } else {
                v.put("toc", toc(doc.roots(), null, null, doc));
            }
        }
        v.put("crumbs", crumbs);
        v.put("here", here(page, doc));
        v.put("extra", site.extras(pagePath));
        return v;
    }

    /** The section a generated page belongs to (its {@code section} field), or null. */
    private Section ownerSection(SourcePage page) {
        String path = site.isGenerated(page) ? page.string("section") : null;
        return path == null ? null : site.sectionOf(site.page(path));
    }

    /** A generated page about a section (its history, an earlier version): the section's place, one level down. */
    private static void putOwnedPage(Map<String, Object> v, List<Map<String, Object>> crumbs, Section owner,
                                     PlanDocument doc) {
        v.put("section", sectionMap(owner, doc));
        for (Section a : owner.ancestors()) {
            crumbs.add(link(a.label(), a.url()));
        }
        crumbs.add(link(owner.label(), owner.url()));
        Set<Section> open = new HashSet<>(owner.ancestors());
        open.add(owner);
        v.put("toc", toc(doc.roots(), null, open, doc));
    }

    /** The last breadcrumb: the short name of where the reader is. */
    private String here(SourcePage page, PlanDocument doc) {
        Section section = site.sectionOf(page);
        if (section != null) {
            return section.label();
        }
        return doc != null && page == doc.cover() ? shortName(doc) : page.title();
    }

    /** A section page: its place (breadcrumbs, previous/next, children) and a contextual table of contents. */
    private static void putSection(Map<String, Object> v, List<Map<String, Object>> crumbs, Section section,
                                   PlanDocument doc) {
        v.put("section", sectionMap(section, doc));
        v.put("isFirst", section.previous() == null);
        v.put("isLast", section.next() == null);
        for (Section a : section.ancestors()) {
            crumbs.add(link(a.label(), a.url()));
        }
        if (section.previous() != null) {
            v.put("prev", sectionMap(section.previous(), doc));
        }
        if (section.next() != null) {
            v.put("next", sectionMap(section.next(), doc));
        }
        v.put("children", section.children().stream().map(c -> sectionMap(c, doc)).toList());
        Set<Section> open = new HashSet<>(section.ancestors());
        open.add(section);
        v.put("toc", toc(doc.roots(), section, open, doc));
    }

    /** The full-text page: every section's body, and a table of contents pointing into the page. */
    private static void putFullText(Map<String, Object> v, PlanDocument doc) {
        List<Map<String, Object>> toc = toc(doc.roots(), null, null, doc);
        anchorLinks(toc);
        v.put("toc", toc);
        v.put("sections", doc.sections().stream().map(s -> {
            Map<String, Object> m = sectionMap(s, doc);
            m.put("fullTextHtml", s.fullTextHtml());
            m.put("level", s.headingLevel());
            return m;
        }).toList());
    }

    private Map<String, Object> siteMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        SourcePage home = site.home();
        m.put("title", home.title());
        m.put("description", home.string("description"));
        m.put("baseUrl", site.baseUrl());
        m.put("searchUrl", SEARCH_URL);
        return m;
    }

    private static Map<String, Object> pageMap(SourcePage page) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", page.type());
        m.put("id", page.id());
        m.put("title", page.title());
        m.put("url", page.url());
        return m;
    }

    private static String shortName(PlanDocument doc) {
        return doc.shortName();
    }

    private static Map<String, Object> docMap(PlanDocument doc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", doc.id());
        m.put("url", doc.url());
        m.put("shortName", shortName(doc));
        m.put("fullTextUrl", doc.fullText() == null ? null : doc.fullText().url());
        m.put("xmlUrl", doc.xmlUrl());
        m.put("firstUrl", doc.sections().isEmpty() ? null : doc.sections().get(0).url());
        // Metadata as written; a field left empty is absent, so templates' "??" tests see it missing.
        for (String key : doc.cover().fields().keySet()) {
            Object raw = doc.cover().fields().get(key);
            if (raw instanceof List<?> items) {
                // Lists of text (signature titles, recipients) as they are; lists of records (originals,
                // appendices) reach templates through their own concerns' extras.
                if (items.stream().noneMatch(i -> i instanceof Map<?, ?>)) {
                    m.putIfAbsent(key, items.stream().map(String::valueOf).toList());
                }
                continue;
            }
            String value = raw instanceof String ? doc.meta(key) : null;
            if (value != null) {
                m.putIfAbsent(key, value);
            }
        }
        return m;
    }

    private static Map<String, Object> sectionMap(Section s, PlanDocument doc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("label", s.label());
        m.put("number", s.page().string("number"));
        m.put("title", s.title());
        m.put("name", s.label().equals(s.title()) ? s.label() : s.label() + ": " + s.title());
        m.put("heading", s.heading());
        m.put("url", s.url());
        m.put("citation", s.label() + ", " + doc.meta("citation"));
        return m;
    }

    private static Map<String, Object> link(String title, String url) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("url", url);
        return m;
    }

    /** On the full-text page the table of contents points at the sections on the page itself. */
    @SuppressWarnings("unchecked")
    private static void anchorLinks(List<Map<String, Object>> entries) {
        for (Map<String, Object> e : entries) {
            e.put("href", "#" + e.get("id"));
            anchorLinks((List<Map<String, Object>>) e.get("children"));
        }
    }

    /** Entries for these sections; children shown for all (open == null) or only for open sections. */
    private static List<Map<String, Object>> toc(List<Section> sections, Section current, Set<Section> open,
                                                 PlanDocument doc) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Section s : sections) {
            Map<String, Object> m = sectionMap(s, doc);
            m.put("href", s.url());
            m.put("current", s == current);
            m.put("hasChildren", !s.children().isEmpty());
            boolean expand = open == null || open.contains(s);
            m.put("children", expand ? toc(s.children(), current, open, doc) : List.of());
            out.add(m);
        }
        return out;
    }
}
