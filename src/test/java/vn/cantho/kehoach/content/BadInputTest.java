package vn.cantho.kehoach.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.support.LastGoodSite;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each kind of bad input stops the build with a message naming file, line, what and how to fix,
 * and the site published by the previous good build is left exactly as it was.
 */
class BadInputTest {
    @TempDir
    Path tmp;
    TempSite site;
    Path out;
    LastGoodSite good;

    @BeforeEach
    void goodBuildFirst() throws Exception {
        site = new TempSite(tmp.resolve("src"));
        out = tmp.resolve("www");
        good = LastGoodSite.build(site, out);
    }

    private Problem fails(String file, String what) throws Exception {
        BuildFailure failure = good.fails();
        try (var siblings = Files.list(tmp)) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().startsWith("www.staging")), "staging must be cleaned up");
        }
        Problem match = LastGoodSite.problem(failure, file, what);
        assertTrue(match.fix().length() > 10, "a fix must be suggested");
        return match;
    }

    @Test
    void brokenFrontMatterGivesTheLine() throws Exception {
        site.write("kh-1/i/index.md", "---\ntype: section\nid: i\ntitle: \"unclosed\norder: 1\nlabel: x\n---\nText\n");
        Problem p = fails("content/kh-1/i/index.md", "lỗi cú pháp YAML");
        assertEquals(4, p.line(), "the line that opens the unclosed quote");
    }

    @Test
    void unclosedFrontMatter() throws Exception {
        site.write("kh-1/i/index.md", "---\ntype: section\nid: i\n\nText\n");
        assertEquals(1, fails("content/kh-1/i/index.md", "không được đóng").line());
    }

    @Test
    void missingRequiredField() throws Exception {
        site.write("kh-1/i/index.md", "---\ntype: section\nid: i\norder: 1\ntitle: \"T\"\n---\n\nText\n");
        Problem p = fails("content/kh-1/i/index.md", "thiếu trường bắt buộc 'label'");
        assertTrue(p.fix().contains("label"));
    }

    @Test
    void unknownFieldIsATypo() throws Exception {
        site.write("kh-1/i/index.md", "---\ntype: section\nid: i\norder: 1\nlabel: \"Mục I\"\ntitle: \"T\"\nhaeding: \"I. X\"\n---\n\nText\n");
        assertEquals(7, fails("content/kh-1/i/index.md", "trường 'haeding' không dùng").line());
    }

    @Test
    void duplicateId() throws Exception {
        site.write("kh-1/iii/index.md", "---\ntype: section\nid: ii\norder: 9\nlabel: \"Mục III\"\ntitle: \"T\"\n---\n\nText\n");
        assertEquals(3, fails("content/kh-1/iii/index.md", "id 'ii' bị trùng").line());
    }

    @Test
    void idThatDoesNotMatchItsPermanentUrl() throws Exception {
        site.write("kh-1/iv/index.md", "---\ntype: section\nid: v\norder: 9\nlabel: \"Mục IV\"\ntitle: \"T\"\n---\n\nText\n");
        fails("content/kh-1/iv/index.md", "không khớp với vị trí tệp");
    }

    @Test
    void officialNumberMustMatchTheId() throws Exception {
        site.write("kh-1/iii/index.md", "---\ntype: section\nid: iii\nnumber: \"II.3\"\norder: 9\nlabel: \"Mục III\"\ntitle: \"T\"\n---\n\nText\n");
        assertEquals(4, fails("content/kh-1/iii/index.md", "số hiệu 'II.3' không khớp với id 'iii'").line());
    }

    @Test
    void baseUrlMustBeAnHttpsAddress() throws Exception {
        site.write("index.md", "---\ntype: home\nid: trang-chu\ntitle: \"T\"\ndescription: \"D\"\nbase_url: \"javascript:alert(1)\"\n---\n");
        assertEquals(6, fails("content/index.md", "không phải địa chỉ https").line());
    }

    @Test
    void datesMustBeRealDates() throws Exception {
        String cover = Files.readString(site.root.resolve("content/kh-1/index.md"));
        site.write("kh-1/index.md", cover.replace("ngay_ban_hanh: \"01/02/2026\"", "ngay_ban_hanh: \"31/02/2026\""));
        fails("content/kh-1/index.md", "ngay_ban_hanh '31/02/2026' không phải ngày hợp lệ");
    }

    @Test
    void duplicateReadingOrder() throws Exception {
        site.write("kh-1/iii/index.md", "---\ntype: section\nid: iii\norder: 2\nlabel: \"Mục III\"\ntitle: \"T\"\n---\n\nText\n");
        fails("content/kh-1/iii/index.md", "thứ tự order 2 đã dùng");
    }

    @Test
    void assetThatWouldOverwriteAPageIsADuplicateUrl() throws Exception {
        Files.writeString(site.root.resolve("assets/404.html"), "<p>khác</p>");
        fails("assets/404.html", "địa chỉ /404.html bị trùng");
    }

    @Test
    void assetThatWouldOverwriteTheXmlExportIsADuplicateUrl() throws Exception {
        Files.createDirectories(site.root.resolve("assets/kh-1"));
        Files.writeString(site.root.resolve("assets/kh-1/van-ban.akn.xml"), "<x/>");
        fails("assets/kh-1/van-ban.akn.xml", "địa chỉ /kh-1/van-ban.akn.xml bị trùng");
    }

    @Test
    void assetInTheSplitSearchIndexFolderIsADuplicateUrl() throws Exception {
        Files.createDirectories(site.root.resolve("assets/tim-kiem/chi-muc"));
        Files.writeString(site.root.resolve("assets/tim-kiem/chi-muc/t0.json"), "{}");
        fails("assets/tim-kiem/chi-muc/t0.json", "thư mục tim-kiem/chi-muc/ do quá trình dựng trang tạo ra");
    }

    @Test
    void nonAsciiFileNameWouldBePercentEncoded() throws Exception {
        site.write("kh-1/Mục-III/index.md", "---\ntype: section\nid: iii\norder: 9\nlabel: \"Mục III\"\ntitle: \"T\"\n---\n\nText\n");
        Problem p = fails("content/kh-1/Mục-III", "không phải chữ thường không dấu");
        assertTrue(p.fix().contains("muc-iii"), p.fix());
        BuildFailure all = assertThrows(BuildFailure.class, () -> new SiteBuild().run(Baker.Sources.of(site.root), out));
        assertEquals(1, all.problems().size(), "one message for the folder, none for the files inside it");
    }

    @Test
    void orderWithALeadingZeroIsRefusedNotReadAsOctal() throws Exception {
        site.write("kh-1/iii/index.md", "---\ntype: section\nid: iii\norder: 010\nlabel: \"Mục III\"\ntitle: \"T\"\n---\n\nText\n");
        Problem p = fails("content/kh-1/iii/index.md", "order '010' có số 0 ở đầu");
        assertEquals(4, p.line());
        assertTrue(p.fix().contains("order: 10"), p.fix());
    }

    @Test
    void anIsoDateIsRefusedWithTheFormToWrite() throws Exception {
        String cover = Files.readString(site.root.resolve("content/kh-1/index.md"));
        site.write("kh-1/index.md", cover.replace("ngay_hieu_luc: \"01/02/2026\"", "ngay_hieu_luc: 2026-03-15"));
        Problem p = fails("content/kh-1/index.md", "ngay_hieu_luc '2026-03-15' không phải ngày hợp lệ");
        assertTrue(p.fix().contains("ngay_hieu_luc: \"15/03/2026\""), p.fix());
    }

    @Test
    void anEmptyRequiredFieldIsRefusedAtItsLine() throws Exception {
        site.write("kh-1/iii/index.md", "---\ntype: section\nid: iii\norder: 9\nlabel:\ntitle: \"T\"\n---\n\nText\n");
        assertEquals(5, fails("content/kh-1/iii/index.md", "để trống trường bắt buộc 'label'").line());
    }

    @Test
    void directionControlsPastedFromAPdf() throws Exception {
        site.section("iii", 9, null, "Đoạn một.\n\nĐoạn\u2067 hai\u2069.\n");
        Problem p = fails("content/kh-1/iii/index.md", "ký tự vô hình U+2067");
        assertEquals(11, p.line());
        assertTrue(p.what().contains("dấu điều khiển hướng chữ") && p.what().contains("cột 5"), p.what());
    }

    @Test
    void invisibleCharactersPastedFromWord() throws Exception {
        site.section("iii", 9, null, "Đoạn một.\n\nĐoạn\u200b hai.\n");
        Problem p = fails("content/kh-1/iii/index.md", "ký tự vô hình U+200B");
        assertEquals(11, p.line());
        assertTrue(p.what().contains("cột 5"), p.what());
    }

    @Test
    void decomposedAccents() throws Exception {
        site.section("iii", 9, null, java.text.Normalizer.normalize("Đầu tư công.\n", java.text.Normalizer.Form.NFD));
        assertEquals(9, fails("content/kh-1/iii/index.md", "NFD").line());
    }

    @Test
    void markdownListWouldSwallowTheOfficialNumber() throws Exception {
        site.section("iii", 9, null, "Đoạn mở.\n\n1. Khoản một viết sai.\n");
        assertEquals(11, fails("content/kh-1/iii/index.md", "danh sách đánh số").line());
    }

    @Test
    void aTableRowWithMoreCellsThanItsHeaderStopsTheBuild() throws Exception {
        site.section("iii", 9, null, "Đoạn mở.\n\n| A | B |\n| --- | --- |\n| 1 | 2 | 3 |\n");
        assertEquals(13, fails("content/kh-1/iii/index.md", "hàng 1 của bảng có 3 ô nhưng hàng tiêu đề có 2 cột").line());
    }

    @Test
    void tableRowsWithoutAHeaderStopTheBuild() throws Exception {
        site.section("iii", 9, null, "Đoạn mở.\n\n| 1 | 2 |\n| 3 | 4 |\n");
        assertEquals(11, fails("content/kh-1/iii/index.md", "không thuộc bảng nào").line());
    }

    @Test
    void aLinkToATableRowThatDoesNotExistIsRefused() throws Exception {
        site.section("iii", 9, null, "| A | B |\n| --- | --- |\n| 1 | 2 |\n");
        site.section("iv", 10, null, "Xem [dòng 1](/kh-1/iii/#bang-1-dong-1) và [dòng 2](/kh-1/iii/#bang-1-dong-2).\n");
        fails(out + "/kh-1/iv/index.html", "không có phần tử id 'bang-1-dong-2'");
    }

    @Test
    void brokenInternalLinkIsRefused() throws Exception {
        site.section("iii", 9, null, "Xem [khoản 1](/kh-1/ii/1/#doan-9).\n");
        // Named where the site is being published (here --out), not a fixed target/www/.
        fails(out + "/kh-1/iii/index.html", "không có phần tử id 'doan-9'");
    }

    @Test
    void aFolderLinkNeedsItsTrailingSlash() throws Exception {
        site.section("iii", 9, null, "Xem [khoản 1](/kh-1/ii/1).\n");
        fails(out + "/kh-1/iii/index.html", "địa chỉ thư mục phải kết thúc bằng '/'");
    }

    @Test
    void aRelativeLinkResolvesFromItsPage() throws Exception {
        site.section("iii", 9, null, "Xem [khoản 1](../ii/1/#doan-9) và [mục I](../i/).\n");
        Problem p = fails(out + "/kh-1/iii/index.html", "không có phần tử id 'doan-9'");
        assertTrue(p.what().contains("../ii/1/#doan-9"), p.what());
    }

    @Test
    void brokenTemplateFailsTheBuild() throws Exception {
        Files.writeString(site.root.resolve("templates/notfound.ftl"), "<#ftl output_format=\"HTML\">\n${no_such_variable}");
        Problem p = fails("templates/notfound.ftl", "no_such_variable");
        assertEquals(2, p.line());
    }

    @Test
    void commandLineExitsNonZeroAndPrintsFileAndLine() throws Exception {
        site.write("kh-1/i/index.md", "---\ntype: section\nid: i\norder: 1\ntitle: \"T\"\n---\n\nText\n");
        Process proc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "vn.cantho.kehoach.cli.Main", "build",
                "--root", site.root.toString(), "--out", out.toString())
                .redirectErrorStream(true).start();
        String output = new String(proc.getInputStream().readAllBytes());
        assertTrue(proc.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, proc.exitValue(), output);
        assertTrue(output.contains("content/kh-1/i/index.md:1: thiếu trường bắt buộc 'label'"), output);
        good.assertUntouched();
    }


    // Careless and hostile input (issue 20): each is refused with its file and line, never a stack trace or a long run.

    @Test
    void fiveThousandQuoteMarksPastedFromAnEmailAreRefusedBeforeParsing() throws Exception {
        site.section("iii", 9, null, "Đoạn một.\n\n" + ">".repeat(5_000) + " Đoạn dán từ thư điện tử.\n");
        Problem p = fails("content/kh-1/iii/index.md", "5000 dấu trích dẫn '>' hoặc dấu danh sách lồng nhau, vượt giới hạn 10");
        assertEquals(11, p.line());
    }

    @Test
    void emphasisOrQuotesNestedDeeperThanTheLimitAreRefusedNotOverflowed() throws Exception {
        // Within the line limits, but 50 emphases one inside the other: the tree is too deep to render safely.
        site.section("iii", 9, null, "Đoạn một.\n\n" + "*chữ ".repeat(50) + "x" + " chữ*".repeat(50) + "\n");
        assertEquals(11, fails("content/kh-1/iii/index.md", "lồng quá sâu").line());
        site.section("iii", 9, null, "*".repeat(3_000) + "\n");
        assertEquals(9, fails("content/kh-1/iii/index.md", "3000 dấu '*' hoặc '_' liền nhau").line());
    }

    @Test
    void aThirtyMegabyteSectionIsRefusedByItsSizeBeforeBeingRead() throws Exception {
        String paragraph = "Tiếp tục đổi mới căn bản, toàn diện giáo dục và đào tạo, nâng cao chất lượng nguồn nhân lực.\n\n";
        site.section("iii", 9, null, paragraph.repeat(30 * 1024 * 1024 / paragraph.length()));
        Problem p = fails("content/kh-1/iii/index.md", "vượt giới hạn 2,0 MB cho một tệp");
        assertTrue(p.what().startsWith("tệp quá lớn: 40,9 MB"), p.what()); // 30 M characters, most of two bytes
        assertEquals(0, p.line(), "the whole file");
    }

    @Test
    void aFortyThousandCharacterRunOfCitationsIsOneParagraphTooLong() throws Exception {
        String citation = "Nghị quyết số 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị, ";
        site.section("iii", 9, null, "Đoạn một.\n\n" + citation.repeat(40_000 / citation.length()) + "\n");
        assertEquals(11, fails("content/kh-1/iii/index.md", "đoạn văn quá dài: hơn 20000 ký tự").line());
    }

    @Test
    void aYamlAliasBombIsRefused() throws Exception {
        StringBuilder bomb = new StringBuilder("---\ntype: section\nid: iii\norder: 9\nlabel: \"L\"\ntitle: \"T\"\n");
        bomb.append("a0: &a0 [\"x\", \"x\"]\n");
        for (int i = 1; i < 24; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        site.write("kh-1/iii/index.md", bomb.append("---\n\nĐoạn.\n").toString());
        fails("content/kh-1/iii/index.md", "quá nhiều giá trị (hơn 5000)");
    }

    @Test
    void aFrontMatterPastItsLimitIsRefused() throws Exception {
        site.write("kh-1/iii/index.md", "---\ntype: section\nid: iii\norder: 9\nlabel: \"L\"\ntitle: \""
                + "T".repeat(70_000) + "\"\n---\n\nĐoạn.\n");
        assertEquals(1, fails("content/kh-1/iii/index.md", "phần khai báo (front matter) quá dài").line());
    }

    @Test
    void aSymbolicLinkOutOfContentIsNotFollowed() throws Exception {
        Path outside = tmp.resolve("ngoai.md");
        Files.writeString(outside, "---\ntype: section\nid: iii\norder: 9\nlabel: \"L\"\ntitle: \"Bí mật\"\n---\n\nBí mật.\n");
        Files.createDirectories(site.root.resolve("content/kh-1/iii"));
        Files.createSymbolicLink(site.root.resolve("content/kh-1/iii/index.md"), outside);
        fails("content/kh-1/iii/index.md", "liên kết tượng trưng (symlink)");
    }

    @Test
    void aChangesListPastItsLimitIsRefused() throws Exception {
        StringBuilder changes = new StringBuilder("changes:\n");
        for (int i = 0; i < InputLimits.CHANGES + 1; i++) {
            changes.append("  - date: \"15/03/2026\"\n    kind: correction\n");
        }
        site.write("kh-1/iii/index.md", "---\ntype: section\nid: iii\norder: 9\nlabel: \"L\"\ntitle: \"T\"\n"
                + changes + "---\n\nĐoạn.\n");
        assertEquals(7, fails("content/kh-1/iii/index.md", "danh sách 'changes' có 201 mục, vượt giới hạn 200").line());
    }

    @Test
    void allProblemsAreReportedAtOnce() throws Exception {
        site.write("kh-1/i/index.md", "---\ntype: section\nid: i\norder: 1\ntitle: \"T\"\n---\n\nText\n");
        site.write("kh-1/iii/index.md", "---\ntype: sectoin\nid: iii\n---\n");
        BuildFailure f = assertThrows(BuildFailure.class, () -> new SiteBuild().run(Baker.Sources.of(site.root), out));
        List<String> files = f.problems().stream().map(Problem::file).distinct().toList();
        assertEquals(List.of("content/kh-1/i/index.md", "content/kh-1/iii/index.md"), files);
    }
}
