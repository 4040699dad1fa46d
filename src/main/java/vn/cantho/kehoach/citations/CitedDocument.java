package vn.cantho.kehoach.citations;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One document the plan cites, identified by its number and, for documents whose number recurs (Party documents,
 * numbers without a year), its date.
 *
 * @param id          anchor of its entry on the index page ("vb-59-nq-tw-2020-08-05")
 * @param number      normalised number and symbol ("59-NQ/TW")
 * @param kind        kind of document ("Nghị quyết")
 * @param date        date of issue, or null when no mention gives it
 * @param body        issuing body as the plan writes it, or null
 * @param term        term ("XIII") as the plan writes it, or null
 * @param asCited     every distinct way the plan writes the citation, verbatim, in reading order
 * @param citing      every place that cites it, in reading order, each once
 * @param officialUrl official address of the document given by staff (data file), or null
 */
public record CitedDocument(String id, String number, String kind, LocalDate date, String body, String term,
                            List<String> asCited, List<Citing> citing, String officialUrl) {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** "Nghị quyết số 59-NQ/TW ngày 05/08/2020". */
    public String title() {
        return kind + " số " + number + (date == null ? "" : " ngày " + date.format(DMY));
    }

    /** The date as the site writes dates ("05/08/2020"), or null. */
    public String dateText() {
        return date == null ? null : date.format(DMY);
    }

    public CitedDocument withOfficialUrl(String url) {
        return new CitedDocument(id, number, kind, date, body, term, asCited, citing, url);
    }
}
