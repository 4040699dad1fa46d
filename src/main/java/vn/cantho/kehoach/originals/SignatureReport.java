package vn.cantho.kehoach.originals;

import java.time.OffsetDateTime;

/**
 * One digital signature of a PDF, as read and checked by {@link PdfSignatures}.
 *
 * @param signer          the signer's common name (CN) from the certificate, else its whole subject
 * @param subject         the certificate's whole subject ("CN=..., O=..., C=VN")
 * @param signingTime     when it was signed: the time of its verified timestamp, else the CMS signing-time
 *                        attribute, else the PDF's /M entry; null when none
 * @param timestamped     the time comes from an RFC 3161 timestamp that verifies
 * @param documentTimestamp a document timestamp (ETSI.RFC3161): {@code signer} is the timestamp authority
 * @param reason          the reason written in the signature, or null
 * @param coversWholeFile the signed byte range is the whole file but the signature itself: nothing was added after
 * @param validationAfter what was added after it is only validation data for signatures ({@link ValidationData})
 * @param digestMatches   the signed bytes hash to the signed message digest and the signer's signature over it holds
 * @param problem         why it does not verify (Vietnamese), or null when it does
 */
public record SignatureReport(String signer, String subject, OffsetDateTime signingTime, boolean timestamped,
                              boolean documentTimestamp, String reason,
                              boolean coversWholeFile, boolean validationAfter, boolean digestMatches, String problem) {

    /** Verified, and the signed content has not been changed since. */
    public boolean intact() {
        return digestMatches && (coversWholeFile || validationAfter);
    }
}
