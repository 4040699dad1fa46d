package vn.cantho.kehoach.bench;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.preview.Preview;
import vn.cantho.kehoach.support.Chromium;
import vn.cantho.kehoach.support.Project;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Instant preview, measured as a staff member sees it: a section file is saved, and the clock stops when
 * the new text is in the open page's DOM in headless Chromium (the preview polling for edits, rebuilding
 * incrementally, the page reloading itself). For the real site (a copy without git history, so history
 * pages list entries without diffs) and a generated plan of 2,000 sections. Prints figures; not a test.
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.cantho.kehoach.bench.PreviewBenchmark \
 *     [-Dexec.args="--sizes 2000 --edits 7"]
 * </pre>
 */
public final class PreviewBenchmark {
    private PreviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int edits = Integer.parseInt(option(args, "--edits", "7"));
        String sizes = option(args, "--sizes", "2000");
        Path tmp = Files.createTempDirectory("preview-bench-");
        Path root = Project.root();
        Path real = ScaleBenchmark.copies(root, tmp.resolve("real"), 1);
        Files.copy(root.resolve("permalinks.txt"), real.resolve("permalinks.txt"));
        List<String> rows = new ArrayList<>();
        rows.add(measure("real site", real, "content/32-kh-ubnd-2026/ii/4-2/index.md", "32-kh-ubnd-2026/ii/4-2/", edits));
        List<String> paragraphs = ScaleBenchmark.realParagraphs(root);
        for (String s : sizes.split(",")) {
            if (!s.isBlank()) {
                int n = Integer.parseInt(s.strip());
                Path gen = ScaleBenchmark.generate(tmp.resolve("gen" + n), n, paragraphs, 3);
                rows.add(measure(n + " sections", gen, "content/kh-1/m2/2/index.md", "kh-1/m2/2/", edits));
            }
        }
        System.out.printf("%nMachine: %d cores, Java %s. Save → new text in Chromium's DOM, %d edits each (median, min–max):%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), edits);
        System.out.println("| Site | Pages | Save → visible | Rebuild | Pages re-rendered | Phases of the median rebuild (ms) |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | --- |");
        rows.forEach(System.out::println);
    }

    private static String measure(String name, Path src, String file, String url, int edits) throws Exception {
        Baker.Sources sources = Baker.Sources.of(src);
        Path out = src.resolve("preview-out");
        List<SiteBuild.Report> reports = Collections.synchronizedList(new ArrayList<>());
        List<Integer> renderedByBuild = Collections.synchronizedList(new ArrayList<>());
        Preview[] running = new Preview[1];
        Function<SiteBuild, String> build = b -> {
            try {
                reports.add(b.run(sources, out));
                renderedByBuild.add(running[0].lastRendered());
                return null;
            } catch (BuildFailure f) {
                System.err.println(f.getMessage());
                return f.getMessage();
            }
        };
        Path md = src.resolve(file);
        String original = Files.readString(md, StandardCharsets.UTF_8);
        List<Long> visible = new ArrayList<>();
        List<Long> rebuild = new ArrayList<>();
        List<Integer> rendered = new ArrayList<>();
        List<Map<String, Long>> phases = new ArrayList<>();
        ChromeDriver browser = Chromium.start(1280, 900);
        try (Preview preview = new Preview(sources, out, 0, build, s -> { })) {
            running[0] = preview;
            preview.start();
            Thread loop = new Thread(() -> {
                try {
                    preview.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "preview-loop");
            loop.setDaemon(true);
            loop.start();
            browser.get(preview.url() + url);
            // Edit 0 warms the JIT on the incremental path; it is not counted.
            for (int i = 0; i <= edits; i++) {
                String marker = "Đoạn đo thời gian số " + i + ".";
                Thread.sleep(300);
                int before = reports.size();
                long t0 = System.nanoTime();
                Files.writeString(md, original.stripTrailing() + "\n\n" + marker + "\n", StandardCharsets.UTF_8);
                while (!bodyHas(browser, marker)) {
                    if (System.nanoTime() - t0 > 30_000_000_000L) {
                        String shown = browser.getPageSource();
                        int at = shown.indexOf("data-build");
                        String served = new String(java.net.URI.create(preview.url() + url).toURL().openStream().readAllBytes(),
                                StandardCharsets.UTF_8);
                        int sat = served.indexOf("data-build");
                        throw new IllegalStateException("the edit did not show within 30 s: " + name + "; builds " + reports.size()
                                + " (before " + before + "); page: " + (at < 0 ? "no script" : shown.substring(at, at + 20))
                                + "; served now: " + (sat < 0 ? "no script" : served.substring(sat, sat + 20))
                                + ", has marker: " + served.contains(marker) + "; file has marker: "
                                + Files.readString(md, StandardCharsets.UTF_8).contains(marker));
                    }
                    Thread.sleep(2);
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                // The first build after the save shows the text (an editor's save may trigger a second one).
                SiteBuild.Report r = reports.get(before);
                int n = renderedByBuild.get(before);
                if (i > 0) {
                    visible.add(ms);
                    rebuild.add(r.millis());
                    rendered.add(n);
                    phases.add(r.phaseMillis());
                }
                System.out.printf("%s, edit %d: visible after %d ms (rebuild %d ms, %d of %d pages rendered) %s%n",
                        name, i, ms, r.millis(), n, r.pages(), r.phaseMillis());
            }
            loop.interrupt();
            int pages = reports.get(reports.size() - 1).pages();
            List<Long> sorted = visible.stream().sorted().toList();
            long median = sorted.get(sorted.size() / 2);
            int at = visible.indexOf(median);
            return String.format("| %s | %d | %d ms (%d–%d) | %d ms | %d | %s |", name, pages, median, sorted.get(0),
                    sorted.get(sorted.size() - 1), rebuild.get(at), rendered.get(at), phases.get(at));
        } finally {
            browser.quit();
            Files.writeString(md, original, StandardCharsets.UTF_8);
        }
    }

    private static boolean bodyHas(ChromeDriver browser, String text) {
        try {
            Object found = browser.executeScript("return !!document.body && document.body.textContent.includes(arguments[0])", text);
            return Boolean.TRUE.equals(found);
        } catch (RuntimeException e) { // the page is reloading
            return false;
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
