package vn.cantho.kehoach.preview;

import com.sun.net.httpserver.HttpExchange;
import vn.cantho.kehoach.output.PreviewServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * Live reload for the preview, served only by the preview server and never written to the site: every
 * HTML response gets {@code <script src="/__xem-truoc/tai-lai.js" data-build="N" defer>} before
 * {@code </head>} (a file of our own origin, as the pages' CSP {@code script-src 'self'} demands), and the
 * script listens to the server-sent events of {@code /__xem-truoc/su-kien}:
 * <ul>
 *   <li>{@code build}: the number of the last good build, sent on connecting and after each build; a page
 *       of an older build reloads itself, keeping its scroll position and {@code #anchor};</li>
 *   <li>{@code failed}: the message of a build that failed, shown over the page (as text) while the page,
 *       the last good one, stays; sent on connecting too while the last build failed.</li>
 * </ul>
 */
public final class LiveReload implements AutoCloseable {
    /** Where the preview's own endpoints live: a path no page of the site can take. */
    public static final String PREFIX = "/__xem-truoc/";
    public static final String SCRIPT = PREFIX + "tai-lai.js";
    public static final String EVENTS = PREFIX + "su-kien";
    private static final byte[] HEAD_END = "</head>".getBytes(StandardCharsets.US_ASCII);

    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private long build;
    private String failure;

    /** Adds the endpoints to the server and the script to the HTML it serves. */
    public void install(PreviewServer server) {
        server.route(PREFIX, this::handle);
        server.decorateHtml(() -> {
            long b = currentBuild();
            return html -> withScript(html, b);
        });
    }

    /** A build was published: open pages of earlier builds reload. */
    public void rebuilt() {
        String event;
        synchronized (this) {
            build++;
            failure = null;
            event = buildEvent();
        }
        broadcast(event);
    }

    /** A build failed with this message (the last good site stays served): open pages show it. */
    public void failed(String message) {
        String event;
        synchronized (this) {
            failure = message;
            event = failedEvent();
        }
        broadcast(event);
    }

    synchronized long currentBuild() {
        return build;
    }

    /** The page with the script tag before its {@code </head>}; unchanged when it has none. */
    static byte[] withScript(byte[] html, long build) {
        int at = indexOf(html, HEAD_END);
        if (at < 0) {
            return html;
        }
        byte[] tag = ("<script src=\"" + SCRIPT + "\" data-build=\"" + build + "\" defer></script>\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[html.length + tag.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(tag, 0, out, at, tag.length);
        System.arraycopy(html, at, out, at + tag.length, html.length - at);
        return out;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        if (!method.equals("GET") && !(method.equals("HEAD") && SCRIPT.equals(path))) {
            ex.getResponseHeaders().set("Allow", SCRIPT.equals(path) ? "GET, HEAD" : "GET");
            reply(ex, 405, "text/plain; charset=utf-8", "Method not allowed".getBytes(StandardCharsets.UTF_8));
        } else if (SCRIPT.equals(path)) {
            try (InputStream in = LiveReload.class.getResourceAsStream("tai-lai.js")) {
                reply(ex, 200, "text/javascript; charset=utf-8", in.readAllBytes());
            }
        } else if (EVENTS.equals(path)) {
            listen(ex);
        } else {
            reply(ex, 404, "text/plain; charset=utf-8", "Not found".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Opens an event stream, says where the builds are, and keeps it for later events. */
    private void listen(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        String hello;
        synchronized (this) {
            hello = buildEvent() + (failure == null ? "" : failedEvent());
            listeners.add(out);
        }
        send(out, hello);
    }

    private String buildEvent() {
        return "event: build\ndata: " + build + "\n\n";
    }

    private String failedEvent() {
        StringBuilder b = new StringBuilder("event: failed\n");
        failure.lines().forEach(line -> b.append("data: ").append(line).append('\n'));
        return b.append('\n').toString();
    }

    private void broadcast(String event) {
        for (OutputStream out : listeners) {
            send(out, event);
        }
    }

    /** Writes one event; a listener that went away is dropped. */
    private void send(OutputStream out, String event) {
        try {
            synchronized (out) {
                out.write(event.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            listeners.remove(out);
            try {
                out.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
    }

    private static void reply(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        try (ex) {
            ex.getResponseHeaders().set("Content-Type", type);
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            boolean head = ex.getRequestMethod().equals("HEAD");
            ex.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    /** Ends every open event stream. */
    @Override
    public void close() {
        endAll();
    }

    private void endAll() {
        for (OutputStream out : listeners) {
            listeners.remove(out);
            try {
                synchronized (out) {
                    out.close();
                }
            } catch (IOException ignored) {
                // already gone
            }
        }
    }
}
