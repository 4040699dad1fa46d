package vn.cantho.kehoach.bench;

import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.support.Project;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build-time benchmark (prints figures; not a test). Bakes the real site, then generated sites of
 * growing size, with our linear store and, with {@code --stock}, JBake's stock store for comparison.
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.cantho.kehoach.bench.BakeBenchmark [-Dexec.args=--stock]</pre>
 */
public final class BakeBenchmark {
    public static void main(String[] args) throws Exception {
        System.setProperty("project.root", System.getProperty("project.root", Path.of("").toAbsolutePath().toString()));
        boolean stock = args.length > 0 && args[0].equals("--stock");
        Path tmp = Files.createTempDirectory("bench");
        Path root = Project.root();
        SiteBuild build = new SiteBuild();
        build.run(Baker.Sources.of(root), tmp.resolve("warmup"));
        for (int i = 1; i <= 3; i++) {
            SiteBuild.Report r = build.run(Baker.Sources.of(root), tmp.resolve("real"));
            System.out.printf("real site: %d pages, %d ms (run %d)%n", r.pages(), r.millis(), i);
        }
        for (int sections : new int[]{500, 1000, 2000}) {
            Path src = generate(tmp.resolve("gen" + sections), sections);
            report("linear", new SiteBuild(new Baker(true)), src, tmp.resolve("out-l" + sections));
            if (stock) {
                report("stock ", new SiteBuild(new Baker(false)), src, tmp.resolve("out-s" + sections));
            }
        }
    }

    private static void report(String kind, SiteBuild build, Path src, Path out) {
        SiteBuild.Report r = build.run(Baker.Sources.of(src), out);
        System.out.printf("%s store: %5d pages, %6d ms, %5d type queries, %.2f ms/page%n", kind, r.pages(), r.millis(),
                r.bake().typeQueries(), (double) r.millis() / r.pages());
    }

    /** A plan of 20 Mục with khoản under each, every khoản two paragraphs long. */
    static Path generate(Path dir, int sections) {
        TempSite site = new TempSite(dir);
        int perMuc = sections / 20;
        int order = 10;
        for (int m = 1; m <= 20; m++) {
            String muc = "m" + m;
            site.section(muc, order++, null, "Đoạn mở đầu của mục " + m + ".\n");
            for (int k = 1; k < perMuc; k++) {
                site.section(muc + "/" + k, order++, muc, k + "\\. Khoản " + k + " về chuyển đổi số và đầu tư công.\n\n"
                        + "Nội dung chi tiết của khoản " + k + ", mục " + m + ", đủ dài như một đoạn thật của kế hoạch.\n");
            }
        }
        return dir;
    }
}
