package vn.cantho.kehoach.bake;

import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.io.FileTrees;
import vn.cantho.kehoach.content.SourcePage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * The folder JBake crawls: one empty stub per page of the site, at the page's content path. JBake derives
 * each output path from the stub's path; {@link PageMarkupEngine} hands it the page itself. So pages the
 * build generates (history, redirects, ...) are baked exactly like content files, and litter beside the
 * Markdown in content/ is never seen by JBake.
 */
final class CrawlFolder {
    private CrawlFolder() {
    }

    /** A stub for each page whose path inside content/ passes {@code pages}. */
    static Path create(Site site, Predicate<String> pages) {
        try {
            Path dir = Files.createTempDirectory("kh-crawl-");
            for (SourcePage page : site.pages()) {
                if (!pages.test(page.path())) {
                    continue;
                }
                Path stub = dir.resolve(page.path());
                Files.createDirectories(stub.getParent());
                Files.createFile(stub);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the pages to bake", e);
        }
    }

    static void delete(Path dir) {
        try {
            FileTrees.delete(dir);
        } catch (UncheckedIOException e) {
            // a temporary folder left behind is harmless; the bake itself succeeded
        }
    }
}
