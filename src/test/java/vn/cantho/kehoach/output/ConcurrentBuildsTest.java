package vn.cantho.kehoach.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.support.ChildJvm;
import vn.cantho.kehoach.support.Digest;
import vn.cantho.kehoach.support.PreviewLoad;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds of one output from two processes at once (a preview rebuilding, and {@code mvn package} or a
 * second terminal in another JVM), while 8 readers read the preview server: every build succeeds in turn,
 * the one that waits says so, and every response is a whole page of one build.
 */
class ConcurrentBuildsTest {
    @TempDir
    Path tmp;

    /** Two versions of the site, A and B, differing in one paragraph; returns their texts of kh-1/i/index.md. */
    static List<String> twoVersions(TempSite site) throws Exception {
        Path md = site.root.resolve("content/kh-1/i/index.md");
        site.section("i", 1, null, "1\\. Đoạn một.\n\nĐoạn hai, bản A.\n");
        String a = Files.readString(md);
        site.section("i", 1, null, "1\\. Đoạn một.\n\nĐoạn hai, bản B, dài hơn bản A một chút.\n");
        String b = Files.readString(md);
        return List.of(a, b);
    }

    static List<String> leftovers(Path out) throws Exception {
        try (Stream<Path> s = Files.list(out.getParent())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(out.getFileName() + "."))
                    .filter(n -> !n.equals(out.getFileName() + ".lock")).toList();
        }
    }

    @Test
    void buildsFromTwoProcessesTakeTurnsWhileReadersGetWholePages() throws Exception {
        TempSite site = new TempSite(tmp.resolve("src"));
        Path md = site.root.resolve("content/kh-1/i/index.md");
        List<String> texts = twoVersions(site);
        Baker.Sources sources = Baker.Sources.of(site.root);
        List<Path> refs = new ArrayList<>();
        for (int v = 0; v < 2; v++) {
            PreviewLoad.replace(md, texts.get(v));
            refs.add(new SiteBuild().run(sources, tmp.resolve("ref-" + v)).output());
        }
        Map<String, Set<String>> allowed = PreviewLoad.versions(refs);
        assertTrue(allowed.values().stream().anyMatch(s -> s.size() == 2), "the versions differ");
        Path out = tmp.resolve("target/www");
        PreviewLoad.replace(md, texts.get(0));
        new SiteBuild().run(sources, out);

        List<String> notices = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        PreviewLoad.Result r;
        ChildJvm child;
        try (PreviewServer server = new PreviewServer(out, 0)) {
            server.start();
            PreviewLoad.Background readers = PreviewLoad.inBackground(server.url(), allowed, 8, stop);
            // a second JVM builds the same output, while the preview rebuilds (alternating A and B) until it is done
            child = ChildJvm.build(site.root, out, tmp.resolve("child.log"));
            Thread preview = new Thread(() -> {
                // on while the child builds, and until 100 reads have overlapped the rebuilds, however slow the machine
                for (int i = 1; i <= 3 || child.process.isAlive() || readers.requests() <= 100; i++) {
                    PreviewLoad.replace(md, texts.get(i % 2));
                    new SiteBuild(new Baker(), notices::add).run(sources, out);
                }
            });
            List<Throwable> previewFailures = Collections.synchronizedList(new ArrayList<>());
            preview.setUncaughtExceptionHandler((t, e) -> previewFailures.add(e));
            preview.start();
            assertEquals(0, child.waitFor(600), child.output());
            preview.join(180_000);
            stop.set(true);
            assertEquals(List.of(), previewFailures, "every preview rebuild succeeds");
            r = readers.get(); // before the server stops
        }
        System.out.println("ConcurrentBuildsTest: 2 processes building, 8 readers: " + r.figures());
        assertEquals(0, r.errors(), r.errorSamples().toString());
        assertTrue(r.requests() > 100, r.figures());

        List<String> said = new ArrayList<>(notices);
        said.add(child.output());
        assertTrue(said.stream().anyMatch(s -> s.matches("(?s).*Đang có một lần dựng khác \\(pid \\d+\\); chờ….*")),
                "a build that had to wait says so: " + said);
        assertTrue(child.output().contains("Đã dựng "), child.output());
        String published = Digest.of(out);
        assertTrue(published.equals(Digest.of(refs.get(0))) || published.equals(Digest.of(refs.get(1))), "a whole build is published");
        assertEquals(List.of(), leftovers(out));
    }
}
