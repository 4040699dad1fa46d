package vn.cantho.kehoach.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangeWatcherTest {
    @Test
    void seesEditsNewFilesAndDeletionsOnce(@TempDir Path tmp) throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content/a"));
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Path page = Files.writeString(content.resolve("index.md"), "x");
        ChangeWatcher watcher = new ChangeWatcher(List.of(tmp.resolve("content"), templates, tmp.resolve("missing")));
        assertFalse(watcher.changed());

        Files.writeString(page, "xy");
        assertTrue(watcher.changed(), "edit");
        assertFalse(watcher.changed(), "reported once");

        Files.setLastModifiedTime(page, FileTime.fromMillis(Files.getLastModifiedTime(page).toMillis() + 5000));
        assertTrue(watcher.changed(), "same size, new time");

        Files.writeString(templates.resolve("section.ftl"), "t");
        assertTrue(watcher.changed(), "new template");

        Files.delete(page);
        assertTrue(watcher.changed(), "deleted page");
        assertFalse(watcher.changed());
    }
}
