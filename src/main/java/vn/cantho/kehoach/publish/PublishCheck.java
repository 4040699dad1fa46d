package vn.cantho.kehoach.publish;

import vn.cantho.kehoach.bake.Baker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Guards publishing ({@code ./mvnw deploy}): only a site that the last build baked and checked from
 * the current sources may leave the machine. A failed build keeps the previous site in
 * {@code target/www}, so a source changed after the newest baked file means that site is stale
 * (its build failed or never ran) and is refused.
 * <pre>
 *   PublishCheck [--root DIR] [--site DIR]     exit 0: publish; exit 1: refused, with the reason
 * </pre>
 */
public final class PublishCheck {
    private PublishCheck() {
    }

    /** Why {@code site} must not be published, or empty if it may. */
    public static Optional<String> refusal(Baker.Sources sources, Path site) {
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            return Optional.of("chưa có trang đã dựng trong " + site + " (nothing baked)\n"
                    + "    cách sửa: chạy ./mvnw -B deploy, lệnh này dựng và kiểm tra trang trước khi xuất bản");
        }
        Newest baked = newest(List.of(site));
        Newest source = newest(List.of(sources.content(), sources.templates(), sources.assets()));
        if (source.time.compareTo(baked.time) > 0) {
            return Optional.of(sources.root().relativize(source.path) + " đã thay đổi sau lần dựng thành công cuối cùng; "
                    + "trang trong " + site + " đã cũ (stale: the last build failed or did not run)\n"
                    + "    cách sửa: chạy ./mvnw -B deploy và sửa mọi lỗi mà bản dựng báo");
        }
        return Optional.empty();
    }

    public static void main(String[] args) {
        Path root = Path.of(option(args, "--root", "."));
        Path site = Path.of(option(args, "--site", root.resolve("target/www").toString()));
        Optional<String> refusal = refusal(Baker.Sources.of(root), site);
        if (refusal.isPresent()) {
            System.err.println("KHÔNG XUẤT BẢN / NOT PUBLISHED: " + refusal.get());
            System.exit(1);
        }
        System.out.println("Trang trong " + site + " đã được dựng và kiểm tra từ nguồn hiện tại; đang xuất bản.");
    }

    private record Newest(Path path, FileTime time) {
    }

    /** The most recently modified file or folder under the given folders (folders change when files are removed). */
    private static Newest newest(List<Path> folders) {
        Newest best = new Newest(null, FileTime.fromMillis(Long.MIN_VALUE));
        for (Path folder : folders) {
            if (!Files.exists(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    FileTime t = Files.getLastModifiedTime(p);
                    if (t.compareTo(best.time) > 0) {
                        best = new Newest(p, t);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + folder, e);
            }
        }
        return best;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
