package vn.cantho.kehoach.support;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a first visit to a baked page downloads: the HTML, its stylesheets, icon and scripts with
 * their static imports. Lazily loaded files (dynamic import(), the search index) are not counted.
 */
public final class FirstVisit {
    private static final Pattern STATIC_IMPORT = Pattern.compile("(?m)^\\s*import\\s[^'\"]*['\"]([^'\"]+)['\"]|\\bfrom\\s*['\"]([^'\"]+)['\"]");

    private FirstVisit() {
    }

    /** Files a page loads on first visit, by site path. */
    public static Set<String> resources(Path site, Document doc) {
        Set<String> out = new LinkedHashSet<>();
        for (Element link : doc.select("link[rel=stylesheet][href], link[rel=icon][href]")) {
            out.add(link.attr("href"));
        }
        List<String> queue = new ArrayList<>();
        for (Element script : doc.select("script[src]")) {
            queue.add(script.attr("src"));
        }
        while (!queue.isEmpty()) {
            String js = queue.remove(0);
            if (!out.add(js)) {
                continue;
            }
            try {
                Matcher m = STATIC_IMPORT.matcher(Files.readString(site.resolve(js.substring(1))));
                while (m.find()) {
                    String spec = m.group(1) != null ? m.group(1) : m.group(2);
                    queue.add(Path.of(js).getParent().resolve(spec).normalize().toString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Gzipped bytes of the page and everything it loads on first visit. */
    public static long gzipBytes(Path site, Path page, Document doc) {
        long total = Gzip.size(page);
        for (String r : resources(site, doc)) {
            total += Gzip.size(site.resolve(r.substring(1)));
        }
        return total;
    }
}
