package vn.cantho.kehoach.support;

import org.jsoup.nodes.Document;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.post.BakedPages;

import java.nio.file.Path;
import java.util.List;

/** The real site, baked once per test run into target/test-site/www. */
public final class BuiltSite {
    private static Path dir;

    private BuiltSite() {
    }

    public static synchronized Path dir() {
        if (dir == null) {
            Path out = Project.root().resolve("target/test-site/www");
            new SiteBuild().run(Baker.Sources.of(Project.root()), out);
            dir = out;
        }
        return dir;
    }

    /** All baked HTML pages. */
    public static List<Path> pages() {
        return BakedPages.htmlFiles(dir());
    }

    public static Document parse(Path page) {
        return BakedPages.parse(page);
    }

    /** The page served at a site URL such as "/32-kh-ubnd-2026/ii/4-2/". */
    public static Document at(String url) {
        Path p = dir().resolve(url.substring(1));
        if (url.endsWith("/")) {
            p = p.resolve("index.html");
        }
        return parse(p);
    }

    /** Site URL of a baked file. */
    public static String urlOf(Path page) {
        String rel = dir().relativize(page).toString().replace('\\', '/');
        if (rel.equals("index.html")) {
            return "/";
        }
        return rel.endsWith("/index.html") ? "/" + rel.substring(0, rel.length() - "index.html".length()) : "/" + rel;
    }
}
