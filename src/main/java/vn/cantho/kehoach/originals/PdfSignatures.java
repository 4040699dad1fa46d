package vn.cantho.kehoach.originals;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Reads every digital signature of a PDF and checks it the way a reader's software would, short of trusting
 * anyone: the signed byte range must be the whole file but the signature's own hex string (nothing added or
 * changed after signing), and the CMS signature must hold over those bytes (the SHA digest of the signed bytes
 * equals the signed message-digest attribute, and the signer's signature over the attributes verifies with the
 * certificate it carries; in the older adbe.pkcs7.sha1 form the signed content is the SHA-1 digest of those bytes).
 * The certificate chain (who issued the certificate, revocation) is NOT checked.
 */
public final class PdfSignatures {
    /** The CMS detached forms a PDF signature may take (ISO 32000, PAdES). */
    private static final Set<String> DETACHED = Set.of("adbe.pkcs7.detached", "ETSI.CAdES.detached");
    /** The older form: the CMS signs, as its content, the SHA-1 digest of the signed bytes (still made by some tools). */
    private static final String SHA1 = "adbe.pkcs7.sha1";
    /** A document timestamp: no signer, a timestamp authority stamps the file's bytes (PAdES long-term archives). */
    private static final String DOCUMENT_TIMESTAMP = "ETSI.RFC3161";
    private static final String NOT_WHOLE = "chữ ký không bao trùm toàn bộ tệp: tệp đã được thêm hoặc sửa nội dung sau khi ký";

    private PdfSignatures() {
    }

    /** The signatures of a parsed PDF whose bytes are {@code file}, in file order. */
    public static List<SignatureReport> read(PDDocument pdf, byte[] file) throws IOException {
        List<SignatureReport> out = new ArrayList<>();
        List<PDSignature> all = pdf.getSignatureDictionaries();
        for (int i = 0; i < all.size(); i++) {
            out.add(check(all.get(i), file, i == all.size() - 1 ? pdf : null));
        }
        return out;
    }

    /** @param last the whole document when this is its last signature (what follows may be validation data), else null */
    private static SignatureReport check(PDSignature sig, byte[] file, PDDocument last) throws IOException {
        int[] range = sig.getByteRange();
        boolean whole = coversWholeFile(range, file);
        String reason = blankToNull(sig.getReason());
        OffsetDateTime claimed = time(sig.getSignDate());
        String subFilter = sig.getSubFilter();
        if (range == null || range.length != 4) {
            return new SignatureReport(null, null, claimed, false, false, reason, false, false, false, "chữ ký không ghi vùng byte được ký (ByteRange)");
        }
        if (DOCUMENT_TIMESTAMP.equals(subFilter)) {
            return documentTimestamp(sig, file, last, whole);
        }
        boolean sha1 = SHA1.equals(subFilter);
        if (!DETACHED.contains(subFilter) && !sha1) {
            return new SignatureReport(null, null, claimed, false, false, reason, whole, false, false, "kiểu chữ ký '"
                    + subFilter + "' chưa được hỗ trợ (chỉ adbe.pkcs7.detached, adbe.pkcs7.sha1, ETSI.CAdES.detached và ETSI.RFC3161)");
        }
        try {
            byte[] signedBytes = sig.getSignedContent(file);
            CMSSignedData cms = sha1 ? new CMSSignedData(contentInfo(sig.getContents(file)))
                    : new CMSSignedData(new CMSProcessableByteArray(signedBytes), contentInfo(sig.getContents(file)));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return new SignatureReport(null, null, claimed, false, false, reason, whole, false, false, "chữ ký có " + signers.size()
                        + " người ký thay vì một");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certs = cms.getCertificates().getMatches(signer.getSID());
            if (certs.isEmpty()) {
                return new SignatureReport(null, null, claimed, false, false, reason, whole, false, false, "chữ ký không kèm chứng thư số của người ký");
            }
            X509CertificateHolder cert = certs.iterator().next();
            X500Name subject = cert.getSubject();
            String name = commonName(subject);
            OffsetDateTime stamped = timestamp(signer);
            OffsetDateTime signed = signedTime(signer);
            OffsetDateTime when = stamped != null ? stamped : signed != null ? signed : claimed;
            boolean ok;
            String problem = null;
            try {
                ok = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
                if (!ok) {
                    problem = "chữ ký của người ký không khớp với chứng thư số kèm theo";
                } else if (sha1 && !(cms.getSignedContent() != null && cms.getSignedContent().getContent() instanceof byte[] inside
                        && MessageDigest.isEqual(inside, MessageDigest.getInstance("SHA-1").digest(signedBytes)))) {
                    ok = false;
                    problem = "nội dung tệp không khớp với mã băm đã ký: tệp đã bị sửa sau khi ký";
                }
            } catch (CMSSignerDigestMismatchException e) {
                ok = false;
                problem = "nội dung tệp không khớp với mã băm đã ký: tệp đã bị sửa sau khi ký";
            }
            boolean validation = ok && !whole && last != null && ValidationData.onlyAfter(last, file, range[2] + range[3]);
            if (ok && !whole && !validation) {
                problem = NOT_WHOLE;
            }
            return new SignatureReport(name, subject.toString(), when, stamped != null, false, reason, whole, validation, ok, problem);
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | IllegalArgumentException e) {
            return new SignatureReport(null, null, claimed, false, false, reason, whole, false, false, "không đọc được chữ ký (" + e.getMessage() + ")");
        }
    }

