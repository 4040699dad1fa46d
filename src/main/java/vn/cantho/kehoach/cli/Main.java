package vn.cantho.kehoach.cli;

import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.output.ChangeWatcher;
import vn.cantho.kehoach.output.PreviewServer;

import java.nio.file.Path;
import java.util.List;

/**
 * Command line: {@code build} bakes the site into target/www; {@code serve} builds a preview (drafts
 * shown, marked) into target/preview, serves it on 127.0.0.1 and rebuilds when content, templates or
 * assets change.
 * <pre>
 *   Main build [--root DIR] [--out DIR]
 *   Main serve [--root DIR] [--out DIR] [--port N]
 * </pre>
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !(args[0].equals("build") || args[0].equals("serve"))) {
            System.err.println("usage: Main build|serve [--root DIR] [--out DIR] [--port N]");
            System.exit(2);
        }
        Path root = Path.of(option(args, "--root", "."));
        boolean serve = args[0].equals("serve");
        // The preview shows drafts, so it never writes where the published site is built.
        Path out = Path.of(option(args, "--out", root.resolve(serve ? "target/preview" : "target/www").toString()));
        Baker.Sources sources = Baker.Sources.of(root);
        boolean ok = build(sources, out, serve);
        if (args[0].equals("build")) {
            System.exit(ok ? 0 : 1);
        }
        int port = Integer.parseInt(option(args, "--port", "8000"));
        try (PreviewServer server = new PreviewServer(out, port)) {
            server.start();
            System.out.println("Xem trước tại / preview at " + server.url() + " (Ctrl+C để dừng)");
            ChangeWatcher watcher = new ChangeWatcher(List.of(sources.content(), sources.templates(), sources.assets()));
            while (true) {
                Thread.sleep(500);
                if (watcher.changed()) {
                    System.out.println("Thay đổi được phát hiện, đang dựng lại / change detected, rebuilding...");
                    build(sources, out, true);
                }
            }
        }
    }

    /** @param drafts true for the preview: drafts are shown, marked "Bản nháp" */
    private static boolean build(Baker.Sources sources, Path out, boolean drafts) {
        try {
            SiteBuild.Report r = (drafts ? new SiteBuild().withDrafts() : new SiteBuild()).run(sources, out);
            System.out.println("Đã dựng " + r.pages() + " trang vào " + r.output() + " trong " + r.millis() + " ms");
            return true;
        } catch (BuildFailure f) {
            System.err.println("DỰNG TRANG THẤT BẠI / BUILD FAILED: " + f.getMessage());
            System.err.println("Trang đã dựng lần trước trong " + out + " được giữ nguyên.");
            return false;
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
