package vn.cantho.kehoach.bench;

import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.output.PreviewServer;
import vn.cantho.kehoach.support.PreviewLoad;
import vn.cantho.kehoach.support.Project;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Preview under load (prints figures; not a test): the real site served by the preview server to 8
 * parallel readers for a minute while it is rebuilt every few seconds, each rebuild changing a page.
 * Every response must be a whole file of one build (see {@link PreviewLoad}); prints requests, errors
 * and latency percentiles.
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.cantho.kehoach.bench.PreviewLoadBenchmark [-Dexec.args="SECONDS READERS PAUSE_MS"]</pre>
 */
public final class PreviewLoadBenchmark {
    public static void main(String[] args) throws Exception {
        System.setProperty("project.root", System.getProperty("project.root", Path.of("").toAbsolutePath().toString()));
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int readers = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long pauseMillis = args.length > 2 ? Long.parseLong(args[2]) : 3000;

        // a copy of the real sources, one of whose pages alternates between two versions
        Path tmp = Files.createTempDirectory("preview-load");
        Path root = tmp.resolve("src");
        for (String folder : List.of("content", "templates", "assets")) {
            TempSite.copy(Project.root().resolve(folder), root.resolve(folder));
        }
        Path md = root.resolve("content/32-kh-ubnd-2026/iii/index.md");
        String a = Files.readString(md);
        List<String> texts = List.of(a, a + "\nĐoạn thêm để thử tải khi dựng lại.\n");
        Baker.Sources sources = Baker.Sources.of(root);
        SiteBuild build = new SiteBuild();
        List<Path> refs = new ArrayList<>();
        for (int v = 0; v < 2; v++) {
            PreviewLoad.replace(md, texts.get(v));
            refs.add(build.run(sources, tmp.resolve("ref-" + v)).output());
        }
        Map<String, Set<String>> allowed = PreviewLoad.versions(refs);
        Path out = tmp.resolve("target/www");
        PreviewLoad.replace(md, texts.get(0));
        build.run(sources, out);

        AtomicBoolean stop = new AtomicBoolean();
        List<Long> buildMillis = new ArrayList<>();
        try (PreviewServer server = new PreviewServer(out, 0)) {
            server.start();
            Thread rebuilds = new Thread(() -> {
                for (int i = 1; !stop.get(); i++) {
                    PreviewLoad.replace(md, texts.get(i % 2));
                    buildMillis.add(build.run(sources, out).millis());
                    try {
                        Thread.sleep(pauseMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            rebuilds.start();
            Thread timer = new Thread(() -> {
                try {
                    Thread.sleep(seconds * 1000L);
                } catch (InterruptedException ignored) {
                    // stop early
                }
                stop.set(true);
            });
            timer.start();
            PreviewLoad.Result r = PreviewLoad.run(server.url(), allowed, readers, stop);
            rebuilds.join();
            System.out.printf("preview under load: %d s, %d readers, %d URLs, %d rebuilds (%s ms each), rebuild every %d ms + build time%n",
                    seconds, readers, allowed.size(), buildMillis.size(), buildMillis, pauseMillis);
            System.out.println("  " + r.figures());
            r.errorSamples().forEach(e -> System.out.println("  error: " + e));
        }
    }
}
