package vn.cantho.kehoach.history;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The git history of a content folder, read and rendered on a daemon thread of its own from the moment this is
 * made ({@link GitHistory#read} then {@link GitHistory#prefetch}). {@link #history()} waits for it; closing
 * waits too, then closes the repository.
 */
public final class GitReading implements AutoCloseable {
    private final Path contentDir;
    private final CompletableFuture<GitHistory> history;

    GitReading(Path contentDir) {
        this.contentDir = contentDir;
        this.history = CompletableFuture.supplyAsync(() -> GitHistory.read(contentDir).prefetch(), task -> {
            Thread t = new Thread(task, "git-history");
            t.setDaemon(true);
            t.start();
        });
    }

    Path contentDir() {
        return contentDir;
    }

    /** The history, once read; an error while reading is thrown here as it was thrown there. */
    GitHistory history() {
        try {
            return history.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        GitHistory git = history.handle((g, error) -> g).join();
        if (git != null) {
            git.close();
        }
    }
}
