package vn.cantho.kehoach.history;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * One entry of a section's {@code changes} list.
 *
 * @param index 0-based position in the list (entries are only ever appended)
 * @param date  the date the change applies from
 * @param basis the document that made the change; null for a correction without one
 * @param note  shown to readers; may be null
 * @param line  1-based line of the entry in its file
 */
public record ChangeEntry(int index, LocalDate date, ChangeKind kind, String basis, String note, int line) {
    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /** "15/03/2026". */
    public String dateText() {
        return date.format(DMY);
    }

    /** "2026-03-15". */
    public String isoDate() {
        return date.toString();
    }

    /** Its anchor on the history page ("thay-doi-1" for the first entry). */
    public String anchor() {
        return "thay-doi-" + (index + 1);
    }
}
