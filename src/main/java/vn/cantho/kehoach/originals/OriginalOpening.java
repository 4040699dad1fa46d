package vn.cantho.kehoach.originals;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.cantho.kehoach.content.Problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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

    private OriginalOpening() {
    }

    /** Opens the file's bytes by its ending (".pdf", ".docx"; others are not opened); null after a problem. */
    static Opened open(String where, String ending, byte[] bytes, List<Problem> problems) {
        if (ending.equals(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                return new Opened(pdf.getNumberOfPages(), String.format(Locale.ROOT, "%.1f", pdf.getVersion()),
                        PdfSignatures.read(pdf, bytes));
            } catch (InvalidPasswordException e) {
                problems.add(Problem.ofFile(where, "tệp PDF có mật khẩu nên không mở được",
                        "đăng bản không đặt mật khẩu mở tệp, do văn thư cơ quan ban hành cung cấp"));
                return null;
            } catch (IOException | RuntimeException e) {
                problems.add(Problem.ofFile(where, "không đọc được tệp PDF (" + e.getMessage() + ")",
                        "tệp bị hỏng hoặc không phải PDF: chép lại bản gốc từ văn thư, rồi thử mở bằng trình đọc PDF"));
                return null;
            }
        }
        if (ending.equals(".docx")) {
            try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                word.getParagraphs();
            } catch (IOException | RuntimeException e) {
                problems.add(Problem.ofFile(where, "không mở được tệp Word (" + e.getMessage() + ")",
                        "tệp bị hỏng hoặc không phải .docx: mở bằng Word, lưu lại dạng .docx rồi chép lại"));
                return null;
            }
        }
        return new Opened(null, null, List.of());
    }
}
