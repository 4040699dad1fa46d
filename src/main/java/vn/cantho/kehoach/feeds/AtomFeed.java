package vn.cantho.kehoach.feeds;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * One Atom 1.0 document (RFC 4287), written the same byte for byte from the same content: ids are name-based
 * UUID URNs of content keys (never the clock, never the site's address, so setting {@code base_url} later
 * does not make readers see every entry again), dates are content dates at midnight in Vietnam (+07:00).
 * Links are absolute once the site's address is known, else site paths, which a reader resolves against
 * the feed's own address (RFC 4287 section 2 allows IRI references).
 *
 * @param key       content key the feed's id is made from ("updates", "changes:32-kh-ubnd-2026", ...)
 * @param title     shown by feed readers
 * @param self      site path of the feed file ("/cap-nhat/atom.xml")
 * @param page      site path of the HTML page it follows
 * @param author    who publishes it (required by Atom when entries have none)
 * @param emptyDate updated date when there is no entry (a content date, e.g. the document's issue date)
 * @param entries   in any order; written newest first
 */
record AtomFeed(String key, String title, String self, String page, String author, LocalDate emptyDate,
                List<Entry> entries) {

    /** Vietnam has one time zone and no daylight saving. */
    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparing(Entry::date).reversed()
            .thenComparing(Entry::key);

    /**
     * One entry.
     *
     * @param key  content key its id is made from; the same entry in two feeds has the same id
     * @param html body as HTML (content), or null to give {@code text} as a plain summary
     */
    record Entry(String key, String title, String link, LocalDate date, String html, String text) {
    }

    /** The feed's bytes; {@code baseUrl} is "" while the site's address is unknown. */
    byte[] xml(String baseUrl) {
        List<Entry> sorted = entries.stream().sorted(NEWEST_FIRST).toList();
        LocalDate updated = sorted.isEmpty() ? emptyDate : sorted.get(0).date();
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        x.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\"");
        if (!baseUrl.isEmpty()) {
            x.append(" xml:base=\"").append(esc(baseUrl + "/")).append('"');
        }
        x.append(">\n");
        x.append("  <id>").append(id("feed:" + key)).append("</id>\n");
        x.append("  <title>").append(esc(title)).append("</title>\n");
        x.append("  <updated>").append(dateTime(updated)).append("</updated>\n");
        x.append("  <author><name>").append(esc(author)).append("</name></author>\n");
        x.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(esc(baseUrl + self)).append("\"/>\n");
        x.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(esc(baseUrl + page)).append("\"/>\n");
        for (Entry e : sorted) {
            x.append("  <entry>\n");
            x.append("    <id>").append(id(e.key())).append("</id>\n");
            x.append("    <title>").append(esc(e.title())).append("</title>\n");
            x.append("    <updated>").append(dateTime(e.date())).append("</updated>\n");
            x.append("    <published>").append(dateTime(e.date())).append("</published>\n");
            x.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(esc(baseUrl + e.link())).append("\"/>\n");
            if (e.html() != null) {
                x.append("    <content type=\"html\">").append(esc(e.html())).append("</content>\n");
            } else {
                x.append("    <summary>").append(esc(e.text())).append("</summary>\n");
            }
            x.append("  </entry>\n");
        }
        x.append("</feed>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A stable id: the name-based (MD5, version 3) UUID of a content key, as a URN. */
    static String id(String key) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("vn.cantho.kehoach:" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 3339 date-time of a content date: "2026-03-15T00:00:00+07:00". */
    static String dateTime(LocalDate date) {
        return date.atStartOfDay().atOffset(VIETNAM).format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx"));
    }

    /** Escapes text for XML content and attributes; drops characters XML 1.0 cannot carry. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}
