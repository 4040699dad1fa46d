package vn.cantho.kehoach.support;

import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.preview.Preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Function;

/** The instant preview of a {@link TempSite}, as {@code serve} runs it: built once into {@code out} and serving. */
public final class TempPreview {
    private TempPreview() {
    }

    /** Started (first build done, server listening on a free port); close it when done. */
    public static Preview start(TempSite site, Path out) {
        Baker.Sources sources = Baker.Sources.of(site.root);
        try {
            Preview preview = new Preview(sources, out, 0, runner(sources, out), s -> { });
            preview.start();
            return preview;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a build; the failure message, as the command line prints it, or null. */
    private static Function<SiteBuild, String> runner(Baker.Sources sources, Path out) {
        return b -> {
            try {
                b.run(sources, out);
                return null;
            } catch (BuildFailure f) {
                return "DỰNG TRANG THẤT BẠI / BUILD FAILED: " + f.getMessage();
            }
        };
    }
}
