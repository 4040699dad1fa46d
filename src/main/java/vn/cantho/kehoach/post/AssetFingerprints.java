package vn.cantho.kehoach.post;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Gives every stylesheet and script of the baked site a content-hashed twin
 * ({@code js/search.js} → {@code js/search.3f2a9c0d1e.js}) and points the pages and the scripts' own
 * imports at the twins, so a server can cache them forever ({@code Cache-Control: immutable}) and a
 * reader on a slow connection never downloads an unchanged file twice. Scripts are hashed after the
 * files they import, so a change anywhere changes every name that depends on it. The original names
 * stay, so pages cached under an older build keep working. Files at the site root keep their single
 * name, as a service worker must. Data (the search index) keeps its name and
 * is revalidated: otherwise every content edit would rename the scripts that load it, and with them
 * every page.
 */
public final class AssetFingerprints {
    /** A hashed name: 10 hex digits before the extension. */
    public static final Pattern HASHED = Pattern.compile(".*\\.[0-9a-f]{10}\\.(css|js)$");
    private static final Pattern LITERAL = Pattern.compile("(['\"])((?:\\.{1,2}/|/)[^'\"\\s]+\\.(?:css|js))\\1");
    /** The attributes through which a page refers to a stylesheet or script. */
    private static final List<String> REFERRING = List.of("href=\"", "src=\"");

    private final Path site;
    private final Set<String> assets = new HashSet<>();
    private final Map<String, String> hashed = new HashMap<>();
    private volatile boolean hashedAssets;

    /** Fingerprints for the site baked in {@code site}: {@link #hashAssets()} once its assets are there. */
    public AssetFingerprints(Path site) {
        this.site = site;
    }

    /** Adds the hashed twins and rewrites the pages; returns original → hashed site paths ("/js/a.js"). */
    public static Map<String, String> apply(Path site) {
        AssetFingerprints f = new AssetFingerprints(site);
        f.hashAssets();
        PageScan.run(site, f::rewrite, List.of());
        return f.hashed();
    }

    /**
     * Adds the hashed twin of every stylesheet and script; the pages are left to {@link #rewrite}, which a
     * {@link PageScan} applies to each page.
     */
    public void hashAssets() {
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = "/" + site.relativize(p).toString().replace('\\', '/');
                // Files at the root keep their name: a service worker (/sw.js) must keep a fixed address.
                boolean atRoot = rel.indexOf('/', 1) < 0;
                if (!atRoot && (rel.endsWith(".css") || rel.endsWith(".js")) && !HASHED.matcher(rel).matches()) {
                    assets.add(rel);
                }
            }
            for (String a : List.copyOf(assets)) {
                fingerprint(a, new HashSet<>());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        hashedAssets = true;
    }

    /**
     * A page's text with its stylesheet and script references ({@code href="/css/a.css"}, {@code src="/js/b.js"})
     * pointed at the hashed twins. One pass over the page, from one site-absolute attribute value ({@code ="/})
     * to the next: a pattern over every link of every page cost as much as rendering the page, and looking for
     * each asset name in turn was an eighth of a 2,000-section build.
     */
    public String rewrite(String html) {
        if (!hashedAssets) {
            throw new IllegalStateException("hashAssets() first");
        }
        StringBuilder out = null;
        int copied = 0;
        for (int at = html.indexOf("=\"/"); at >= 0; at = html.indexOf("=\"/", at + 2)) {
            int start = at + 2;
            int end = html.indexOf('"', start);
            if (end < 0) {
                break;
            }
            String twin = referring(html, at) ? hashed.get(html.substring(start, end)) : null;
            if (twin != null) {
                out = out == null ? new StringBuilder(html.length() + 256) : out;
                out.append(html, copied, start).append(twin);
                copied = end;
            }
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    /** Whether the {@code ="} at {@code at} closes one of the {@link #REFERRING} attribute names. */
    private static boolean referring(String html, int at) {
        for (String attr : REFERRING) {
            int name = at + 2 - attr.length();
            if (name >= 0 && html.startsWith(attr, name)) {
                return true;
            }
        }
        return false;
    }

    /** Original → hashed site paths ("/js/a.js" → "/js/a.3f2a9c0d1e.js"). */
    public Map<String, String> hashed() {
        return Map.copyOf(hashed);
    }

    /** The hashed site path of an asset, hashing what it references first. */
    private String fingerprint(String asset, Set<String> visiting) throws IOException {
        String done = hashed.get(asset);
        if (done != null) {
            return done;
        }
        if (!visiting.add(asset)) {
            throw new IllegalStateException("import cycle through " + asset);
        }
        Path file = site.resolve(asset.substring(1));
        byte[] bytes = Files.readAllBytes(file);
        if (asset.endsWith(".js")) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            Matcher m = LITERAL.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String spec = m.group(2);
                String target = resolve(asset, spec);
                String replacement = m.group(0);
                if (assets.contains(target)) {
                    String t = fingerprint(target, visiting);
                    String newName = t.substring(t.lastIndexOf('/') + 1);
                    replacement = m.group(1) + spec.substring(0, spec.lastIndexOf('/') + 1) + newName + m.group(1);
                }
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        }
        int dot = asset.lastIndexOf('.');
        String name = asset.substring(0, dot) + "." + hash(bytes) + asset.substring(dot);
        Files.write(site.resolve(name.substring(1)), bytes);
        hashed.put(asset, name);
        visiting.remove(asset);
        return name;
    }

    /** A literal in a script, as a site path: "./text.js" in "/js/search.js" is "/js/text.js". */
    static String resolve(String from, String spec) {
        if (spec.startsWith("/")) {
            return spec;
        }
        Path base = Path.of(from).getParent();
        return base.resolve(spec).normalize().toString().replace('\\', '/');
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
