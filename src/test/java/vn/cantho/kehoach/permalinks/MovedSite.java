package vn.cantho.kehoach.permalinks;

import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.support.TempSite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A throwaway site whose manifest was recorded while section ii/1 ("/kh-1/ii/1/", three paragraphs) was
 * published, and helpers to change it afterwards: e.g. move ii/1 to i/1 with {@code moved_from}.
 */
final class MovedSite {
    static final String OLD = "/kh-1/ii/1/";
    static final String NEW = "/kh-1/i/1/";
    static final String BODY = "Đoạn một của khoản.\n\nĐoạn hai của khoản.\n\nĐoạn ba của khoản.\n";

    final TempSite src;
    final Path out;

    MovedSite(Path tmp) {
        src = new TempSite(tmp.resolve("src"));
        out = tmp.resolve("www");
        src.section("ii/1", 3, "ii", BODY);
        new SiteBuild().recordingPermalinks().run(sources(), out);
    }

    Baker.Sources sources() {
        return Baker.Sources.of(src.root);
    }

    SiteBuild.Report build() {
        return new SiteBuild().run(sources(), out);
    }

    /** Moves section ii/1 to i/1 (same text), declaring the old URL(s) in its new file. */
    MovedSite move(String... movedFrom) {
        delete("kh-1/ii/1/index.md");
        StringBuilder fm = new StringBuilder("---\ntype: section\nid: i-1\norder: 3\nlabel: \"Mục I, khoản 1\"\n"
                + "title: \"Tiêu đề khoản chuyển\"\nparent: i\n");
        if (movedFrom.length == 1) {
            fm.append("moved_from: ").append(movedFrom[0]).append('\n');
        } else if (movedFrom.length > 1) {
            fm.append("moved_from:\n");
            for (String f : movedFrom) {
                fm.append("  - ").append(f).append('\n');
            }
        }
        src.write("kh-1/i/1/index.md", fm.append("---\n\n").append(BODY).toString());
        return this;
    }

    void delete(String contentPath) {
        try {
            Files.deleteIfExists(src.root.resolve("content").resolve(contentPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String outPath) {
        try {
            return Files.readString(out.resolve(outPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String manifest() {
        try {
            return Files.readString(src.root.resolve(Manifest.FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
