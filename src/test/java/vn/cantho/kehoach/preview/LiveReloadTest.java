package vn.cantho.kehoach.preview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.output.PreviewServer;
import vn.cantho.kehoach.support.TempPreview;
import vn.cantho.kehoach.support.TempSite;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Live reload lives in the preview server's responses only: never in a built site, never on disk. */
class LiveReloadTest {
    @TempDir
    Path tmp;

    @Test
    void theScriptIsAddedToServedPagesOnlyAndPollsTellBuildsAndFailures() throws Exception {
        TempSite site = new TempSite(tmp.resolve("src"));
        Path out = tmp.resolve("preview");
        HttpClient http = HttpClient.newHttpClient();
        try (Preview preview = TempPreview.start(site, out)) {
            String onDisk = Files.readString(out.resolve("kh-1/i/index.html"));
            String served = http.send(HttpRequest.newBuilder(URI.create(preview.url() + "kh-1/i/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String tag = "<script src=\"/__xem-truoc/tai-lai.js\" data-build=\"1\" defer></script>\n";
            assertEquals(onDisk.replace("</head>", tag + "</head>"), served, "the page as built, plus the script");
            HttpResponse<String> script = http.send(HttpRequest.newBuilder(URI.create(preview.url()
                    + "__xem-truoc/tai-lai.js")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, script.statusCode());
            assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
            assertTrue(script.body().contains("/__xem-truoc/su-kien"));
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(preview.url() + "__xem-truoc/tai-lai.js"))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
            assertEquals(405, http.send(HttpRequest.newBuilder(URI.create(preview.url() + "__xem-truoc/su-kien"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(preview.url() + "__xem-truoc/../etc/passwd"))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode());

            assertEquals(400, http.send(HttpRequest.newBuilder(URI.create(preview.url() + "__xem-truoc/su-kien?sau=x"))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode());

            HttpResponse<String> first = http.send(poll(preview, ""), HttpResponse.BodyHandlers.ofString());
            assertEquals("application/json; charset=utf-8", first.headers().firstValue("Content-Type").orElse(""));
            assertEquals("no-store", first.headers().firstValue("Cache-Control").orElse(""));
            assertEquals("{\"version\":1,\"build\":1,\"failed\":null}", first.body(), "a page without a version is told at once");

            // A page that knows version 1 is held until a build fails, then told the message.
            CompletableFuture<HttpResponse<String>> held = http.sendAsync(poll(preview, "?sau=1"), HttpResponse.BodyHandlers.ofString());
            site.write("kh-1/i/index.md", "---\ntype: section\nid: i\norder: \"một\n---\n");
            assertTrue(preview.rebuildIfChanged());
            String failed = held.get(60, TimeUnit.SECONDS).body();
            assertTrue(failed.startsWith("{\"version\":2,\"build\":1,\"failed\":\"DỰNG TRANG THẤT BẠI") && failed.contains("kh-1/i/index.md"), failed);

            held = http.sendAsync(poll(preview, "?sau=2"), HttpResponse.BodyHandlers.ofString());
            site.section("i", 1, null, "Đoạn mới.\n");
            assertTrue(preview.rebuildIfChanged());
            assertEquals("{\"version\":3,\"build\":2,\"failed\":null}", held.get(60, TimeUnit.SECONDS).body());
            assertEquals("{\"version\":3,\"build\":2,\"failed\":null}",
                    http.send(poll(preview, "?sau=1"), HttpResponse.BodyHandlers.ofString()).body(), "an older version is told at once");
        }
    }

    /** A poll nothing answers but its time-out gets the state as it is, so no page's request is kept. */
    @Test
    void aHeldPollIsAnsweredWhenItsTimeIsUp() throws Exception {
        Files.createDirectories(tmp.resolve("www"));
        try (PreviewServer server = new PreviewServer(tmp.resolve("www"), 0); LiveReload live = new LiveReload(300)) {
            live.install(server);
            server.start();
            live.rebuilt();
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url()
                    + "__xem-truoc/su-kien?sau=1")).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals("{\"version\":1,\"build\":1,\"failed\":null}", r.body());
        }
    }

    private static HttpRequest poll(Preview preview, String query) {
        return HttpRequest.newBuilder(URI.create(preview.url() + "__xem-truoc/su-kien" + query))
                .timeout(Duration.ofSeconds(60)).build();
    }

    @Test
    void noBuiltSiteNamesThePreviewsEndpoints() throws Exception {
        TempSite site = new TempSite(tmp.resolve("src"));
        Path www = tmp.resolve("www");
        new SiteBuild(new Baker(), s -> { }).run(Baker.Sources.of(site.root), www);
        Path preview = tmp.resolve("preview");
        new PreviewBake(new Baker()).previewBuild(new SiteBuild(new Baker(), s -> { }))
                .run(Baker.Sources.of(site.root), preview);
        for (Path dir : List.of(www, preview)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            assertTrue(files.size() > 20);
            for (Path f : files) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("__xem-truoc") || text.contains("tai-lai.js") || text.contains("su-kien"),
                        f + " names the preview's live reload");
            }
        }
    }

}
