package vn.cantho.kehoach.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Builds happen in a staging folder beside the output; only a complete, checked site replaces the
 * published one (two renames on the same file system). A failed build leaves the output untouched.
 */
public final class StagedOutput {
    private final Path target;
    private final Path staging;
    private final Path previous;

    public StagedOutput(Path target) {
        this.target = target.toAbsolutePath().normalize();
        this.staging = this.target.resolveSibling(this.target.getFileName() + ".staging");
        this.previous = this.target.resolveSibling(this.target.getFileName() + ".previous");
    }

    public Path target() {
        return target;
    }

    /** A fresh, empty staging folder. */
    public Path prepare() {
        delete(staging);
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + staging, e);
        }
        return staging;
    }

    /** Replaces the output with the staging folder. */
    public void publish() {
        try {
            delete(previous);
            if (Files.exists(target)) {
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            delete(previous);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + staging + " to " + target, e);
        }
    }

    /** Throws the staging folder away. */
    public void discard() {
        delete(staging);
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
