package vn.cantho.kehoach.originals;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.post.BakedPages;
import vn.cantho.kehoach.support.OpenJsonSchema;
import vn.cantho.kehoach.support.OriginalFiles;
import vn.cantho.kehoach.support.TempSite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A throwaway site whose plan lists a signed PDF, an unsigned PDF and a Word original, all generated here: the
 * build publishes them with size, SHA-256, pages and the signature report; it refuses a signed file altered after
 * signing (one byte changed, or bytes appended), an unsigned file listed as signed, and unlisted, missing or
 * unreadable files, naming each, and leaves the last good site untouched.
 */
class OriginalsSiteTest {
    static final String ORIGINALS = """
            originals:
              - file: ban-goc/kh-1-ky-so.pdf
                kind: pdf-ky-so
                note: "Bản điện tử do văn thư phát hành"
              - file: ban-goc/kh-1-scan.pdf
                kind: pdf
              - file: ban-goc/kh-1.docx
                kind: word
            """;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path tmp;
    static byte[] signed;
    static byte[] scan;
    static byte[] word;
    static Path www;

    @BeforeAll
    static void build() throws Exception {
        signed = OriginalFiles.signedPdf("Ke hoach thu", 3, "Nguyễn Văn Hòa", "Ban hành văn bản");
        scan = OriginalFiles.pdf("Ban quet", 2);
        word = OriginalFiles.docx("KẾ HOẠCH", "Nội dung thử.");
        TempSite site = site(tmp.resolve("good"), ORIGINALS);
        www = tmp.resolve("www");
        new SiteBuild().run(Baker.Sources.of(site.root), www);
    }

    /** A site whose cover kh-1 has these extra front matter lines, with the three originals written. */
    static TempSite site(Path root, String coverYaml) throws Exception {
        TempSite site = new TempSite(root);
        withCover(site, coverYaml);
        write(site, "kh-1/ban-goc/kh-1-ky-so.pdf", signed);
        write(site, "kh-1/ban-goc/kh-1-scan.pdf", scan);
        write(site, "kh-1/ban-goc/kh-1.docx", word);
        return site;
    }

    static void withCover(TempSite site, String coverYaml) throws Exception {
        Path cover = site.root.resolve("content/kh-1/index.md");
        String text = Files.readString(cover);
        int end = text.lastIndexOf("---\n");
        Files.writeString(cover, text.substring(0, end) + coverYaml + "---\n");
    }

