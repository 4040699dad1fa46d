package vn.cantho.kehoach.originals;

import java.util.List;

/**
 * One official file of a document, checked.
 *
 * @param file       path inside the document's folder, as listed ("ban-goc/32-kh-ubnd.pdf")
 * @param source     path inside content/ ("32-kh-ubnd-2026/ban-goc/32-kh-ubnd.pdf")
 * @param url        where it is published ("/32-kh-ubnd-2026/ban-goc/32-kh-ubnd.pdf")
 * @param kind       as listed
 * @param note       the optional note, or null
 * @param bytes      size in bytes
 * @param sha256     SHA-256 of the file, lowercase hex
 * @param pages      page count of a PDF, else null
 * @param pdfVersion "1.7" for a PDF, else null
 * @param signatures the PDF's digital signatures in file order (empty for other files)
 */
public record Original(String file, String source, String url, OriginalKind kind, String note, long bytes,
                       String sha256, Integer pages, String pdfVersion, List<SignatureReport> signatures) {

    /** The name readers download ("32-kh-ubnd.pdf"). */
    public String name() {
        return file.substring(file.lastIndexOf('/') + 1);
    }
}
