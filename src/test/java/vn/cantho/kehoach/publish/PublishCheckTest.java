package vn.cantho.kehoach.publish;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.bake.Baker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Publishing refuses a site that is missing or older than its sources (its build failed or never ran). */
class PublishCheckTest {
    @TempDir
    Path root;
    Baker.Sources sources;
    Path site;
    final Instant t0 = Instant.parse("2026-01-22T08:00:00Z");

    @BeforeEach
    void project() throws Exception {
        sources = Baker.Sources.of(root);
        site = root.resolve("target/www");
        write(sources.content().resolve("32-kh-ubnd-2026/i/index.md"), t0);
        write(sources.templates().resolve("layout.ftl"), t0);
        write(sources.assets().resolve("css/site.css"), t0);
        for (Path dir : new Path[] {sources.content().resolve("32-kh-ubnd-2026/i"), sources.content().resolve("32-kh-ubnd-2026"),
                sources.content(), sources.templates(), sources.assets().resolve("css"), sources.assets()}) {
            Files.setLastModifiedTime(dir, FileTime.from(t0));
        }
    }

    @Test
    void aSiteBakedAfterEveryChangeMayBePublished() throws Exception {
        bake(t0.plusSeconds(60));
        assertEquals(Optional.empty(), PublishCheck.refusal(sources, site));
    }

    @Test
    void nothingBakedIsRefused() {
        String why = PublishCheck.refusal(sources, site).orElseThrow();
        assertTrue(why.contains("chưa có trang đã dựng"), why);
        assertTrue(why.contains("cách sửa"), why);
    }

    @Test
    void aSourceChangedAfterTheLastGoodBuildIsRefusedAndNamed() throws Exception {
        bake(t0.plusSeconds(60));
        // the next build failed: target/www kept the previous site, the content is newer
        write(sources.content().resolve("32-kh-ubnd-2026/i/index.md"), t0.plusSeconds(120));
        String why = PublishCheck.refusal(sources, site).orElseThrow();
        assertTrue(why.startsWith("content/32-kh-ubnd-2026/i/index.md đã thay đổi"), why);
    }

    @Test
    void aChangedTemplateOrAssetMakesTheSiteStaleToo() throws Exception {
        bake(t0.plusSeconds(60));
        write(sources.assets().resolve("css/site.css"), t0.plusSeconds(61));
        assertTrue(PublishCheck.refusal(sources, site).orElseThrow().startsWith("assets/css/site.css"));
        write(sources.assets().resolve("css/site.css"), t0);
        write(sources.templates().resolve("layout.ftl"), t0.plusSeconds(61));
        assertTrue(PublishCheck.refusal(sources, site).orElseThrow().startsWith("templates/layout.ftl"));
    }

    @Test
    void aRemovedSourceFileMakesTheSiteStale() throws Exception {
        bake(t0.plusSeconds(60));
        Path section = sources.content().resolve("32-kh-ubnd-2026/i");
        Files.delete(section.resolve("index.md"));
        Files.setLastModifiedTime(section, FileTime.from(t0.plusSeconds(120)));
        assertTrue(PublishCheck.refusal(sources, site).orElseThrow().startsWith("content/32-kh-ubnd-2026/i đã thay đổi"));
    }

    private void bake(Instant at) throws Exception {
        write(site.resolve("index.html"), at);
        write(site.resolve("css/site.0123456789.css"), at);
        Files.setLastModifiedTime(site.resolve("css"), FileTime.from(at));
        Files.setLastModifiedTime(site, FileTime.from(at));
    }

    private static void write(Path file, Instant at) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x" + at);
        Files.setLastModifiedTime(file, FileTime.from(at));
    }
}
