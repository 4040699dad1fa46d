package vn.cantho.kehoach.bench;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SiteLoader;
import vn.cantho.kehoach.content.SourcePage;
import vn.cantho.kehoach.support.ChildJvm;
import vn.cantho.kehoach.support.Project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The scale benchmark's Hugo site, built by the real {@code hugo}, against our content model: Hugo writes a
 * page wherever we do, and each section page has the place in the plan our build gives it (breadcrumbs,
 * contextual table of contents, previous/next, full-text headings) and the same text. Skipped where Hugo is
 * not installed (CI: the benchmark is not a test).
 */
class HugoSiteTest {
    @TempDir
    Path tmp;

    /** The real site, a generated plan (folders unlike the tree: m1/1-1 has parent m1-1) and two documents. */
    @ParameterizedTest
    @ValueSource(strings = {"real", "generated", "documents"})
    void hugoRendersEveryPageInOurPlace(String kind) throws Exception {
        assumeTrue(ChildJvm.onPath("hugo"), "hugo is not installed");
        Path root = switch (kind) {
            case "real" -> Project.root();
            case "generated" -> ScaleBenchmark.generate(tmp.resolve("src"), 40,
                    ScaleBenchmark.realParagraphs(Project.root()), 2);
            default -> ScaleBenchmark.copies(Project.root(), tmp.resolve("src"), 2);
        };
        Path out = tmp.resolve("out");
        String log = hugo(HugoSite.write(root, tmp.resolve("hugo")), out);
        assertFalse(log.contains("WARN") || log.contains("ERROR"), log);
        Site site = new SiteLoader().load(root.resolve("content"));

        Set<String> expected = new TreeSet<>();
        site.pages().stream().map(SourcePage::url).map(HugoSiteTest::file).forEach(expected::add);
        assertEquals(expected, htmlFiles(out), "HTML pages Hugo wrote");

        for (PlanDocument doc : site.documents()) {
            for (Section s : doc.sections()) {
                Document page = read(out, s.url());
                String where = s.url() + ": ";
                List<String> crumbs = new ArrayList<>(List.of("/", doc.url()));
                s.ancestors().forEach(a -> crumbs.add(a.url()));
                assertEquals(crumbs, page.select("nav.breadcrumbs a").eachAttr("href"), where + "breadcrumbs");
                Set<Section> open = new HashSet<>(s.ancestors());
                open.add(s);
                assertEquals(toc(doc.roots(), open), page.select("nav.toc ol a").eachAttr("href"), where + "contents");
                assertEquals(List.of(s.url()), page.select("nav.toc li.is-current > a").eachAttr("href"), where + "current");
                assertEquals(s.previous() == null ? List.of() : List.of(s.previous().url()),
                        page.select("a[rel=prev]").eachAttr("href"), where + "previous");
                assertEquals(s.next() == null ? List.of() : List.of(s.next().url()),
                        page.select("a[rel=next]").eachAttr("href"), where + "next");
                assertEquals(s.children().stream().map(Section::url).toList(),
                        page.select("nav.children a").eachAttr("href"), where + "children");
                assertEquals(s.heading() != null ? s.heading() : s.title(), page.selectFirst("h1").text(), where + "heading");
                assertEquals(Jsoup.parseBodyFragment(s.html()).text(), page.selectFirst(".official-text").text(),
                        where + "text");
            }
            Document cover = read(out, doc.url());
            assertEquals(doc.sections().stream().map(Section::url).toList(), cover.select("nav.toc ol a").eachAttr("href"),
                    doc.url() + ": the cover's contents name every section in reading order");
            if (doc.fullText() != null) {
                Document full = read(out, doc.fullText().url());
                List<String> headings = new ArrayList<>();
                for (Element section : full.select("section.fulltext__section")) {
                    Element h = section.child(0);
                    headings.add(h.tagName() + "#" + h.id());
                }
                assertEquals(doc.sections().stream().map(x -> "h" + x.headingLevel() + "#" + x.id()).toList(), headings,
                        doc.fullText().url() + ": full-text headings");
            }
        }
        Document home = read(out, "/");
        assertEquals(site.documents().size() > 1 ? site.documents().size() : 0, home.select("li.document-list__item").size(),
                "documents listed on the home");
    }

    /** Our contextual table of contents: every entry, children of the open sections only. */
    private static List<String> toc(List<Section> entries, Set<Section> open) {
        List<String> out = new ArrayList<>();
        for (Section s : entries) {
            out.add(s.url());
            if (open.contains(s)) {
                out.addAll(toc(s.children(), open));
            }
        }
        return out;
    }

    /** Runs Hugo (warnings shown) and returns what it printed. */
    private static String hugo(Path site, Path out) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("hugo", "-s", site.toString(), "-d", out.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "hugo still running");
        assertEquals(0, p.exitValue(), log);
        return log;
    }

    private static String file(String url) {
        return url.endsWith("/") ? url.substring(1) + "index.html" : url.substring(1);
    }

    private static Set<String> htmlFiles(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".html")).map(p -> out.relativize(p).toString())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static Document read(Path out, String url) throws IOException {
        return Jsoup.parse(out.resolve(file(url)).toFile(), "UTF-8");
    }
}
