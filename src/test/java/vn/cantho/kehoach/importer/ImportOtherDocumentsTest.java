package vn.cantho.kehoach.importer;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.post.BakedPages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cantho.kehoach.importer.ImportThisPlanTest.field;

/** Plans other than 32/KH-UBND, as staff receive them: a portal copy, a decision, Word oddities, bad files. */
class ImportOtherDocumentsTest {
    /** A plan copied from a portal page: BOM, CRLF, no-break spaces, tabs, trailing spaces, heading as lines. */
    private static final String PORTAL_COPY = "\uFEFF" + String.join("\r\n",
            "ỦY BAN NHÂN DÂN  ", "THÀNH PHỐ CẦN THƠ", "-------", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM\t",
            "Độc lập - Tự do - Hạnh phúc", "---------------",
            "SỐ:\u00A015/KH-UBND                Cần Thơ, ngày 05 tháng 3 năm 2026", "",
            "KẾ HOẠCH", "Thực hiện Chương trình chuyển đổi số năm 2026", "trên địa bàn thành phố", "",
            "Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ;",
            "I.\tMỤC ĐÍCH, YÊU CẦU   ",
            "1.\u00A0Triển khai đồng bộ, hiệu quả các nhiệm vụ chuyển đổi số.",
            "II. NHIỆM VỤ", "1. Hoàn thiện thể chế, tập trung vào các nội dung sau:",
            "a)\u00A0Rà soát các quy định;", "đ) Đánh giá, xếp hạng;",
            "+ Báo cáo định kỳ hằng quý.", "* Ghi chú có dấu sao.", "# Dòng có dấu thăng.",
            "2026. Năm bản lề.", "1) Mục có ngoặc đơn.", "| Dòng dán từ bảng | không đủ ô.",
            "Nơi nhận:", "- Bộ Khoa học và Công nghệ;", "- Lưu: VT, KGVX.",
            "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Thực Hiện", "");

    @Test
    void aPortalCopyOfAnotherPlanIsReadWholeAndVerbatim(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("kh15.txt");
        Files.writeString(file, PORTAL_COPY, StandardCharsets.UTF_8);
        Importer.Result r = Importer.run(file, tmp);
        assertEquals("15-kh-ubnd-2026", r.folder());
        Path doc = tmp.resolve("content/15-kh-ubnd-2026");
        String cover = Files.readString(doc.resolve("index.md"));
        Map.of("header_agency", "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
                "header_motto", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
                "header_number", "SỐ: 15/KH-UBND", "so_hieu", "15/KH-UBND",
                "header_place_date", "Cần Thơ, ngày 05 tháng 3 năm 2026", "ngay_ban_hanh", "05/03/2026",
                "header_subject", "Thực hiện Chương trình chuyển đổi số năm 2026 trên địa bàn thành phố",
                "signature_authority", "KT. CHỦ TỊCH", "nguoi_ky", "Nguyễn Thực Hiện")
                .forEach((k, v) -> assertEquals(v, field(cover, k), k));
        assertTrue(cover.contains("noi_nhan:\n  - \"- Bộ Khoa học và Công nghệ;\"\n  - \"- Lưu: VT, KGVX.\"\n"), cover);
        assertTrue(r.report().contains("KHÔNG XẾP ĐƯỢC (0)"), r.report());
        assertTrue(r.report().contains("3 dòng có dấu cách không ngắt (NBSP, dán từ trang web) đã được đổi thành dấu cách"
                + " thường"), r.report());
        assertEquals("heading: \"I. MỤC ĐÍCH, YÊU CẦU\"", Files.readAllLines(doc.resolve("i/index.md")).get(7));
        assertTrue(Files.readString(doc.resolve("ii/index.md")).endsWith("""
                ---

                1\\. Hoàn thiện thể chế, tập trung vào các nội dung sau:

                a) Rà soát các quy định;

                đ) Đánh giá, xếp hạng;

                \\+ Báo cáo định kỳ hằng quý.

                \\* Ghi chú có dấu sao.

                \\# Dòng có dấu thăng.

                2026\\. Năm bản lề.

                1\\) Mục có ngoặc đơn.

                \\| Dòng dán từ bảng \\| không đủ ô.
                """), Files.readString(doc.resolve("ii/index.md")));
    }

