package vn.cantho.kehoach.originals;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.content.InputLimits;
import vn.cantho.kehoach.post.BakedPages;
import vn.cantho.kehoach.support.OpenJsonSchema;
import vn.cantho.kehoach.support.OriginalFiles.Signer;
import vn.cantho.kehoach.support.OriginalFiles;
import vn.cantho.kehoach.support.Project;
import vn.cantho.kehoach.support.TempSite;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Originals as staff really bring them: files made by LibreOffice (another producer than the tests' PDFBox and
 * POI), a PDF signed twice, signatures with an ECDSA key and SHA-512, a Vietnamese subject, no signing time, a
 * timestamp; a PDF with permissions but no open password; a file past the 2 MB limit for Markdown; validation data
 * added after signing (PAdES LTV), a document timestamp, the older adbe.pkcs7.sha1 form. And what must stop the
 * build, each file named with what to do: truncated, with an open password, empty, an old .doc (renamed to .docx or
 * declared as Word), past the 50 MB limit, a name with capitals, spaces and accents, a change after signing (with
 * validation data, a turned page; in the sha1 form; under a document timestamp), a timestamp alone as "signed".
 */
class OriginalsFilesTest {
    static final String VIETNAMESE = "CN=Nguyễn Văn A, O=UBND thành phố Cần Thơ, C=VN";
    @TempDir
    static Path tmp;
    static Path www;
    static byte[] large;

    static byte[] resource(String name) throws Exception {
        return Files.readAllBytes(Project.root().resolve("src/test/resources/originals").resolve(name));
    }

    @BeforeAll
    static void build() throws Exception {
        byte[] lo = resource("libreoffice.pdf");
        large = OriginalFiles.largePdf(3 * 1024 * 1024);
        TempSite site = new TempSite(tmp.resolve("site"));
        OriginalsSiteTest.withCover(site, """
                originals:
                  - file: ban-goc/ky-hai-lan.pdf
                    kind: pdf-ky-so
                  - file: ban-goc/ecdsa.pdf
                    kind: pdf-ky-so
                  - file: ban-goc/khong-ghi-gio.pdf
                    kind: pdf-ky-so
                  - file: ban-goc/dau-thoi-gian.pdf
                    kind: pdf-ky-so
                  - file: ban-goc/ky-so-khai-la-pdf.pdf
                    kind: pdf
                  - file: ban-goc/libreoffice.docx
                    kind: word
                  - file: ban-goc/han-che-quyen.pdf
                    kind: pdf
                  - file: ban-goc/ban-quet-lon.pdf
                    kind: pdf
                  - file: ban-goc/ltv.pdf
                    kind: pdf-ky-so
                  - file: ban-goc/luu-tru-dai-han.pdf
                    kind: pdf-ky-so
                  - file: ban-goc/kieu-sha1.pdf
                    kind: pdf-ky-so
                """);
        OriginalsSiteTest.write(site, "kh-1/ban-goc/ky-hai-lan.pdf", OriginalFiles.sign(OriginalFiles.sign(lo,
                Signer.rsa(VIETNAMESE), "Ký duyệt"), Signer.rsa("CN=Văn phòng UBND thành phố Cần Thơ, C=VN"), "Phát hành"));
        OriginalsSiteTest.write(site, "kh-1/ban-goc/ecdsa.pdf", OriginalFiles.sign(lo, Signer.ecdsaSha512(VIETNAMESE), null));
        OriginalsSiteTest.write(site, "kh-1/ban-goc/khong-ghi-gio.pdf", OriginalFiles.sign(lo, Signer.rsa(VIETNAMESE).withoutSigningTime(), null));
        OriginalsSiteTest.write(site, "kh-1/ban-goc/dau-thoi-gian.pdf",
                OriginalFiles.sign(lo, Signer.rsa(VIETNAMESE).withoutSigningTime().withTimestamp(), null));
        OriginalsSiteTest.write(site, "kh-1/ban-goc/ky-so-khai-la-pdf.pdf", OriginalFiles.sign(lo, Signer.rsa(VIETNAMESE), null));
        OriginalsSiteTest.write(site, "kh-1/ban-goc/libreoffice.docx", resource("libreoffice.docx"));
        OriginalsSiteTest.write(site, "kh-1/ban-goc/han-che-quyen.pdf", OriginalFiles.protectedPdf(false));
        OriginalsSiteTest.write(site, "kh-1/ban-goc/ban-quet-lon.pdf", large);
        OriginalsSiteTest.write(site, "kh-1/ban-goc/ltv.pdf", OriginalFiles.withValidationData(
                OriginalFiles.sign(lo, Signer.rsa(VIETNAMESE), null), false));
        OriginalsSiteTest.write(site, "kh-1/ban-goc/kieu-sha1.pdf", OriginalFiles.sign(lo, Signer.rsa(VIETNAMESE).inSha1Form(), null));
        // PAdES long-term archive: signature, validation data, document timestamp, validation data again
        OriginalsSiteTest.write(site, "kh-1/ban-goc/luu-tru-dai-han.pdf", OriginalFiles.withValidationData(OriginalFiles.documentTimestamp(
                OriginalFiles.withValidationData(OriginalFiles.sign(lo, Signer.rsa(VIETNAMESE), null), false)), false));
        www = tmp.resolve("www");
        new SiteBuild().run(Baker.Sources.of(site.root), www);
    }

