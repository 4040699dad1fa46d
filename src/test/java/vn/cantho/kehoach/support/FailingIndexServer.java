package vn.cantho.kehoach.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import vn.cantho.kehoach.search.SearchShards;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The real site (through {@link SiteServer}) behind a server on 127.0.0.1 that answers the first
 * {@code failures} requests for a file of the search index (by default its common file, read first) with
 * 503 Service Unavailable, as an overloaded server or a broken connection would.
 */
public final class FailingIndexServer implements AutoCloseable {
    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final AtomicInteger failuresLeft;
    private final AtomicInteger indexRequests = new AtomicInteger();
    private final Predicate<String> failing;

    public FailingIndexServer(int failures) throws IOException {
        this(failures, path -> path.equals("/" + SearchShards.COMMON));
    }

    /** Fails the first requests whose path matches `failing`. */
    public FailingIndexServer(int failures, Predicate<String> failing) throws IOException {
        this.failing = failing;
        failuresLeft = new AtomicInteger(failures);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** How many times a failing file was asked for. */
    public int indexRequests() {
        return indexRequests.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            if (failing.test(path)) {
                indexRequests.incrementAndGet();
                if (failuresLeft.getAndDecrement() > 0) {
                    ex.sendResponseHeaders(503, -1);
                    return;
                }
            }
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(SiteServer.url(path))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            r.headers().firstValue("Content-Type").ifPresent(t -> ex.getResponseHeaders().set("Content-Type", t));
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(r.statusCode(), r.body().length == 0 ? -1 : r.body().length);
            if (r.body().length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(r.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
