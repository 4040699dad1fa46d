package vn.cantho.kehoach.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A small site in a temporary folder, with the project's templates and assets, for bad-input tests. */
public final class TempSite {
    public final Path root;

    public TempSite(Path root) {
        this.root = root;
        copy(Project.root().resolve("templates"), root.resolve("templates"));
        copy(Project.root().resolve("assets"), root.resolve("assets"));
        write("index.md", """
                ---
                type: home
                id: trang-chu
                title: "Trang thử"
                description: "Mô tả"
                ---
                """);
        write("404.md", "---\ntype: notfound\nid: khong-tim-thay\ntitle: \"Không tìm thấy\"\n---\n");
        write("tim-kiem/index.md", "---\ntype: search\nid: tim-kiem\ntitle: \"Tìm kiếm\"\n---\n");
        cover("kh-1", "Kế hoạch thử", "01/02/2026", " giá trị");
        write("kh-1/toan-van/index.md", "---\ntype: fulltext\nid: kh-1-toan-van\ntitle: \"Toàn văn\"\n---\n");
        section("i", 1, null, "1\\. Đoạn một.\n\nĐoạn hai.\n");
        section("ii", 2, null, "");
        section("ii/1", 3, "ii", "Nội dung khoản 1.\n");
    }

    /** Writes content/{path} (UTF-8). */
    public TempSite write(String path, String text) {
        try {
            Path p = root.resolve("content").resolve(path);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the cover of a plan at content/{id}/index.md: every metadata field, dates set to {@code date}
     * (dd/mm/yyyy) and each other field's value its own name followed by {@code suffix}.
     */
    public TempSite cover(String id, String title, String date, String suffix) {
        StringBuilder cover = new StringBuilder("---\ntype: document\nid: " + id + "\ntitle: \"" + title + "\"\n");
        for (String f : vn.cantho.kehoach.content.FieldRules.DOCUMENT_FIELDS) {
            cover.append(f).append(": \"").append(f.startsWith("ngay_") ? date : f + suffix).append("\"\n");
        }
        return write(id + "/index.md", cover.append("---\n").toString());
    }

    /** Adds a section of document kh-1 at kh-1/{folder}/index.md. */
    public TempSite section(String folder, int order, String parent, String body) {
        return write("kh-1/" + folder + "/index.md", "---\ntype: section\nid: " + folder.replace('/', '-')
                + "\norder: " + order + "\nlabel: \"Phần " + folder + "\"\ntitle: \"Tiêu đề " + folder + "\"\n"
                + (parent == null ? "" : "parent: " + parent + "\n") + "---\n\n" + body);
    }

    public static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
