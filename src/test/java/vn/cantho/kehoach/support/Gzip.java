package vn.cantho.kehoach.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Transfer size of a file served gzipped (default compression level, as most servers use). */
public final class Gzip {
    private Gzip() {
    }

    public static long size(Path file) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(Files.readAllBytes(file));
            }
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
