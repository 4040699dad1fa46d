package vn.cantho.kehoach.preview;

import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.output.LivePreview;
import vn.cantho.kehoach.output.PreviewServer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The instant preview: builds with drafts into its folder, serves it on 127.0.0.1 and, on each saved
 * edit of content, templates, assets or data (the official addresses of cited documents), rebuilds re-rendering only the pages whose template data changed
 * and parsing again only the pages whose text changed ({@link PreviewBake}); open pages
 * reload themselves or show the failed build's message ({@link LiveReload}).
 */
public final class Preview implements AutoCloseable {
    /** How often the sources are looked at for saved edits. */
    public static final long POLL_MILLIS = 50;

    private final PreviewBake bake = new PreviewBake(new Baker());
    private final LiveReload live = new LiveReload();
    private final PreviewServer server;
    private final LivePreview loop;

    /**
     * @param build runs a build and reports it; returns the failure message as reported, or null if it published
     * @param say   where to tell the staff what happens
     */
    public Preview(Baker.Sources sources, Path out, int port, Function<SiteBuild, String> build, Consumer<String> say)
            throws IOException {
        server = new PreviewServer(out, port);
        live.install(server);
        Runnable rebuild = () -> {
            String failure = build.apply(bake.previewBuild(new SiteBuild()));
            if (failure == null) {
                live.rebuilt();
            } else {
                live.failed(failure);
            }
        };
        // The watcher's baseline is taken here, before the first build: an edit saved during it is seen.
        loop = new LivePreview(List.of(sources.content(), sources.templates(), sources.assets(),
                sources.root().resolve("data")), server, rebuild, say);
    }

    /** Builds once, then serves. */
    public void start() {
        loop.start();
    }

    /** Rebuilds if a source changed since the last look; true if it did. */
    public boolean rebuildIfChanged() {
        return loop.rebuildIfChanged();
    }

    /** Looks for edits every {@link #POLL_MILLIS} until interrupted. */
    public void run() throws InterruptedException {
        loop.run(POLL_MILLIS);
    }

    public String url() {
        return server.url();
    }

    /** How many pages the last build rendered (the others were unchanged). */
    public int lastRendered() {
        return bake.lastRendered();
    }

    @Override
    public void close() {
        try {
            live.close();
        } finally {
            loop.close();
        }
    }
}
