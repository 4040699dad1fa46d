package vn.cantho.kehoach.post;

import vn.cantho.kehoach.content.FieldRules;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SitePaths;
import vn.cantho.kehoach.content.SourcePage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt for every build and, once the site's address is known ({@code base_url} in
 * content/index.md), a sitemap.xml listing every page a reader may land on, so search engines find
 * each section of the plan.
 */
public final class Sitemap {
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    private static final String NOINDEX = "<meta name=\"robots\" content=\"noindex\">";

    private Sitemap() {
    }

    /**
     * The pages search engines may index, collected as a {@link PageScan} visitor: every page but those that ask
     * not to be indexed (earlier versions, redirects, ...). The page's own robots meta is the one rule, so no page
     * kind is listed here by name.
     */
    public static final class Indexable implements PageScan.Visitor {
        private final Set<String> files = ConcurrentHashMap.newKeySet();

        @Override
        public void visit(PageScan.Page page) {
            if (!page.html().contains(NOINDEX)) {
                files.add(page.relative());
            }
        }

        boolean contains(String file) {
            return files.contains(file);
        }
    }

    /** Writes robots.txt and the sitemap of the pages a scan found {@link Indexable}. */
    public static void write(Site site, Path baked, Indexable indexable) {
        String base = site.baseUrl();
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        try {
            if (!base.isEmpty()) {
                StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
                for (SourcePage p : site.pages()) {
                    if (!FieldRules.NOTFOUND.equals(p.type()) && !FieldRules.SEARCH.equals(p.type())
                            && indexable.contains(SitePaths.fileOf(p.url()))) {
                        xml.append("  <url><loc>").append(escape(base + p.url())).append("</loc></url>\n");
                    }
                }
                xml.append("</urlset>\n");
                Files.writeString(baked.resolve(SITEMAP), xml, StandardCharsets.UTF_8);
                robots.append("Sitemap: ").append(base).append("/").append(SITEMAP).append("\n");
            }
            Files.writeString(baked.resolve(ROBOTS), robots, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
