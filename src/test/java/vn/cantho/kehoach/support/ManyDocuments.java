package vn.cantho.kehoach.support;

import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.bench.ScaleBenchmark;
import vn.cantho.kehoach.io.FileTrees;
import vn.cantho.kehoach.output.PreviewServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The real site plus copies of the real plan (50 real-size documents), baked and served once per test run. */
public final class ManyDocuments {
    public static final int DOCUMENTS = 50;
    private static Path dir;
    private static PreviewServer server;

    private ManyDocuments() {
    }

    /** The baked site. */
    public static synchronized Path dir() {
        if (dir == null) {
            try {
                Path root = Project.root().resolve("target/test-site/docs" + DOCUMENTS);
                FileTrees.delete(root);
                ScaleBenchmark.copies(Project.root(), root.resolve("src"), DOCUMENTS);
                Path out = root.resolve("www");
                new SiteBuild().run(Baker.Sources.of(root.resolve("src")), out);
                dir = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    /** A URL of the baked site, served by our preview server on 127.0.0.1. */
    public static synchronized String url(String path) {
        if (server == null) {
            try {
                server = new PreviewServer(dir(), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return "http://127.0.0.1:" + server.port() + path;
    }
}
