package vn.cantho.kehoach.support;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.util.CollectionStore;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
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
import java.util.Hashtable;
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

    /**
     * A one-page PDF protected with an owner password; with {@code openPassword} also a password to open it (a
     * reader cannot open it without asking), else only its permissions are restricted (anyone can open it).
     */
    public static byte[] protectedPdf(boolean openPassword) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            AccessPermission none = new AccessPermission();
            none.setCanModify(false);
            doc.protect(new StandardProtectionPolicy("chu-so-huu", openPassword ? "mo-tep" : "", none));
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A valid one-page PDF of at least {@code bytes} bytes (its page's content stream is mostly a long comment). */
    public static byte[] largePdf(int bytes) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(bytes + 4096)) {
            PDPage page = new PDPage();
            doc.addPage(page);
            byte[] filler = ("% " + "0123456789".repeat(9) + "\n").repeat(bytes / 93 + 1).getBytes(StandardCharsets.US_ASCII);
            page.setContents(new PDStream(doc, new java.io.ByteArrayInputStream(filler)));
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    /** The same PDF, signed once (CMS detached, SHA-256 with RSA) by a new key whose certificate names {@code signer}. */
    public static byte[] signedPdf(String title, int pages, String signer, String reason) throws Exception {
        return sign(pdf(title, pages), signer, reason);
    }

    /** Adds a signature to a PDF as an incremental update (so a second signature keeps the first one valid). */
    public static byte[] sign(byte[] pdf, String signer, String reason) throws Exception {
        return sign(pdf, Signer.rsa("CN=" + signer + ", O=Thu nghiem, C=VN"), reason);
    }

    /**
     * How a test signs: key and signature algorithm, the certificate's subject (UTF-8 strings, so Vietnamese names
     * stay intact), whether the signing time is written (CMS attribute and the PDF's /M), and whether an RFC 3161
     * timestamp from a throwaway timestamp authority is added to the signature.
     */
    public record Signer(String subject, String keyAlgorithm, int keySize, String algorithm, boolean signingTime,
                         boolean timestamp, boolean forgedTimestamp, boolean sha1Form) {
        public static Signer rsa(String subject) {
            return new Signer(subject, "RSA", 2048, "SHA256withRSA", true, false, false, false);
        }

        public static Signer ecdsaSha512(String subject) {
            return new Signer(subject, "EC", 384, "SHA512withECDSA", true, false, false, false);
        }

        public Signer withoutSigningTime() {
            return new Signer(subject, keyAlgorithm, keySize, algorithm, false, timestamp, forgedTimestamp, sha1Form);
        }

        public Signer withTimestamp() {
            return new Signer(subject, keyAlgorithm, keySize, algorithm, signingTime, true, false, sha1Form);
        }

        /** A timestamp token made over other bytes than this signature (it proves no time for it). */
        public Signer withForgedTimestamp() {
            return new Signer(subject, keyAlgorithm, keySize, algorithm, signingTime, true, true, sha1Form);
        }

        /** The older adbe.pkcs7.sha1 form: the CMS carries and signs the SHA-1 digest of the signed bytes. */
        public Signer inSha1Form() {
            return new Signer(subject, keyAlgorithm, keySize, algorithm, signingTime, timestamp, forgedTimestamp, true);
        }
    }

    /** Adds a signature made as {@code how} says, as an incremental update. */
    public static byte[] sign(byte[] pdf, Signer how, String reason) throws Exception {
        KeyPair keys = keys(how.keyAlgorithm(), how.keySize());
        X500Name name = new X500Name(how.subject()); // BCStyle: UTF8String values
        X509CertificateHolder cert = certificate(name, keys, how.algorithm(), null);
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(how.sha1Form() ? PDSignature.SUBFILTER_ADBE_PKCS7_SHA1 : PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setReason(reason);
            if (how.signingTime()) {
                signature.setSignDate(Calendar.getInstance());
            }
            doc.addSignature(signature, content -> {
                try {
                    JcaSignerInfoGeneratorBuilder info = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build());
                    if (!how.signingTime()) {
                        // only content type and message digest: no signing-time attribute
                        info.setSignedAttributeGenerator(params -> {
                            Hashtable<ASN1ObjectIdentifier, Attribute> t = new Hashtable<>();
                            t.put(CMSAttributes.contentType, new Attribute(CMSAttributes.contentType,
                                    new DERSet((ASN1ObjectIdentifier) params.get(CMSAttributeTableGenerator.CONTENT_TYPE))));
                            t.put(CMSAttributes.messageDigest, new Attribute(CMSAttributes.messageDigest,
                                    new DERSet(new DEROctetString((byte[]) params.get(CMSAttributeTableGenerator.DIGEST)))));
                            return new AttributeTable(t);
                        });
                    }
                    CMSSignedDataGenerator cms = new CMSSignedDataGenerator();
                    cms.addSignerInfoGenerator(info.build(new JcaContentSignerBuilder(how.algorithm()).build(keys.getPrivate()), cert));
                    cms.addCertificate(cert);
                    byte[] bytes = content.readAllBytes();
                    CMSSignedData signed = how.sha1Form()
                            ? cms.generate(new CMSProcessableByteArray(java.security.MessageDigest.getInstance("SHA-1").digest(bytes)), true)
                            : cms.generate(new CMSProcessableByteArray(bytes), false);
                    return (how.timestamp() ? timestamped(signed, how.forgedTimestamp()) : signed).getEncoded();
                } catch (Exception e) {
                    throw new IOException(e);
                }
            });
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /**
     * The signed PDF with an incremental update that adds validation data as signing software does for long-term
     * validation (a /DSS dictionary with a certificate), and with {@code alsoRotatePage} also turns its first page.
     */
    public static byte[] withValidationData(byte[] signed, boolean alsoRotatePage) throws IOException {
        try (PDDocument doc = Loader.loadPDF(signed); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            COSStream cert = doc.getDocument().createCOSStream();
            try (java.io.OutputStream w = cert.createRawOutputStream()) {
                w.write("certificate bytes of the signer (test)".getBytes(StandardCharsets.US_ASCII));
            }
            COSArray certs = new COSArray();
            certs.add(cert);
            COSDictionary dss = new COSDictionary();
            dss.setItem(COSName.getPDFName("Certs"), certs);
            COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
            catalog.setItem(COSName.getPDFName("DSS"), dss);
            catalog.setNeedToBeUpdated(true);
            dss.setNeedToBeUpdated(true);
            certs.setNeedToBeUpdated(true);
            if (alsoRotatePage) {
                doc.getPage(0).setRotation(90);
                doc.getPage(0).getCOSObject().setNeedToBeUpdated(true);
            }
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** The time a throwaway timestamp authority puts on the tokens it makes. */
    public static final Date TIMESTAMP_TIME = new Date(1769069040000L); // 2026-01-22T08:04:00Z, 15:04 in Vietnam

    /** The signature with an RFC 3161 timestamp over its signature value, as an unsigned attribute (PAdES). */
    private static CMSSignedData timestamped(CMSSignedData signed, boolean forged) throws Exception {
        SignerInformation si = signed.getSignerInfos().getSigners().iterator().next();
        byte[] stamped = forged ? "other bytes".getBytes(StandardCharsets.US_ASCII) : si.getSignature();
        Attribute attr = new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(ASN1Primitive.fromByteArray(timestampToken(stamped).getEncoded())));
        SignerInformation withToken = SignerInformation.replaceUnsignedAttributes(si, new AttributeTable(attr));
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(withToken));
    }

    /** A token of a throwaway timestamp authority over {@code data}, at {@link #TIMESTAMP_TIME}, with its certificate. */
    private static TimeStampToken timestampToken(byte[] data) throws Exception {
        KeyPair tsaKeys = keys("RSA", 2048);
        X509CertificateHolder tsaCert = certificate(new X500Name("CN=Dịch vụ cấp dấu thời gian thử, C=VN"), tsaKeys,
                "SHA256withRSA", new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        TimeStampTokenGenerator tsa = new TimeStampTokenGenerator(new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().build()).build(new JcaContentSignerBuilder("SHA256withRSA")
                .build(tsaKeys.getPrivate()), tsaCert), new JcaDigestCalculatorProviderBuilder().build()
                .get(new DefaultDigestAlgorithmIdentifierFinder().find("SHA-256")), new ASN1ObjectIdentifier("1.2.3.4"));
        tsa.addCertificates(new CollectionStore<>(List.of(tsaCert)));
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        requests.setCertReq(true); // the token carries the authority's certificate, as signing tools ask
        TimeStampRequest request = requests.generate(TSPAlgorithms.SHA256,
                java.security.MessageDigest.getInstance("SHA-256").digest(data));
        return tsa.generate(request, BigInteger.ONE, TIMESTAMP_TIME);
    }

    /** The PDF with a document timestamp (subfilter ETSI.RFC3161) added as an incremental update. */
    public static byte[] documentTimestamp(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature stamp = new PDSignature();
            stamp.setType(COSName.getPDFName("DocTimeStamp"));
            stamp.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            stamp.setSubFilter(COSName.getPDFName("ETSI.RFC3161"));
            doc.addSignature(stamp, content -> {
                try {
                    return timestampToken(content.readAllBytes()).getEncoded();
                } catch (Exception e) {
                    throw new IOException(e);
                }
            });
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    private static KeyPair keys(String algorithm, int size) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
        generator.initialize(size);
        return generator.generateKeyPair();
    }

    private static X509CertificateHolder certificate(X500Name name, KeyPair keys, String algorithm, ExtendedKeyUsage usage)
            throws Exception {
        Date from = new Date(System.currentTimeMillis() - 86_400_000L * 3650);
        Date to = new Date(System.currentTimeMillis() + 86_400_000L * 365);
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(System.nanoTime()), from, to,
                name, keys.getPublic());
        if (usage != null) {
            b.addExtension(Extension.extendedKeyUsage, true, usage);
        }
        return b.build(new JcaContentSignerBuilder(algorithm).build(keys.getPrivate()));
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
