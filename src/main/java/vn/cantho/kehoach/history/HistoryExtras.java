package vn.cantho.kehoach.history;

import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SourcePage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the histories of a document's sections into what templates show: the history and earlier-version pages,
 * and the extra {@value HistoryPages#KEY} on section pages, the cover and the full-text page. Map keys shared with
 * other concerns (lastChanged, historyUrl, changes and each change's date, isoDate, kind, kindLabel, basis, note,
 * url, sectionLabel, sectionUrl) must keep their names: the feeds are built from them.
 */
final class HistoryExtras {
    private HistoryExtras() {
    }

    static void publish(Site site, PlanDocument doc, List<SectionHistory> histories) {
        List<Map<String, Object>> all = new ArrayList<>();
        Map<String, Object> abolished = new LinkedHashMap<>();
        LocalDate last = ChangeEntries.parseDate(String.valueOf(doc.meta("ngay_ban_hanh")));
        for (SectionHistory h : histories) {
            Section s = h.section();
            String dir = s.page().path().substring(0, s.page().path().length() - "index.md".length());
            List<Map<String, Object>> changes = new ArrayList<>();
            for (ChangeEntry e : h.entries()) {
                changes.add(change(e, s));
            }
            all.addAll(changes);
            if (last == null || h.lastChanged().isAfter(last)) {
                last = h.lastChanged();
            }
            Map<String, Object> sectionExtra = base(h, changes);
            Map<String, Object> gone = abolition(h);
            if (gone != null) {
                sectionExtra.put("abolished", gone);
                abolished.put(s.id(), gone);
            }
            site.putExtra(s.page().path(), HistoryPages.KEY, sectionExtra);

            for (SectionHistory.Version v : h.versions()) {
                String path = dir + "phien-ban/" + v.from() + "/index.md";
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("type", HistoryPages.VERSION_TYPE);
                fields.put("id", s.id() + "-phien-ban-" + v.from());
                fields.put("title", "Bản áp dụng từ " + dmy(v.from()));
                fields.put("section", s.page().path());
                site.addGenerated(SourcePage.generated(path, fields), HistoryPages.html(v.text()));
                Map<String, Object> extra = base(h, changes);
                extra.put("noindex", true);
                extra.put("version", versionMap(v, s));
                if (gone != null) {
                    extra.put("abolished", gone);
                }
                site.putExtra(path, HistoryPages.KEY, extra);
            }

            String historyPath = dir + "lich-su/index.md";
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("type", HistoryPages.HISTORY_TYPE);
            fields.put("id", s.id() + "-lich-su");
            fields.put("title", "Lịch sử thay đổi");
            fields.put("section", s.page().path());
            site.addGenerated(SourcePage.generated(historyPath, fields), "");
            Map<String, Object> extra = base(h, changes);
            extra.put("entries", entries(h, s));
            extra.put("issueDate", dmy(h.issueDate()));
            extra.put("original", h.versions().isEmpty() || !h.versions().get(0).from().equals(h.issueDate()) ? null
                    : s.url() + "phien-ban/" + h.issueDate() + "/");
            if (gone != null) {
                extra.put("abolished", gone);
            }
            site.putExtra(historyPath, HistoryPages.KEY, extra);
        }
        Map<String, Object> docExtra = new LinkedHashMap<>();
        docExtra.put("lastChanged", dmy(last));
        docExtra.put("lastChangedIso", String.valueOf(last));
        all.sort(HistoryPages.byDate());
        docExtra.put("changes", all);
        docExtra.put("abolished", abolished);
        site.putExtra(doc.cover().path(), HistoryPages.KEY, docExtra);
        if (doc.fullText() != null) {
            site.putExtra(doc.fullText().path(), HistoryPages.KEY, docExtra);
        }
    }

    /** What every page of a section gets: last change, history page, the changes, why diffs may be missing. */
    private static Map<String, Object> base(SectionHistory h, List<Map<String, Object>> changes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lastChanged", dmy(h.lastChanged()));
        m.put("lastChangedIso", h.lastChanged().toString());
        m.put("historyUrl", h.section().url() + "lich-su/");
        m.put("changes", changes);
        if (h.unavailable() != null) {
            m.put("unavailable", h.unavailable());
        }
        return m;
    }

    private static Map<String, Object> change(ChangeEntry e, Section s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", e.dateText());
        m.put("isoDate", e.isoDate());
        m.put("kind", e.kind().key());
        m.put("kindLabel", e.kind().label());
        if (e.basis() != null) {
            m.put("basis", e.basis());
        }
        if (e.note() != null) {
            m.put("note", e.note());
        }
        m.put("url", s.url() + "lich-su/#" + e.anchor());
        m.put("sectionLabel", s.label());
        m.put("sectionUrl", s.url());
        return m;
    }

    /** The history page's entries, newest first, each with its diff or why it has none. */
    private static List<Map<String, Object>> entries(SectionHistory h, Section s) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ChangeEntry e : h.entries()) {
            Map<String, Object> m = change(e, s);
            m.put("anchor", e.anchor());
            m.put("number", e.index() + 1);
            Pairing.Pair pair = h.pairing().pair(e.index());
            if (pair != null) {
                WordDiff.Diff diff = WordDiff.compare(pair.before().plain(), pair.after().plain());
                m.put("diffHtml", DiffHtml.render(diff.segments()));
                if (diff.level() == WordDiff.Level.PARAGRAPHS) {
                    m.put("diffNote", DiffHtml.PARAGRAPHS_NOTE);
                }
            } else if (h.unavailable() != null) {
                m.put("noDiff", "Không có bản so sánh chữ vì " + h.unavailable() + ".");
            } else if (e.kind() != ChangeKind.ABOLITION) {
                m.put("noDiff", "Lịch sử git không có thay đổi chữ nào ứng với mục này.");
            }
            SectionHistory.Version before = h.versionEndedBy(e);
            if (before != null) {
                m.put("beforeUrl", s.url() + "phien-ban/" + before.from() + "/");
                m.put("beforeFrom", dmy(before.from()));
            }
            out.add(0, m);
        }
        return out;
    }

    private static Map<String, Object> abolition(SectionHistory h) {
        ChangeEntry e = h.abolition();
        if (e == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", e.dateText());
        m.put("isoDate", e.isoDate());
        m.put("basis", e.basis());
        SectionHistory.Version lastText = h.versionEndedBy(e);
        if (lastText != null) {
            m.put("lastTextUrl", h.section().url() + "phien-ban/" + lastText.from() + "/");
        }
        return m;
    }

    private static Map<String, Object> versionMap(SectionHistory.Version v, Section s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", dmy(v.from()));
        m.put("fromIso", v.from().toString());
        m.put("until", dmy(v.until()));
        m.put("untilIso", v.until().toString());
        m.put("endedBy", v.endedBy().kind().label());
        m.put("endedByUrl", s.url() + "lich-su/#" + v.endedBy().anchor());
        m.put("currentUrl", s.url());
        return m;
    }

    private static String dmy(LocalDate d) {
        return d == null ? "" : d.format(ChangeEntry.DMY);
    }
}