    /** A decision: articles with their khoản, then the plan it issues after the signature. */
    @Test
    void aDecisionsArticlesArePagesAndItsAttachedPlanIsKeptAndBuilds(@TempDir Path tmp) throws IOException {
        Path root = ImportThisPlanTest.project(tmp.resolve("site"));
        Files.delete(root.resolve("permalinks.txt"));
        Path file = tmp.resolve("qd512.txt");
        Files.writeString(file, """
                ỦY BAN NHÂN DÂN
                THÀNH PHỐ CẦN THƠ
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 512/QĐ-UBND
                Cần Thơ, ngày 12 tháng 02 năm 2026
                QUYẾT ĐỊNH
                Ban hành Kế hoạch phát triển du lịch năm 2026
                CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ
                Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;
                QUYẾT ĐỊNH:
                Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển du lịch năm 2026.
                Điều 2. Tổ chức thực hiện
                1. Sở Văn hóa, Thể thao và Du lịch chủ trì.
                2. Sở Tài chính bố trí kinh phí.
                Điều 3. Hiệu lực thi hành
                1. Quyết định này có hiệu lực kể từ ngày ký.
                2. Chánh Văn phòng và các cơ quan chịu trách nhiệm thi hành./.
                Nơi nhận:
                - Như Điều 3;
                - Lưu: VT.
                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH
                Trần Văn Quyết
                ỦY BAN NHÂN DÂN
                THÀNH PHỐ CẦN THƠ
                KẾ HOẠCH
                Phát triển du lịch năm 2026
                I. MỤC ĐÍCH, YÊU CẦU
                1. Phát triển du lịch trở thành ngành kinh tế mũi nhọn.
                II. NHIỆM VỤ
                1. Quảng bá hình ảnh du lịch thành phố.
                """, StandardCharsets.UTF_8);
        Importer.Result r = Importer.run(file, root);
        Path doc = root.resolve("content/512-qd-ubnd-2026");
        String cover = Files.readString(doc.resolve("index.md"));
        assertEquals("Ban hành Kế hoạch phát triển du lịch năm 2026", field(cover, "header_subject"));
        assertTrue(cover.contains("signature_titles:\n  - \"PHÓ CHỦ TỊCH\"\nnoi_nhan:"), "nothing after the name: " + cover);
        assertTrue(Files.readString(doc.resolve("mo-dau/index.md")).endsWith("\n\nQUYẾT ĐỊNH:\n"));
        assertTrue(Files.readString(doc.resolve("dieu-2/index.md")).contains("""
                label: "Điều 2"
                title: "Tổ chức thực hiện"
                heading: "Điều 2. Tổ chức thực hiện"
                ---

                1\\. Sở Văn hóa, Thể thao và Du lịch chủ trì.
                """));
        assertTrue(Files.readString(doc.resolve("kem-theo/index.md")).endsWith("""
                ỦY BAN NHÂN DÂN

                THÀNH PHỐ CẦN THƠ

                KẾ HOẠCH

                Phát triển du lịch năm 2026
                """));
        assertTrue(Files.readString(doc.resolve("kem-theo/ii/index.md")).contains("parent: kem-theo\n"));
        assertTrue(r.report().contains("KHÔNG XẾP ĐƯỢC (0)"), r.report());
        assertTrue(r.report().contains("sau chữ ký có dòng tên loại \"KẾ HOẠCH\": văn bản kèm theo"), r.report());

        // Two articles each with a khoản 1 built as one page failed (duplicate id khoan-1); as pages they build.
        new SiteBuild().run(Baker.Sources.of(root), root.resolve("target/www"));
        var page = BakedPages.parse(root.resolve("target/www/512-qd-ubnd-2026/dieu-3/index.html"));
        assertEquals("1. Quyết định này có hiệu lực kể từ ngày ký.", page.getElementById("khoan-1").text());
        assertTrue(Files.exists(root.resolve("target/www/512-qd-ubnd-2026/kem-theo/i/index.html")));
        // machines see articles as articles, not as a plan's parts
        String akn = Files.readString(root.resolve("target/www/512-qd-ubnd-2026/van-ban.akn.xml"));
        assertTrue(akn.contains("eId=\"dieu-3\" name=\"dieu\""), akn);
        assertTrue(page.select("script[type=application/ld+json]").html().contains("\"legislationType\":\"Điều\""),
                page.select("script[type=application/ld+json]").html());
        var attachedPart = BakedPages.parse(root.resolve("target/www/512-qd-ubnd-2026/kem-theo/i/index.html"));
        assertTrue(attachedPart.select("script[type=application/ld+json]").html().contains("\"legislationType\":\"Phần kèm theo\""),
                attachedPart.select("script[type=application/ld+json]").html());
    }

    @Test
    void aHeadSigningWithoutTmOrKtIsTheSignatureNotARecipient(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("kh45.txt");
        Files.writeString(file, """
                SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
                Số: 45/KH-SVHTTDL
                Cần Thơ, ngày 9 tháng 1 năm 2026
                KẾ HOẠCH
                TỔ CHỨC CÁC HOẠT ĐỘNG MỪNG NĂM MỚI
                I. MỤC ĐÍCH
                Tổ chức vui tươi, tiết kiệm./.
                Nơi nhận:
                - Ban Giám đốc;
                - Lưu: VT.
                GIÁM ĐỐC
                Lê Văn Một
                """, StandardCharsets.UTF_8);
        Importer.Result r = Importer.run(file, tmp);
        assertEquals("45-kh-svhttdl-2026", r.folder());
        String cover = Files.readString(tmp.resolve("content/45-kh-svhttdl-2026/index.md"));
        assertEquals("GIÁM ĐỐC", field(cover, "signature_authority"));
        assertEquals("Lê Văn Một", field(cover, "nguoi_ky"));
        assertEquals("09/01/2026", field(cover, "ngay_ban_hanh"));
        assertTrue(cover.contains("noi_nhan:\n  - \"- Ban Giám đốc;\"\n  - \"- Lưu: VT.\"\n---"), cover);
    }

