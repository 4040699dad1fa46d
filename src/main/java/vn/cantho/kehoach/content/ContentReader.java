package vn.cantho.kehoach.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads every file under {@code content/}: checks that names are safe for URLs (JBake would %-encode
 * anything else), that only Markdown lives there, that text is UTF-8, and splits front matter from body.
 * Editors' and systems' litter ({@link EditorLitter}) is skipped.
 */
public final class ContentReader {
    private static final String MD = ".md";

    /**
     * Pages read, with the problems found on the way, and the other files (content paths): an original or an
     * appendix's data file is allowed only when its document's cover lists it ({@link Attachments}).
     */
    public record Result(List<SourcePage> pages, List<Problem> problems, List<String> files) {
    }

    public Result read(Path contentDir) {
        List<SourcePage> pages = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> others = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(contentDir)) {
            files = walk.filter(p -> !p.equals(contentDir) && !EditorLitter.isLitter(contentDir, p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + contentDir, e);
        }
        List<Path> badFolders = new ArrayList<>();
        for (Path file : files) {
            String rel = contentDir.relativize(file).toString().replace('\\', '/');
            String name = file.getFileName().toString();
            if (badFolders.stream().anyMatch(file::startsWith)) {
                continue; // reported once, for the folder
            }
            if (Files.isSymbolicLink(file)) {
                // Never followed: it could publish a file from anywhere on the machine.
                problems.add(Problem.ofFile("content/" + rel, "đây là một liên kết tượng trưng (symlink), không phải tệp"
                        + " hay thư mục thật; trang web không đọc tệp qua liên kết", "xóa liên kết và chép tệp thật vào content/"));
                continue;
            }
            if (Files.isDirectory(file)) {
                if (!Slugs.isSlug(name)) {
                    badFolders.add(file);
                    problems.add(Problem.ofFile("content/" + rel, "tên thư mục '" + name
                            + "' không phải chữ thường không dấu (ASCII): JBake sẽ mã hóa % địa chỉ trang",
                            "đổi tên thư mục thành '" + Slugs.suggest(name) + "' (chỉ dùng a-z, 0-9 và '-')"));
                }
                continue;
            }
            if (!name.endsWith(MD)) {
                others.add(rel); // allowed only if a cover lists it: SiteLoader decides
                continue;
            }
            String stem = name.substring(0, name.length() - MD.length());
            if (!Slugs.isSlug(stem)) {
                problems.add(Problem.ofFile("content/" + rel, "tên tệp '" + name
                        + "' không phải chữ thường không dấu (ASCII): JBake sẽ mã hóa % địa chỉ trang",
                        "đổi tên tệp thành '" + Slugs.suggest(stem) + ".md' (chỉ dùng a-z, 0-9 và '-')"));
                continue;
            }
            String text;
            try {
                Problem tooLarge = InputLimits.fileSize("content/" + rel, Files.size(file));
                if (tooLarge != null) {
                    problems.add(tooLarge);
                    continue;
                }
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            } catch (CharacterCodingException e) {
                problems.add(Problem.ofFile("content/" + rel, "tệp không được lưu theo mã UTF-8",
                        "lưu lại tệp với mã UTF-8 trong trình soạn thảo"));
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            text = text.replace("\r\n", "\n");
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            problems.addAll(TextHygiene.check("content/" + rel, text));
            FrontMatter.Parsed parsed = FrontMatter.parse("content/" + rel, text);
            problems.addAll(parsed.problems());
            if (parsed.ok()) {
                pages.add(new SourcePage(rel, urlOf(rel), parsed.fields(), parsed.fieldLines(),
                        parsed.body(), parsed.bodyLine()));
            }
        }
        return new Result(pages, problems, others);
    }

    /** "a/b/index.md" bakes to "/a/b/", "404.md" to "/404.html", the top "index.md" to "/". */
    public static String urlOf(String relPath) {
        String noExt = relPath.substring(0, relPath.length() - MD.length());
        if (noExt.equals("index")) {
            return "/";
        }
        if (noExt.endsWith("/index")) {
            return "/" + noExt.substring(0, noExt.length() - "index".length());
        }
        return "/" + noExt + ".html";
    }
}
