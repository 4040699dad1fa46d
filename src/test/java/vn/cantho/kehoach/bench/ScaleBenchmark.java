package vn.cantho.kehoach.bench;

import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.support.ChildJvm;
import vn.cantho.kehoach.support.Project;
import vn.cantho.kehoach.support.TempSite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Build speed at scale (prints figures and writes {@code target/bench/scale.md} and {@code scale.csv};
 * not a test). Sites: the real one, generated plans of N sections with three real paragraphs of this
 * plan each (real templates), and a site of many real-size documents (copies of the real plan under
 * other ids). For each: warm in-process build (median of runs, peak heap, time per phase), cold CLI
 * build in a child JVM ({@code cli.Main build}, median, peak RSS), stock JBake's store access in a child
 * JVM (one run, capped by a timeout), and Hugo when it is on the PATH: the same Markdown laid out by
 * {@link HugoSite} with templates comparable to ours, {@code hugo --quiet} timed like the cold CLI build (median,
 * peak RSS, output size) and compared with it.
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.cantho.kehoach.bench.ScaleBenchmark \
 *     [-Dexec.args="--sizes 2000,10000 --docs 50 --runs 3 --stock-timeout 180 --no-stock --xmx 1g --jvm '-XX:TieredStopAtLevel=1'"]</pre>
 * {@code --sizes ""} and {@code --docs 0} leave only the real site; {@code --jvm} replaces the JVM flags of
 * the cold CLI child (default: those of the pom's {@code bake} execution).
 */
public final class ScaleBenchmark {
    private static final Pattern MS = Pattern.compile("trong (\\d+) ms");
    /** The JVM flags of the pom's bake execution. */
    private static final String POM_BAKE_FLAGS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dlog.console.level=severe -Dfile.encoding=UTF-8";
    private static final Pattern RSS = Pattern.compile("BENCH-RSS-KB=(\\d+)");

    private final int runs;
    private final long stockTimeout;
    private final boolean stock;
    private final String xmx;
    private final List<String> jvm;
    private final Path tmp;
    private final List<String> rows = new ArrayList<>();
    private final List<String> csv = new ArrayList<>(List.of("site,pages,mode,runs,median_ms,pages_per_s,peak_mib,peak_kind,output_mb,note"));

    private ScaleBenchmark(int runs, long stockTimeout, boolean stock, String xmx, List<String> jvm, Path tmp) {
        this.jvm = jvm;
        this.runs = runs;
        this.stockTimeout = stockTimeout;
        this.stock = stock;
        this.xmx = xmx;
        this.tmp = tmp;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--child-stock")) {
            childStock(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        System.setProperty("project.root", System.getProperty("project.root", Path.of("").toAbsolutePath().toString()));
        String sizes = option(args, "--sizes", "2000");
        int docs = Integer.parseInt(option(args, "--docs", "50"));
        ScaleBenchmark bench = new ScaleBenchmark(Integer.parseInt(option(args, "--runs", "3")),
                Long.parseLong(option(args, "--stock-timeout", "180")), !Arrays.asList(args).contains("--no-stock"),
                option(args, "--xmx", null), List.of(option(args, "--jvm", POM_BAKE_FLAGS).replace("'", "").trim()
                        .split("\\s+")).stream().filter(f -> !f.isEmpty()).toList(),
                Files.createTempDirectory("scale-bench"));
        bench.run(sizes, docs);
    }

    private void run(String sizes, int docs) throws Exception {
        Path root = Project.root();
        // JIT warm-up for the in-process runs: one build of the real site.
        new SiteBuild(new Baker(), s -> { }).run(Baker.Sources.of(root), tmp.resolve("warmup"));
        List<String> paragraphs = realParagraphs(root);
        measure("real site", root);
        for (String s : sizes.split(",")) {
            if (s.isBlank()) {
                continue;
            }
            int n = Integer.parseInt(s.trim());
            measure(n + " sections", generate(tmp.resolve("gen" + n), n, paragraphs, 3));
        }
        if (docs > 0) {
            measure(docs + " documents", copies(root, tmp.resolve("docs" + docs), docs));
        }
        String machine = String.format("Machine: %d cores (nproc), %d MiB RAM, Java %s (%s), runs per median: %d%s; cold CLI flags: %s.",
                Runtime.getRuntime().availableProcessors(), totalMemoryMib(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), runs, xmx == null ? "" : ", child JVMs -Xmx" + xmx,
                jvm.isEmpty() ? "none" : String.join(" ", jvm));
        StringBuilder md = new StringBuilder(machine).append("\n\n")
                .append("| Site | Pages | Build | Median | Pages/s | Peak | Output | Notes |\n| --- | ---: | --- | ---: | ---: | ---: | ---: | --- |\n");
        rows.forEach(r -> md.append(r).append('\n'));
        Path out = Project.root().resolve("target/bench");
        Files.createDirectories(out);
        Files.writeString(out.resolve("scale.md"), md, StandardCharsets.UTF_8);
        Files.write(out.resolve("scale.csv"), csv, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(md);
        System.out.println("Written to " + out.resolve("scale.md") + " and scale.csv");
        delete(tmp); // generated sites and outputs: hundreds of MB at 10,000 sections
    }

    /** Warm, cold, stock and Hugo figures for one site. */
    private void measure(String name, Path src) throws Exception {
        System.out.println("== " + name + " (" + src + ")");
        // Warm in-process.
        List<Long> times = new ArrayList<>();
        long peak = 0;
        int pages = 0;
        List<SiteBuild.Report> reports = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            SiteBuild.Report r = new SiteBuild(new Baker(), s -> { }).run(Baker.Sources.of(src), tmp.resolve("out-warm"));
            peak = Math.max(peak, heapPeak());
            times.add(r.millis());
            reports.add(r);
            pages = r.pages();
            System.out.printf("  warm run %d: %d pages, %d ms %s%n", i + 1, r.pages(), r.millis(), r.phaseMillis());
        }
        long warm = median(times);
        Map<String, Long> phases = reports.stream().filter(r -> r.millis() == warm).findFirst().orElseThrow().phaseMillis();
        row(name, pages, "ours, warm in-process", runs, warm, peak, "heap", bytes(tmp.resolve("out-warm")), phases.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + " ms");
        // Cold CLI.
        List<Long> cold = new ArrayList<>();
        long rss = 0;
        for (int i = 0; i < runs; i++) {
            Child c = child(List.of("vn.cantho.kehoach.cli.Main", "build", "--root", src.toString(), "--out",
                    tmp.resolve("out-cold").toString()), 0);
            if (c.exit != 0) {
                throw new IllegalStateException("cold build failed:\n" + c.output);
            }
            cold.add(c.wallMillis);
            rss = Math.max(rss, c.rssKb);
            System.out.printf("  cold run %d: %d ms wall (build says %s ms), peak RSS %d MiB%n", i + 1, c.wallMillis,
                    c.reported, c.rssKb / 1024);
        }
        long coldMedian = median(cold);
        long coldOutput = bytes(tmp.resolve("out-cold"));
        row(name, pages, "ours, cold CLI (child JVM)", runs, coldMedian, rss * 1024, "RSS", coldOutput,
                "JVM start to exit");
        // Stock JBake store access.
        if (stock && !name.equals("real site")) {
            Child c = child(List.of(ScaleBenchmark.class.getName(), "--child-stock", src.toString(),
                    tmp.resolve("out-stock").toString()), stockTimeout);
            if (c.timedOut) {
                row(name, pages, "stock JBake store, cold", 1, -1, 0, "", 0, "stopped after " + stockTimeout + " s (timeout)");
            } else if (c.exit != 0) {
                row(name, pages, "stock JBake store, cold", 1, -1, 0, "", 0, "failed (exit " + c.exit + ")");
            } else {
                row(name, pages, "stock JBake store, cold", 1, c.wallMillis, c.rssKb * 1024, "RSS",
                        bytes(tmp.resolve("out-stock")), "one run");
            }
            System.out.println("  stock: " + (c.timedOut ? "timeout" : c.wallMillis + " ms"));
        }
        if (ChildJvm.onPath("hugo")) {
            hugo(name, src, coldMedian, rss * 1024, coldOutput);
        } else {
            row(name, pages, "Hugo", 0, -1, 0, "", 0, "not installed (hugo not on PATH)");
        }
    }

    /** Hugo on the same Markdown ({@link HugoSite}), cold like our CLI build, and our cold build's ratios to it. */
    private void hugo(String name, Path src, long oursMillis, long oursRss, long oursOutput) throws Exception {
        Path site = HugoSite.write(src, Files.createTempDirectory(tmp, "hugo").resolve("site"));
        Path out = tmp.resolve("out-hugo");
        List<Long> times = new ArrayList<>();
        long rss = 0;
        for (int i = 0; i < runs; i++) {
            delete(out);
            Timed t = timed(List.of("hugo", "--quiet", "-s", site.toString(), "-d", out.toString()), 0);
            if (t.exit != 0) {
                throw new IllegalStateException("hugo failed:\n" + t.output);
            }
            times.add(t.wallMillis);
            rss = Math.max(rss, t.rssKb);
            System.out.printf("  hugo run %d: %d ms wall, peak RSS %d MiB%n", i + 1, t.wallMillis, t.rssKb / 1024);
        }
        long median = median(times);
        long output = bytes(out);
        int pages;
        try (Stream<Path> walk = Files.walk(out)) {
            pages = (int) walk.filter(p -> p.toString().endsWith(".html")).count();
        }
        row(name, pages, "Hugo " + hugoVersion(), runs, median, rss * 1024, "RSS", output, String.format(
                "same Markdown, HTML pages only; ours cold / Hugo: %.1f× time, %.1f× peak, %.2f× output",
                (double) oursMillis / median, (double) oursRss / (rss * 1024), (double) oursOutput / output));
    }
    private void row(String site, int pages, String mode, int n, long ms, long peakBytes, String kind, long outputBytes,
                     String note) {
        String median = ms < 0 ? "–" : String.format("%.2f s", ms / 1000.0);
        String rate = ms <= 0 ? "–" : String.format("%.0f", pages * 1000.0 / ms);
        String peak = peakBytes <= 0 ? "–" : (peakBytes >> 20) + " MiB " + kind;
        String mb = outputBytes <= 0 ? "" : String.format("%.1f", outputBytes / 1e6);
        rows.add("| " + site + " | " + pages + " | " + mode + " | " + median + " | " + rate + " | " + peak + " | "
                + (mb.isEmpty() ? "–" : mb + " MB") + " | " + note + " |");
        csv.add(String.join(",", site, String.valueOf(pages), mode.replace(",", ";"), String.valueOf(n),
                String.valueOf(ms), ms <= 0 ? "" : rate, peakBytes <= 0 ? "" : String.valueOf(peakBytes >> 20), kind,
                mb, "\"" + note.replace("\"", "'") + "\""));
    }

    /** A finished (or stopped) command: exit code, wall time, peak RSS (0 if unknown), what it printed. */
    private record Timed(int exit, long wallMillis, long rssKb, boolean timedOut, String output) {
    }

    private record Child(int exit, long wallMillis, long rssKb, String reported, boolean timedOut, String output) {
    }

    /** Runs a class of this classpath in a fresh JVM. */
    private Child child(List<String> mainAndArgs, long timeoutSeconds) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (xmx != null) {
            cmd.add("-Xmx" + xmx);
        }
        Path bakeArgs = Project.root().resolve("target/cds/java.args");
        if (mainAndArgs.get(0).endsWith("cli.Main")) {
            cmd.addAll(jvm);
        }
        if (mainAndArgs.get(0).endsWith("cli.Main") && Files.isRegularFile(bakeArgs)) {
            // As the pom's bake execution starts it: class-data archive, libraries first (cli.ClassDataArchive).
            cmd.add("@" + bakeArgs);
        } else {
            cmd.addAll(List.of("-cp", classpath()));
        }
        cmd.addAll(mainAndArgs);
        Timed t = timed(cmd, timeoutSeconds);
        Matcher ms = MS.matcher(t.output);
        return new Child(t.exit, t.wallMillis, t.rssKb, ms.find() ? ms.group(1) : "?", t.timedOut, t.output);
    }

    /**
     * Runs a command (under /usr/bin/time for its peak RSS when present), stopped after {@code timeoutSeconds}
     * unless that is 0; wall time from start to exit.
     */
    private Timed timed(List<String> command, long timeoutSeconds) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/time"))) {
            cmd.addAll(List.of("/usr/bin/time", "-f", "BENCH-RSS-KB=%M"));
        }
        cmd.addAll(command);
        Path log = Files.createTempFile(tmp, "child", ".log");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = true;
        if (timeoutSeconds <= 0) {
            p.waitFor();
        } else {
            done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        }
        if (!done) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Matcher rss = RSS.matcher(out);
        return new Timed(done ? p.exitValue() : -1, wall, rss.find() ? Long.parseLong(rss.group(1)) : 0, !done, out);
    }

    /** The child of the stock comparison: one build with JBake's stock store access. */
    private static void childStock(Path src, Path out) {
        SiteBuild.Report r = new SiteBuild(new Baker(BakeBenchmark.StockStore::new), s -> { }).run(Baker.Sources.of(src), out);
        System.out.println("Đã dựng " + r.pages() + " trang trong " + r.millis() + " ms");
    }

    private static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader l = Thread.currentThread().getContextClassLoader(); l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        entries.addAll(Arrays.asList(System.getProperty("java.class.path").split(java.io.File.pathSeparator)));
        // Only what the CLI needs at run time first; Maven's own jars (exec:java) are left out.
        return entries.stream().filter(e -> !e.contains("/plexus-classworlds") && !e.contains("/boot/"))
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    /** Unnumbered body paragraphs of the real plan's sections, verbatim, in reading order. */
    static List<String> realParagraphs(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("content/32-kh-ubnd-2026"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals("index.md")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (!text.contains("\ntype: section\n")) {
                    continue;
                }
                String body = text.substring(text.indexOf("\n---\n", 4) + 5);
                for (String para : body.split("\n\\s*\n")) {
                    String p = para.strip();
                    // Plain paragraphs only: no sub-heading, official number, point or link, so ids stay unique.
                    if (!p.isEmpty() && Character.isUpperCase(p.charAt(0)) && !p.contains("](")
                            && !p.matches("(?s)^\\S{1,8}[.)\\\\].*") && !p.contains("\n")) {
                        out.add(p);
                    }
                }
            }
        }
        if (out.size() < 10) {
            throw new IllegalStateException("too few paragraphs in the real plan: " + out.size());
        }
        return out;
    }

    /**
     * A plan of {@code sections} sections in three levels with the same fan-out at every level, each with
     * {@code perSection} real paragraphs of this plan (taken in turn), titled like real sections.
     */
    static Path generate(Path dir, int sections, List<String> paragraphs, int perSection) {
        TempSite site = new TempSite(dir);
        int fan = (int) Math.ceil(Math.cbrt(sections));
        int[] next = {0};
        java.util.function.Supplier<String> body = () -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < perSection; i++) {
                b.append(paragraphs.get(next[0]++ % paragraphs.size())).append("\n\n");
            }
            return b.toString();
        };
        int order = 10;
        int made = 0;
        for (int m = 1; m <= fan && made < sections; m++) {
            String muc = "m" + m;
            site.section(muc, order++, null, body.get());
            made++;
            for (int k = 1; k <= fan && made < sections; k++) {
                String khoan = muc + "/" + k;
                site.section(khoan, order++, muc, body.get());
                made++;
                for (int d = 1; d < fan && made < sections; d++) {
                    site.section(muc + "/" + k + "-" + d, order++, khoan.replace('/', '-'), body.get());
                    made++;
                }
            }
        }
        return dir;
    }

    /** The real site plus {@code count - 1} copies of the real plan under other numbers (no git history). */
    public static Path copies(Path root, Path dir, int count) throws IOException {
        for (String d : List.of("content", "templates", "assets", "data")) {
            TempSite.copy(root.resolve(d), dir.resolve(d));
        }
        Path plan = root.resolve("content/32-kh-ubnd-2026");
        for (int i = 1; i < count; i++) {
            String number = String.valueOf(1000 + i);
            Path to = dir.resolve("content/" + number + "-kh-ubnd-2026");
            try (Stream<Path> walk = Files.walk(plan)) {
                for (Path p : walk.toList()) {
                    Path t = to.resolve(plan.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(t);
                    } else {
                        String text = Files.readString(p, StandardCharsets.UTF_8)
                                .replace("32-kh-ubnd-2026", number + "-kh-ubnd-2026")
                                .replace("32/KH-UBND", number + "/KH-UBND")
                                .replace("Số: 32/", "Số: " + number + "/")
                                .replaceAll("(?m)^history_baseline:.*\n", "");
                        Files.writeString(t, text, StandardCharsets.UTF_8);
                    }
                }
            }
        }
        return dir;
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static long totalMemoryMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return -1;
    }

    /** Total size of the files under a folder (0 if it does not exist). */
    private static long bytes(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** "0.111.3" from {@code hugo version}, or "" if it cannot be read. */
    private String hugoVersion() throws Exception {
        Matcher m = Pattern.compile("v(\\d+\\.\\d+\\.\\d+)").matcher(timed(List.of("hugo", "version"), 30).output);
        return m.find() ? m.group(1) : "";
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
