package vn.cantho.kehoach.output;

import vn.cantho.kehoach.content.EditorLitter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Tells when anything under the watched folders changed, by polling a fingerprint of file names,
 * sizes and modification times (portable; one attribute read per file, a few milliseconds for the real
 * site, tens of milliseconds at 2,000 sections: {@link LivePreview} spaces its looks accordingly). Editors' swap files,
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

    /**
     * A sum of one mixed hash per file and folder (path, size, modification time), so the order of the
     * walk does not matter and each file costs one look at its attributes.
     */
    long fingerprint() {
        long[] h = {17};
        boolean[] vanished = {false};
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try {
                Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (!dir.equals(folder) && EditorLitter.isLitter(dir.getFileName().toString())) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        h[0] += mix(dir.toString().hashCode());
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (!EditorLitter.isLitter(file.getFileName().toString())) {
                            h[0] += mix(mix(mix(file.toString().hashCode()) + attrs.size())
                                    + attrs.lastModifiedTime().toMillis());
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        vanished[0] = true; // a file vanished while walking: report a change, look again next time
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                vanished[0] = true;
            }
        }
        return vanished[0] ? h[0] ^ System.nanoTime() : h[0];
    }

    /** A 64-bit finaliser (MurmurHash3's fmix64): nearby inputs give unrelated outputs. */
    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
