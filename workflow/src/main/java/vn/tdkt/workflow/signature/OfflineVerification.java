package vn.tdkt.workflow.signature;

import eu.europa.esig.dss.alert.LogOnStatusAlert;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import org.slf4j.event.Level;

/**
 * The certificate verifier for signing and validating without the network: no CRL, OCSP or AIA fetching (a
 * validation must answer even when a CA's servers are out of reach, and must not let an uploaded file make the server
 * call addresses of its choosing). DSS's default alerts throw on missing revocation data and the like, which is the
 * normal state offline; they only log here, and the findings stay in the report.
 */
final class OfflineVerification {

    private OfflineVerification() {
    }

    static CommonCertificateVerifier verifier(TrustedRoots roots) {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setAIASource(null);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        roots.certificateSource().ifPresent(verifier::setTrustedCertSources);
        LogOnStatusAlert log = new LogOnStatusAlert(Level.INFO);
        verifier.setAlertOnInvalidSignature(log);
        verifier.setAlertOnInvalidTimestamp(log);
        verifier.setAlertOnMissingRevocationData(log);
        verifier.setAlertOnUncoveredPOE(log);
        verifier.setAlertOnRevokedCertificate(log);
        verifier.setAlertOnNoRevocationAfterBestSignatureTime(log);
        verifier.setAlertOnExpiredCertificate(log);
        verifier.setAlertOnNotYetValidCertificate(log);
        verifier.setAugmentationAlertOnHigherSignatureLevel(log);
        verifier.setAugmentationAlertOnSignatureWithoutCertificates(log);
        verifier.setAugmentationAlertOnSelfSignedCertificateChains(log);
        return verifier;
    }
}
