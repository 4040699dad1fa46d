package vn.cantho.kehoach.publish;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.support.BuiltSite;
import vn.cantho.kehoach.support.Project;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The shipped server/nginx/kh32.conf, run by Debian's real nginx on 127.0.0.1 and a free port,
 * serving the baked site: security headers, caching by kind of file, gzip, the 404 page and
 * redirects (nginx's own trailing-slash one and the hook for the build's redirect map).
 * Only the lines that name the production port, folder and map location are replaced.
 */
class NginxServerTest {
    static final Path NGINX = Path.of("/usr/sbin/nginx");
    @TempDir
    static Path tmp;
    static Process nginx;
    static String base;
    static Path site;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(60)).build();

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isExecutable(NGINX), "needs Debian's nginx: apt-get install nginx-light (.ci/run does)");
        site = BuiltSite.dir();
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String shipped = Files.readString(Project.root().resolve("server/nginx/kh32.conf"));
        String conf = replaceLine(shipped, "    listen 80;", "    listen 127.0.0.1:" + port + ";");
        conf = replaceLine(conf, "    listen [::]:80;", "");
        conf = replaceLine(conf, "    root /srv/kh32/www;", "    root \"" + site + "\";");
        conf = replaceLine(conf, "    include /etc/nginx/kh32/redirects*.conf;", "    include \"" + tmp.resolve("kh32") + "/redirects*.conf\";");
        Files.createDirectories(tmp.resolve("kh32"));
        // what the build's redirect map would hold for a moved section
        Files.writeString(tmp.resolve("kh32/redirects.conf"), "location = /cu/muc-2/ { return 301 /32-kh-ubnd-2026/ii/; }\n");
        Files.writeString(tmp.resolve("site.conf"), conf);
        boolean root = "root".equals(System.getProperty("user.name"));
        Files.writeString(tmp.resolve("nginx.conf"), String.join("\n",
                root ? "user root;" : "",
                "worker_processes 1;",
                "pid " + tmp.resolve("nginx.pid") + ";",
                "error_log " + tmp.resolve("error.log") + " warn;",
                "events { worker_connections 64; }",
                "http {",
                "  include /etc/nginx/mime.types;",
                "  default_type application/octet-stream;",
                "  access_log off;",
                "  client_body_temp_path " + tmp.resolve("client") + ";",
                "  proxy_temp_path " + tmp.resolve("proxy") + ";",
                "  fastcgi_temp_path " + tmp.resolve("fastcgi") + ";",
                "  uwsgi_temp_path " + tmp.resolve("uwsgi") + ";",
                "  scgi_temp_path " + tmp.resolve("scgi") + ";",
                "  include " + tmp.resolve("site.conf") + ";",
                "}", ""));
        List<String> cmd = List.of(NGINX.toString(), "-p", tmp.toString(), "-e", tmp.resolve("error.log").toString(),
                "-c", tmp.resolve("nginx.conf").toString());
        Process test = new ProcessBuilder(concat(cmd, "-t")).redirectErrorStream(true).start();
        String testOut = new String(test.getInputStream().readAllBytes());
        assertTrue(test.waitFor(300, TimeUnit.SECONDS) && test.exitValue() == 0, "nginx -t:\n" + testOut);
        nginx = new ProcessBuilder(concat(cmd, "-g", "daemon off;")).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("stdout.log").toFile()).start();
        base = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                break;
            } catch (IOException notYet) {
                if (!nginx.isAlive() || System.nanoTime() > deadline) {
                    fail("nginx did not start: " + Files.readString(tmp.resolve("error.log")));
                }
                Thread.sleep(100);
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) {
            nginx.destroy(); // SIGTERM: fast shutdown of master and worker
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly();
            }
        }
    }

    @Test
    void pagesCarryTheSecurityHeadersAndTheSamePolicyAsTheirMeta() throws Exception {
        HttpResponse<String> r = get("/32-kh-ubnd-2026/ii/", "identity");
        assertEquals(200, r.statusCode());
        assertEquals("nosniff", header(r, "X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", header(r, "Referrer-Policy"));
        assertTrue(header(r, "Permissions-Policy").contains("geolocation=()"));
        assertEquals("no-cache", header(r, "Cache-Control"));
        String csp = header(r, "Content-Security-Policy");
        String meta = BuiltSite.at("/32-kh-ubnd-2026/ii/").selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertEquals(meta + "; frame-ancestors 'none'", csp, "the header is the page's own policy plus frame-ancestors");
        assertTrue(header(r, "Content-Type").startsWith("text/html") && header(r, "Content-Type").contains("utf-8"));
    }

    @Test
    void fingerprintedAssetsAreImmutableOthersRevalidated() throws Exception {
        String css = "/" + site.relativize(find(site, "\\.[0-9a-f]{10}\\.css$")).toString().replace('\\', '/');
        String js = "/" + site.relativize(find(site, "\\.[0-9a-f]{10}\\.js$")).toString().replace('\\', '/');
        for (String hashed : List.of(css, js)) {
            HttpResponse<String> r = get(hashed, "identity");
            assertEquals(200, r.statusCode(), hashed);
            assertEquals("public, max-age=31536000, immutable", header(r, "Cache-Control"), hashed);
            assertEquals("nosniff", header(r, "X-Content-Type-Options"), hashed);
        }
        for (String plain : List.of("/sw.js", "/tim-kiem/chi-muc.json", "/")) {
            assertEquals("no-cache", header(get(plain, "identity"), "Cache-Control"), plain);
        }
    }

    @Test
    void textIsGzipped() throws Exception {
        for (String path : List.of("/", "/tim-kiem/chi-muc.json")) {
            HttpResponse<String> r = get(path, "gzip");
            assertEquals("gzip", header(r, "Content-Encoding"), path);
            assertTrue(header(r, "Vary").contains("Accept-Encoding"), path);
        }
    }

    @Test
    void unknownAddressGetsTheSites404PageWithA404Status() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/khong-co-trang-nay/")).header("Accept-Encoding", "identity").build();
        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(404, r.statusCode());
        assertArrayEquals(Files.readAllBytes(site.resolve("404.html")), r.body());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    }

    @Test
    void hiddenFilesAreNotServed() throws Exception {
        Files.writeString(site.resolve(".htaccess-test"), "secret");
        try {
            assertEquals(404, get("/.htaccess-test", "identity").statusCode());
        } finally {
            Files.delete(site.resolve(".htaccess-test"));
        }
    }

    /** Originals and appendix downloads go out with their own type (a CSV is not in nginx's mime.types). */
    @Test
    void downloadsGoOutWithTheirTypes() throws Exception {
        Path dir = site.resolve("tai-ve-thu");
        Files.createDirectories(dir);
        try {
            java.util.Map<String, String> types = java.util.Map.of(
                    "a.pdf", "application/pdf",
                    "a.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "a.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "a.csv", "text/csv; charset=utf-8",
                    "a.json", "application/json; charset=utf-8");
            for (var e : types.entrySet()) {
                Files.writeString(dir.resolve(e.getKey()), "x".repeat(300));
                HttpResponse<String> r = get("/tai-ve-thu/" + e.getKey(), "identity");
                assertEquals(200, r.statusCode(), e.getKey());
                assertEquals(e.getValue(), header(r, "Content-Type"), e.getKey());
                assertEquals("nosniff", header(r, "X-Content-Type-Options"), e.getKey());
                assertEquals("no-cache", header(r, "Cache-Control"), e.getKey());
            }
            assertEquals("gzip", header(get("/tai-ve-thu/a.csv", "gzip"), "Content-Encoding"), "a large table is compressed");
            assertEquals(404, get("/tai-ve-thu/khong-co.csv", "identity").statusCode());
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    @Test
    void folderWithoutSlashRedirectsRelativelyToTheFolder() throws Exception {
        HttpResponse<String> r = get("/32-kh-ubnd-2026/ii", "identity");
        assertEquals(301, r.statusCode());
        assertEquals("/32-kh-ubnd-2026/ii/", header(r, "Location"));
    }

    @Test
    void theRedirectMapHookIsIncluded() throws Exception {
        HttpResponse<String> r = get("/cu/muc-2/", "identity");
        assertEquals(301, r.statusCode());
        assertEquals("/32-kh-ubnd-2026/ii/", header(r, "Location"));
        assertEquals(200, get(header(r, "Location"), "identity").statusCode());
    }

    @Test
    void apacheHtaccessSendsTheSameHeaderValues() throws Exception {
        String nginxConf = Files.readString(Project.root().resolve("server/nginx/kh32.conf"));
        String htaccess = Files.readString(Project.root().resolve("server/apache/.htaccess"));
        for (String name : List.of("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy")) {
            Matcher n = Pattern.compile("(?m)^\\s*add_header " + name + " (\"[^\"]*\") always;").matcher(nginxConf);
            Matcher a = Pattern.compile("(?m)^\\s*Header always set " + name + " (\"[^\"]*\")").matcher(htaccess);
            assertTrue(n.find() && a.find(), name);
            assertEquals(n.group(1), a.group(1), name);
        }
        assertTrue(htaccess.contains("ErrorDocument 404 /404.html"));
        assertTrue(htaccess.contains("<FilesMatch \"\\.[0-9a-f]{10}\\.(css|js)$\">"));
        assertTrue(htaccess.contains("Header set Cache-Control \"public, max-age=31536000, immutable\""));
    }

    private static HttpResponse<String> get(String path, String encoding) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Encoding", encoding).build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("(missing " + name + ")");
    }

    private static Path find(Path dir, String regex) throws IOException {
        Pattern p = Pattern.compile(regex);
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(f -> p.matcher(f.getFileName().toString()).find()).findFirst()
                    .orElseThrow(() -> new AssertionError("no file matching " + regex));
        }
    }

    private static String replaceLine(String conf, String line, String with) {
        assertTrue(conf.lines().anyMatch(line::equals), "server/nginx/kh32.conf has lost the line: " + line);
        return conf.lines().map(l -> l.equals(line) ? with : l).reduce((a, b) -> a + "\n" + b).orElseThrow() + "\n";
    }

    private static List<String> concat(List<String> a, String... more) {
        return Stream.concat(a.stream(), Stream.of(more)).toList();
    }
}
