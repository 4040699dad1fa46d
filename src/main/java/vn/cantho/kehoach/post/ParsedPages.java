package vn.cantho.kehoach.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Parsed pages kept from one build to the next (the preview): a page written with the same text as last time is
 * not parsed again. The {@link PageScan.Visitor}s only read a page's DOM, so one parse serves every build that
 * writes that text. Kept up to {@link #MAX_CHARS} characters of page text (a large site's later pages are parsed
 * every time), so memory stays bounded. Thread-safe.
 */
public final class ParsedPages {
    /** Characters of page text whose parse is kept (the real site: about 1.3 million). */
    static final long MAX_CHARS = 16_000_000;

    private record Kept(String html, Document doc) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong chars = new AtomicLong();

    /** The page at `relative` (in the site) with text `html`: the kept parse if the text is the same, else parsed. */
    Document parse(String relative, String html, String baseUri) {
        Kept k = kept.get(relative);
        if (k != null && k.html().equals(html)) {
            return k.doc();
        }
        Document doc = Jsoup.parse(html, baseUri);
        long before = k == null ? 0 : k.html().length();
        if (chars.get() - before + html.length() <= MAX_CHARS) {
            Kept old = kept.put(relative, new Kept(html, doc));
            chars.addAndGet(html.length() - (old == null ? 0 : old.html().length()));
        } else if (k != null && kept.remove(relative, k)) {
            chars.addAndGet(-k.html().length()); // the old text can never match again: free what it held
        }
        return doc;
    }
}
