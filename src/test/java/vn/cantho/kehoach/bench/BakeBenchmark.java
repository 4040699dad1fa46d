package vn.cantho.kehoach.bench;

import vn.cantho.kehoach.SiteBuild;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.bake.SiteStore;
import vn.cantho.kehoach.bake.Views;
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
            report("linear", new SiteBuild(new Baker()), src, tmp.resolve("out-l" + sections));
            if (stock) {
                report("stock ", new SiteBuild(new Baker(StockStore::new)), src, tmp.resolve("out-s" + sections));
            }
        }
    }

    /**
     * JBake's stock store access, for comparison: every per-page query for all documents of a type goes
     * to the database, and every rendered page is marked in it.
     */
    static final class StockStore extends SiteStore {

        StockStore(String name, Views views) {
            super(name, views);
        }

        @Override
        public DocumentList<DocumentModel> getAllContent(String docType) {
            countTypeQuery();
            return super.getAllContent(docType);
        }

        @Override
        public void markContentAsRendered(DocumentModel document) {
            countRendered();
            super.markContentAsRendered(document);
        }
    }

    private static void report(String kind, SiteBuild build, Path src, Path out) {
        SiteBuild.Report r = build.run(Baker.Sources.of(src), out);
        System.out.printf("%s store: %5d pages, %6d ms, %5d type queries, %.2f ms/page %s%n", kind, r.pages(), r.millis(),
                r.bake().typeQueries(), (double) r.millis() / r.pages(), r.phaseMillis());
    }

    /**
     * A plan of about {@code sections} sections in three levels (Mục, khoản, điểm-like sub-khoản) with
     * the same fan-out at every level, as real plans grow: deeper, not ever wider. Each leaf has two
     * paragraphs.
     */
    public static Path generate(Path dir, int sections) {
        TempSite site = new TempSite(dir);
        int fan = (int) Math.ceil(Math.cbrt(sections));
        int order = 10;
        int made = 0;
        for (int m = 1; m <= fan && made < sections; m++) {
            String muc = "m" + m;
            site.section(muc, order++, null, "Đoạn mở đầu của mục " + m + ".\n");
            made++;
            for (int k = 1; k <= fan && made < sections; k++) {
                String khoan = muc + "/" + k;
                site.section(khoan, order++, muc, "Đoạn mở đầu của khoản " + k + ".\n");
                made++;
                for (int d = 1; d < fan && made < sections; d++) {
                    site.section(muc + "/" + k + "-" + d, order++, khoan.replace('/', '-'),
                            d + "\\. Khoản " + k + "." + d + " về chuyển đổi số và đầu tư công.\n\n"
                                    + "Nội dung chi tiết của khoản " + k + "." + d + ", mục " + m
                                    + ", đủ dài như một đoạn thật của kế hoạch.\n");
                    made++;
                }
            }
        }
        return dir;
    }
}
