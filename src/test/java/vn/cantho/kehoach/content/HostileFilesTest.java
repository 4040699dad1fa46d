package vn.cantho.kehoach.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.importer.ImportFailure;
import vn.cantho.kehoach.importer.Importer;
import vn.cantho.kehoach.support.AppendixSite;
import vn.cantho.kehoach.support.LastGoodSite;
import vn.cantho.kehoach.support.OriginalFiles;
import vn.cantho.kehoach.support.TempSite;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile or careless files beyond the Markdown (tables in the text, originals, appendix data, the import command):
 * each is refused before any library reads it whole, naming the file with a Vietnamese message and its limit, and
 * the last good site stays in place. Inputs are bounded just past each limit; no time is asserted.
 */
class HostileFilesTest {
    @TempDir
    Path tmp;
    TempSite site;
    LastGoodSite good;

    @BeforeEach
    void goodBuildFirst() throws Exception {
        site = AppendixSite.write(tmp.resolve("src"));
        good = LastGoodSite.build(site, tmp.resolve("www"));
    }

    private Problem fails(String file, String what) throws Exception {
        return LastGoodSite.problem(good.fails(), file, what);
    }

    /** A file of {@code bytes} bytes that occupies no disk (sparse): refused by its size, never read. */
    private void sparse(String path, long bytes) throws Exception {
        Path p = site.root.resolve("content").resolve(path);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(bytes);
        }
    }

    /** A copy of an .xlsx or .docx whose part {@code name} is replaced by {@code inflated} spaces (compresses ~1000:1). */
    private static byte[] withPart(byte[] office, String name, int inflated) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(office));
             ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    byte[] spaces = new byte[1024 * 1024];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int written = 0; written < inflated; written += spaces.length) {
                        zip.write(spaces);
                    }
                } else {
                    in.transferTo(zip);
                }
            }
        }
        return bytes.toByteArray();
    }

    private String cellsRow(int cells) {
        return "|" + "x|".repeat(cells) + "\n";
    }

    @Test
    void aTableOfManyRowsIsRefusedBeforeFlexmarkReadsItQuadratically() throws Exception {
        // flexmark re-reads a block's lines for each line it adds: 20,000 rows took 20 s per parse
        site.section("iii", 9, null, "| a |\n| --- |\n" + cellsRow(1).repeat(InputLimits.BLOCK_LINES));
        Problem p = fails("content/kh-1/iii/index.md", "hơn " + InputLimits.BLOCK_LINES + " dòng liền nhau");
        assertEquals(9, p.line(), "the first line of the block");
        assertTrue(p.fix().contains("phụ lục"), p.fix());
    }

    @Test
    void aParagraphOfManyShortLinesIsRefusedToo() throws Exception {
        site.section("iii", 9, null, "a\n".repeat(InputLimits.BLOCK_LINES + 1));
        fails("content/kh-1/iii/index.md", "đoạn văn hoặc bảng quá dài");
    }

    @Test
    void tablesOfTooManyRowsInOneFileAreRefusedAtTheRowPastTheLimit() throws Exception {
        int perTable = InputLimits.BLOCK_LINES - 2;
        StringBuilder body = new StringBuilder();
        int tables = InputLimits.TABLE_ROWS / perTable + 1;
        for (int t = 0; t < tables; t++) {
            body.append("| a |\n| --- |\n").append(cellsRow(1).repeat(perTable - 2)).append('\n');
        }
        site.section("iii", 9, null, body.toString());
        Problem p = fails("content/kh-1/iii/index.md", "hơn " + InputLimits.TABLE_ROWS + " hàng trong các bảng");
        String[] lines = Files.readString(site.root.resolve("content/kh-1/iii/index.md")).split("\n", -1);
        assertTrue(lines[p.line() - 1].startsWith("|"), "the line named is a table row");
    }

    @Test
    void aGigabyteCsvIsRefusedByItsSizeBeforeBeingRead() throws Exception {
        sparse("kh-1/phu-luc/phu-luc-1.csv", 1L << 30);
        Problem p = fails("content/kh-1/phu-luc/phu-luc-1.csv", "tệp quá lớn: 1024,0 MB, vượt giới hạn 10,0 MB");
        assertTrue(p.fix().contains("chia thành nhiều phụ lục"), p.fix());
    }

    @Test
    void aCsvCellLongerThanAParagraphIsRefusedWithItsRow() throws Exception {
        AppendixSite.bytes(site, "kh-1/phu-luc/phu-luc-1.csv", (AppendixSite.CSV + "4,\"" + "x".repeat(InputLimits.PARAGRAPH_CHARS + 1)
                + "\",Sở Thử Nghiệm,,2026,Báo cáo\n").getBytes(StandardCharsets.UTF_8));
        fails("content/kh-1/phu-luc/phu-luc-1.csv", "dòng 5: ô thứ 2 có 20001 ký tự, vượt giới hạn");
    }

    @Test
    void aCsvPastTheRowLimitStopsAtTheFirstRowPastIt() throws Exception {
        StringBuilder csv = new StringBuilder(AppendixSite.CSV);
        for (int r = 4; r <= InputLimits.APPENDIX_ROWS + 50; r++) {
            csv.append(r).append(",Việc,Sở Thử Nghiệm,,2026,Báo cáo\n");
        }
        AppendixSite.bytes(site, "kh-1/phu-luc/phu-luc-1.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        // reading stops a few lines past the limit (title lines may stand above the header), not at the file's end
        fails("content/kh-1/phu-luc/phu-luc-1.csv", "dòng " + (InputLimits.APPENDIX_ROWS + 9) + ": phụ lục có hơn "
                + InputLimits.APPENDIX_ROWS + " hàng");
    }

    @Test
    void anUnclosedQuoteInACsvNamesTheRowItOpens() throws Exception {
        AppendixSite.bytes(site, "kh-1/phu-luc/phu-luc-1.csv", (AppendixSite.CSV + "4,\"Việc chưa đóng ngoặc,Sở,,2026,x\n"
                + "5,Việc,Sở,,2026,x\n".repeat(1000)).getBytes(StandardCharsets.UTF_8));
        fails("content/kh-1/phu-luc/phu-luc-1.csv", "dòng 5: dấu ngoặc kép mở chưa được đóng");
    }

    @Test
    void anXlsxZipBombIsRefusedAfterInflatingNoMoreThanTheLimit() throws Exception {
        byte[] xlsx = OriginalFiles.xlsx(List.of(List.of("STT", "Tên dự án", "Địa điểm")));
        byte[] bomb = withPart(xlsx, "xl/worksheets/sheet1.xml", (int) InputLimits.OFFICE_PART_BYTES + (1 << 20));
        assertTrue(bomb.length < 200_000, "small on disk: " + bomb.length);
        AppendixSite.bytes(site, "kh-1/phu-luc/phu-luc-2.xlsx", bomb);
        Problem p = fails("content/kh-1/phu-luc/phu-luc-2.xlsx", "phần 'xl/worksheets/sheet1.xml' bên trong tệp giải nén ra hơn 20,0 MB");
        assertTrue(p.what().contains("bom nén"), p.what());
    }

    @Test
    void anXlsxRowWiderThanTheColumnLimitIsRefused() throws Exception {
        List<String> wide = java.util.stream.IntStream.range(0, InputLimits.APPENDIX_COLUMNS + 50).mapToObj(i -> "x").toList();
        AppendixSite.bytes(site, "kh-1/phu-luc/phu-luc-2.xlsx", OriginalFiles.xlsx(List.of(List.of("STT", "Tên dự án", "Địa điểm"), wide)));
        fails("content/kh-1/phu-luc/phu-luc-2.xlsx", "có hơn " + InputLimits.APPENDIX_COLUMNS + " cột");
    }

    @Test
    void anOriginalPastItsSizeLimitIsRefusedBeforeBeingRead() throws Exception {
        sparse("kh-1/ban-goc/kh-1.pdf", InputLimits.ORIGINAL_BYTES + 1);
        fails("content/kh-1/ban-goc/kh-1.pdf", "vượt giới hạn 50,0 MB");
    }

    @Test
    void aTruncatedPdfIsRefusedThoughPdfBoxWouldRepairIt() throws Exception {
        byte[] pdf = Files.readAllBytes(site.root.resolve("content/kh-1/ban-goc/kh-1.pdf"));
        AppendixSite.bytes(site, "kh-1/ban-goc/kh-1.pdf", Arrays.copyOf(pdf, pdf.length * 3 / 4));
        fails("content/kh-1/ban-goc/kh-1.pdf", "bị cắt cụt");
    }

    @Test
    void aPdfClaimingBillionsOfPagesIsRefused() throws Exception {
        byte[] pdf = OriginalFiles.pdf("Ke hoach thu", 2);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("/Count 2"), "the page tree's count");
        AppendixSite.bytes(site, "kh-1/ban-goc/kh-1.pdf", text.replace("/Count 2", "/Count 2000000000").getBytes(StandardCharsets.ISO_8859_1));
        fails("content/kh-1/ban-goc/kh-1.pdf", "tệp PDF ghi có 2000000000 trang, vượt giới hạn");
    }

    @Test
    void aWordOriginalThatIsAZipBombIsRefused() throws Exception {
        AppendixSite.cover(site, "kh-2", "originals:\n  - file: kh-2.docx\n    kind: word\n");
        AppendixSite.bytes(site, "kh-2/kh-2.docx", withPart(OriginalFiles.docx("Đoạn."), "word/document.xml",
                (int) InputLimits.OFFICE_PART_BYTES + (1 << 20)));
        fails("content/kh-2/kh-2.docx", "phần 'word/document.xml' bên trong tệp giải nén ra hơn");
    }

    @Test
    void theImportCommandRefusesAZipBombAndAHugeTextNamingTheFile() throws Exception {
        Path root = tmp.resolve("import");
        Files.createDirectories(root.resolve("content"));
        Path bomb = tmp.resolve("ke-hoach.docx");
        Files.write(bomb, withPart(OriginalFiles.docx("Đoạn."), "word/document.xml", (int) InputLimits.OFFICE_PART_BYTES + (1 << 20)));
        ImportFailure f = assertThrows(ImportFailure.class, () -> Importer.run(bomb, root));
        assertTrue(f.lines().get(0).startsWith("ke-hoach.docx: phần 'word/document.xml'"), f.getMessage());
        Path huge = tmp.resolve("ke-hoach.txt");
        try (RandomAccessFile r = new RandomAccessFile(huge.toFile(), "rw")) {
            r.setLength(1L << 30);
        }
        f = assertThrows(ImportFailure.class, () -> Importer.run(huge, root));
        assertTrue(f.lines().get(0).startsWith("ke-hoach.txt: tệp quá lớn: 1024,0 MB"), f.getMessage());
        try (var written = Files.list(root.resolve("content"))) {
            assertFalse(written.findAny().isPresent(), "nothing written");
        }
    }
}
