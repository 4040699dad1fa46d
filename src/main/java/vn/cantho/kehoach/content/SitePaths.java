package vn.cantho.kehoach.content;

/**
 * The site's path rules, in one place for every stage: which output file serves a URL, and which plan
 * a content file belongs to. The content package is imported by every later stage, so bake, post and
 * output all use these.
 */
public final class SitePaths {
    /** The file a folder URL is served from. */
    public static final String INDEX = "index.html";

    private SitePaths() {
    }

    /**
     * The output file, relative to the site root, that serves a site URL (a decoded path, no query or
     * fragment): "/" is "index.html", "/a/b/" is "a/b/index.html", "/404.html" is "404.html". A folder named
     * without its trailing slash ("/a/b") maps to the file "a/b", which does not exist: such a link would
     * break the relative links of the page it reaches.
     *
     * @throws IllegalArgumentException if the URL does not start with '/'
     */
    public static String fileOf(String url) {
        if (url == null || !url.startsWith("/")) {
            throw new IllegalArgumentException("not a site URL: " + url);
        }
        String rel = url.substring(1);
        return rel.isEmpty() || rel.endsWith("/") ? rel + INDEX : rel;
    }

    /**
     * The site URL a file of the site serves, from its path relative to the site root: the inverse of
     * {@link #fileOf} ("index.html" is "/", "a/b/index.html" is "/a/b/", "404.html" is "/404.html").
     */
    public static String urlOf(String file) {
        if (file.equals(INDEX)) {
            return "/";
        }
        return "/" + (file.endsWith("/" + INDEX) ? file.substring(0, file.length() - INDEX.length()) : file);
    }

    /**
     * The top folder of a path inside content/, which names the plan the file belongs to
     * ("32-kh-ubnd-2026/ii/index.md" is in "32-kh-ubnd-2026"); "" for a file directly in content/.
     */
    public static String topFolder(String contentPath) {
        int slash = contentPath.indexOf('/');
        return slash < 0 ? "" : contentPath.substring(0, slash);
    }
}