    static void write(TempSite site, String path, byte[] bytes) throws Exception {
        Path p = site.root.resolve("content").resolve(path);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    static BuildFailure failing(TempSite site) {
        return assertThrows(BuildFailure.class, () -> new SiteBuild().run(Baker.Sources.of(site.root), site.root.resolve("www")));
    }

    @Test
    void originalsAreCopiedByteForByte() throws Exception {
        assertArrayEquals(signed, Files.readAllBytes(www.resolve("kh-1/ban-goc/kh-1-ky-so.pdf")));
        assertArrayEquals(scan, Files.readAllBytes(www.resolve("kh-1/ban-goc/kh-1-scan.pdf")));
        assertArrayEquals(word, Files.readAllBytes(www.resolve("kh-1/ban-goc/kh-1.docx")));
    }

    @Test
    void theCoverOffersThemWithTheirFactsAndChecksums() throws Exception {
        Document cover = BakedPages.parse(www.resolve("kh-1/index.html"));
        Element block = cover.selectFirst("section.originals");
        assertEquals("Bản gốc", block.selectFirst("h2").text());
        List<Element> items = block.select("li.original");
        assertEquals(3, items.size());
        Element first = items.get(0);
        assertEquals("/kh-1/ban-goc/kh-1-ky-so.pdf", first.selectFirst("a[download]").attr("href"));
        assertEquals("Tải về kh-1-ky-so.pdf", first.selectFirst("a").text());
        assertTrue(first.selectFirst(".original__facts").text().startsWith("PDF có chữ ký số, 3 trang, định dạng PDF 1."),
                first.text());
        assertTrue(first.selectFirst(".original__facts").text().endsWith(" KB"), first.text());
        assertEquals("Bản điện tử do văn thư phát hành", first.selectFirst(".original__note").text());
        assertEquals("Mã kiểm tra SHA-256: " + sha256(signed), first.selectFirst(".original__checksum").text());
        assertEquals("Mã kiểm tra SHA-256: " + sha256(word), items.get(2).selectFirst(".original__checksum").text());
        assertTrue(items.get(1).selectFirst(".original__facts").text().startsWith("PDF, 2 trang"), items.get(1).text());
        assertTrue(items.get(2).selectFirst(".original__facts").text().startsWith("Word, "), items.get(2).text());
    }

    @Test
    void theSignatureIsReportedPlainlyAndHonestly() {
        Document cover = BakedPages.parse(www.resolve("kh-1/index.html"));
        List<Element> reports = cover.select(".original__signature");
        assertEquals(1, reports.size(), "only the signed file has a signature");
        String text = reports.get(0).text();
        assertTrue(text.matches("Có chữ ký số của Nguyễn Văn Hòa, ký lúc \\d\\d:\\d\\d ngày \\d\\d/\\d\\d/\\d{4} \\(giờ Việt Nam\\);"
                + " tệp không bị sửa sau khi ký\\. Lý do ký: Ban hành văn bản\\."), text);
        assertTrue(cover.selectFirst(".originals__honesty").text().contains("không kiểm tra chứng thư số"));
    }

    @Test
    void theOpenJsonListsThemAndMatchesItsSchema() throws Exception {
        JsonNode document = OpenJsonSchema.valid(www.resolve("kh-1"));
        JsonNode originals = document.get("originals");
        assertEquals(3, originals.size());
        JsonNode first = originals.get(0);
        assertEquals("/kh-1/ban-goc/kh-1-ky-so.pdf", first.get("url").asString());
        assertEquals("pdf-ky-so", first.get("kind").asString());
        assertEquals(signed.length, first.get("bytes").asLong());
        assertEquals(sha256(signed), first.get("sha256").asString());
        assertEquals(3, first.get("pages").asInt());
        JsonNode sig = first.get("signatures").get(0);
        assertEquals("Nguyễn Văn Hòa", sig.get("signer").asString());
        assertTrue(sig.get("subject").asString().contains("C=VN"));
        assertTrue(sig.get("coversWholeFile").asBoolean() && sig.get("digestMatches").asBoolean());
        assertFalse(sig.get("certificateChainChecked").asBoolean());
        assertEquals(0, originals.get(1).get("signatures").size());
        assertEquals("word", originals.get(2).get("kind").asString());
        assertFalse(document.get("metadata").has("originals"), "the list is not flattened into metadata");
    }

    @Test
    void aSignedFileChangedByOneByteAfterSigningStopsTheBuild() throws Exception {
        TempSite site = site(tmp.resolve("altered"), ORIGINALS);
        Path out = site.root.resolve("www");
        new SiteBuild().run(Baker.Sources.of(site.root), out);
        String before = Files.readString(out.resolve("kh-1/index.html"));
        write(site, "kh-1/ban-goc/kh-1-ky-so.pdf", OriginalFiles.replace(signed, "Ke hoach thu", "Ke hoach thX"));
        BuildFailure f = assertThrows(BuildFailure.class, () -> new SiteBuild().run(Baker.Sources.of(site.root), out));
        assertEquals(1, f.problems().size(), f.getMessage());
        Problem p = f.problems().get(0);
        assertEquals("content/kh-1/ban-goc/kh-1-ky-so.pdf", p.file());
        assertTrue(p.what().contains("Nguyễn Văn Hòa") && p.what().contains("tệp đã bị sửa sau khi ký"), p.what());
        assertTrue(p.fix().contains("văn thư"), p.fix());
        assertEquals(before, Files.readString(out.resolve("kh-1/index.html")), "the last good site stays published");
    }

    @Test
    void bytesAddedAfterTheSignatureStopTheBuild() throws Exception {
        TempSite site = site(tmp.resolve("appended"), ORIGINALS);
        byte[] more = (new String(signed, StandardCharsets.ISO_8859_1) + "\n% them sau khi ky\n").getBytes(StandardCharsets.ISO_8859_1);
        write(site, "kh-1/ban-goc/kh-1-ky-so.pdf", more);
        Problem p = failing(site).problems().get(0);
        assertTrue(p.what().contains("không bao trùm toàn bộ tệp"), p.what());
    }

    @Test
    void anUnsignedFileListedAsSignedStopsTheBuild() throws Exception {
        TempSite site = site(tmp.resolve("unsigned"), ORIGINALS);
        write(site, "kh-1/ban-goc/kh-1-ky-so.pdf", scan);
        Problem p = failing(site).problems().get(0);
        assertEquals("content/kh-1/ban-goc/kh-1-ky-so.pdf", p.file());
        assertTrue(p.what().contains("không có chữ ký số nào"), p.what());
    }

    @Test
    void aFileNoCoverListsIsRefusedByName() throws Exception {
        TempSite site = site(tmp.resolve("unlisted"), ORIGINALS);
        write(site, "kh-1/ban-goc/thua.pdf", scan);
        BuildFailure f = failing(site);
        assertEquals(1, f.problems().size(), f.getMessage());
        assertEquals("content/kh-1/ban-goc/thua.pdf", f.problems().get(0).file());
        assertTrue(f.problems().get(0).fix().contains("originals:"), f.getMessage());
    }

    @Test
    void missingUnreadableAndMisdeclaredFilesAreEachNamed() throws Exception {
        TempSite site = site(tmp.resolve("broken"), ORIGINALS.replace("kh-1-scan.pdf", "khong-co.pdf") + """
                  - file: ban-goc/hong.pdf
                    kind: pdf
                  - file: ban-goc/hong.docx
                    kind: word
                  - file: ban-goc/Ban Goc.PDF
                    kind: pdf
                  - file: ban-goc/kh-1.docx
                    kind: pdf-ky-so
                  - file: ban-goc/ghi-chu.pdf
                    kind: scan
                """);
        Files.delete(site.root.resolve("content/kh-1/ban-goc/kh-1-scan.pdf"));
        write(site, "kh-1/ban-goc/hong.pdf", "không phải PDF".getBytes(StandardCharsets.UTF_8));
        write(site, "kh-1/ban-goc/hong.docx", "không phải Word".getBytes(StandardCharsets.UTF_8));
        BuildFailure f = failing(site);
        String all = f.getMessage();
        assertTrue(all.contains("content/kh-1/index.md:") && all.contains("không có tệp content/kh-1/ban-goc/khong-co.pdf"), all);
        assertTrue(all.contains("content/kh-1/ban-goc/hong.pdf: không đọc được tệp PDF"), all);
        assertTrue(all.contains("content/kh-1/ban-goc/hong.docx: không mở được tệp Word"), all);
        assertTrue(all.contains("tên tệp bản gốc 'ban-goc/Ban Goc.PDF'"), all);
        assertTrue(all.contains("tệp 'ban-goc/kh-1.docx' không phải loại pdf-ky-so"), all);
        assertTrue(all.contains("kind 'scan' không tồn tại"), all);
        assertTrue(all.contains("tệp 'ban-goc/kh-1.docx' được khai báo hai lần"), all);
        assertTrue(all.contains("thành 'ban-goc/ban-goc.pdf'"), all);
        assertEquals(7, f.problems().size(), all);
    }
}
