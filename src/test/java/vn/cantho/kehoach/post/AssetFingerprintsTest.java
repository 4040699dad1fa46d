package vn.cantho.kehoach.post;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.support.BuiltSite;
import vn.cantho.kehoach.support.SiteServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages load content-hashed CSS and JS, so both can be cached for good. */
class AssetFingerprintsTest {
    @Test
    void pagesReferenceHashedTwinsThatExist() {
        for (Path p : BuiltSite.pages()) {
            Document doc = BuiltSite.parse(p);
            for (Element e : doc.select("link[rel=stylesheet], script[src]")) {
                String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                assertTrue(AssetFingerprints.HASHED.matcher(url).matches(), p + ": " + url);
                assertTrue(Files.isRegularFile(BuiltSite.dir().resolve(url.substring(1))), url);
            }
        }
    }

    @Test
    void onlyStylesheetAndScriptReferencesAreRewrittenWhereverTheyAre(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("js"));
        Files.createDirectories(site.resolve("css"));
        Files.writeString(site.resolve("js/a.js"), "console.log(1);\n");
        Files.writeString(site.resolve("css/s.css"), "p { color: #000; }\n");
        AssetFingerprints f = new AssetFingerprints(site);
        f.hashAssets();
        String js = f.hashed().get("/js/a.js");
        String css = f.hashed().get("/css/s.css");
        String page = "<link rel=\"stylesheet\" href=\"/css/s.css\"><script src=\"/js/a.js\" type=\"module\"></script>"
                + "<p title=\"/js/a.js\">Đoạn có dấu: /js/a.js</p><a href=\"/js/a.js.map\">x</a><a href=\"/js/\">y</a>"
                + "<img data-src=\"/js/a.js\" alt=\"\"><a href=\"/32-kh/\">z</a><script src=\"/js/a.js\"></script><a href=\"/unclosed";
        assertEquals("<link rel=\"stylesheet\" href=\"" + css + "\"><script src=\"" + js + "\" type=\"module\"></script>"
                + "<p title=\"/js/a.js\">Đoạn có dấu: /js/a.js</p><a href=\"/js/a.js.map\">x</a><a href=\"/js/\">y</a>"
                + "<img data-src=\"" + js + "\" alt=\"\"><a href=\"/32-kh/\">z</a><script src=\"" + js + "\"></script><a href=\"/unclosed",
                f.rewrite(page));
        String plain = "<p>Không có tệp nào.</p>";
        assertTrue(plain == f.rewrite(plain), "a page without references is returned as it is");
    }

    @Test
    void changingAnImportedFileRenamesEveryFileThatDependsOnIt(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("js"));
        Files.writeString(site.resolve("js/a.js"), "import { b } from './b.js';\nfetch('/data.json');\nnavigator.serviceWorker.register('/sw.js');\n");
        Files.writeString(site.resolve("sw.js"), "self.addEventListener('fetch', () => {});\n");
        Files.writeString(site.resolve("js/b.js"), "export const b = 1;\n");
        Files.writeString(site.resolve("data.json"), "{}");
        Files.writeString(site.resolve("index.html"), "<script type=\"module\" src=\"/js/a.js\"></script>");
        Map<String, String> first = AssetFingerprints.apply(site);
        String a = Files.readString(site.resolve(first.get("/js/a.js").substring(1)));
        assertTrue(a.contains("from './" + first.get("/js/b.js").substring(4) + "'"), a);
        assertTrue(a.contains("fetch('/data.json')"), "data keeps its name: " + a);
        assertTrue(a.contains("register('/sw.js')"), "a root file such as the service worker keeps its name: " + a);
        assertTrue(!first.containsKey("/sw.js"));
        assertTrue(Files.readString(site.resolve("index.html")).contains(first.get("/js/a.js")));
        assertEquals("import { b } from './b.js';\nfetch('/data.json');\nnavigator.serviceWorker.register('/sw.js');\n",
                Files.readString(site.resolve("js/a.js")),
                "the original stays as it was");

        Files.writeString(site.resolve("js/b.js"), "export const b = 2;\n");
        Files.writeString(site.resolve("index.html"), "<script type=\"module\" src=\"/js/a.js\"></script>");
        Map<String, String> second = AssetFingerprints.apply(site);
        assertNotEquals(first.get("/js/b.js"), second.get("/js/b.js"));
        assertNotEquals(first.get("/js/a.js"), second.get("/js/a.js"), "a.js imports b.js, so its name changes too");
        assertTrue(!first.containsKey("/data.json") && !second.containsKey("/data.json"));
    }

    @Test
    void previewServerCachesHashedFilesForGoodAndRevalidatesPages() throws Exception {
        String css = BuiltSite.at("/").selectFirst("link[rel=stylesheet]").attr("href");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<Void> asset = http.send(HttpRequest.newBuilder(URI.create(SiteServer.url(css))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals("public, max-age=31536000, immutable", asset.headers().firstValue("cache-control").orElse(""));
        HttpResponse<Void> page = http.send(HttpRequest.newBuilder(URI.create(SiteServer.url("/"))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals("no-cache", page.headers().firstValue("cache-control").orElse(""));
        assertFalse(AssetFingerprints.HASHED.matcher("/js/site.js").matches());
    }
}
