package vn.cantho.kehoach.preview;

import com.sun.net.httpserver.HttpExchange;
import vn.cantho.kehoach.output.PreviewServer;
import vn.cantho.kehoach.structured.JsonText;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Live reload for the preview, served only by the preview server and never written to the site: every
 * HTML response gets {@code <script src="/__xem-truoc/tai-lai.js" data-build="N" defer>} before
 * {@code </head>} (a file of our own origin, as the pages' CSP {@code script-src 'self'} demands), and the
 * script long-polls {@code /__xem-truoc/su-kien?sau=V} for the preview's state
 * {@code {"version":V,"build":N,"failed":message-or-null}}:
 * <ul>
 *   <li>without {@code sau}, or when the state's version is not {@code V}, the answer comes at once;</li>
 *   <li>otherwise the request is held (no thread waits) until a build publishes or fails, or for
 *       {@link #HOLD_MILLIS}, and answered then;</li>
 *   <li>a page of an older build reloads itself, keeping its scroll position; a failed build's message is
 *       shown over the page, which stays the last good one.</li>
 * </ul>
 * Why not server-sent events: a response that never ends keeps its connection in Chromium even after the
 * page closed its {@code EventSource} and reloaded (the network stack waits for the body's end to reuse
 * the socket), so after six reloads, Chromium's limit per server over HTTP/1.1, the next page never loaded.
 * Every answer here is a whole response with a length, so its connection goes back to the browser's pool;
 * a request cancelled while held has no response yet, so the browser closes its connection at once; and a
 * held request is answered within {@link #HOLD_MILLIS}, so the server never keeps one for a page that left.
 */
public final class LiveReload implements AutoCloseable {
    /** Where the preview's own endpoints live: a path no page of the site can take. */
    public static final String PREFIX = "/__xem-truoc/";
    public static final String SCRIPT = PREFIX + "tai-lai.js";
    public static final String EVENTS = PREFIX + "su-kien";
    /** How long a poll is held when nothing changes: under the JDK server's 30 s idle limit. */
    static final long HOLD_MILLIS = 25_000;
    private static final byte[] HEAD_END = "</head>".getBytes(StandardCharsets.US_ASCII);

    /** Held polls and their time-outs; guarded by this. */
    private final Map<HttpExchange, ScheduledFuture<?>> held = new LinkedHashMap<>();
    private final ScheduledThreadPoolExecutor timer;
    private final long holdMillis;
    private long version;
    private long build;
    private String failure;

    public LiveReload() {
        this(HOLD_MILLIS);
    }

    LiveReload(long holdMillis) {
        this.holdMillis = holdMillis;
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "xem-truoc-hen-gio");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

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
        synchronized (this) {
            build++;
            failure = null;
            version++;
        }
        answerHeld();
    }

    /** A build failed with this message (the last good site stays served): open pages show it. */
    public void failed(String message) {
        synchronized (this) {
            failure = message;
            version++;
        }
        answerHeld();
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
            poll(ex);
        } else {
            reply(ex, 404, "text/plain; charset=utf-8", "Not found".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Answers a poll now, or holds it while the page already knows the state. */
    private void poll(HttpExchange ex) throws IOException {
        Long after = knownVersion(ex.getRequestURI().getRawQuery());
        if (after == null) {
            reply(ex, 400, "text/plain; charset=utf-8",
                    "Bad request: ?sau= takes a version number".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] now;
        synchronized (this) {
            if (after == version && !timer.isShutdown()) {
                held.put(ex, timer.schedule(() -> release(ex), holdMillis, TimeUnit.MILLISECONDS));
                return;
            }
            now = state();
        }
        answer(ex, now);
    }

    /** The version in {@code sau=V}; -1 when the query names none; null when it is not a number. */
    private static Long knownVersion(String query) {
        if (query == null || query.isEmpty()) {
            return -1L;
        }
        if (!query.matches("sau=\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(query.substring(4));
    }

    /** A held poll's time is up: it gets the state as it is. */
    private void release(HttpExchange ex) {
        byte[] now;
        synchronized (this) {
            if (held.remove(ex) == null) {
                return;
            }
            now = state();
        }
        answer(ex, now);
    }

    /** The state changed: every held poll gets it. */
    private void answerHeld() {
        List<HttpExchange> waiting;
        byte[] now;
        synchronized (this) {
            waiting = new ArrayList<>(held.keySet());
            held.values().forEach(f -> f.cancel(false));
            held.clear();
            now = state();
        }
        for (HttpExchange ex : waiting) {
            answer(ex, now);
        }
    }

    private byte[] state() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("version", version);
        s.put("build", build);
        s.put("failed", failure);
        return JsonText.of(s).getBytes(StandardCharsets.UTF_8);
    }

    /** Sends the state; a page that went away is no error. */
    private static void answer(HttpExchange ex, byte[] state) {
        try {
            reply(ex, 200, "application/json; charset=utf-8", state);
        } catch (IOException e) {
            ex.close();
        }
    }

    private static void reply(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        try (ex) {
            ex.getResponseHeaders().set("Content-Type", type);
            // The state changes with every build: never stored; the script is revalidated.
            ex.getResponseHeaders().set("Cache-Control", type.startsWith("application/json") ? "no-store" : "no-cache");
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

    /** Answers every held poll and stops the timer. */
    @Override
    public void close() {
        synchronized (this) {
            timer.shutdown(); // under the lock poll() takes: no poll is held after this
        }
        answerHeld();
        timer.shutdownNow();
    }
}
