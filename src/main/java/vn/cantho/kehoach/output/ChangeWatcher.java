package vn.cantho.kehoach.output;

import vn.cantho.kehoach.content.EditorLitter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tells when anything under the watched folders changed, by polling a fingerprint of file names,
 * sizes and modification times (portable, and cheap for a site of this size). Editors' swap files,
 * backups and other {@link EditorLitter} are not looked at, so they never trigger a rebuild.
 */
public final class ChangeWatcher {
    private final List<Path> folders;
    private long last;

    /** Takes the baseline now: a change made after this call is reported by the next {@link #changed()}. */
    public ChangeWatcher(List<Path> folders) {
        this.folders = List.copyOf(folders);
        this.last = fingerprint();
    }

    /** True once per change since the previous call. */
    public boolean changed() {
        long now = fingerprint();
        if (now != last) {
            last = now;
            return true;
        }
        return false;
    }

    long fingerprint() {
        long h = 17;
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.filter(q -> !EditorLitter.isLitter(folder, q)).sorted().toList()) {
                    h = 31 * h + p.toString().hashCode();
                    if (Files.isRegularFile(p)) {
                        h = 31 * h + Files.size(p);
                        h = 31 * h + Files.getLastModifiedTime(p).toMillis();
                    }
                }
            } catch (IOException e) {
                // a file vanished while walking: report a change and look again next time
                return h ^ System.nanoTime();
            }
        }
        return h;
    }
}