    static List<Element> items() {
        return BakedPages.parse(www.resolve("kh-1/index.html")).select("li.original");
    }

    static List<String> signatures(int item) {
        return items().get(item).select(".original__signature").eachText();
    }

    static JsonNode original(int item) throws Exception {
        return OriginalsSiteTest.JSON.readTree(Files.readString(www.resolve("kh-1/van-ban.json"))).get("originals").get(item);
    }

    @Test
    void theOpenJsonWithEveryCaseMatchesItsSchema() throws Exception {
        assertEquals(List.of(), OpenJsonSchema.violations(www.resolve("kh-1")));
    }

    @Test
    void anEarlierSignatureIsReportedAsCoveringAnEarlierRevision() throws Exception {
        assertEquals(List.of("Có chữ ký số của Nguyễn Văn A, ký lúc " + signatures(0).get(0).replaceAll(".*ký lúc (.*?) \\(.*", "$1")
                        + " (giờ Việt Nam) trên một phiên bản trước của tệp; sau chữ ký này tệp được ký tiếp. Lý do ký: Ký duyệt.",
                "Văn phòng UBND thành phố Cần Thơ"), List.of(signatures(0).get(0), signatures(0).get(1).replaceAll("^Có chữ ký số của (.*?), ký lúc.*", "$1")));
        assertTrue(signatures(0).get(1).endsWith("; tệp không bị sửa sau khi ký. Lý do ký: Phát hành."), signatures(0).get(1));
        JsonNode sigs = original(0).get("signatures");
        assertTrue(!sigs.get(0).get("coversWholeFile").asBoolean() && sigs.get(0).get("digestMatches").asBoolean());
        assertTrue(sigs.get(1).get("coversWholeFile").asBoolean() && sigs.get(1).get("digestMatches").asBoolean());
    }

    @Test
    void anEcdsaSha512SignatureVerifiesAndAVietnameseSubjectIsShownIntact() throws Exception {
        assertTrue(signatures(1).get(0).startsWith("Có chữ ký số của Nguyễn Văn A, ký lúc "), signatures(1).get(0));
        assertTrue(signatures(1).get(0).endsWith("; tệp không bị sửa sau khi ký."), signatures(1).get(0));
        String subject = original(1).get("signatures").get(0).get("subject").asString();
        assertTrue(subject.contains("CN=Nguyễn Văn A") && subject.contains("O=UBND thành phố Cần Thơ"), subject);
    }

    @Test
    void aSignatureWithoutTimeSaysNoTimeAndATimestampGivesItsTime() throws Exception {
        assertEquals(List.of("Có chữ ký số của Nguyễn Văn A; tệp không bị sửa sau khi ký."), signatures(2));
        assertFalse(original(2).get("signatures").get(0).has("signingTime"));
        assertEquals(List.of("Có chữ ký số của Nguyễn Văn A, ký lúc 15:04 ngày 22/01/2026 (giờ Việt Nam, theo dấu thời gian"
                + " kèm chữ ký); tệp không bị sửa sau khi ký."), signatures(3));
        JsonNode stamped = original(3).get("signatures").get(0);
        assertEquals("2026-01-22T08:04:00Z", stamped.get("signingTime").asString());
        assertTrue(stamped.get("timestamped").asBoolean());
        assertFalse(original(1).get("signatures").get(0).get("timestamped").asBoolean());
    }

