package vn.cantho.kehoach.content;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class EditorLitterTest {
    /** What editors and systems really leave, named as they name it. */
    public static final List<String> LITTER = List.of(
            "index.md~",            // vim, emacs, gedit backup
            ".index.md.swp",        // vim swap
            ".index.md.swx",        // vim swap, second
            ".index.md.swo",
            "index.md.swp",         // vim swap with 'directory' set to the file's own folder, without the dot
            "#index.md#",           // emacs autosave
            ".#index.md",           // emacs lock
            "4913",                 // vim's write probe
            ".DS_Store",            // macOS Finder
            "._index.md",           // macOS resource fork on foreign disks
            "Thumbs.db", "thumbs.db", // Windows Explorer
            "desktop.ini", "Desktop.ini",
            ".hidden");

    static final List<String> REAL = List.of("index.md", "site.css", "anh.png", "4914", "2026", "4-2", "#", "ban~sao.md",
            "swp", "thumbs.dbx", "van-ban.akn.xml");

    @Test
    void everyLitterNameIsLitter() {
        for (String name : LITTER) {
            assertTrue(EditorLitter.isLitter(name), name);
        }
    }

    @Test
    void realFilesAreNot() {
        for (String name : REAL) {
            assertFalse(EditorLitter.isLitter(name), name);
        }
    }

    @Test
    void anythingInsideAHiddenFolderIsLitter() {
        Path root = Path.of("content");
        assertTrue(EditorLitter.isLitter(root, root.resolve(".obsidian/notes.md")));
        assertTrue(EditorLitter.isLitter(root, root.resolve("kh-1/i/.index.md.swp")));
        assertFalse(EditorLitter.isLitter(root, root.resolve("kh-1/i/index.md")));
        assertFalse(EditorLitter.isLitter(root, root), "the folder itself");
    }
}
