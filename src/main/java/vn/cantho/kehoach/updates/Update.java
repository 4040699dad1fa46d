package vn.cantho.kehoach.updates;

import vn.cantho.kehoach.content.Section;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One implementation update, read and checked.
 *
 * @param path     content path ("cap-nhat/2026/03/khoi-cong-cao-toc.md"), also its page's path
 * @param url      site URL ("/cap-nhat/2026/03/khoi-cong-cao-toc.html")
 * @param title    as written
 * @param date     the date written in the file (dd/mm/yyyy)
 * @param sections the sections it concerns, in the order written
 * @param draft    true for {@code draft: true}: published only by a preview build
 * @param html     the rendered body
 */
public record Update(String path, String url, String title, LocalDate date, List<Section> sections, boolean draft,
                     String html) {

    /** Newest first; updates of the same day by path, so the order never depends on the file system. */
    public static final Comparator<Update> NEWEST_FIRST = Comparator.comparing(Update::date).reversed()
            .thenComparing(Update::path);

    /** "15/03/2026", as written. */
    public String displayDate() {
        return date.format(vn.cantho.kehoach.content.FieldRules.DATE);
    }
}