    @Test
    void aSignedPdfDeclaredAsPlainPdfStillShowsItsSignature() {
        assertTrue(items().get(4).selectFirst(".original__facts").text().startsWith("PDF, 1 trang"));
        assertEquals(1, signatures(4).size());
    }

    @Test
    void otherProducersFilesWithPermissionsOnlyAndFilesPastTheMarkdownLimitArePublished() throws Exception {
        assertTrue(items().get(5).selectFirst(".original__facts").text().startsWith("Word, "), items().get(5).text());
        assertTrue(items().get(6).selectFirst(".original__facts").text().startsWith("PDF, 1 trang"), items().get(6).text());
        assertTrue(large.length > InputLimits.FILE_BYTES);
        assertArrayEquals(large, Files.readAllBytes(www.resolve("kh-1/ban-goc/ban-quet-lon.pdf")));
        assertTrue(items().get(7).selectFirst(".original__facts").text().endsWith(", 3,0 MB"), items().get(7).text());
    }

    @Test
    void validationDataAddedAfterTheLastSignatureIsNoChangeOfTheSignedContent() throws Exception {
        assertEquals(1, signatures(8).size());
        assertTrue(signatures(8).get(0).endsWith("; tệp không bị sửa sau khi ký (sau khi ký chỉ được thêm thông tin dùng để"
                + " kiểm tra chữ ký: chứng thư, trạng thái thu hồi)."), signatures(8).get(0));
        JsonNode sig = original(8).get("signatures").get(0);
        assertFalse(sig.get("coversWholeFile").asBoolean());
        assertTrue(sig.get("onlyValidationDataAfter").asBoolean() && sig.get("digestMatches").asBoolean());
        assertFalse(original(1).get("signatures").get(0).get("onlyValidationDataAfter").asBoolean());
    }

    @Test
    void aLongTermArchiveWithADocumentTimestampVerifies() throws Exception {
        List<String> texts = signatures(9);
        assertEquals(2, texts.size());
        assertTrue(texts.get(0).startsWith("Có chữ ký số của Nguyễn Văn A, ký lúc ") && texts.get(0).endsWith(
                " trên một phiên bản trước của tệp; sau chữ ký này tệp được ký tiếp."), texts.get(0));
        assertEquals("Có dấu thời gian của Dịch vụ cấp dấu thời gian thử, đóng lúc 15:04 ngày 22/01/2026 (giờ Việt Nam); tệp"
                + " không bị sửa sau đó (sau đó chỉ được thêm thông tin dùng để kiểm tra chữ ký: chứng thư, trạng thái thu hồi).",
                texts.get(1));
        JsonNode stamp = original(9).get("signatures").get(1);
        assertTrue(stamp.get("documentTimestamp").asBoolean() && stamp.get("digestMatches").asBoolean());
        assertEquals("2026-01-22T08:04:00Z", stamp.get("signingTime").asString());
    }

    @Test
    void aTimestampThatDoesNotStampTheSignatureGivesNoTimeAndATimestampAloneIsNoSignature() throws Exception {
        TempSite site = new TempSite(tmp.resolve("forged"));
        OriginalsSiteTest.withCover(site, "originals:\n  - file: ban-goc/gia.pdf\n    kind: pdf\n"
                + "  - file: ban-goc/chi-dau.pdf\n    kind: pdf-ky-so\n");
        OriginalsSiteTest.write(site, "kh-1/ban-goc/gia.pdf", OriginalFiles.sign(OriginalFiles.pdf("Ke hoach", 1),
                Signer.rsa(VIETNAMESE).withoutSigningTime().withForgedTimestamp(), null));
        OriginalsSiteTest.write(site, "kh-1/ban-goc/chi-dau.pdf", OriginalFiles.documentTimestamp(OriginalFiles.pdf("Ke hoach", 1)));
        BuildFailure f = assertThrows(BuildFailure.class, () -> new SiteBuild().run(Baker.Sources.of(site.root), tmp.resolve("w4")));
        assertEquals(1, f.problems().size(), f.getMessage());
        assertTrue(f.getMessage().contains("content/kh-1/ban-goc/chi-dau.pdf: tệp được khai báo 'kind: pdf-ky-so' nhưng không có"
                + " chữ ký số nào"), f.getMessage());
        Path cover = site.root.resolve("content/kh-1/index.md"); // declared as plain PDF, the stamped file passes
        Files.writeString(cover, Files.readString(cover).replace("chi-dau.pdf\n    kind: pdf-ky-so", "chi-dau.pdf\n    kind: pdf"));
        Path out = tmp.resolve("w5");
        new SiteBuild().run(Baker.Sources.of(site.root), out);
        assertEquals(List.of("Có chữ ký số của Nguyễn Văn A; tệp không bị sửa sau khi ký."),
                BakedPages.parse(out.resolve("kh-1/index.html")).select("li.original").get(0).select(".original__signature").eachText(),
                "a time the timestamp does not prove is not shown");
    }

