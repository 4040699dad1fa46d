package vn.cantho.kehoach.preview;

import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.bake.PageSink;
import vn.cantho.kehoach.content.EditorLitter;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SourcePage;
import vn.cantho.kehoach.post.ParsedPages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The preview's bake: re-renders only the pages whose {@link PageDigests digest} changed since they were
 * last rendered and writes the others from memory, byte for byte as JBake rendered them. A template edit
 * changes every digest (every page is re-rendered); assets are copied by every bake. The rest of the
 * build (search index, feeds, fingerprints, link check...) runs as in a full build, on the whole site, except
 * that a page written with the same text as before is not parsed again ({@link #previewBuild}).
 * <p>
 * The memory holds what was rendered, whether or not that build was then published: an entry is only
 * reused for a page whose digest is the one it was rendered with.
 */
public final class PreviewBake implements SiteBuild.Bake {
    private final Baker baker;
    private final ParsedPages parsed = new ParsedPages();
    private final Map<String, Rendered> rendered = new HashMap<>();
    private int lastRendered;

    /** A page as JBake rendered it: its digest, where it is written (inside the site) and its bytes. */
    private record Rendered(String digest, String file, byte[] html) {
    }

    public PreviewBake(Baker baker) {
        this.baker = baker;
    }

    /**
     * {@code build} as the preview runs it: with drafts, baking with this bake, and parsing again only the pages
     * whose text changed ({@link ParsedPages}, kept here from build to build like the rendered pages).
     */
    public SiteBuild previewBuild(SiteBuild build) {
        return build.withDrafts().bakingWith(this).keepingParses(parsed);
    }

    @Override
    public synchronized Baker.Stats bake(Site site, Baker.Sources sources, Path staging, Runnable assetsCopied,
                                         PageSink pages) {
        Map<String, String> digests = PageDigests.of(site, templatesDigest(sources.templates()));
        Set<String> stale = new HashSet<>();
        for (Map.Entry<String, String> e : digests.entrySet()) {
            Rendered r = rendered.get(e.getKey());
            if (r == null || !r.digest().equals(e.getValue())) {
                stale.add(e.getKey());
            }
        }
        rendered.keySet().retainAll(digests.keySet());
        Map<String, Rendered> fresh = new ConcurrentHashMap<>();
        Baker.Stats stats = baker.bakePages(site, sources, staging, stale::contains, assetsCopied, (file, html) -> {
            String relative = staging.relativize(file).toString().replace('\\', '/');
            String path = pagePathOf(relative, stale);
            if (path != null) {
                fresh.put(path, new Rendered(digests.get(path), relative, html.getBytes(StandardCharsets.UTF_8)));
            }
            pages.page(file, html);
        });
        for (String path : stale) {
            Rendered r = fresh.get(path);
            if (r == null) {
                rendered.remove(path); // JBake did not write it where expected: not kept
            } else {
                rendered.put(path, r);
            }
        }
        // The pages that did not change, as last rendered, through the same sink.
        site.pages().parallelStream().map(SourcePage::path).filter(p -> !stale.contains(p)).forEach(path -> {
            Rendered r = rendered.get(path);
            try {
                pages.page(staging.resolve(r.file()), new String(r.html(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        lastRendered = stale.size();
        return stats;
    }

    /** How many pages the last bake rendered (the others came from memory). */
    public synchronized int lastRendered() {
        return lastRendered;
    }

    /** The content path among {@code paths} whose page JBake writes at {@code relative}, or null. */
    private static String pagePathOf(String relative, Set<String> paths) {
        String md = relative.substring(0, relative.length() - ".html".length()) + ".md";
        return paths.contains(md) ? md : null;
    }

    /** Names and bytes of every template file (editor litter aside). */
    static String templatesDigest(Path templates) {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> walk = Files.walk(templates)) {
            List<Path> files = walk.filter(Files::isRegularFile).filter(p -> !EditorLitter.isLitter(templates, p))
                    .sorted().toList();
            for (Path p : files) {
                b.append(templates.relativize(p)).append('\0').append(PageDigests.sha256(Files.readAllBytes(p))).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + templates, e);
        }
        return PageDigests.sha256(b.toString());
    }
}
