package vn.cantho.kehoach.support;

import vn.cantho.kehoach.post.BakedPages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small site with a history, baked once per test run into target/test-site/history-www, so the page kinds
 * only a changed text has (history page with word diffs, earlier version, abolished section) go through the
 * HTML checker and axe like the real site's pages. Its sources live in a temporary git repository.
 */
public final class HistorySite {
    /** Pages of each new kind, by site URL. */
    public static final List<String> PAGES = List.of("/kh-1/i/lich-su/", "/kh-1/i/phien-ban/2026-02-01/",
            "/kh-1/ii/1/", "/kh-1/ii/1/phien-ban/2026-02-01/", "/kh-1/i/", "/kh-1/toan-van/");
    private static Path dir;

    private HistorySite() {
    }

    public static synchronized Path dir() {
        if (dir == null) {
            try {
                Path src = Files.createTempDirectory("history-site");
                try (GitSite g = new GitSite(src)) {
                    g.commit("Chép văn bản gốc", "2026-02-01");
                    g.replace("kh-1/i/index.md", "Đoạn hai.", "Đoạn thứ hai, sửa đổi năm 2026.\n\nĐoạn ba mới.");
                    g.addToFrontMatter("kh-1/i/index.md", """
                            changes:
                              - date: 15/03/2026
                                kind: amendment
                                basis: "Kế hoạch số 99/KH-UBND ngày 15/03/2026 của Ủy ban nhân dân thành phố Cần Thơ"
                                note: "Sửa đổi đoạn 2, bổ sung đoạn 3"
                            """);
                    g.commit("Sửa đổi theo Kế hoạch 99", "2026-03-15");
                    g.addToFrontMatter("kh-1/ii/1/index.md", """
                            changes:
                              - date: 01/06/2026
                                kind: abolition
                                basis: "Kế hoạch số 120/KH-UBND ngày 25/05/2026 của Ủy ban nhân dân thành phố Cần Thơ"
                            """);
                    g.commit("Bãi bỏ khoản 1 Mục II", "2026-05-26");
                    Path out = Project.root().resolve("target/test-site/history-www");
                    g.build(out);
                    dir = out;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    /** The baked file of a site URL. */
    public static Path file(String url) {
        return dir().resolve(url.substring(1)).resolve("index.html");
    }

    public static List<Path> pages() {
        return BakedPages.htmlFiles(dir());
    }
}
