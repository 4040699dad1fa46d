package vn.cantho.kehoach.output;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import vn.cantho.kehoach.content.SitePaths;
import vn.cantho.kehoach.post.AssetFingerprints;

/**
 * A preview server for the baked site: bound to the loopback address only, GET and HEAD only, and it
 * never serves a file outside its root (paths are decoded, normalised and checked; links are not followed
 * out of the root). Missing paths get the site's 404 page with status 404.
 * <p>
 * Builds replace the root folder while it serves ({@link StagedOutput}: two renames, files never written
 * in place). Each response is one whole file of one build: the file is read completely before anything
 * is sent, and a request that meets the instant of a swap (the root missing or replaced while it was
 * looked up) is answered again from the new root instead of with a 404.
 */
public final class PreviewServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            // originals and appendix downloads (originals.OriginalKind, appendices.Appendices), as nginx's mime.types
            Map.entry("pdf", "application/pdf"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("zip", "application/zip"),
            Map.entry("csv", "text/csv; charset=utf-8"));

    static {
        // Headers and body go out in separate writes: without TCP_NODELAY, Nagle's algorithm and the
        // reader's delayed ACK hold each keep-alive response about 40 ms. Read once, when the JDK's
        // server first starts.
        System.setProperty("sun.net.httpserver.nodelay", System.getProperty("sun.net.httpserver.nodelay", "true"));
    }

    /** How long a request waits for a swap of the root to end before the path counts as missing. */
    private static final long SWAP_WAIT_MILLIS = 2000;
    private static final int THREADS = 8;

    private final Path root;
    private final HttpServer server;
    private final ExecutorService workers;
    private volatile Supplier<UnaryOperator<byte[]>> htmlDecorator = () -> UnaryOperator.identity();

    public PreviewServer(Path root, int port) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "preview-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/", this::handle);
    }

    public void start() {
        server.start();
    }

    /**
     * Serves the paths under {@code prefix} with {@code handler} instead of from the folder (the preview's
     * own endpoints); the handler closes the exchange when it is done.
     */
    public void route(String prefix, HttpHandler handler) {
        server.createContext(prefix, handler);
    }

    /**
     * Passes every HTML page served through a decorator, in the response only (the files stay as built).
     * {@code decorator} is asked for the operator before the file is read, so it can describe the build
     * the page comes from or an older one, never a newer one.
     */
    public void decorateHtml(Supplier<UnaryOperator<byte[]>> decorator) {
        this.htmlDecorator = decorator;
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                send(ex, 405, "text/plain; charset=utf-8", "no-cache", "Method not allowed".getBytes());
                return;
            }
            long deadline = System.nanoTime() + SWAP_WAIT_MILLIS * 1_000_000;
            while (true) {
                UnaryOperator<byte[]> decorate = htmlDecorator.get();
                Object before = rootIdentity();
                try {
                    Path file = resolve(ex.getRequestURI());
                    String folder = file == null ? folderRedirect(ex.getRequestURI()) : null;
                    if (folder != null) {
                        ex.getResponseHeaders().set("Location", folder);
                        send(ex, 301, "text/plain; charset=utf-8", "no-cache", new byte[0]);
                        return;
                    }
                    if (file != null) {
                        byte[] body = Files.readAllBytes(file);
                        String name = file.getFileName().toString();
                        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
                        // Content-hashed names never change content: cache them for good; everything else is revalidated.
                        String cache = AssetFingerprints.HASHED.matcher(name).matches() ? "public, max-age=31536000, immutable" : "no-cache";
                        send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), cache,
                                ext.equals("html") ? decorate.apply(body) : body);
                        return;
                    }
                    if (before != null && before.equals(rootIdentity()) || System.nanoTime() > deadline) {
                        Path notFound = root.resolve("404.html");
                        byte[] body = Files.isRegularFile(notFound) ? decorate.apply(Files.readAllBytes(notFound)) : "Not found".getBytes();
                        send(ex, 404, TYPES.get("html"), "no-cache", body);
                        return;
                    }
                } catch (NoSuchFileException | java.nio.file.NotDirectoryException e) {
                    if (System.nanoTime() > deadline) {
                        send(ex, 404, "text/plain; charset=utf-8", "no-cache", "Not found".getBytes());
                        return;
                    }
                }
                pause();
            }
        }
    }

    /** The root folder's identity (inode and creation time), which a swap changes; null while it is missing. */
    private Object rootIdentity() {
        try {
            BasicFileAttributes a = Files.readAttributes(root, BasicFileAttributes.class);
            return a.fileKey() == null ? a.creationTime() : List.of(a.fileKey(), a.creationTime());
        } catch (IOException e) {
            return null;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Where to send a request for a folder named without its trailing slash ("/a/b" → "/a/b/", as web
     * servers do, so the page's relative links work), or null when the path is not such a folder.
     */
    String folderRedirect(URI uri) {
        String path = uri.getPath();
        if (path == null || path.endsWith("/") || !path.startsWith("/") || path.indexOf('\0') >= 0 || path.contains("\\")) {
            return null;
        }
        Path folder = root.resolve(path.substring(1)).normalize();
        try {
            if (!folder.startsWith(root) || !Files.isRegularFile(folder.resolve(SitePaths.INDEX))
                    || !folder.toRealPath().startsWith(root.toRealPath())) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        return uri.getRawPath() + "/" + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The file for a request path, or null when it does not exist or lies outside the root. */
    Path resolve(URI uri) throws IOException {
        String path = uri.getPath();
        if (path == null || !path.startsWith("/") || path.indexOf('\0') >= 0 || path.contains("\\")) {
            return null;
        }
        Path candidate = root.resolve(SitePaths.fileOf(path)).normalize();
        if (!candidate.startsWith(root)) {
            return null;
        }
        if (!Files.isRegularFile(candidate)) {
            return null;
        }
        Path real = candidate.toRealPath();
        return real.startsWith(root.toRealPath()) ? real : null;
    }

    private static void send(HttpExchange ex, int status, String type, String cache, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Referrer-Policy", "strict-origin-when-cross-origin");
        ex.getResponseHeaders().set("Cache-Control", cache);
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
