package vn.cantho.kehoach.history;

import vn.cantho.kehoach.content.Section;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What is known of one section's history: its recorded changes, the text before and after each one (when git has
 * it), and its earlier versions, each with the dates it was in force.
 *
 * @param section     the section
 * @param issueDate   the document's issue date: the original text applies from it
 * @param entries     the recorded changes, oldest first
 * @param pairing     the text change each entry records
 * @param current     the text as it is now
 * @param unavailable why git history is missing, or null
 */
public record SectionHistory(Section section, LocalDate issueDate, List<ChangeEntry> entries, Pairing.Result pairing,
                             OfficialText current, String unavailable) {

    /**
     * An earlier text: in force from {@code from} until {@code until}, when {@code endedBy} changed or abolished it.
     */
    public record Version(LocalDate from, LocalDate until, OfficialText text, ChangeEntry endedBy) {
    }

    /** The date of the latest change, or the issue date. */
    public LocalDate lastChanged() {
        return entries.isEmpty() ? issueDate : entries.get(entries.size() - 1).date();
    }

    /** The abolition, or null while the section is in force. */
    public ChangeEntry abolition() {
        return entries.isEmpty() || entries.get(entries.size() - 1).kind() != ChangeKind.ABOLITION ? null
                : entries.get(entries.size() - 1);
    }

    /**
     * Earlier versions, oldest first (a text in force for less than a day is left out). An abolished section's
     * last text is the current body, so it is known even without git; without git an unknown change may have
     * happened at each entry, so that text is said to apply from the entry before the abolition.
     */
    public List<Version> versions() {
        List<Version> out = new ArrayList<>();
        LocalDate from = issueDate;
        for (ChangeEntry e : entries) {
            Pairing.Pair pair = pairing.pair(e.index());
            OfficialText text = pair != null ? pair.before() : e.kind() == ChangeKind.ABOLITION ? current : null;
            if (text == null) {
                if (unavailable != null) {
                    from = e.date();
                }
                continue;
            }
            if (!from.equals(e.date())) {
                out.add(new Version(from, e.date(), text, e));
            }
            from = e.date();
        }
        return out;
    }

    /** The version an entry ended, or null. */
    public Version versionEndedBy(ChangeEntry e) {
        return versions().stream().filter(v -> v.endedBy() == e).findFirst().orElse(null);
    }
}
