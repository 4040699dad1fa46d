package vn.cantho.kehoach.appendices;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.output.PreviewServer;
import vn.cantho.kehoach.post.BakedPages;
import vn.cantho.kehoach.support.AppendixSite;
import vn.cantho.kehoach.support.Chromium;
import vn.cantho.kehoach.support.FirstVisit;
import vn.cantho.kehoach.support.OriginalFiles;
import vn.cantho.kehoach.support.PageChecks;
import vn.cantho.kehoach.support.OriginalFiles.Signer;
import vn.cantho.kehoach.support.TempSite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reader on a 320 px phone, with what real files bring: a cover whose original is signed twice by signers with
 * long Vietnamese names, one with a timestamp, under a long note; a task appendix of 300 rows in groups (I, II, ...)
 * with line breaks in cells, on one page. Valid HTML, no axe violation, no sideways scroll, the checksum selectable
 * as one piece of text, the appendix under the first-visit budget, a heading row readable as a card.
 */
class LongAppendixPhoneTest {
    static final int ROWS = 300;
    static final List<String> PAGES = List.of("/kh-1/", "/kh-1/phu-luc-1/");
    @TempDir
    static Path tmp;
    static Path www;
    static PreviewServer server;
    static ChromeDriver phone;

    @BeforeAll
    static void build() throws Exception {
        TempSite site = new TempSite(tmp.resolve("site"));
        AppendixSite.cover(site, "kh-1", """
                originals:
                  - file: ban-goc/ke-hoach-32-kh-ubnd-ban-dien-tu-co-chu-ky-so.pdf
                    kind: pdf-ky-so
                    note: "Bản điện tử có chữ ký số của Chủ tịch Ủy ban nhân dân thành phố và của Văn phòng Ủy ban nhân dân thành phố Cần Thơ, tải từ https://vanban.cantho.gov.vn/van-ban/ke-hoach-so-32-kh-ubnd-ngay-22-01-2026"
                appendices:
                  - id: phu-luc-1
                    title: "Phụ lục 1: Phân công nhiệm vụ (dữ liệu thử, 300 hàng)"
                    file: phu-luc-1.csv
                    kind: phan-cong
                """ + AppendixSite.TASKS_COLUMNS);
        byte[] pdf = OriginalFiles.sign(OriginalFiles.pdf("Ke hoach", 2), Signer.rsa(
                "CN=Nguyễn Thị Phương Thảo Ngọc Bích Trâm Anh, O=Ủy ban nhân dân thành phố Cần Thơ, C=VN"), "Ký ban hành văn bản");
        pdf = OriginalFiles.sign(pdf, Signer.ecdsaSha512("CN=Văn phòng Ủy ban nhân dân thành phố Cần Thơ (Văn thư cơ quan),"
                + " O=Ủy ban nhân dân thành phố Cần Thơ, C=VN").withTimestamp(), "Phát hành");
        AppendixSite.bytes(site, "kh-1/ban-goc/ke-hoach-32-kh-ubnd-ban-dien-tu-co-chu-ky-so.pdf", pdf);
        AppendixSite.bytes(site, "kh-1/phu-luc-1.csv", csv(ROWS).getBytes(StandardCharsets.UTF_8));
        www = tmp.resolve("www");
        new SiteBuild().run(Baker.Sources.of(site.root), www);
        server = new PreviewServer(www, 0);
        server.start();
        phone = Chromium.start(320, 640);
    }

    /** {@code rows} rows: a group heading every 50 rows, tasks of about 150 characters with a line break. */
    static String csv(int rows) {
        String[] groups = {"I", "II", "III", "IV", "V", "VI", "VII"};
        String[] leads = {"Sở Xây dựng", "Sở Tài chính", "Sở Nội vụ", "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ"};
        StringBuilder b = new StringBuilder("STT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời hạn,Sản phẩm\r\n");
        for (int i = 1; i <= rows; i++) {
            if (i % 50 == 1) {
                b.append(groups[i / 50]).append(",\"Nhóm nhiệm vụ thử số ").append(i / 50 + 1).append("\",,,,\r\n");
                continue;
            }
            b.append(i).append(",\"Triển khai nhiệm vụ thử số ").append(i).append(" về phát triển đô thị thông minh,")
                    .append(" chuyển đổi số trong quản lý nhà nước\nvà cung cấp dịch vụ công trực tuyến toàn trình\",")
                    .append(leads[i % leads.length]).append(",\"Các sở, ban, ngành; Ủy ban nhân dân các phường, xã\",Quý ")
                    .append(i % 4 + 1).append("/2026,Báo cáo kết quả thực hiện\r\n");
        }
        return b.toString();
    }