    @Test
    void theOlderSha1FormVerifiesAndItsAlterationStopsTheBuild() throws Exception {
        assertTrue(signatures(10).get(0).startsWith("Có chữ ký số của Nguyễn Văn A, ký lúc ")
                && signatures(10).get(0).endsWith("; tệp không bị sửa sau khi ký."), signatures(10).get(0));
        TempSite site = new TempSite(tmp.resolve("sha1"));
        OriginalsSiteTest.withCover(site, "originals:\n  - file: ban-goc/sha1.pdf\n    kind: pdf-ky-so\n");
        byte[] signed = OriginalFiles.sign(OriginalFiles.pdf("Ke hoach thu", 1), Signer.rsa(VIETNAMESE).inSha1Form(), null);
        OriginalsSiteTest.write(site, "kh-1/ban-goc/sha1.pdf", OriginalFiles.replace(signed, "Ke hoach thu", "Ke hoach thX"));
        BuildFailure f = assertThrows(BuildFailure.class, () -> new SiteBuild().run(Baker.Sources.of(site.root), tmp.resolve("w6")));
        assertTrue(f.getMessage().contains("content/kh-1/ban-goc/sha1.pdf: chữ ký số thứ 1 (của Nguyễn Văn A) không hợp lệ: nội dung"
                + " tệp không khớp với mã băm đã ký: tệp đã bị sửa sau khi ký"), f.getMessage());
    }

    @Test
    void aDocumentTimestampOverAlteredBytesStopsTheBuild() throws Exception {
        TempSite site = new TempSite(tmp.resolve("stamp"));
        OriginalsSiteTest.withCover(site, "originals:\n  - file: ban-goc/dau.pdf\n    kind: pdf\n");
        byte[] stamped = OriginalFiles.documentTimestamp(OriginalFiles.pdf("Ke hoach thu", 1));
        OriginalsSiteTest.write(site, "kh-1/ban-goc/dau.pdf", OriginalFiles.replace(stamped, "Ke hoach thu", "Ke hoach thX"));
        BuildFailure f = assertThrows(BuildFailure.class, () -> new SiteBuild().run(Baker.Sources.of(site.root), tmp.resolve("w2")));
        assertTrue(f.getMessage().contains("content/kh-1/ban-goc/dau.pdf: chữ ký số thứ 1 (của Dịch vụ cấp dấu thời gian thử) không"
                + " hợp lệ: nội dung tệp không khớp với dấu thời gian: tệp đã bị sửa sau khi đóng dấu"), f.getMessage());
    }

    @Test
    void aFileKeptUnderTheNameTheOfficeGaveItIsToldItsNewName() throws Exception {
        TempSite site = new TempSite(tmp.resolve("renamed"));
        OriginalsSiteTest.withCover(site, "originals:\n  - file: ban-goc/ke-hoach-32-kh-ubnd.pdf\n    kind: pdf\n");
        OriginalsSiteTest.write(site, "kh-1/ban-goc/Kế hoạch 32 KH-UBND.PDF", resource("libreoffice.pdf"));
        String all = assertThrows(BuildFailure.class, () -> new SiteBuild().run(Baker.Sources.of(site.root), tmp.resolve("w3"))).getMessage();
        assertTrue(all.contains("content/kh-1/ban-goc/Kế hoạch 32 KH-UBND.PDF: tên tệp chưa đúng quy ước (chữ thường không dấu,"
                + " không khoảng trắng); trang bìa content/kh-1/index.md khai báo tệp này là 'ban-goc/ke-hoach-32-kh-ubnd.pdf'"), all);
        assertTrue(all.contains("cách sửa: đổi tên tệp thành 'ke-hoach-32-kh-ubnd.pdf'"), all);
    }

