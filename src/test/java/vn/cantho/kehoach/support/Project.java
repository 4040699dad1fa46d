package vn.cantho.kehoach.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's own folders are, for tests. */
public final class Project {
    private Project() {
    }

    public static Path root() {
        Path p = Path.of(System.getProperty("project.root", ".")).toAbsolutePath().normalize();
        if (!Files.isDirectory(p.resolve("content"))) {
            throw new IllegalStateException("project root not found: " + p);
        }
        return p;
    }
}
