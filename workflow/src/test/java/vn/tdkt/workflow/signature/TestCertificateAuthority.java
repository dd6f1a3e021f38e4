package vn.tdkt.workflow.signature;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away certificate authority made in the test, in the image of the Vietnamese ones: a self-signed root
 * issuing RSA 2048 / SHA-256 certificates to signers (CN and O in UTF-8, Vietnamese diacritics and all) and to a
 * time-stamp authority. Self-contained (BouncyCastle's builders on the platform's JCA provider, no provider
 * registration), so that other modules' tests can copy it.
 */
public final class TestCertificateAuthority {

    /** A key with its certificate and the chain up to the root (the certificate first). */
    public record Issued(PrivateKey key, X509Certificate certificate, List<X509Certificate> chain) {
    }

    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";

    private final KeyPair rootKeys;
    private final X509Certificate root;
    private final AtomicLong serial = new AtomicLong(System.currentTimeMillis());

    private TestCertificateAuthority(String rootName) {
        try {
            rootKeys = newKeyPair();
            X500Name name = name(rootName, "Ban Cơ yếu Chính phủ (test)");
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, nextSerial(),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), name,
                    rootKeys.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(rootKeys.getPublic()));
            root = sign(builder, rootKeys.getPrivate());
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TestCertificateAuthority create(String rootName) {
        return new TestCertificateAuthority(rootName);
    }

    public X509Certificate root() {
        return root;
    }

    /** A signer valid from yesterday for a year. */
    public Issued issueSigner(String commonName, String organisation) {
        Instant now = Instant.now();
        return issueSigner(commonName, organisation, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
    }

    Issued issueSigner(String commonName, String organisation, Instant notBefore, Instant notAfter) {
        return issue(name(commonName, organisation), notBefore, notAfter, false);
    }

    /** A time-stamping certificate: RFC 3161 wants the critical extended key usage id-kp-timeStamping alone. */
    Issued issueTimeStamping(String commonName) {
        Instant now = Instant.now();
        return issue(name(commonName, "Ban Cơ yếu Chính phủ (test)"), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(365)), true);
    }

    private Issued issue(X500Name subject, Instant notBefore, Instant notAfter, boolean timeStamping) {
        try {
            KeyPair keys = newKeyPair();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(root, nextSerial(),
                    Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensions.createAuthorityKeyIdentifier(root));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(keys.getPublic()));
            if (timeStamping) {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                builder.addExtension(Extension.extendedKeyUsage, true,
                        new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            } else {
                builder.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            }
            X509Certificate certificate = sign(builder, rootKeys.getPrivate());
            return new Issued(keys.getPrivate(), certificate, List.of(certificate, root));
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key and its chain in a PKCS#12 file, as an organisation's keystore would be installed on the server. */
    static Path writePkcs12(Path directory, Issued issued, char[] password, String alias) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, issued.key(), password, issued.chain().toArray(X509Certificate[]::new));
        Path file = Files.createTempFile(directory, "signing-", ".p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
        return file;
    }

    /** The root as a PEM file, as the national root CA certificate is published. */
    Path writeRootPem(Path directory) throws Exception {
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(root.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        Path file = Files.createTempFile(directory, "roots-", ".pem");
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
        return file;
    }

    private static X500Name name(String commonName, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.CN, commonName).build();
    }

    private BigInteger nextSerial() {
        return BigInteger.valueOf(serial.incrementAndGet());
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(issuerKey)));
    }
}
