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

    public static void write(Site site, Path baked) {
        String base = site.baseUrl();
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        try {
            if (!base.isEmpty()) {
                StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
                for (SourcePage p : site.pages()) {
                    if (!FieldRules.NOTFOUND.equals(p.type()) && !FieldRules.SEARCH.equals(p.type())
                            && !noindex(baked.resolve(SitePaths.fileOf(p.url())))) {
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

    /**
     * Whether a baked page asks search engines not to index it (earlier versions, redirects, ...): the page's
     * own robots meta is the one rule, so no page kind is listed here by name.
     */
    static boolean noindex(Path page) throws IOException {
        return !Files.isRegularFile(page) || Files.readString(page, StandardCharsets.UTF_8).contains(NOINDEX);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
