package vn.tdkt.workflow.signature;

import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PAdES signing in two steps, for signers whose key is elsewhere (a remote signing service, a token driven by a
 * browser plugin that signs a hash): {@link #prepare} computes what to sign, the signer's service signs it, and
 * {@link #complete} puts the signature value into the PDF. Nothing is kept between the steps but the returned
 * {@link HashSigningState}.
 */
public final class HashSigning {

    private final PadesSigning signing;

    public HashSigning(Optional<TSPSource> timeStamps) {
        this.signing = new PadesSigning(timeStamps);
    }

    /** Hash signing with the time-stamp authority of the settings, if any. */
    public static HashSigning fromSettings() {
        return new HashSigning(TimeStampAuthority.fromSettings());
    }

    /**
     * The first step.
     *
     * @param signerChain the signer's certificate first, then its issuers (as far as known)
     * @param signingTime the time claimed in the signature; kept to the second so both steps compute the same data
     * @throws SigningUnavailable when the signer's certificate is not valid at {@code signingTime} or too weak
     * @throws IllegalArgumentException when {@code pdf} is not a PDF
     */
    public PreparedSignature prepare(byte[] pdf, List<X509Certificate> signerChain, Instant signingTime) {
        if (signerChain.isEmpty()) {
            throw new IllegalArgumentException("The signer's certificate is missing");
        }
        // PDF dates and CMS signing-time keep whole seconds; a state with more would not compute the same data again.
        Instant time = signingTime.truncatedTo(ChronoUnit.SECONDS);
        SigningCertificateCheck.ensureUsable(signerChain.get(0), time);
        ToBeSigned data = signing.dataToSign(pdf, signerChain, time, signing.timeStamped());
        List<byte[]> encoded = new ArrayList<>();
        for (X509Certificate certificate : signerChain) {
            try {
                encoded.add(certificate.getEncoded());
            } catch (CertificateException e) {
                throw new IllegalArgumentException("An unencodable certificate in the signer's chain", e);
            }
        }
        HashSigningState state = new HashSigningState(encoded, time, signing.timeStamped(), sha256(pdf));
        return new PreparedSignature(data.getBytes(), sha256(data.getBytes()), state);
    }

    /**
     * The second step: the PDF with the signature.
     *
     * @param pdf the same PDF as given to {@link #prepare}
     * @param signatureValue the signer's signature of {@link PreparedSignature#dataToSign()} (PKCS#1 v1.5 for RSA)
     * @throws IllegalArgumentException when the PDF is not the one prepared or the signature value does not verify
     *     with the signer's certificate over the data to sign (a wrong key or a signature of other data)
     * @throws SigningUnavailable when the time-stamp authority fails
     */
    public byte[] complete(byte[] pdf, HashSigningState state, byte[] signatureValue) {
        if (!state.prepared(sha256(pdf))) {
            throw new IllegalArgumentException("This is not the PDF the signature was prepared for");
        }
        List<X509Certificate> chain = decode(state.certificateChain());
        ToBeSigned data = signing.dataToSign(pdf, chain, state.signingTime(), state.timeStamped());
        SignatureAlgorithm algorithm = SignatureAlgorithm.getAlgorithm(
                EncryptionAlgorithm.forKey(chain.get(0).getPublicKey()), PadesSigning.DIGEST);
        // Checked here: DSS would embed a wrong value without complaint, and the signer would learn it only later.
        if (!verifies(algorithm, chain.get(0), data.getBytes(), signatureValue)) {
            throw new IllegalArgumentException(
                    "The signature value does not verify with the signer's certificate over the data to sign");
        }
        return signing.sign(pdf, chain, state.signingTime(), state.timeStamped(),
                new SignatureValue(algorithm, signatureValue));
    }

    private static boolean verifies(SignatureAlgorithm algorithm, X509Certificate certificate, byte[] data,
            byte[] value) {
        try {
            Signature verifier = Signature.getInstance(algorithm.getJCEId());
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(data);
            return verifier.verify(value);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static List<X509Certificate> decode(List<byte[]> encoded) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> chain = new ArrayList<>();
            for (byte[] der : encoded) {
                chain.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
            }
            return chain;
        } catch (CertificateException e) {
            throw new IllegalArgumentException("The state's certificates cannot be read", e);
        }
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
