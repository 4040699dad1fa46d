package vn.cantho.kehoach.support;

import vn.cantho.kehoach.output.PreviewServer;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The real baked site served on 127.0.0.1 by our preview server, once per test run. */
public final class SiteServer {
    private static PreviewServer server;

    private SiteServer() {
    }

    public static synchronized String url(String path) {
        if (server == null) {
            try {
                server = new PreviewServer(BuiltSite.dir(), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return "http://127.0.0.1:" + server.port() + path;
    }
}