    /** Heading as paragraphs (no table), a soft line break, a hyperlink, a field, content controls. */
    @Test
    void wordContentControlsHyperlinksAndFieldsAreKept(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("kh7.docx");
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : List.of("ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")) {
                d.createParagraph().createRun().setText(line);
            }
            var motto = d.createParagraph().createRun();
            motto.addBreak();
            motto.setText("Độc lập - Tự do - Hạnh phúc", 0);
            d.createParagraph();
            for (String line : List.of("Số: 7/KH-UBND", "Cần Thơ, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH",
                    "THỬ CÁC PHẦN TỬ CỦA WORD", "I. MỤC ĐÍCH")) {
                d.createParagraph().createRun().setText(line);
            }
            XWPFParagraph link = d.createParagraph();
            link.createRun().setText("Xem tại ");
            link.createHyperlinkRun("https://vanban.cantho.gov.vn").setText("Cổng văn bản");
            link.createRun().setText(" thành phố.");
            XWPFParagraph withField = d.createParagraph();
            withField.createRun().setText("Trang ");
            CTSimpleField page = withField.getCTP().addNewFldSimple();
            page.setInstr("PAGE");
            page.addNewR().addNewT().setStringValue("3");
            CTSdtBlock control = d.getDocument().getBody().addNewSdt();
            control.addNewSdtPr();
            control.addNewSdtContent().addNewP().addNewR().addNewT().setStringValue("Đoạn trong ô nội dung.");
            for (String line : List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A")) {
                d.createParagraph().createRun().setText(line);
            }
            d.write(out);
        }
        Importer.Result r = Importer.run(file, tmp);
        Path doc = tmp.resolve("content/7-kh-ubnd-2026");
        String cover = Files.readString(doc.resolve("index.md"));
        assertEquals("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", field(cover, "header_agency"));
        assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc", field(cover, "header_motto"));
        assertTrue(Files.readString(doc.resolve("i/index.md")).endsWith(
                "---\n\nXem tại Cổng văn bản thành phố.\n\nTrang 3\n\nĐoạn trong ô nội dung.\n"));
        assertTrue(r.report().contains("KHÔNG XẾP ĐƯỢC (0)"), r.report());
    }

    @Test
    void aLineTheParserLosesStopsTheImport() {
        List<Block> input = List.of(new Block.Line("1. Đoạn giữ lại.", 1, false), new Block.Line("-----", 2, false),
                new Block.Line("Nơi nhận:", 3, false), new Block.Line("Đoạn bị mất.", 4, false));
        ImportedPlan plan = new ImportedPlan("1-kh-ubnd-2026", Map.of("so_hieu", "1/KH-UBND"), List.of(), List.of(),
                List.of(new ImportedPlan.ImportedSection("i", "I", "Mục I", "T", null, null,
                        List.of(MarkdownText.paragraph("1. Đoạn giữ lại.")))));
        ImportFailure f = assertThrows(ImportFailure.class, () -> NothingDropped.check("x.txt", input, plan));
        assertEquals(List.of("lỗi của lệnh nhập: 1 dòng của tệp không có chỗ trong văn bản sẽ tạo, nên chưa ghi gì:",
                "x.txt:4: \"Đoạn bị mất.\"",
                "cách sửa: báo người phụ trách kỹ thuật, gửi kèm tệp này; không tự chép tay phần còn lại"), f.lines());
        NothingDropped.check("x.txt", input.subList(0, 3), plan);
    }

    @Test
    void anOfficialLetterAndAnEmptyFileAreRefusedWithTheirReason(@TempDir Path tmp) throws IOException {
        Path letter = tmp.resolve("cv88.txt");
        Files.writeString(letter, """
                ỦY BAN NHÂN DÂN
                THÀNH PHỐ CẦN THƠ
                Số: 88/UBND-KT
                V/v triển khai chuyển đổi số năm 2026
                Cần Thơ, ngày 3 tháng 3 năm 2026
                Kính gửi: Các sở, ban, ngành thành phố.
                """, StandardCharsets.UTF_8);
        ImportFailure f = assertThrows(ImportFailure.class, () -> Importer.run(letter, tmp));
        assertTrue(f.lines().get(0).startsWith("văn bản này là công văn (có dòng trích yếu \"V/v triển khai"), f.getMessage());
        Path empty = Files.writeString(tmp.resolve("trong.txt"), "\uFEFF\r\n  \r\n");
        f = assertThrows(ImportFailure.class, () -> Importer.run(empty, tmp));
        assertEquals("tệp trong.txt không có chữ nào (tệp trống)", f.lines().get(0));
        assertFalse(Files.exists(tmp.resolve("content")));
    }
}
