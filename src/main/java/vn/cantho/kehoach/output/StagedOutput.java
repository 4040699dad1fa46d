package vn.cantho.kehoach.output;

import vn.cantho.kehoach.io.FileTrees;

import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.content.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One build's way to the published folder: it waits for any other build of the same output
 * ({@link OutputLock}), builds into its own staging folder beside the output, and replaces the output only
 * with a complete, checked site, by two renames on the same file system. A failed or killed build leaves
 * the output as it was. Beside an output folder {@code www}:
 * <pre>
 *   www.lock              held by the build writing www (the holder's pid inside)
 *   www.staging-PID-N     a build in progress
 *   www.old-PID-N         the previous site, for the instant between the two renames
 *   www.trash-PID-N       the previous site, being deleted
 * </pre>
 * Opening tidies what killed builds left: if one was stopped between the two renames, its {@code old}
 * folder (the last good site) is renamed back first; every other leftover is deleted.
 */
public final class StagedOutput implements AutoCloseable {
    private static final AtomicLong BUILDS = new AtomicLong();

    private final Path target;
    private final Consumer<String> notices;
    private final String id = ProcessHandle.current().pid() + "-" + BUILDS.incrementAndGet();
    private final OutputLock lock;
    private Path staging;
    private boolean published;

    private StagedOutput(Path target, Consumer<String> notices, OutputLock lock) {
        this.target = target;
        this.notices = notices;
        this.lock = lock;
    }

    /**
     * Takes the output for one build, waiting while another build has it, and tidies what killed builds left.
     * @throws BuildFailure when the folder beside the output cannot be written (full disk, read-only)
     */
    public static StagedOutput open(Path target, Consumer<String> notices) {
        Path t = target.toAbsolutePath().normalize();
        OutputLock lock;
        try {
            lock = OutputLock.acquire(t, notices);
        } catch (IOException e) {
            throw unwritable(t, e);
        }
        StagedOutput out = new StagedOutput(t, notices, lock);
        out.recover();
        return out;
    }

    public Path target() {
        return target;
    }

    /**
     * Runs {@code writer} on this build's own, empty staging folder and, if it returns, replaces the output
     * with that folder. If it throws, the staging folder is thrown away and the output stays as it was; a
     * failure caused by the folder not being writable (full disk, read-only) becomes a {@link BuildFailure}
     * with one clear message.
     * @return what the writer returned
     */
    public <T> T publish(Function<Path, T> writer) {
        Path s = prepare();
        T result;
        try {
            result = writer.apply(s);
        } catch (RuntimeException e) {
            throw failed(e);
        }
        swap();
        return result;
    }

    /** This build's fresh, empty staging folder. */
    private Path prepare() {
        if (staging != null) {
            throw new IllegalStateException("already prepared: " + staging);
        }
        Path s = sibling("staging-" + id);
        try {
            Files.createDirectory(s);
        } catch (IOException e) {
            throw unwritable(target, e);
        }
        staging = s;
        return s;
    }

    /** Replaces the output with the staging folder; the previous site is deleted afterwards. */
    private void swap() {
        if (staging == null || published) {
            throw new IllegalStateException("nothing to publish");
        }
        Path old = sibling("old-" + id);
        boolean hadOutput = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        try {
            if (hadOutput) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (hadOutput) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
        } catch (IOException e) {
            throw unwritable(target, e);
        }
        published = true;
        staging = null;
        if (hadOutput) {
            Path trash = sibling("trash-" + id);
            try {
                Files.move(old, trash, StandardCopyOption.ATOMIC_MOVE);
                delete(trash);
            } catch (IOException | UncheckedIOException e) {
                notices.accept("Đã xuất bản; chưa xóa được bản cũ " + old.getFileName() + " (" + e.getMessage()
                        + "), lần dựng sau sẽ xóa.");
            }
        }
    }

    /** What to throw for a failure while writing the staging folder, which is thrown away. */
    private RuntimeException failed(RuntimeException failure) {
        Optional<Problem> unwritable = UnwritableOutput.diagnose(target.getParent(), failure);
        discard();
        return unwritable.<RuntimeException>map(p -> new BuildFailure(List.of(p))).orElse(failure);
    }

    /** Throws away an unpublished staging folder and lets the next build in. */
    @Override
    public void close() {
        try {
            discard();
        } finally {
            try {
                lock.close();
            } catch (IOException e) {
                notices.accept("Không nhả được khóa " + OutputLock.fileFor(target) + ": " + e.getMessage());
            }
        }
    }

    private void discard() {
        if (staging == null) {
            return;
        }
        try {
            delete(staging);
        } catch (UncheckedIOException e) {
            notices.accept("Chưa xóa được " + staging.getFileName() + " (" + e.getMessage() + "), lần dựng sau sẽ xóa.");
        }
        staging = null;
    }

    /** Puts back a site caught between the two renames of a killed build, deletes other leftovers. */
    private void recover() {
        List<Path> leftovers = new ArrayList<>();
        String prefix = target.getFileName() + ".";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(), prefix + "*")) {
            for (Path p : siblings) {
                String rest = p.getFileName().toString().substring(prefix.length());
                if (rest.startsWith("staging") || rest.startsWith("old-") || rest.startsWith("trash-") || rest.equals("previous")) {
                    leftovers.add(p);
                }
            }
        } catch (IOException e) {
            close();
            throw unwritable(target, e);
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            // "old-" folders (and "previous", from before) are only ever whole sites
            Optional<Path> lastGood = leftovers.stream()
                    .filter(p -> p.getFileName().toString().startsWith(prefix + "old-") || p.getFileName().toString().equals(prefix + "previous"))
                    .max(Comparator.comparing(StagedOutput::modified));
            if (lastGood.isPresent()) {
                try {
                    Files.move(lastGood.get(), target, StandardCopyOption.ATOMIC_MOVE);
                    leftovers.remove(lastGood.get());
                    notices.accept("Đã khôi phục " + target + " từ " + lastGood.get().getFileName()
                            + " (một lần dựng trước bị dừng giữa lúc xuất bản).");
                } catch (IOException e) {
                    close();
                    throw unwritable(target, e);
                }
            }
        }
        for (Path p : leftovers) {
            try {
                delete(p);
            } catch (UncheckedIOException e) {
                notices.accept("Chưa xóa được " + p.getFileName() + " của một lần dựng bị dừng (" + e.getMessage() + ").");
            }
        }
    }

    private Path sibling(String suffix) {
        return target.resolveSibling(target.getFileName() + "." + suffix);
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis();
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }

    /** The build failure for an I/O error on the output, in one clear message when the folder is unwritable. */
    private static RuntimeException unwritable(Path target, IOException e) {
        return UnwritableOutput.diagnose(target.getParent(), e)
                .<RuntimeException>map(p -> new BuildFailure(List.of(p)))
                .orElseGet(() -> new UncheckedIOException("cannot write " + target, e));
    }

    static void delete(Path dir) {
        FileTrees.delete(dir);
    }
}
