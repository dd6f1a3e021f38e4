package vn.tdkt.workflow.signature;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import vn.tdkt.workflow.signature.SigningUnavailable.Reason;

/**
 * The one place our PAdES signatures get their parameters, so that the server's signature and the two-step one are
 * alike, and so that the data to sign computed in the first step is computed again, byte for byte, in the second:
 * DSS derives the PDF's signature dictionary and document id from the signing time, which is the only varying input.
 */
final class PadesSigning {

    static final DigestAlgorithm DIGEST = DigestAlgorithm.SHA256;

    static {
        DssCmsParsing.ensureInstalled();
    }

    private final PAdESService service;
    private final boolean timeStamped;

    PadesSigning(Optional<TSPSource> timeStamps) {
        this.service = new PAdESService(OfflineVerification.verifier(TrustedRoots.none()));
        timeStamps.ifPresent(service::setTspSource);
        this.timeStamped = timeStamps.isPresent();
    }

    boolean timeStamped() {
        return timeStamped;
    }

    ToBeSigned dataToSign(byte[] pdf, List<X509Certificate> chain, Instant signingTime, boolean withTimeStamp) {
        return service.getDataToSign(document(pdf), parameters(chain, signingTime, withTimeStamp));
    }

    byte[] sign(byte[] pdf, List<X509Certificate> chain, Instant signingTime, boolean withTimeStamp,
            SignatureValue value) {
        if (withTimeStamp && !timeStamped) {
            throw new SigningUnavailable(Reason.TIME_STAMP_FAILED, "no time-stamp authority is configured any more");
        }
        DSSDocument signed;
        try {
            signed = service.signDocument(document(pdf), parameters(chain, signingTime, withTimeStamp), value);
        } catch (RuntimeException e) {
            // The time-stamp authority is the only remote party; anything else failing here is the library's.
            throw new SigningUnavailable(withTimeStamp ? Reason.TIME_STAMP_FAILED : Reason.SIGNING_FAILED,
                    String.valueOf(e.getMessage()), e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
        try {
            signed.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static DSSDocument document(byte[] pdf) {
        if (!PdfHeader.present(pdf)) {
            throw new IllegalArgumentException("Not a PDF: it has no %PDF- header");
        }
        return new InMemoryDocument(pdf);
    }

    private static PAdESSignatureParameters parameters(List<X509Certificate> chain, Instant signingTime,
            boolean withTimeStamp) {
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(withTimeStamp ? SignatureLevel.PAdES_BASELINE_T : SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DIGEST);
        List<CertificateToken> tokens = chain.stream().map(CertificateToken::new).toList();
        parameters.setSigningCertificate(tokens.get(0));
        parameters.setCertificateChain(tokens);
        parameters.bLevel().setSigningDate(Date.from(signingTime));
        return parameters;
    }
}
