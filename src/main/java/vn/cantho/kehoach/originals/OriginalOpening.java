package vn.cantho.kehoach.originals;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.cantho.kehoach.content.InputLimits;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.io.OldOffice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Opens an original: a PDF with PDFBox (pages, version, its signatures read), a Word file with POI. Apart from
 * {@link OriginalsCheck} so that PDFBox, POI and BouncyCastle load only when a cover lists an original
 * (ColdStartTest).
 */
final class OriginalOpening {
    /** What opening told: pages and version of a PDF (null otherwise), its signatures. */
    record Opened(Integer pages, String version, List<SignatureReport> signatures) {
    }

    /** Pages of one original PDF (a plan with its appendices has tens). */
    static final int MAX_PAGES = 2_000;
    /** Signatures of one original PDF (a plan carries one or two). */
    static final int MAX_SIGNATURES = 20;

    private OriginalOpening() {
    }

    /**
     * Opens the file's bytes by its ending (".pdf", ".docx"; others are not opened); null after a problem. A PDF cut
     * short, past {@link #MAX_PAGES} or {@link #MAX_SIGNATURES}, or with a broken page tree is refused; so is a Word
     * file that inflates past {@link InputLimits#OFFICE_PART_BYTES} or is an old .doc renamed.
     */
    static Opened open(String where, String ending, byte[] bytes, List<Problem> problems) {
        if (ending.equals(".pdf")) {
            return pdf(where, bytes, problems);
        }
        if (ending.equals(".docx")) {
            Problem inflated = InputLimits.officeFile(where, bytes);
            if (inflated != null) {
                problems.add(inflated);
                return null;
            }
            if (OldOffice.is(bytes)) {
                problems.add(Problem.ofFile(where, "đây là tệp Word cũ (.doc) được đổi đuôi thành .docx",
                        "mở tệp bằng Word, chọn Tệp > Lưu thành > 'Tài liệu Word (.docx)', rồi chép tệp mới vào đây"));
                return null;
            }
            try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                word.getParagraphs();
            } catch (IOException | RuntimeException | StackOverflowError e) {
                problems.add(Problem.ofFile(where, "không mở được tệp Word (" + e + ")",
                        "tệp bị hỏng hoặc không phải .docx: mở bằng Word, lưu lại dạng .docx rồi chép lại"));
                return null;
            }
        }
        return new Opened(null, null, List.of());
    }

    private static Opened pdf(String where, byte[] bytes, List<Problem> problems) {
        if (startsLikeAPdf(bytes) && !endsLikeAPdf(bytes)) {
            problems.add(Problem.ofFile(where, "tệp PDF không có dấu kết thúc '%%EOF' ở cuối: tệp bị cắt cụt (tải về"
                    + " hoặc chép chưa xong)", "chép lại tệp đầy đủ từ văn thư, rồi thử mở bằng trình đọc PDF"));
            return null;
        }
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            String tree = pageTreeProblem(pdf, pages);
            if (tree != null) {
                problems.add(Problem.ofFile(where, tree, "tệp bị hỏng hoặc đã bị sửa: chép lại bản gốc từ văn thư"));
                return null;
            }
            int signed = pdf.getSignatureDictionaries().size();
            if (signed > MAX_SIGNATURES) { // each one hashes the whole file
                problems.add(Problem.ofFile(where, "tệp PDF có " + signed + " chữ ký số, vượt giới hạn " + MAX_SIGNATURES,
                        "một văn bản chỉ có vài chữ ký: chép lại bản gốc từ văn thư"));
                return null;
            }
            return new Opened(pages, String.format(Locale.ROOT, "%.1f", pdf.getVersion()), PdfSignatures.read(pdf, bytes));
        } catch (InvalidPasswordException e) {
            problems.add(Problem.ofFile(where, "tệp PDF có mật khẩu nên không mở được",
                    "đăng bản không đặt mật khẩu mở tệp, do văn thư cơ quan ban hành cung cấp"));
            return null;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            problems.add(Problem.ofFile(where, "không đọc được tệp PDF (" + e + ")",
                    "tệp bị hỏng hoặc không phải PDF: chép lại bản gốc từ văn thư, rồi thử mở bằng trình đọc PDF"));
            return null;
        }
    }

    /**
     * A complete PDF ends with "%%EOF" (readers tolerate a little after it: line ends, a few bytes of padding); a file
     * cut short does not, yet PDFBox may still open it by rebuilding its table of objects.
     */
    private static boolean startsLikeAPdf(byte[] bytes) {
        return new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1).contains("%PDF-");
    }

    private static boolean endsLikeAPdf(byte[] bytes) {
        int from = Math.max(0, bytes.length - 1024);
        return new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    /**
     * What is wrong with the page tree, or null: past {@link #MAX_PAGES}, or a count that is not the pages the tree
     * holds (a loop in the tree, a forged /Count). Walks at most {@link #MAX_PAGES} pages.
     */
    private static String pageTreeProblem(PDDocument pdf, int declared) {
        if (declared > MAX_PAGES) {
            return "tệp PDF ghi có " + declared + " trang, vượt giới hạn " + MAX_PAGES + " trang";
        }
        int walked = 0;
        for (var ignored : pdf.getPages()) {
            if (++walked > declared) {
                break;
            }
        }
        return walked == declared ? null : "cây trang của tệp PDF hỏng: tệp ghi " + declared + " trang nhưng có "
                + (walked > declared ? "nhiều hơn" : walked) + " trang";
    }
}
