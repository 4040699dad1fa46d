package vn.cantho.kehoach.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where each rendered page goes: the bake hands over the page's text and the file it belongs in, and the sink
 * writes it (after rewriting it, or looking at it, as later stages need). Called from several threads at once.
 */
@FunctionalInterface
public interface PageSink {
    void page(Path file, String html) throws IOException;

    /** Writes each page as rendered. */
    PageSink AS_RENDERED = PageSink::write;

    /** Writes a page's text in UTF-8, making its folder when needed. */
    static void write(Path file, String html) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }
}
