package vn.cantho.kehoach.bench;

import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SiteLoader;
import vn.cantho.kehoach.content.SourcePage;
import vn.cantho.kehoach.support.Project;
import vn.cantho.kehoach.support.TempSite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Lays out the content of one of our sites as a Hugo site, for the scale benchmark: the same Markdown files,
 * front matter and body as written, with the benchmark's Hugo templates
 * ({@code src/test/resources/bench/hugo}: config and layouts) and our {@code assets/} as Hugo's
 * {@code static/}.
 *
 * <p>Hugo's page tree follows folders, ours follows each section's {@code parent} field (khoản 4.2 of Mục II
 * lives in {@code ii/4-2/} with parent {@code ii-4}). So each section is written under its ancestors' ids
 * ({@code 32-kh-ubnd-2026/ii/ii-4/ii-4-2/}), as {@code _index.md} (Hugo's branch) when it has children and
 * {@code index.md} otherwise; two lines are added to its front matter, {@code weight} (our {@code order}) and
 * {@code url} (our URL), so Hugo writes every page where we do and sorts sections in reading order. The home
 * and each document's cover become branch {@code _index.md} files; other pages keep their path.
 * Implementation updates ({@code type: update}) are left out: our build publishes them through its own code.
 */
final class HugoSite {
    /** The benchmark's Hugo config and layouts. */
    static final Path TEMPLATES = Project.root().resolve("src/test/resources/bench/hugo");

    private HugoSite() {
    }

    /**
     * Writes the Hugo site of {@code siteRoot} (a folder with {@code content/} and {@code assets/}) into
     * {@code dir}, which must not exist yet, and returns {@code dir}.
     */
    static Path write(Path siteRoot, Path dir) throws IOException {
        if (Files.exists(dir)) {
            throw new IllegalArgumentException(dir + " exists already");
        }
        Path content = siteRoot.resolve("content");
        Site site = new SiteLoader().load(content);
        TempSite.copy(TEMPLATES, dir);
        TempSite.copy(siteRoot.resolve("assets"), dir.resolve("static"));
        Map<String, Section> sections = new HashMap<>();
        for (PlanDocument doc : site.documents()) {
            doc.sections().forEach(s -> sections.put(s.page().path(), s));
        }
        for (SourcePage page : site.pages()) {
            String text = Files.readString(content.resolve(page.path()), StandardCharsets.UTF_8);
            Section section = sections.get(page.path());
            String path;
            String added = "url: \"" + page.url() + "\"\n";
            if (section != null) {
                path = sectionPath(section);
                added += "weight: " + section.order() + "\n";
            } else if (page == site.home()) {
                path = "_index.md";
            } else if (site.documents().stream().anyMatch(d -> d.cover() == page)) {
                path = page.path().replaceFirst("index\\.md$", "_index.md");
            } else {
                path = page.path();
            }
            Path to = dir.resolve("content").resolve(path);
            Files.createDirectories(to.getParent());
            Files.writeString(to, withFields(text, added), StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** "32-kh-ubnd-2026/ii/ii-4/ii-4-2/index.md": the document folder, then the ids of the ancestors. */
    static String sectionPath(Section section) {
        StringBuilder p = new StringBuilder(section.page().path().substring(0, section.page().path().indexOf('/')));
        section.ancestors().forEach(a -> p.append('/').append(a.id()));
        p.append('/').append(section.id());
        return p.append(section.children().isEmpty() ? "/index.md" : "/_index.md").toString();
    }

    /** The file with these YAML lines added at the end of its front matter (which our build has checked). */
    static String withFields(String text, String lines) {
        int close = text.indexOf("\n---", 3);
        if (!text.startsWith("---") || close < 0) {
            throw new UncheckedIOException(new IOException("no front matter: " + text.lines().findFirst().orElse("")));
        }
        return text.substring(0, close + 1) + lines + text.substring(close + 1);
    }
}
