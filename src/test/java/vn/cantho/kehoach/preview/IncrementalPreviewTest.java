package vn.cantho.kehoach.preview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.support.TempSite;
import vn.cantho.kehoach.support.UpdateFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview's incremental rebuilds write exactly what a full build writes: after each edit of a series
 * (text, titles, sections added and removed, an update, a template, an asset, a broken edit and its fix)
 * every file of the preview folder equals, byte for byte, the output of a fresh full build of the same
 * sources, and only the pages whose template data changed were rendered again.
 */
class IncrementalPreviewTest {
    @TempDir
    Path tmp;

    private TempSite site;
    private Path preview;
    private final PreviewBake bake = new PreviewBake(new Baker());
    private int fullBuilds;

    @Test
    void everyIncrementalRebuildEqualsAFullBuild() throws IOException {
        site = new TempSite(tmp.resolve("src"));
        preview = tmp.resolve("preview");
        site.section("iii", 4, null, "Mục ba, đoạn một.\n\nMục ba, đoạn hai.\n");
        int pages = rebuildAndCompare();
        assertEquals(pages, bake.lastRendered(), "the first preview build renders every page");

        site.section("ii/1", 3, "ii", "Nội dung khoản 1, đã sửa.\n");
        rebuildAndCompare();
        int paragraphEdit = bake.lastRendered();
        assertTrue(paragraphEdit >= 1 && paragraphEdit <= 3,
                "a paragraph edit re-renders its page and the full text only, not " + paragraphEdit + " of " + pages);

        site.write("kh-1/i/index.md", "---\ntype: section\nid: i\norder: 1\nlabel: \"Phần i\"\ntitle: \"Tiêu đề mới của i\"\n"
                + "---\n\n1\\. Đoạn một.\n\nĐoạn hai.\n");
        rebuildAndCompare();
        assertTrue(bake.lastRendered() > paragraphEdit, "a new title changes every table of contents that names it");

        site.section("iv", 5, null, "Mục bốn mới.\n");
        rebuildAndCompare();

        delete("kh-1/ii/1/index.md");
        rebuildAndCompare();

        UpdateFiles.write(site, "2026/03/tin-thu", "Tin thử", "05/03/2026", "iii");
        rebuildAndCompare();

        Path sectionTemplate = site.root.resolve("templates/section.ftl");
        String template = Files.readString(sectionTemplate);
        Files.writeString(sectionTemplate, template.replaceFirst("(?s)(</article>)", "<p>Mẫu đã sửa.</p>\n$1"));
        assertFalse(template.equals(Files.readString(sectionTemplate)), "the template edit must change the template");
        int all = rebuildAndCompare();
        assertEquals(all, bake.lastRendered(), "a template edit re-renders every page");

        Path css = site.root.resolve("assets/css/site.css");
        Files.writeString(css, Files.readString(css) + "\n.preview-test { color: #000; }\n");
        rebuildAndCompare();

        Map<String, String> good = files(preview);
        site.write("kh-1/iii/index.md", "---\ntype: section\nid: iii\norder: \"không phải số\n---\n\nMục ba.\n");
        assertThrows(BuildFailure.class, () -> bake.previewBuild(new SiteBuild(new Baker(), s -> { }))
                .run(Baker.Sources.of(site.root), preview));
        assertEquals(good, files(preview), "a broken edit leaves the preview as it was");

        site.section("iii", 4, null, "Mục ba, đoạn một, đã sửa lại.\n\nMục ba, đoạn hai.\n");
        rebuildAndCompare();
        assertTrue(bake.lastRendered() < all / 2, "the fix re-renders a few pages, not " + bake.lastRendered());
    }

    /** Rebuilds the preview incrementally and a fresh full build beside it; asserts equal files. */
    private int rebuildAndCompare() {
        SiteBuild.Report incremental = bake.previewBuild(new SiteBuild(new Baker(), s -> { }))
                .run(Baker.Sources.of(site.root), preview);
        Path full = tmp.resolve("full-" + ++fullBuilds);
        new SiteBuild(new Baker(), s -> { }).withDrafts().run(Baker.Sources.of(site.root), full);
        Map<String, String> expected = files(full);
        assertFalse(expected.isEmpty());
        assertEquals(List.of(), differences(expected, files(preview)),
                "after edit " + fullBuilds + " these files of the preview differ from a full build");
        return incremental.pages();
    }

    private void delete(String contentPath) throws IOException {
        Files.delete(site.root.resolve("content").resolve(contentPath));
    }

    /** Paths present in one tree only or with other bytes. */
    private static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
        Set<String> paths = new TreeSet<>(expected.keySet());
        paths.addAll(actual.keySet());
        return paths.stream().filter(p -> !Objects.equals(expected.get(p), actual.get(p))).toList();
    }

    /** Every file under the folder → its SHA-256. */
    static Map<String, String> files(Path dir) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), HexFormat.of().formatHex(md.digest(Files.readAllBytes(p))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
