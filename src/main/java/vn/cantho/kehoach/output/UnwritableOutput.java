package vn.cantho.kehoach.output;

import vn.cantho.kehoach.content.Problem;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a build that failed because its output folder cannot be written (full disk, read-only folder or
 * file system) from any other failure, so that the staff get one clear message instead of whatever the
 * first failed write said. The cause is looked for in the failure itself, then, since JBake reports its
 * write errors only as text, by trying to write in the folder.
 */
final class UnwritableOutput {
    /** Bytes written by the probe: enough to need fresh blocks on a full disk. */
    private static final int PROBE_BYTES = 64 * 1024;

    private UnwritableOutput() {
    }

    /** A problem naming {@code folder} when {@code failure} comes from it not being writable. */
    static Optional<Problem> diagnose(Path folder, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Optional<Problem> known = classify(folder, t);
            if (known.isPresent()) {
                return known;
            }
        }
        return probe(folder).map(t -> classify(folder, t).orElseGet(() -> Problem.ofFile(folder.toString(),
                "không ghi được vào thư mục này (" + t + ")", "kiểm tra ổ đĩa và quyền ghi của thư mục rồi dựng lại")));
    }

    /** The problem a write error means, if it is a full disk or a read-only folder. */
    static Optional<Problem> classify(Path folder, Throwable t) {
        String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        boolean io = t instanceof IOException;
        if (io && (message.contains("no space left") || message.contains("disk quota")
                || message.contains("out of disk space") || message.contains("not enough space"))) {
            return Optional.of(Problem.ofFile(folder.toString(),
                    "không ghi được vào thư mục này: ổ đĩa đã đầy (" + t.getMessage() + ")",
                    "giải phóng dung lượng trên ổ đĩa này rồi dựng lại"));
        }
        if (t instanceof AccessDeniedException || t instanceof ReadOnlyFileSystemException
                || io && (message.contains("read-only file system") || message.contains("permission denied"))) {
            return Optional.of(Problem.ofFile(folder.toString(),
                    "không ghi được vào thư mục này: thư mục hoặc ổ đĩa chỉ cho đọc (" + t + ")",
                    "cấp quyền ghi cho thư mục (ví dụ chmod u+w), hoặc dựng vào thư mục khác bằng --out"));
        }
        return Optional.empty();
    }

    /** The error writing a small file into {@code folder} gives now, if any. */
    private static Optional<Throwable> probe(Path folder) {
        Path probe = folder.resolve(".write-probe-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            Files.write(probe, new byte[PROBE_BYTES], StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return Optional.empty();
        } catch (IOException | ReadOnlyFileSystemException e) {
            return Optional.of(e);
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException | RuntimeException ignored) {
                // nothing was written, or the folder went away: nothing to tidy
            }
        }
    }
}
