package vn.cantho.kehoach.support;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.List;

/**
 * Official-looking files made by the tests themselves: PDFs (PDFBox), a PDF signed with a throwaway key and
 * certificate made here (BouncyCastle), a Word file and an Excel workbook (POI). Nothing is downloaded or real.
 */
public final class OriginalFiles {
    private OriginalFiles() {
    }

    /** An unsigned PDF of {@code pages} blank pages whose document title is {@code title} (ASCII). */
    public static byte[] pdf(String title, int pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            doc.getDocumentInformation().setTitle(title);
            doc.save(out, CompressParameters.NO_COMPRESSION); // plain objects: a test can find and change the title

            return out.toByteArray();
        }
    }

    /** The same PDF, signed once (CMS detached, SHA-256 with RSA) by a new key whose certificate names {@code signer}. */
    public static byte[] signedPdf(String title, int pages, String signer, String reason) throws Exception {
        return sign(pdf(title, pages), signer, reason);
    }

    /** Adds a signature to a PDF as an incremental update (so a second signature keeps the first one valid). */
    public static byte[] sign(byte[] pdf, String signer, String reason) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=" + signer + ", O=Thu nghiem, C=VN");
        Date from = new Date(System.currentTimeMillis() - 86_400_000L);
        Date to = new Date(System.currentTimeMillis() + 86_400_000L * 365);
        ContentSigner contentSigner = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
        X509CertificateHolder cert = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(System.nanoTime()), from, to,
                name, keys.getPublic()).build(contentSigner);
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(signer);
            signature.setReason(reason);
            signature.setSignDate(Calendar.getInstance());
            doc.addSignature(signature, content -> {
                try {
                    CMSSignedDataGenerator cms = new CMSSignedDataGenerator();
                    cms.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()), cert));
                    cms.addCertificate(cert);
                    return cms.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
                } catch (Exception e) {
                    throw new IOException(e);
                }
            });
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** A copy of {@code file} with the first occurrence of {@code from} replaced by {@code to} (same length, ASCII). */
    public static byte[] replace(byte[] file, String from, String to) {
        byte[] a = from.getBytes(StandardCharsets.US_ASCII);
        byte[] b = to.getBytes(StandardCharsets.US_ASCII);
        if (a.length != b.length) {
            throw new IllegalArgumentException("same length only");
        }
        for (int i = 0; i + a.length <= file.length; i++) {
            if (Arrays.equals(file, i, i + a.length, a, 0, a.length)) {
                byte[] copy = file.clone();
                System.arraycopy(b, 0, copy, i, b.length);
                return copy;
            }
        }
        throw new IllegalArgumentException("not found: " + from);
    }

    /** A Word (.docx) file with one paragraph per line. */
    public static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** An Excel (.xlsx) workbook whose first sheet holds {@code rows} as text cells. */
    public static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Phụ lục");
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
