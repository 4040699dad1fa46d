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
    void servesPagesAndFolderIndexes() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.url() + "a/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals("<p>a</p>", r.body());
        assertEquals("text/html; charset=utf-8", r.headers().firstValue("content-type").orElse(""));
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
                "/a/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/link.txt", "/%2e%2e%5csecret.txt"}) {
            String r = raw("GET " + path + " HTTP/1.1");
            assertFalse(r.contains("SECRET"), path + " leaked: " + r);
            assertTrue(r.startsWith("HTTP/1.1 404") || r.startsWith("HTTP/1.1 400"), path + ": " + r);
        }
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
