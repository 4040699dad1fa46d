package vn.cantho.kehoach.preview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.support.TempSite;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Live reload lives in the preview server's responses only: never in a built site, never on disk. */
class LiveReloadTest {
    @TempDir
    Path tmp;

    @Test
    void theScriptIsAddedToServedPagesOnlyAndEventsTellBuildsAndFailures() throws Exception {
        TempSite site = new TempSite(tmp.resolve("src"));
        Baker.Sources sources = Baker.Sources.of(site.root);
        Path out = tmp.resolve("preview");
        HttpClient http = HttpClient.newHttpClient();
        try (Preview preview = new Preview(sources, out, 0, PreviewBrowserTest.runner(sources, out), s -> { })) {
            preview.start();
            String onDisk = Files.readString(out.resolve("kh-1/i/index.html"));
            String served = http.send(HttpRequest.newBuilder(URI.create(preview.url() + "kh-1/i/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String tag = "<script src=\"/__xem-truoc/tai-lai.js\" data-build=\"1\" defer></script>\n";
            assertEquals(onDisk.replace("</head>", tag + "</head>"), served, "the page as built, plus the script");
            HttpResponse<String> script = http.send(HttpRequest.newBuilder(URI.create(preview.url()
                    + "__xem-truoc/tai-lai.js")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, script.statusCode());
            assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
            assertTrue(script.body().contains("EventSource"));
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(preview.url() + "__xem-truoc/tai-lai.js"))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
            assertEquals(405, http.send(HttpRequest.newBuilder(URI.create(preview.url() + "__xem-truoc/su-kien"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(preview.url() + "__xem-truoc/../etc/passwd"))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode());

            HttpResponse<java.io.InputStream> events = http.send(HttpRequest.newBuilder(URI.create(preview.url()
                    + "__xem-truoc/su-kien")).build(), HttpResponse.BodyHandlers.ofInputStream());
            assertEquals("text/event-stream; charset=utf-8", events.headers().firstValue("Content-Type").orElse(""));
            try (BufferedReader in = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
                assertEquals(List.of("event: build", "data: 1"), event(in));
                site.write("kh-1/i/index.md", "---\ntype: section\nid: i\norder: \"một\n---\n");
                assertTrue(preview.rebuildIfChanged());
                List<String> failed = event(in);
                assertEquals("event: failed", failed.get(0));
                assertTrue(String.join("\n", failed).contains("kh-1/i/index.md"), failed.toString());
                site.section("i", 1, null, "Đoạn mới.\n");
                assertTrue(preview.rebuildIfChanged());
                assertEquals(List.of("event: build", "data: 2"), event(in));
            }
        }
    }

    @Test
    void noBuiltSiteNamesThePreviewsEndpoints() throws Exception {
        TempSite site = new TempSite(tmp.resolve("src"));
        Path www = tmp.resolve("www");
        new SiteBuild(new Baker(), s -> { }).run(Baker.Sources.of(site.root), www);
        Path preview = tmp.resolve("preview");
        new SiteBuild(new Baker(), s -> { }).withDrafts().bakingWith(new PreviewBake(new Baker()))
                .run(Baker.Sources.of(site.root), preview);
        for (Path dir : List.of(www, preview)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            assertTrue(files.size() > 20);
            for (Path f : files) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("__xem-truoc") || text.contains("tai-lai.js") || text.contains("text/event-stream"),
                        f + " names the preview's live reload");
            }
        }
    }

    /** The next event's lines (up to the blank line that ends it). */
    private static List<String> event(BufferedReader in) throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            lines.add(line);
        }
        return lines;
    }
}
