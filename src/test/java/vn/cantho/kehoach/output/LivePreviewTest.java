package vn.cantho.kehoach.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview loop: sees edits made during the first build, and outlives any failed rebuild. */
class LivePreviewTest {
    @TempDir
    Path tmp;

    private Path page() throws IOException {
        Path www = Files.createDirectories(tmp.resolve("www"));
        Files.writeString(www.resolve("index.html"), "<p>bản tốt</p>");
        Files.createDirectories(tmp.resolve("content"));
        return Files.writeString(tmp.resolve("content/index.md"), "một");
    }

    @Test
    void anEditSavedDuringTheFirstBuildTriggersARebuild() throws Exception {
        Path md = page();
        AtomicInteger builds = new AtomicInteger();
        Runnable build = () -> {
            if (builds.incrementAndGet() == 1) {
                try { // the staff member saves while the first build runs
                    Files.writeString(md, "một, đã sửa");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        try (LivePreview preview = new LivePreview(List.of(tmp.resolve("content")), new PreviewServer(tmp.resolve("www"), 0),
                build, s -> { })) {
            preview.start();
            assertTrue(preview.rebuildIfChanged(), "the edit saved during the first build must be built");
            assertEquals(2, builds.get());
            assertFalse(preview.rebuildIfChanged());
        }
    }

    @Test
    void theServerOutlivesAnyRebuildFailure() throws Exception {
        Path md = page();
        List<Runnable> failures = List.of(
                () -> {
                    throw new UncheckedIOException(new IOException("cannot delete target/www.staging"));
                },
                () -> {
                    throw new IllegalStateException("a bug in a template helper");
                },
                () -> {
                    long[] tooBig = new long[Integer.MAX_VALUE - 8]; // a real OutOfMemoryError from the JVM
                    tooBig[0] = 1;
                },
                LivePreviewTest::recurse); // a real StackOverflowError
        AtomicInteger builds = new AtomicInteger();
        List<String> said = new ArrayList<>();
        Runnable build = () -> {
            int n = builds.getAndIncrement();
            if (n > 0) {
                failures.get(n - 1).run();
            }
        };
        try (PreviewServer server = new PreviewServer(tmp.resolve("www"), 0);
             LivePreview preview = new LivePreview(List.of(tmp.resolve("content")), server, build, said::add)) {
            preview.start();
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 1; i <= failures.size(); i++) {
                Files.writeString(md, "sửa lần " + i);
                assertTrue(preview.rebuildIfChanged());
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url())).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
                assertEquals("<p>bản tốt</p>", r.body(), "the last good site is still served");
            }
            assertEquals(failures.size() + 1, builds.get());
            List<String> reports = said.stream().filter(s -> s.startsWith("DỰNG TRANG THẤT BẠI")).toList();
            assertEquals(failures.size(), reports.size(), said.toString());
            assertTrue(reports.get(2).contains("OutOfMemoryError"), reports.get(2));
            assertTrue(reports.get(3).contains("StackOverflowError"), reports.get(3));
        }
    }

    private static void recurse() {
        recurse();
    }
}
