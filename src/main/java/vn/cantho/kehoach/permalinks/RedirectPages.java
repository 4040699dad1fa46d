package vn.cantho.kehoach.permalinks;

import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SourcePage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds, for each move, a page at the old URL that sends the reader on (template {@code redirect.ftl}: a
 * visible link, {@code rel=canonical} to the new URL, {@code noindex}, meta refresh without JavaScript and
 * {@code js/redirect.js}, which keeps the {@code #anchor}, with it); and tells each full-text page which
 * section ids changed, so {@code js/redirect.js} there maps an old {@code #ii-4-2-doan-3} to the new prefix.
 * Both read their data as {@code v.extra.permalinks}.
 */
final class RedirectPages {
    /** Page type of a redirect page; its template is redirect.ftl. */
    static final String TYPE = "redirect";
    /** Extras key, owned by this package. */
    static final String EXTRA = "permalinks";

    private RedirectPages() {
    }

    static void add(Site site, List<Move> moves) {
        Map<String, List<String>> movedIds = new LinkedHashMap<>();
        for (Move m : moves) {
            SourcePage target = site.page(Move.pagePathOf(m.to()));
            Section section = m.section() == null ? null : site.sectionOf(site.page(m.section()));
            String label = section != null ? section.label() + ": " + section.title() : target.title();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("type", TYPE);
            fields.put("id", m.oldId() != null ? m.oldId() : "chuyen-huong");
            fields.put("title", "Đã chuyển: " + label);
            if (m.section() != null) {
                fields.put("section", m.section());
            }
            String path = Move.pagePathOf(m.from());
            site.addGenerated(SourcePage.generated(path, fields), "");
            site.putExtra(path, EXTRA, Map.of("to", m.to(), "label", label));
            if (m.fullTextUrl() != null) {
                movedIds.computeIfAbsent(Move.pagePathOf(m.fullTextUrl()), k -> new java.util.ArrayList<>())
                        .add(m.oldId() + ":" + m.newId());
            }
        }
        movedIds.forEach((path, ids) -> site.putExtra(path, EXTRA, Map.of("movedIds", String.join(" ", ids))));
    }
}
