package vn.cantho.kehoach.output;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The preview: a {@link PreviewServer} on the output folder and a rebuild whenever the sources change.
 * The change watcher takes its baseline before the first build, so an edit saved while that build runs is
 * seen. A build that fails in any way, expected or not (an I/O error, a bug, running out of memory), is
 * reported and the server goes on serving the last good site.
 */
public final class LivePreview implements AutoCloseable {
    private final ChangeWatcher watcher;
    private final PreviewServer server;
    private final Runnable build;
    private final Consumer<String> say;

    /**
     * @param build builds the site into the server's folder and reports its own result
     * @param say   where to tell the staff what happens
     */
    public LivePreview(List<Path> watched, PreviewServer server, Runnable build, Consumer<String> say) {
        this.watcher = new ChangeWatcher(watched);
        this.server = server;
        this.build = build;
        this.say = say;
    }

    /** Builds once, then serves. */
    public void start() {
        buildSafely();
        server.start();
        say.accept("Xem trước tại / preview at " + server.url() + " (Ctrl+C để dừng)");
    }

    /** Rebuilds if a source changed since the last look; true if it did. */
    public boolean rebuildIfChanged() {
        if (!watcher.changed()) {
            return false;
        }
        say.accept("Thay đổi được phát hiện, đang dựng lại / change detected, rebuilding...");
        buildSafely();
        return true;
    }

    /**
     * Looks for changes every {@code pollMillis} until interrupted; when a look itself takes long (a site
     * of thousands of files), waits five times as long as it took, so looking costs at most a sixth of a core.
     */
    public void run(long pollMillis) throws InterruptedException {
        long wait = pollMillis;
        while (true) {
            Thread.sleep(wait);
            long start = System.nanoTime();
            boolean rebuilt = rebuildIfChanged();
            long lookMillis = (System.nanoTime() - start) / 1_000_000;
            if (!rebuilt) {
                wait = Math.max(pollMillis, 5 * lookMillis);
            }
        }
    }

    private void buildSafely() {
        try {
            build.run();
        } catch (Throwable t) { // the preview outlives any build: the last good site stays served
            try {
                say.accept("DỰNG TRANG THẤT BẠI / BUILD FAILED: lỗi không mong đợi: " + t
                        + "\nMáy chủ xem trước vẫn phục vụ bản dựng tốt gần nhất.");
            } catch (Throwable ignored) {
                // even reporting failed (out of memory): keep serving
            }
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
