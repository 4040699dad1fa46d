package vn.cantho.kehoach.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.post.BakedPages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the import reads from a Word file and from text, what it keeps, reports and refuses. */
class ImporterTest {
    private static final String HEADING = """
            ỦY BAN NHÂN DÂN
            THÀNH PHỐ THỬ |
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            Số: 7/KH-UBND |
            Thử, ngày 5 tháng 3 năm 2026 |
            KẾ HOẠCH
            THỬ NGHIỆM NHẬP VĂN BẢN
            """;

    /** A Word file with the outline list, the style-based point list, tables and a full signature block. */
    private static Path wordFile(Path tmp) throws IOException {
        PlanDocx d = new PlanDocx();
        d.table(List.of(
                List.of(List.of("ỦY BAN NHÂN DÂN", "THÀNH PHỐ THỬ"),
                        List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")),
                List.of(List.of("Số: 7/KH-UBND"), List.of("Thử, ngày 5 tháng 3 năm 2026"))));
        d.title("KẾ HOẠCH").title("THỬ NGHIỆM NHẬP VĂN BẢN");
        for (String line : List.of("Căn cứ tình hình thực tế.", "I. MỤC ĐÍCH", "1. Khoản một của mục I.",
                "a) Điểm một;", "b) Điểm hai;", "c) Điểm ba;", "d) Điểm bốn;", "e) Điểm năm.", "2. Khoản hai của mục I.",
                "II. NHIỆM VỤ", "1. Nhiệm vụ thứ nhất", "Nội dung nhiệm vụ thứ nhất.", "2. Nhiệm vụ thứ hai",
                "2.1. Việc thứ nhất", "Nội dung việc thứ nhất.", "- Về bảng chỉ tiêu", "Bảng 1. Chỉ tiêu chủ yếu")) {
            d.body(line);
        }
        d.table(List.of(List.of(List.of("STT"), List.of("Chỉ tiêu"), List.of("Năm 2026")),
                List.of(List.of("1"), List.of("Tăng trưởng GRDP"), List.of("10% | 11%")),
                List.of(List.of("2"), List.of("Thu ngân sách *"), List.of("15.000 tỷ đồng"))));
        d.body("2.2. Việc thứ hai").body("Nội dung việc thứ hai.");
        d.body("Trên đây là Kế hoạch thử./.");
        d.table(List.of(List.of(List.of("Nơi nhận:", "- Như trên;", "- Lưu: VT."),
                List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Thử"))));
        Path file = tmp.resolve("kh7.docx");
        d.write(file);
        return file;
    }

    @Test
    void wordNumbersAreReadAsWordShowsThem(@TempDir Path tmp) throws IOException {
        List<String> lines;
        try (InputStream in = Files.newInputStream(wordFile(tmp))) {
            lines = DocxReader.read(in).stream().filter(b -> b instanceof Block.Line)
                    .map(b -> ((Block.Line) b).text()).toList();
        }
        // upperRoman "%1.", decimal "%2." restarting under each part, "%2.%3." restarting under each khoản, and
        // the points from the paragraph style's own lowerLetter list: a..e (Word has no "đ").
        for (String shown : List.of("I. MỤC ĐÍCH", "1. Khoản một của mục I.", "a) Điểm một;", "e) Điểm năm.",
                "2. Khoản hai của mục I.", "II. NHIỆM VỤ", "1. Nhiệm vụ thứ nhất", "2.1. Việc thứ nhất", "2.2. Việc thứ hai")) {
            assertTrue(lines.contains(shown), shown + " in " + lines);
        }
        assertFalse(lines.contains("Khoản một của mục I."), "no paragraph lost its number");
    }

    @Test
    void headingTableBodyTableRecipientsAndSignatureAreReadFromWord(@TempDir Path tmp) throws IOException {
        Path root = Files.createDirectories(tmp.resolve("site"));
        Importer.Result r = Importer.run(wordFile(tmp), root);
        assertEquals("7-kh-ubnd-2026", r.folder());
        Path doc = root.resolve("content/7-kh-ubnd-2026");
        String cover = Files.readString(doc.resolve("index.md"));
        assertEquals("ỦY BAN NHÂN DÂN THÀNH PHỐ THỬ", ImportThisPlanTest.field(cover, "header_agency"));
        assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
                ImportThisPlanTest.field(cover, "header_motto"));
        assertEquals("05/03/2026", ImportThisPlanTest.field(cover, "ngay_ban_hanh"));
        assertEquals("Thử, ngày 5 tháng 3 năm 2026", ImportThisPlanTest.field(cover, "header_place_date"));
        assertEquals("TM. ỦY BAN NHÂN DÂN", ImportThisPlanTest.field(cover, "signature_authority"));
        assertEquals("Trần Thị Thử", ImportThisPlanTest.field(cover, "nguoi_ky"));
        assertTrue(cover.contains("signature_titles:\n  - \"KT. CHỦ TỊCH\"\n  - \"PHÓ CHỦ TỊCH\"\n"), cover);
        assertTrue(cover.contains("noi_nhan:\n  - \"- Như trên;\"\n  - \"- Lưu: VT.\"\n"), cover);
        assertEquals("""
                ---
                type: section
                id: ii-2-1
                number: "II.2.1"
                order: 6
                label: "Mục II, khoản 2.1"
                title: "Việc thứ nhất"
                heading: "2.1. Việc thứ nhất"
                parent: ii-2
                ---

                Nội dung việc thứ nhất.

                ## \\- Về bảng chỉ tiêu

                | STT | Chỉ tiêu | Năm 2026 |
                | --- | --- | --- |
                | 1 | Tăng trưởng GRDP | 10% \\| 11% |
                | 2 | Thu ngân sách \\* | 15.000 tỷ đồng |
                [Bảng 1. Chỉ tiêu chủ yếu]
                """, Files.readString(doc.resolve("ii/2-1/index.md")));
        assertTrue(Files.readString(doc.resolve("i/index.md")).contains("\n\n1\\. Khoản một của mục I.\n\na) Điểm một;\n"));
        assertTrue(r.report().contains("nơi nhận: 2 dòng"), r.report());
    }

    /** The Word import with a table builds: caption and header cells on the page. */
    @Test
    void aWordImportWithATableBuilds(@TempDir Path tmp) throws IOException {
        Path root = ImportThisPlanTest.project(tmp.resolve("site"));
        Files.delete(root.resolve("permalinks.txt"));
        Importer.run(wordFile(tmp), root);
        new SiteBuild().run(Baker.Sources.of(root), root.resolve("target/www"));
        var page = BakedPages.parse(root.resolve("target/www/7-kh-ubnd-2026/ii/2-1/index.html"));
        assertEquals("Bảng 1. Chỉ tiêu chủ yếu", page.select("table caption").text());
        assertEquals(3, page.select("table th").size());
    }

    @Test
    void textTablesBecomePipeTablesAndPointsKeepTheirLetters(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("kh7.txt");
        Files.writeString(file, HEADING + """

                I. MỤC ĐÍCH
                Căn cứ kế hoạch:
                đ) Điểm đ viết tay;
                Bảng 2. Phân công
                | Nhiệm vụ | Cơ quan |
                |---|---|
                | Tuyên truyền | Sở Văn hóa |
                """, StandardCharsets.UTF_8);
        Importer.run(file, tmp);
        assertTrue(Files.readString(tmp.resolve("content/7-kh-ubnd-2026/i/index.md")).endsWith("""
                ---

                Căn cứ kế hoạch:

                đ) Điểm đ viết tay;

                | Nhiệm vụ | Cơ quan |
                | --- | --- |
                | Tuyên truyền | Sở Văn hóa |
                [Bảng 2. Phân công]
                """));
    }

    @Test
    void anUnclassifiableLineIsKeptAsAParagraphAndReported(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("kh32.txt");
        // The portal page's "Đăng nhập" above the heading and "Đăng xuất" after the signature (seed line 190).
        Files.writeString(file, "Đăng nhập\n" + SeedText.text(SeedText.FIRST, 190), StandardCharsets.UTF_8);
        Importer.Result r = Importer.run(file, tmp);
        Path doc = tmp.resolve("content/32-kh-ubnd-2026");
        assertTrue(Files.readString(doc.resolve("mo-dau/index.md")).contains("---\n\nĐăng nhập\n\nThực hiện Nghị quyết"));
        assertTrue(Files.readString(doc.resolve("ket-thuc/index.md")).endsWith("2030).\n\nĐăng xuất\n"));
        assertTrue(r.report().contains("KHÔNG XẾP ĐƯỢC (2): giữ nguyên thành đoạn văn, cần xem lại\n"
                + "  - kh32.txt:1: \"Đăng nhập\"\n    đã ghi vào mo-dau/index.md;"), r.report());
        assertTrue(r.report().contains("  - kh32.txt:148: \"Đăng xuất\"\n    đã ghi vào ket-thuc/index.md;"), r.report());
    }

    @Test
    void anExistingDocumentIsNotOverwritten(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("kh32.txt");
        Files.writeString(file, SeedText.text(SeedText.FIRST, SeedText.LAST), StandardCharsets.UTF_8);
        Importer.run(file, tmp);
        Path edited = tmp.resolve("content/32-kh-ubnd-2026/index.md");
        Files.writeString(edited, Files.readString(edited).replace("nguoi_ky: \"chưa rõ\"", "nguoi_ky: \"Nguyễn Văn Hòa\""));
        String before = Files.readString(edited);
        ImportFailure f = assertThrows(ImportFailure.class, () -> Importer.run(file, tmp));
        assertEquals("thư mục content/32-kh-ubnd-2026/ đã có: văn bản 32/KH-UBND đã được nhập, không ghi đè lên nội dung"
                + " đang có", f.lines().get(0));
        assertTrue(f.lines().get(1).startsWith("cách sửa: nếu muốn nhập lại từ đầu, xóa (hoặc đổi tên) thư mục"));
        assertEquals(before, Files.readString(edited));
        try (var list = Files.list(tmp.resolve("content"))) {
            assertEquals(List.of("32-kh-ubnd-2026"), list.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void withoutNumberOrDateNothingIsWritten(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("x.txt");
        Files.writeString(file, "ỦY BAN NHÂN DÂN\nKẾ HOẠCH\nVỀ VIỆC THỬ\nI. MỤC ĐÍCH\n", StandardCharsets.UTF_8);
        ImportFailure f = assertThrows(ImportFailure.class, () -> Importer.run(file, tmp));
        assertTrue(f.getMessage().contains("không tìm thấy dòng số hiệu (\"Số: 32/KH-UBND\")"), f.getMessage());
        assertTrue(f.getMessage().contains("không tìm thấy dòng địa danh và ngày"), f.getMessage());
        assertFalse(Files.exists(tmp.resolve("content")));
    }

    @Test
    void textThatIsNotUtf8IsRefused(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("x.txt");
        Files.write(file, new byte[]{'S', (byte) 0xE9, '\n'});
        ImportFailure f = assertThrows(ImportFailure.class, () -> Importer.run(file, tmp));
        assertTrue(f.lines().get(0).contains("không phải văn bản mã UTF-8"), f.getMessage());
    }

    @Test
    void wordNumberFormats() {
        assertEquals("e", WordNumbering.format(5, "lowerLetter"));
        assertEquals("aa", WordNumbering.format(27, "lowerLetter"));
        assertEquals("XIV", WordNumbering.format(14, "upperRoman"));
        assertEquals("iv", WordNumbering.format(4, "lowerRoman"));
        assertEquals("07", WordNumbering.format(7, "decimalZero"));
    }
}
