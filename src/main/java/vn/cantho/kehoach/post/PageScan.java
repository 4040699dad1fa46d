package vn.cantho.kehoach.post;

import org.jsoup.Jsoup;
import vn.cantho.kehoach.content.SitePaths;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Each page of the site seen once, on every core: its text rewritten (asset references pointed at their hashed
 * twins), written, parsed once and shown to every {@link Visitor} (link check, published addresses, sitemap). Pages
 * come straight from the bake ({@link #rendered}, so they are never read back) or from the folder ({@link #rest},
 * {@link #run}). The parsed page is dropped after its visit, so memory does not grow with the number of pages.
 */
public final class PageScan {
    /** A page as the scan shows it: its file, its path relative to the site ("a/index.html"), URL, text, DOM. */
    public record Page(Path file, String relative, String url, String html, Document doc) {
    }

    /** Sees every page once. Called from several threads at once: collect into concurrent structures. */
    public interface Visitor {
        void visit(Page page);
    }

    private final Path site;
    private final UnaryOperator<String> rewrite;
    private final List<? extends Visitor> visitors;
    private final ParsedPages parsed;
    private final Set<Path> seen = ConcurrentHashMap.newKeySet();

    /**
     * @param rewrite applied to each page's text first; its result is what is written, parsed and visited
     */
    public PageScan(Path site, UnaryOperator<String> rewrite, List<? extends Visitor> visitors) {
        this(site, rewrite, visitors, null);
    }

    /** @param parsed parses kept from earlier builds, to reuse for pages written with the same text (or null) */
    public PageScan(Path site, UnaryOperator<String> rewrite, List<? extends Visitor> visitors, ParsedPages parsed) {
        this.site = site;
        this.rewrite = rewrite;
        this.visitors = visitors;
        this.parsed = parsed;
    }

    /** Every page of a baked site, read once each. */
    public static void run(Path site, UnaryOperator<String> rewrite, List<? extends Visitor> visitors) {
        new PageScan(site, rewrite, visitors).rest();
    }

    /** A page just rendered, not yet on disk: a {@code bake.PageSink}. Thread-safe. */
    public void rendered(Path file, String html) throws IOException {
        String out = rewrite.apply(html);
        Files.createDirectories(file.getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
        visit(file, out);
    }

    /** Every HTML page in the site folder not seen yet (written by a later stage, or all of a baked site). */
    public void rest() {
        BakedPages.htmlFiles(site).parallelStream().filter(f -> !seen.contains(f.toAbsolutePath().normalize()))
                .forEach(file -> {
                    String html = read(file);
                    String out = rewrite.apply(html);
                    if (!out.equals(html)) {
                        write(file, out);
                    }
                    visit(file, out);
                });
    }

    private void visit(Path file, String html) {
        seen.add(file.toAbsolutePath().normalize());
        if (visitors.isEmpty()) {
            return;
        }
        String relative = site.relativize(file).toString().replace('\\', '/');
        String baseUri = file.toAbsolutePath().toString();
        Page page = new Page(file, relative, SitePaths.urlOf(relative), html,
                parsed == null ? Jsoup.parse(html, baseUri) : parsed.parse(relative, html, baseUri));
        for (Visitor v : visitors) {
            v.visit(page);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
