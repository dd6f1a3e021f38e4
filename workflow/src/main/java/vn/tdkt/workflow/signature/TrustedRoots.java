package vn.tdkt.workflow.signature;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.CertificateSource;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import vn.tdkt.workflow.config.Settings;

/**
 * The root certificates a signature's chain must reach to be reported trusted (the national root CAs of VGCA and of
 * the public CAs). None configured is a legitimate state: validation then reports trust as not checked rather than
 * failed, since the signature itself may well be sound.
 */
public final class TrustedRoots {

    private final List<X509Certificate> certificates;

    private TrustedRoots(List<X509Certificate> certificates) {
        this.certificates = List.copyOf(certificates);
    }

    public static TrustedRoots none() {
        return new TrustedRoots(List.of());
    }

    public static TrustedRoots of(Collection<X509Certificate> certificates) {
        return new TrustedRoots(new ArrayList<>(certificates));
    }

    /** The roots of {@code TDKT_TRUSTED_ROOTS}; none when unset. An unreadable file fails loudly: it is a mistake. */
    public static TrustedRoots fromSettings() {
        return Settings.trustedRoots()
                .map(file -> load(file, Settings.trustedRootsPassword().map(String::toCharArray)))
                .orElseGet(TrustedRoots::none);
    }

    /**
     * The certificates of a PEM (or DER) file, one or several, or of a PKCS#12 file when a password is given.
     *
     * @throws IllegalStateException when the file cannot be read or holds no certificate
     */
    public static TrustedRoots load(Path file, Optional<char[]> pkcs12Password) {
        try {
            byte[] content = Files.readAllBytes(file);
            List<X509Certificate> found = pkcs12Password.isPresent()
                    ? fromPkcs12(content, pkcs12Password.get())
                    : fromPem(content);
            if (found.isEmpty()) {
                throw new IllegalStateException("No certificate in the trusted roots file " + file);
            }
            return new TrustedRoots(found);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The trusted roots file " + file + " cannot be read: " + e.getMessage(),
                    e);
        }
    }

    private static List<X509Certificate> fromPem(byte[] content) throws CertificateException {
        List<X509Certificate> found = new ArrayList<>();
        for (Certificate certificate : CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(content))) {
            found.add((X509Certificate) certificate);
        }
        return found;
    }

    private static List<X509Certificate> fromPkcs12(byte[] content, char[] password)
            throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new ByteArrayInputStream(content)) {
            store.load(in, password);
        }
        List<X509Certificate> found = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.getCertificate(alias) instanceof X509Certificate certificate) {
                found.add(certificate);
            }
        }
        return found;
    }

    public boolean configured() {
        return !certificates.isEmpty();
    }

    public List<X509Certificate> certificates() {
        return certificates;
    }

    Optional<CertificateSource> certificateSource() {
        if (certificates.isEmpty()) {
            return Optional.empty();
        }
        CommonTrustedCertificateSource source = new CommonTrustedCertificateSource();
        certificates.forEach(certificate -> source.addCertificate(new CertificateToken(certificate)));
        return Optional.of(source);
    }
}
