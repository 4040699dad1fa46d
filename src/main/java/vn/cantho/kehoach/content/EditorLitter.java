package vn.cantho.kehoach.content;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which files editors and operating systems leave beside the sources: hidden files and folders
 * ({@code .index.md.swp}, emacs' {@code .#index.md}, {@code .DS_Store}), backups ({@code index.md~}),
 * swap files ({@code *.swp}, {@code *.swx}, {@code *.swo}), emacs autosaves ({@code #index.md#}), vim's
 * write probe ({@code 4913}) and Windows' {@code Thumbs.db} and {@code desktop.ini}. The build, the change
 * watcher and the asset copy skip them, so they never fail a build, trigger a rebuild or get published.
 * Anything else, such as an image in {@code content/}, is not litter and is still checked.
 */
public final class EditorLitter {
    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "ehthumbs.db", "desktop.ini");
    /** Vim's probe of a folder's writability, created and deleted at once; left behind by a crash. */
    private static final String VIM_PROBE = "4913";

    private EditorLitter() {
    }

    /** True for a file or folder name that an editor or the operating system left behind. */
    public static boolean isLitter(String name) {
        if (name.isEmpty()) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".")
                || name.endsWith("~")
                || lower.endsWith(".swp") || lower.endsWith(".swx") || lower.endsWith(".swo")
                || (name.length() > 1 && name.startsWith("#") && name.endsWith("#"))
                || SYSTEM_FILES.contains(lower)
                || name.equals(VIM_PROBE);
    }

    /** True when {@code path}, or a folder between {@code root} and it, is litter. */
    public static boolean isLitter(Path root, Path path) {
        for (Path name : root.relativize(path)) {
            if (isLitter(name.toString())) {
                return true;
            }
        }
        return false;
    }
}
