package vn.cantho.kehoach.feeds;

import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.Site;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The recorded changes of a section's official text as feed entries, read from the extras key
 * {@code history} that the history concern puts on section pages: {@code changes}, a list of maps with
 * {@code isoDate}, {@code date}, {@code kindLabel}, {@code basis}, {@code note}, {@code url},
 * {@code sectionLabel}. Read defensively: no history, or an entry without a date, gives no entry.
 */
final class TextChanges {
    static final String HISTORY = "history";

    private TextChanges() {
    }

    static List<AtomFeed.Entry> of(Site site, Section section, String documentName) {
        List<AtomFeed.Entry> entries = new ArrayList<>();
        if (!(site.extras(section.page().path()).get(HISTORY) instanceof Map<?, ?> history)
                || !(history.get("changes") instanceof List<?> changes)) {
            return entries;
        }
        for (Object c : changes) {
            if (!(c instanceof Map<?, ?> change)) {
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text(change, "isoDate", ""));
            } catch (DateTimeParseException e) {
                continue;
            }
            String kind = text(change, "kindLabel", text(change, "kind", "Thay đổi"));
            String label = text(change, "sectionLabel", section.label());
            String url = text(change, "url", section.url());
            StringBuilder summary = new StringBuilder(kind + " " + label + ", " + documentName + ", từ ngày "
                    + text(change, "date", date.toString()) + ".");
            String basis = text(change, "basis", "");
            if (!basis.isBlank()) {
                summary.append(" Căn cứ: ").append(basis).append('.');
            }
            String note = text(change, "note", "");
            if (!note.isBlank()) {
                summary.append(" Ghi chú: ").append(note);
            }
            entries.add(new AtomFeed.Entry("change:" + url + ":" + date, kind + ": " + label + " (" + documentName + ")",
                    url, date, null, summary.toString()));
        }
        return entries;
    }

    private static String text(Map<?, ?> m, String key, String fallback) {
        Object v = m.get(key);
        return v == null || String.valueOf(v).isBlank() ? fallback : String.valueOf(v);
    }
}
