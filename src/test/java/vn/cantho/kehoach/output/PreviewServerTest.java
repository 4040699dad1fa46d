package vn.cantho.kehoach.output;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import vn.cantho.kehoach.support.PreviewLoad;
import vn.cantho.kehoach.support.TempSite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview server listens on loopback only and never serves a file outside its root. */
class PreviewServerTest {
    @TempDir
    Path tmp;
    PreviewServer server;
    Path root;

    @BeforeEach
    void start() throws Exception {
        root = tmp.resolve("www");
        Files.createDirectories(root.resolve("a"));
        Files.writeString(root.resolve("index.html"), "<p>trang chủ</p>");
        Files.writeString(root.resolve("a/index.html"), "<p>a</p>");
        Files.writeString(root.resolve("404.html"), "<p>không tìm thấy</p>");
        Files.writeString(tmp.resolve("secret.txt"), "SECRET");
        Files.createSymbolicLink(root.resolve("link.txt"), tmp.resolve("secret.txt"));
        Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(tmp.resolve("outside/index.html"), "SECRET folder");
        Files.createSymbolicLink(root.resolve("linked-folder"), tmp.resolve("outside"));
        server = new PreviewServer(root, 0);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String raw(String requestLine) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = s.getOutputStream();
            out.write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedToIt() throws Exception {
        HttpClient client = HttpClient.newHttpClient(); // does not follow redirects
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.url() + "a?q=x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(301, r.statusCode());
        assertEquals("/a/?q=x", r.headers().firstValue("location").orElse(""));
        HttpResponse<String> out = client.send(HttpRequest.newBuilder(URI.create(server.url() + "linked-folder")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, out.statusCode(), "a link pointing out of the root is not followed, not even to redirect");
        assertFalse(out.body().contains("SECRET"));
    }

    @Test
    void servesPagesAndFolderIndexes() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.url() + "a/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals("<p>a</p>", r.body());
        assertEquals("text/html; charset=utf-8", r.headers().firstValue("content-type").orElse(""));
    }

    @Test
    void downloadsGoOutWithTheirTypesAsNginxSendsThem() throws Exception {
        Map<String, String> types = Map.of(
                "a.pdf", "application/pdf",
                "a.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "a.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "a.csv", "text/csv; charset=utf-8",
                "a.json", "application/json; charset=utf-8");
        for (Map.Entry<String, String> e : types.entrySet()) {
            Files.writeString(root.resolve(e.getKey()), "x");
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.url() + e.getKey())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), e.getKey());
            assertEquals(e.getValue(), r.headers().firstValue("content-type").orElse(""), e.getKey());
        }
    }

    @Test
    void missingPathGetsThe404Page() throws Exception {
        String r = raw("GET /khong-co/ HTTP/1.1");
        assertTrue(r.startsWith("HTTP/1.1 404"), r);
        assertTrue(r.contains("không tìm thấy"));
    }

    @Test
    void refusesTraversalOutOfTheRoot() throws Exception {
        for (String path : new String[]{"/../secret.txt", "/a/../../secret.txt", "/%2e%2e/secret.txt",
                "/a/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/link.txt", "/%2e%2e%5csecret.txt",
                "/%2E%2E/secret.txt", "/%252e%252e/secret.txt", "/a/..%2F..%2Fsecret.txt", "/.%2e/secret.txt",
                "/linked-folder/", "/linked-folder/index.html", "/a/../linked-folder/", "//secret.txt",
                "/%2e%2e%00/secret.txt"}) {
            String r = raw("GET " + path + " HTTP/1.1");
            assertFalse(r.contains("SECRET"), path + " leaked: " + r);
            assertTrue(r.startsWith("HTTP/1.1 404") || r.startsWith("HTTP/1.1 400"), path + ": " + r);
        }
    }

    @Test
    void servesWholeFilesOfOneBuildWhileBuildsReplaceTheFolder() throws Exception {
        server.close();
        Path out = tmp.resolve("site/www");
        List<Path> versions = new ArrayList<>();
        for (int v = 0; v < 2; v++) {
            Path dir = tmp.resolve("v" + v);
            for (int i = 0; i < 20; i++) {
                // pages of different sizes per version, so a truncated or mixed body is seen
                Files.createDirectories(dir.resolve("p" + i));
                Files.writeString(dir.resolve("p" + i + "/index.html"), ("<p>bản " + v + " trang " + i + "</p>\n").repeat(200 + 300 * v + i));
            }
            versions.add(dir);
        }
        Map<String, Set<String>> allowed = PreviewLoad.versions(versions);
        copyInto(versions.get(0), out);
        AtomicBoolean stop = new AtomicBoolean();
        try (PreviewServer swapped = new PreviewServer(out, 0)) {
            swapped.start();
            PreviewLoad.Background readers = PreviewLoad.inBackground(swapped.url(), allowed, 8, stop);
            // at least 60 swaps, and on until 200 reads have overlapped them, however slow the machine
            for (int swap = 1; swap <= 60 || readers.requests() <= 200; swap++) {
                Path from = versions.get(swap % 2);
                try (StagedOutput staged = StagedOutput.open(out, n -> { })) {
                    staged.publish(staging -> copyInto(from, staging));
                }
                Thread.sleep(20);
            }
            stop.set(true);
            PreviewLoad.Result r = readers.get();
            System.out.println("PreviewServerTest: 60 swaps, 8 readers: " + r.figures());
            assertEquals(0, r.errors(), r.errorSamples().toString());
            assertTrue(r.requests() > 200, r.figures()); // reached before the swaps stopped
        }
    }

    private static Path copyInto(Path from, Path to) {
        TempSite.copy(from, to);
        return to;
    }

    @Test
    void onlyGetAndHead() throws Exception {
        assertTrue(raw("POST / HTTP/1.1").startsWith("HTTP/1.1 405"));
        assertTrue(raw("DELETE /index.html HTTP/1.1").startsWith("HTTP/1.1 405"));
    }

    @Test
    void boundToLoopbackOnly() {
        assertTrue(server.address().getAddress().isLoopbackAddress());
    }
}
