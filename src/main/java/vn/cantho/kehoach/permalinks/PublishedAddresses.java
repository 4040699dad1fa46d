package vn.cantho.kehoach.permalinks;

import org.jsoup.nodes.Element;
import vn.cantho.kehoach.content.SitePaths;
import vn.cantho.kehoach.post.PageScan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
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
public final class PublishedAddresses implements PageScan.Visitor {
    /** Elements whose id is a promised anchor. */
    public static final String PROMISED = "main #tieu-de, main .official-text [id], main .fulltext__section > [id], "
            + "main .fulltext > #dau-van-ban, main .fulltext > #chu-ky";
    private static final String NOT_FOUND_PAGE = "/404.html";
    private static final String SITEMAP = "/sitemap.xml";
    private static final String FEED = "atom.xml";

    private final Set<String> pages = ConcurrentHashMap.newKeySet();

    /** A collector of the pages' addresses, to run as a {@link PageScan} visitor; then ask for {@link #of(Path)}. */
    public PublishedAddresses() {
    }

    /** Every page URL and promised anchor of the site baked in {@code site}, sorted: one scan of its own. */
    public static SortedSet<String> read(Path site) {
        PublishedAddresses addresses = new PublishedAddresses();
        PageScan.run(site, UnaryOperator.identity(), List.of(addresses));
        return addresses.of(site);
    }

    @Override
    public void visit(PageScan.Page page) {
        String url = page.url();
        if (url.equals(NOT_FOUND_PAGE) || !url.endsWith("/") && !url.endsWith(".html")) {
            return;
        }
        pages.add(url);
        for (Element e : page.doc().select(PROMISED)) {
            pages.add(url + "#" + e.id());
        }
    }

    /** The addresses of the pages visited, with the XML documents of {@code site}, sorted. */
    public SortedSet<String> of(Path site) {
        SortedSet<String> out = new TreeSet<>(pages);
        for (Path file : xmlFiles(site)) {
            String url = SitePaths.urlOf(site.relativize(file).toString().replace('\\', '/'));
            if (!url.equals(SITEMAP) && !url.endsWith("/" + FEED)) {
                out.add(url);
            }
        }
        return out;
    }

    private static List<Path> xmlFiles(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".xml") || n.endsWith(".atom");
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + site, e);
        }
    }
}
