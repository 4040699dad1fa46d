package vn.cantho.kehoach.permalinks;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.cantho.kehoach.post.BakedPages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The addresses a baked site publishes, read back from its files with Jsoup.
 * <ul>
 *   <li>Pages: every HTML file but the 404 page (not a permanent URL), as its URL ({@code /a/b/} for
 *       {@code a/b/index.html}); and every XML document but the sitemap and the Atom feeds (the Akoma Ntoso
 *       export). A feed belongs to its page: readers subscribe from the page, and it goes where the page goes.</li>
 *   <li>Promised anchors: ids the site documents as addresses of the text ({@link #PROMISED}): the page
 *       heading {@code #tieu-de}; every id inside the official text (khoan-*, diem-*, gach-*, doan-*,
 *       tieu-de-*, and on the full-text page the same ids prefixed with the section id); the section
 *       headings of the full-text page ({@code #ii-4-2}) and there the document's heading and signature blocks
 *       ({@code #dau-van-ban}, {@code #chu-ky}; on section pages they follow whichever section comes first or
 *       last, so they are not promised there). Ids of the page furniture (search box, table of contents,
 *       citation box) are not promised.</li>
 * </ul>
 */
public final class PublishedAddresses {
    /** Elements whose id is a promised anchor. */
    public static final String PROMISED = "main #tieu-de, main .official-text [id], main .fulltext__section > [id], "
            + "main .fulltext > #dau-van-ban, main .fulltext > #chu-ky";
    private static final String NOT_FOUND_PAGE = "/404.html";
    private static final String SITEMAP = "/sitemap.xml";
    private static final String FEED = "atom.xml";

    private PublishedAddresses() {
    }

    /** Every page URL and promised anchor of the site baked in {@code site}, sorted. */
    public static SortedSet<String> of(Path site) {
        SortedSet<String> out = new TreeSet<>();
        for (Path file : files(site)) {
            String url = urlOf(site, file);
            if (url.endsWith(".xml") || url.endsWith(".atom")) {
                if (!url.equals(SITEMAP) && !url.endsWith("/" + FEED)) {
                    out.add(url);
                }
                continue;
            }
            if (!url.endsWith("/") && !url.endsWith(".html") || url.equals(NOT_FOUND_PAGE)) {
                continue;
            }
            out.add(url);
            Document doc = BakedPages.parse(file);
            for (Element e : doc.select(PROMISED)) {
                out.add(url + "#" + e.id());
            }
        }
        return out;
    }

    private static java.util.List<Path> files(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".html") || n.endsWith(".xml") || n.endsWith(".atom");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + site, e);
        }
    }

    /** "a/b/index.html" → "/a/b/", "404.html" → "/404.html". */
    static String urlOf(Path site, Path file) {
        String rel = site.relativize(file).toString().replace('\\', '/');
        if (rel.equals("index.html")) {
            return "/";
        }
        return "/" + (rel.endsWith("/index.html") ? rel.substring(0, rel.length() - "index.html".length()) : rel);
    }
}
