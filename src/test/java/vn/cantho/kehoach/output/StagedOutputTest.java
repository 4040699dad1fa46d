package vn.cantho.kehoach.output;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.support.Digest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Publishing: only whole builds replace the output; full disks, killed builds and waiting builds. */
class StagedOutputTest {
    @TempDir
    Path tmp;

    /** A site of {@code files} files of {@code size} bytes each, every byte {@code fill}. */
    private static Void writeSite(Path dir, int files, int size, byte fill) {
        try {
            Files.createDirectories(dir.resolve("a"));
            byte[] body = new byte[size];
            java.util.Arrays.fill(body, fill);
            for (int i = 0; i < files; i++) {
                Files.write(dir.resolve(i % 2 == 0 ? "p" + i + ".html" : "a/p" + i + ".html"), body);
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> siblings(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out.getParent())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(out.getFileName().toString())
                    && !n.equals(out.getFileName() + ".lock")).sorted().toList();
        }
    }

    private static <T> T build(Path out, List<String> notices, java.util.function.Function<Path, T> writer) {
        try (StagedOutput staged = StagedOutput.open(out, notices::add)) {
            return staged.publish(writer);
        }
    }

    @Test
    void fullDiskDuringABuildKeepsTheLastGoodSiteWithOneClearMessage() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setBlockSize(4096).setMaxSize(4096L * 200).build())) {
            Path out = fs.getPath("/srv/www");
            List<String> notices = new ArrayList<>();
            build(out, notices, dir -> writeSite(dir, 40, 8192, (byte) 'a')); // 80 of 200 blocks
            String good = Digest.of(out);
            Path filler = Files.write(fs.getPath("/srv/other-files"), new byte[4096 * 60]);

            // the next build needs 80 more blocks beside the published 80: the disk fills up half way
            BuildFailure f = assertThrows(BuildFailure.class, () -> build(out, notices, dir -> writeSite(dir, 40, 8192, (byte) 'b')));
            assertEquals(1, f.problems().size(), f.getMessage());
            Problem p = f.problems().get(0);
            assertEquals("/srv", p.file());
            assertTrue(p.what().contains("ổ đĩa đã đầy"), p.what());
            assertTrue(p.fix().contains("giải phóng dung lượng"), p.fix());
            assertEquals(good, Digest.of(out), "the last good site must be untouched");
            assertEquals(List.of("other-files"), siblings(out), "the half-written staging folder is thrown away");

            // JBake reports a failed write only as text: the cause is found by writing there
            Files.write(fs.getPath("/srv/more"), new byte[4096 * 55]);
            BuildFailure textOnly = new BuildFailure(List.of(Problem.ofFile("templates/", "dựng trang thất bại: IOException", "x")));
            BuildFailure g = assertThrows(BuildFailure.class, () -> build(out, notices, dir -> {
                throw textOnly;
            }));
            assertTrue(g.problems().get(0).what().contains("ổ đĩa đã đầy"), g.getMessage());
            assertEquals(good, Digest.of(out));

            // with room again, the same failure is what it says, and the next build publishes
            Files.delete(filler);
            Files.delete(fs.getPath("/srv/more"));
            assertSame(textOnly, assertThrows(BuildFailure.class, () -> build(out, notices, dir -> {
                throw textOnly;
            })));
            build(out, notices, dir -> writeSite(dir, 40, 8192, (byte) 'b'));
            Path expected = Files.createDirectories(tmp.resolve("b"));
            writeSite(expected, 40, 8192, (byte) 'b');
            assertEquals(Digest.of(expected), Digest.of(out));
            assertEquals(List.of(), siblings(out));
            assertEquals(List.of(), notices);
        }
    }

    @Test
    void aBuildKilledBetweenTheTwoRenamesGetsItsLastGoodSiteBack() throws Exception {
        Path out = tmp.resolve("www");
        // what kill -9 leaves between "www -> www.old-N" and "www.staging-N -> www", with older leftovers
        writeSite(tmp.resolve("www.old-4242-3"), 6, 100, (byte) 'g');
        writeSite(tmp.resolve("www.staging-4242-3"), 6, 100, (byte) 'n');
        writeSite(tmp.resolve("www.trash-4100-1"), 2, 100, (byte) 't');
        writeSite(tmp.resolve("www.staging-4000-7"), 1, 100, (byte) 's');
        writeSite(tmp.resolve("www.staging"), 1, 100, (byte) 's'); // name used before per-build folders
        Path good = Files.createDirectories(tmp.resolve("expected"));
        writeSite(good, 6, 100, (byte) 'g');
        Files.writeString(tmp.resolve("www.txt"), "not ours");

        List<String> notices = new ArrayList<>();
        try (StagedOutput staged = StagedOutput.open(out, notices::add)) {
            assertEquals(Digest.of(good), Digest.of(out), "the last good site is back before anything else");
            assertEquals(List.of("expected", "www.txt"), siblings(out), "every leftover of killed builds is deleted");
        }
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).startsWith("Đã khôi phục"), notices.get(0));
    }

    @Test
    void aFailedBuildLeavesNoTrace() throws Exception {
        Path out = tmp.resolve("www");
        build(out, new ArrayList<>(), dir -> writeSite(dir, 3, 10, (byte) 'g'));
        String good = Digest.of(out);
        IllegalStateException bug = new IllegalStateException("a bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> build(out, new ArrayList<>(), dir -> {
            writeSite(dir, 3, 10, (byte) 'x');
            throw bug;
        })));
        assertEquals(good, Digest.of(out));
        assertEquals(List.of(), siblings(out));
    }

    @Test
    void aSecondBuildWaitsAndSaysForWhom() throws Exception {
        Path out = tmp.resolve("www");
        List<String> notices = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        Thread first = new Thread(() -> build(out, notices, dir -> {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            order.add("first");
            return writeSite(dir, 1, 10, (byte) '1');
        }));
        first.start();
        assertTrue(holding.await(300, TimeUnit.SECONDS));
        Thread second = new Thread(() -> build(out, notices, dir -> {
            order.add("second");
            return writeSite(dir, 1, 10, (byte) '2');
        }));
        second.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (notices.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertEquals(List.of("Đang có một lần dựng khác (pid " + ProcessHandle.current().pid() + "); chờ…"), notices);
        Thread.sleep(200);
        assertEquals(List.of(), order, "the second build has not started writing");
        release.countDown();
        first.join(300_000);
        second.join(300_000);
        assertEquals(List.of("first", "second"), order);
        assertEquals("2".repeat(10), Files.readString(out.resolve("p0.html")));
        assertEquals(List.of(), siblings(out));
    }
}
