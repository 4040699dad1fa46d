package vn.cantho.kehoach.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes an {@link ImportedPlan} as the document tree the content model expects (see content-model.md): the
 * cover {@code <folder>/index.md}, one {@code index.md} per section in its folder, the full-text page. It never
 * replaces an existing document: the tree is written beside it first and moved into place whole.
 */
final class TreeWriter {
    private TreeWriter() {
    }

    /** @return the files written, relative to {@code content} */
    static List<String> write(ImportedPlan plan, Path content) {
        Path target = content.resolve(plan.folder());
        if (Files.exists(target)) {
            throw new ImportFailure(List.of("thư mục content/" + plan.folder() + "/ đã có: văn bản " + plan.cover().get("so_hieu")
                            + " đã được nhập, không ghi đè lên nội dung đang có",
                    "cách sửa: nếu muốn nhập lại từ đầu, xóa (hoặc đổi tên) thư mục content/" + plan.folder()
                            + "/ rồi chạy lại lệnh; nếu chỉ cần sửa vài đoạn, sửa thẳng các tệp trong thư mục đó"));
        }
        Path staging = content.resolve("." + plan.folder() + ".nhap");
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
            List<String> files = new java.util.ArrayList<>();
            write(staging.resolve("index.md"), cover(plan));
            files.add(plan.folder() + "/index.md");
            int order = 0;
            for (ImportedPlan.ImportedSection s : plan.sections()) {
                write(staging.resolve(s.path()).resolve("index.md"), section(s, ++order));
                files.add(plan.folder() + "/" + s.path() + "/index.md");
            }
            write(staging.resolve("toan-van/index.md"), "---\ntype: fulltext\nid: " + plan.folder()
                    + "-toan-van\ntitle: \"Toàn văn\"\n---\n");
            files.add(plan.folder() + "/toan-van/index.md");
            Files.move(staging, target);
            return files;
        } catch (IOException e) {
            try {
                deleteTree(staging);
            } catch (IOException ignored) {
                // the message below names the folder
            }
            throw new UncheckedIOException("không ghi được " + staging + ": " + e.getMessage(), e);
        }
    }

    static String cover(ImportedPlan plan) {
        StringBuilder out = new StringBuilder("---\ntype: document\nid: ").append(plan.folder()).append('\n');
        for (Map.Entry<String, String> e : plan.cover().entrySet()) {
            out.append(e.getKey()).append(": ").append(MarkdownText.yaml(e.getValue())).append('\n');
        }
        list(out, "signature_titles", plan.titles());
        list(out, "noi_nhan", plan.recipients());
        return out.append("---\n").toString();
    }

    private static void list(StringBuilder out, String key, List<String> items) {
        if (!items.isEmpty()) {
            out.append(key).append(":\n");
            for (String item : items) {
                out.append("  - ").append(MarkdownText.yaml(item)).append('\n');
            }
        }
    }

    static String section(ImportedPlan.ImportedSection s, int order) {
        StringBuilder out = new StringBuilder("---\ntype: section\nid: ").append(s.id()).append('\n');
        if (s.number() != null) {
            out.append("number: ").append(MarkdownText.yaml(s.number())).append('\n');
        }
        out.append("order: ").append(order).append('\n');
        out.append("label: ").append(MarkdownText.yaml(s.label())).append('\n');
        out.append("title: ").append(MarkdownText.yaml(s.title())).append('\n');
        if (s.heading() != null) {
            out.append("heading: ").append(MarkdownText.yaml(s.heading())).append('\n');
        }
        if (s.parent() != null) {
            out.append("parent: ").append(s.parent()).append('\n');
        }
        out.append("---\n");
        for (String block : s.body()) {
            out.append('\n').append(block).append('\n');
        }
        return out.toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
