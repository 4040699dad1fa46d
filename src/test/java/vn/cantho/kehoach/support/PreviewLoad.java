package vn.cantho.kehoach.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Parallel readers of a preview server, each response checked against the files that whole builds
 * produce: status 200 and a body equal, byte for byte, to that URL's file in one of the known builds.
 * A truncated page, an error status, a refused connection or a page from no build counts as an error.
 */
public final class PreviewLoad {
    /** What the readers saw; latencies in microseconds. */
    public record Result(long requests, long errors, List<String> errorSamples, long p50, long p99, long max) {
        public String figures() {
            return String.format("%d requests, %d errors, p50 %.2f ms, p99 %.2f ms, max %.2f ms",
                    requests, errors, p50 / 1000.0, p99 / 1000.0, max / 1000.0);
        }
    }

    private PreviewLoad() {
    }

    /** URL path → SHA-256 of each acceptable body, from the output folders of known builds. */
    public static Map<String, Set<String>> versions(List<Path> builds) {
        Map<String, Set<String>> allowed = new TreeMap<>();
        for (Path build : builds) {
            try (Stream<Path> walk = Files.walk(build)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    String rel = build.relativize(f).toString().replace('\\', '/');
                    String url = "/" + (rel.equals("index.html") ? "" : rel.endsWith("/index.html")
                            ? rel.substring(0, rel.length() - "index.html".length()) : rel);
                    allowed.computeIfAbsent(url, u -> new HashSet<>()).add(sha256(Files.readAllBytes(f)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return allowed;
    }

    /** {@code readers} threads read every URL in turn, in their own random order, until {@code stop} is set. */
    public static Result run(String base, Map<String, Set<String>> allowed, int readers, AtomicBoolean stop) throws InterruptedException {
        return run(base, allowed, readers, stop, new AtomicLong());
    }

    /** As {@link #run(String, Map, int, AtomicBoolean)}, counting each answered request in {@code done} as it goes. */
    private static Result run(String base, Map<String, Set<String>> allowed, int readers, AtomicBoolean stop,
                              AtomicLong done) throws InterruptedException {
        List<String> urls = new ArrayList<>(allowed.keySet());
        List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        long[] errorCount = new long[readers];
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            int id = r;
            Thread t = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(60)).build();
                List<String> order = new ArrayList<>(urls);
                Random random = new Random(id);
                long[] mine = new long[1 << 16];
                int n = 0;
                while (!stop.get()) {
                    Collections.shuffle(order, random);
                    for (String url : order) {
                        if (stop.get()) {
                            break;
                        }
                        long start = System.nanoTime();
                        String problem;
                        try {
                            HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(URI.create(base + url.substring(1)))
                                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
                            problem = resp.statusCode() != 200 ? "status " + resp.statusCode()
                                    : allowed.get(url).contains(sha256(resp.body())) ? null : "a body of no build (" + resp.body().length + " bytes)";
                        } catch (IOException e) {
                            problem = e.toString();
                        } catch (InterruptedException e) {
                            return;
                        }
                        long micros = (System.nanoTime() - start) / 1000;
                        if (n == mine.length) {
                            latencies.add(Arrays.copyOf(mine, n));
                            n = 0;
                        }
                        mine[n++] = micros;
                        done.incrementAndGet();
                        if (problem != null) {
                            errorCount[id]++;
                            if (errors.size() < 20) {
                                errors.add(url + ": " + problem);
                            }
                        }
                    }
                }
                latencies.add(Arrays.copyOf(mine, n));
            }, "reader-" + r);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long errorTotal = Arrays.stream(errorCount).sum();
        if (all.length == 0) {
            return new Result(0, errorTotal, errors, 0, 0, 0);
        }
        return new Result(all.length, errorTotal, List.copyOf(errors), all[all.length / 2],
                all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)], all[all.length - 1]);
    }

    /** Readers running on a thread of their own (see {@link #inBackground}). */
    public static final class Background {
        private final CompletableFuture<Result> result = new CompletableFuture<>();
        private final AtomicLong done = new AtomicLong();

        /** Requests answered so far (a test goes on until enough have overlapped its work, however slow the machine). */
        public long requests() {
            return done.get();
        }

        /** Waits for the readers, once {@code stop} is set, and returns what they saw. */
        public Result get() {
            return result.join();
        }
    }

    /** {@link #run} on a thread of its own, for a test that does something else meanwhile. */
    public static Background inBackground(String base, Map<String, Set<String>> allowed, int readers, AtomicBoolean stop) {
        Background background = new Background();
        new Thread(() -> {
            try {
                background.result.complete(run(base, allowed, readers, stop, background.done));
            } catch (Throwable t) {
                background.result.completeExceptionally(t);
            }
        }, "readers").start();
        return background;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces a file in one step (write beside, then rename), as a careful editor saves. */
    public static void replace(Path file, String text) {
        try {
            Path tmp = file.resolveSibling("." + file.getFileName() + ".saving");
            Files.writeString(tmp, text);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