    @AfterAll
    static void stop() {
        Chromium.quit(phone);
        if (server != null) {
            server.close();
        }
    }

    static Path file(String url) {
        return PageChecks.file(www, url);
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) phone).executeScript(script, args);
    }

    static void open(String url) {
        phone.get("http://127.0.0.1:" + server.port() + url);
        new WebDriverWait(phone, Duration.ofSeconds(60)).until(d -> "complete".equals(js("return document.readyState")));
    }

    @Test
    void theRowsAreAllOnOnePageUnderTheFirstVisitBudget() {
        assertEquals(ROWS, BakedPages.parse(file("/kh-1/phu-luc-1/")).select("tbody tr").size());
        long bytes = FirstVisit.gzipBytes(www, file("/kh-1/phu-luc-1/"), BakedPages.parse(file("/kh-1/phu-luc-1/")));
        assertTrue(bytes < 60 * 1024, bytes + " bytes gzipped");
    }

    @Test
    void validHtmlNoAxeViolationAndNoSidewaysScrollAt320() throws Exception {
        List<String> problems = new ArrayList<>(PageChecks.nuErrors(www, PAGES));
        for (String url : PAGES) {
            String where = PageChecks.open(phone, server.port(), url);
            problems.addAll(PageChecks.axe(phone, where));
            problems.addAll(PageChecks.sidewaysScroll(phone, where, 320));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theCoverReportsBothSignaturesAndTheChecksumCopiesAsOnePiece() {
        open("/kh-1/");
        List<WebElement> signatures = phone.findElements(By.cssSelector(".original__signature"));
        assertEquals(2, signatures.size());
        assertTrue(signatures.get(1).getText().contains("theo dấu thời gian kèm chữ ký"), signatures.get(1).getText());
        WebElement code = phone.findElement(By.cssSelector(".original__checksum code"));
        assertTrue(code.getRect().getX() + code.getRect().getWidth() <= 320, "the checksum wraps inside the screen");
        // what a reader gets by selecting the checksum (double-click, or press and hold on a phone) and copying it
        String selected = (String) js("const r = document.createRange(); r.selectNodeContents(arguments[0]);"
                + " const s = getSelection(); s.removeAllRanges(); s.addRange(r); return s.toString();", code);
        assertTrue(selected.matches("[0-9a-f]{64}"), selected);
        assertEquals("auto", js("return getComputedStyle(arguments[0]).userSelect", code));
    }

    @Test
    void aGroupHeadingIsACardAndATaskCellKeepsItsLineBreak() {
        open("/kh-1/phu-luc-1/#dong-51");
        WebElement heading = phone.findElement(By.id("dong-51"));
        assertEquals("appendix-heading", heading.getAttribute("class"));
        // each shown cell on its own line, after its column's name; the empty cells of the heading are not shown
        assertEquals(List.of("\"Hàng: \"51", "\"STT: \"II", "\"Nhiệm vụ: \"Nhóm nhiệm vụ thử số 2"), js("""
                return [...arguments[0].children].filter(c => getComputedStyle(c).display === 'block')
                  .map(c => getComputedStyle(c, '::before').content + c.textContent);""", heading));
        assertEquals(3L, js("return new Set([...arguments[0].children].filter(c => getComputedStyle(c).display === 'block')"
                + ".map(c => c.getBoundingClientRect().top)).size", heading));
        String task = phone.findElement(By.cssSelector("#dong-52 td[data-label='Nhiệm vụ']")).getText();
        assertTrue(task.contains("nhà nước\nvà cung cấp"), task);
    }
}
