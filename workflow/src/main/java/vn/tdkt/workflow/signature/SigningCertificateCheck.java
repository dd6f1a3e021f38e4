package vn.tdkt.workflow.signature;

import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.time.Instant;
import vn.tdkt.workflow.signature.SigningUnavailable.Reason;

/**
 * What Thông tư 15/2025/TT-BKHCN asks of a certificate before anything is signed with it: valid at the signing
 * time, RSA of at least 2048 bits or EC of at least 256. Checked by us rather than left to the library, so that the
 * refusal names the rule and comes before any token is asked for a signature.
 */
final class SigningCertificateCheck {

    private static final int MIN_RSA_BITS = 2048;
    private static final int MIN_EC_BITS = 256;

    private SigningCertificateCheck() {
    }

    static void ensureUsable(X509Certificate certificate, Instant signingTime) {
        if (signingTime.isBefore(certificate.getNotBefore().toInstant())) {
            throw new SigningUnavailable(Reason.CERTIFICATE_NOT_YET_VALID, "the certificate of "
                    + certificate.getSubjectX500Principal().getName() + " is valid from " + certificate.getNotBefore()
                            .toInstant());
        }
        if (signingTime.isAfter(certificate.getNotAfter().toInstant())) {
            throw new SigningUnavailable(Reason.CERTIFICATE_EXPIRED, "the certificate of "
                    + certificate.getSubjectX500Principal().getName() + " expired at " + certificate.getNotAfter()
                            .toInstant());
        }
        if (certificate.getPublicKey() instanceof RSAKey rsa && rsa.getModulus().bitLength() < MIN_RSA_BITS) {
            throw new SigningUnavailable(Reason.WEAK_KEY, "RSA key of " + rsa.getModulus().bitLength() + " bits");
        }
        if (certificate.getPublicKey() instanceof ECKey ec && ec.getParams().getOrder().bitLength() < MIN_EC_BITS) {
            throw new SigningUnavailable(Reason.WEAK_KEY, "EC key of " + ec.getParams().getOrder().bitLength()
                    + " bits");
        }
    }
}