    @Test
    void brokenAndMisnamedFilesStopTheBuildEachNamedWithWhatToDo() throws Exception {
        byte[] lo = resource("libreoffice.pdf");
        TempSite site = new TempSite(tmp.resolve("bad"));
        OriginalsSiteTest.withCover(site, """
                originals:
                  - file: ban-goc/cat-cut.pdf
                    kind: pdf
                  - file: ban-goc/mat-khau.pdf
                    kind: pdf
                  - file: ban-goc/rong.pdf
                    kind: pdf
                  - file: ban-goc/word-cu.docx
                    kind: word
                  - file: ban-goc/word-cu.doc
                    kind: word
                  - file: ban-goc/qua-lon.pdf
                    kind: pdf
                  - file: ban-goc/Kế hoạch 32 KH-UBND.pdf
                    kind: pdf
                  - file: ban-goc/xoay-trang-sau-khi-ky.pdf
                    kind: pdf-ky-so
                """);
        OriginalsSiteTest.write(site, "kh-1/ban-goc/cat-cut.pdf", Arrays.copyOf(lo, lo.length - 30));
        OriginalsSiteTest.write(site, "kh-1/ban-goc/mat-khau.pdf", OriginalFiles.protectedPdf(true));
        OriginalsSiteTest.write(site, "kh-1/ban-goc/rong.pdf", new byte[0]);
        OriginalsSiteTest.write(site, "kh-1/ban-goc/word-cu.docx", resource("libreoffice.doc"));
        OriginalsSiteTest.write(site, "kh-1/ban-goc/word-cu.doc", resource("libreoffice.doc"));
        OriginalsSiteTest.write(site, "kh-1/ban-goc/Kế hoạch 32 KH-UBND.pdf", lo);
        OriginalsSiteTest.write(site, "kh-1/ban-goc/xoay-trang-sau-khi-ky.pdf", OriginalFiles.withValidationData(
                OriginalFiles.sign(lo, Signer.rsa(VIETNAMESE), null), true));
        Path huge = site.root.resolve("content/kh-1/ban-goc/qua-lon.pdf");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(InputLimits.ORIGINAL_BYTES + 1); // sparse: refused by its size, never read
        }
        BuildFailure f = assertThrows(BuildFailure.class, () -> new SiteBuild().run(Baker.Sources.of(site.root), tmp.resolve("w")));
        String all = f.getMessage();
        assertTrue(all.contains("content/kh-1/ban-goc/cat-cut.pdf: tệp PDF không có dấu kết thúc '%%EOF' ở cuối: tệp bị cắt cụt"), all);
        assertTrue(all.contains("content/kh-1/ban-goc/mat-khau.pdf: tệp PDF có mật khẩu nên không mở được"), all);
        assertTrue(all.contains("content/kh-1/ban-goc/rong.pdf: tệp bản gốc rỗng (0 byte)"), all);
        assertTrue(all.contains("content/kh-1/ban-goc/word-cu.docx: đây là tệp Word cũ (.doc) được đổi đuôi thành .docx"), all);
        assertTrue(all.contains("tệp 'ban-goc/word-cu.doc' không phải loại word (loại này nhận tệp .docx)"), all);
        assertTrue(all.contains("content/kh-1/ban-goc/qua-lon.pdf: tệp bản gốc quá lớn: 50,0 MB, vượt giới hạn 50,0 MB"), all);
        assertTrue(all.contains("tên tệp bản gốc 'ban-goc/Kế hoạch 32 KH-UBND.pdf'") && all.contains(
                "đổi tên tệp trong thư mục content/kh-1/ thành 'ban-goc/ke-hoach-32-kh-ubnd.pdf'"), all);
        assertTrue(all.contains("content/kh-1/ban-goc/xoay-trang-sau-khi-ky.pdf: chữ ký số thứ 1 (của Nguyễn Văn A) không hợp lệ:"
                + " chữ ký không bao trùm toàn bộ tệp"), "validation data and a turned page: a change " + all);
        assertEquals(8, f.problems().size(), all);
    }
}