    /**
     * A document timestamp (PAdES): an RFC 3161 token whose message imprint must be the digest of the signed bytes,
     * signed by the timestamp authority's certificate it carries. Reported with the authority as signer.
     */
    private static SignatureReport documentTimestamp(PDSignature sig, byte[] file, PDDocument last, boolean whole)
            throws IOException {
        try {
            TimeStampToken token = new TimeStampToken(contentInfo(sig.getContents(file)));
            X509CertificateHolder cert = authority(token);
            if (cert == null) {
                return new SignatureReport(null, null, null, true, true, null, whole, false, false,
                        "dấu thời gian không kèm chứng thư số của nơi cấp");
            }
            boolean ok = stamps(token, cert, sig.getSignedContent(file));
            int[] range = sig.getByteRange();
            boolean validation = ok && !whole && last != null && ValidationData.onlyAfter(last, file, range[2] + range[3]);
            String problem = !ok ? "nội dung tệp không khớp với dấu thời gian: tệp đã bị sửa sau khi đóng dấu"
                    : !whole && !validation ? NOT_WHOLE : null;
            return new SignatureReport(commonName(cert.getSubject()), cert.getSubject().toString(),
                    token.getTimeStampInfo().getGenTime().toInstant().atOffset(ZoneOffset.UTC), true, true,
                    null, whole, validation, ok, problem);
        } catch (TSPException | IllegalArgumentException e) {
            return new SignatureReport(null, null, null, true, true, null, whole, false, false,
                    "không đọc được dấu thời gian (" + e.getMessage() + ")");
        }
    }

    /** The certificate of the authority that signed the token, when the token carries it; else null. */
    private static X509CertificateHolder authority(TimeStampToken token) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> certs = token.getCertificates().getMatches(token.getSID());
        return certs.isEmpty() ? null : certs.iterator().next();
    }

    /** The token stamps these bytes (its imprint is their digest) and its signature holds with {@code cert}. */
    private static boolean stamps(TimeStampToken token, X509CertificateHolder cert, byte[] data) {
        try {
            TimeStampTokenInfo info = token.getTimeStampInfo();
            byte[] imprint = MessageDigest.getInstance(info.getMessageImprintAlgOID().getId()).digest(data);
            if (!MessageDigest.isEqual(imprint, info.getMessageImprintDigest())) {
                return false;
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            return true;
        } catch (TSPException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** The CMS structure at the start of the signature's bytes (the rest of /Contents is zero padding). */
    private static ContentInfo contentInfo(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            ASN1Primitive first = in.readObject();
            if (first == null) {
                throw new IOException("empty signature");
            }
            return ContentInfo.getInstance(first);
        }
    }

    /**
     * The range is [0, a, b, c] with b + c the file's length, and between a and b only the signature itself:
     * {@code <hex digits>}.
     */
    static boolean coversWholeFile(int[] range, byte[] file) {
        if (range == null || range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1]
                || (long) range[2] + range[3] != file.length) {
            return false;
        }
        if (file[range[1]] != '<' || file[range[2] - 1] != '>') {
            return false;
        }
        for (int i = range[1] + 1; i < range[2] - 1; i++) {
            if (Character.digit(file[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String commonName(X500Name subject) {
        RDN[] cn = subject.getRDNs(BCStyle.CN);
        if (cn.length > 0) {
            ASN1Encodable value = cn[0].getFirst().getValue();
            return value instanceof ASN1String s ? s.getString() : value.toString();
        }
        return subject.toString();
    }

    /**
     * The time of the signature's RFC 3161 timestamp (unsigned attribute, PAdES), when its token verifies with the
     * certificate it carries and stamps this very signature value; else null (an unverified time is not shown).
     */
    private static OffsetDateTime timestamp(SignerInformation signer) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute a = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (a == null || a.getAttrValues().size() != 1) {
            return null;
        }
        try {
            TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(a.getAttrValues().getObjectAt(0)));
            X509CertificateHolder cert = authority(token);
            return cert != null && stamps(token, cert, signer.getSignature())
                    ? token.getTimeStampInfo().getGenTime().toInstant().atOffset(ZoneOffset.UTC) : null;
        } catch (TSPException | IOException | RuntimeException e) {
            return null;
        }
    }

    private static OffsetDateTime signedTime(SignerInformation signer) {
        if (signer.getSignedAttributes() == null) {
            return null;
        }
        Attribute a = signer.getSignedAttributes().get(CMSAttributes.signingTime);
        if (a == null || a.getAttrValues().size() == 0) {
            return null;
        }
        try {
            return Time.getInstance(a.getAttrValues().getObjectAt(0)).getDate().toInstant().atOffset(ZoneOffset.UTC);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static OffsetDateTime time(Calendar c) {
        return c == null ? null : c.toInstant().atOffset(ZoneOffset.ofTotalSeconds(c.getTimeZone().getOffset(c.getTimeInMillis()) / 1000));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
