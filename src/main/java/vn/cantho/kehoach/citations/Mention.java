package vn.cantho.kehoach.citations;

import java.time.LocalDate;

/**
 * One citation of another document found in a text.
 *
 * @param start  offset of the first character of the mention in the text
 * @param end    offset after the mention: kind, number and date as written (the issuing body is not included)
 * @param text   the mention exactly as written, {@code text.substring(start, end)}
 * @param kind   the kind of document in its usual spelling ("Nghị quyết"), from the words before the number
 *               or, when they are missing, from the type in the number; "Văn bản" when neither tells
 * @param number the number and symbol, normalised ("66- NQ/TW" becomes "66-NQ/TW", "02-CTR/TU" "02-CTr/TU")
 * @param party  true for a Party document ({@code số-TYPE/ISSUER}), whose number recurs across terms
 * @param date   the date of issue, or null when the mention gives none
 * @param body   the issuing body after "của", as written, or null
 * @param term   the term written after the body ("XIII" in "của Bộ Chính trị khóa XIII"), or null
 */
public record Mention(int start, int end, String text, String kind, String number, boolean party, LocalDate date,
                     String body, String term) {
}
