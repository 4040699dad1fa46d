package vn.cantho.kehoach.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Files of content/ that are not Markdown: a document's originals ({@value #ORIGINALS}) and its appendices'
 * data files ({@value #APPENDICES}), each listed on the cover by its path inside the document's folder
 * ({@code file:}). Any other such file is refused. What the files must hold is checked by the originals and
 * appendices concerns.
 */
public final class Attachments {
    /** Cover field: the official files of the document. */
    public static final String ORIGINALS = "originals";
    /** Cover field: the appendices published as tables. */
    public static final String APPENDICES = "appendices";
    /** The key of an item that names its file. */
    public static final String FILE = "file";
    /** How a listed file is named inside its document's folder: slug folders, a slug name, a lowercase ending. */
    public static final java.util.regex.Pattern FILE_PATH =
            java.util.regex.Pattern.compile("([a-z0-9]+(-[a-z0-9]+)*/)*[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+");

    private Attachments() {
    }

    /** A name that follows {@link #FILE_PATH}: "ban-goc/Ban Goc.PDF" becomes "ban-goc/ban-goc.pdf". */
    public static String suggest(String file) {
        String[] parts = file.split("/");
        int dot = file.lastIndexOf('.');
        String ending = dot < 0 || dot < file.lastIndexOf('/') ? "" : file.substring(dot).toLowerCase(java.util.Locale.ROOT);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String part = i < parts.length - 1 ? parts[i] : parts[i].replaceAll("\\.[^.]*$", "");
            b.append(i == 0 ? "" : "/").append(Slugs.suggest(part));
        }
        return b + ending;
    }

    /** Content paths ("32-kh-ubnd-2026/ban-goc/kh.pdf") of the files this cover lists, as written. */
    /**
     * The file {@code source} (relative to {@code contentDir}) that a cover lists at {@code line} of {@code coverFile},
     * or null after adding a problem when it is not there.
     *
     * @param what the kind of file, for the fix ("bản gốc", "dữ liệu phụ lục")
     */
    public static java.nio.file.Path present(java.nio.file.Path contentDir, String source, String coverFile, int line,
                                             String what, List<Problem> problems) {
        java.nio.file.Path path = contentDir.resolve(source);
        if (java.nio.file.Files.isRegularFile(path)) {
            return path;
        }
        problems.add(new Problem(coverFile, line, "không có tệp content/" + source,
                "chép tệp " + what + " vào đúng chỗ đó, hoặc sửa đường dẫn sau 'file:'"));
        return null;
    }

    public static Set<String> listed(SourcePage cover) {
        Set<String> out = new LinkedHashSet<>();
        String folder = SitePaths.topFolder(cover.path());
        for (String field : List.of(ORIGINALS, APPENDICES)) {
            for (Object item : cover.list(field)) {
                if (item instanceof Map<?, ?> m && m.get(FILE) instanceof String f && !f.isBlank()) {
                    out.add(folder + "/" + f.strip());
                }
            }
        }
        return out;
    }

    /** A problem for each file that no cover lists. */
    static List<Problem> unlisted(List<String> files, Map<String, SourcePage> coversByFolder) {
        List<Problem> problems = new ArrayList<>();
        for (String rel : files) {
            SourcePage cover = coversByFolder.get(SitePaths.topFolder(rel));
            if (cover != null && listed(cover).contains(rel)) {
                continue;
            }
            String folder = SitePaths.topFolder(rel);
            String renamed = folder + "/" + suggest(rel.substring(folder.length() + 1));
            if (cover != null && listed(cover).contains(renamed)) {
                // the file as the office sent it ("Kế hoạch 32.PDF"), listed under the name it should take
                problems.add(Problem.ofFile("content/" + rel, "tên tệp chưa đúng quy ước (chữ thường không dấu, không"
                        + " khoảng trắng); trang bìa content/" + cover.path() + " khai báo tệp này là '" + renamed.substring(folder.length() + 1) + "'",
                        "đổi tên tệp thành '" + renamed.substring(renamed.lastIndexOf('/') + 1) + "'"));
                continue;
            }
            String where = cover == null ? "" : " hoặc khai báo tệp trong 'originals:' (bản gốc) hay 'appendices:' (phụ lục)"
                    + " của trang bìa content/" + cover.path() + " (xem hướng dẫn đính kèm bản gốc),";
            problems.add(Problem.ofFile("content/" + rel, "thư mục content/ chỉ chứa tệp Markdown (.md) và các tệp"
                    + " được trang bìa của văn bản khai báo; tệp này chưa được khai báo",
                    "chuyển hình ảnh và tệp khác sang assets/," + where + " hoặc đổi đuôi tệp thành .md"));
        }
        return problems;
    }
}
