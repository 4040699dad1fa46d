package vn.cantho.kehoach.support;

import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.io.FileTrees;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small site whose first section holds a table (the real plan has none), written to target/test-site/table-src
 * and baked once per test run into target/test-site/table-www, so a page with a table goes through the HTML
 * checker, axe, the link check, search and the exports like the real site's pages. A section of it links a row's
 * anchor, so the build's link check accepts row anchors.
 */
public final class TableSite {
    /** Pages that show the table, by site URL. */
    public static final List<String> PAGES = List.of("/kh-1/i/", "/kh-1/toan-van/");
    /** The section holding the table. */
    public static final String SECTION = """
            1\\. Các chỉ tiêu chủ yếu đến năm 2026 như sau:

            | STT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Cơ quan chủ trì |
            | ---: | --- | :---: | ---: | --- |
            | 1 | Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình | % | 80 | Sở Khoa học và Công nghệ |
            | 2 | Số điểm phát sóng Wi-Fi công cộng miễn phí theo Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị | điểm | 103 | Ủy ban nhân dân các xã, phường |
            | 3 | Tỷ lệ người dân có danh tính số \\| chữ ký số |  | 90 | Công an thành phố |
            [Bảng 1. Chỉ tiêu chuyển đổi số năm 2026]

            Đoạn sau bảng.
            """;
    private static Path dir;

    private TableSite() {
    }

    public static synchronized Path dir() {
        if (dir == null) {
            Path src = Project.root().resolve("target/test-site/table-src");
            if (Files.exists(src)) {
                FileTrees.delete(src);
            }
            TempSite site = new TempSite(src);
            write(site);
            Path out = Project.root().resolve("target/test-site/table-www");
            new SiteBuild().run(Baker.Sources.of(site.root), out);
            dir = out;
        }
        return dir;
    }

    /** Puts the table site's sections into {@code site}. */
    public static void write(TempSite site) {
        site.section("i", 1, null, SECTION);
        site.section("ii/1", 3, "ii", "Nội dung khoản 1, xem [dòng 2 của bảng 1](/kh-1/i/#bang-1-dong-2).\n");
    }

    /** The baked file of a site URL. */
    public static Path file(String url) {
        return dir().resolve(url.substring(1)).resolve("index.html");
    }
}
