package vn.tdkt.workflow.signature;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.KSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs11SignatureToken;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import eu.europa.esig.dss.token.SignatureTokenConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore.PasswordProtection;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.tdkt.workflow.config.Settings;
import vn.tdkt.workflow.signature.SigningUnavailable.Reason;

/**
 * The organisation's signing key, on a PKCS#12 file or a PKCS#11 token/HSM, with its certificate chain. Opened once
 * and closed with the signer: a PKCS#11 session is costly to open and a token may count PIN entries.
 */
public final class OrganisationKey implements AutoCloseable {

    private final SignatureTokenConnection token;
    private final DSSPrivateKeyEntry entry;

    private OrganisationKey(SignatureTokenConnection token, DSSPrivateKeyEntry entry) {
        this.token = token;
        this.entry = entry;
    }

    /**
     * The key the settings name: the PKCS#12 file of {@code TDKT_SIGNING_KEYSTORE} if set, else the PKCS#11 token of
     * {@code TDKT_SIGNING_PKCS11_LIBRARY}.
     *
     * @throws SigningUnavailable NOT_CONFIGURED when neither is set, or why the key cannot be used
     */
    public static OrganisationKey fromSettings() {
        Optional<String> alias = Settings.signingKeyAlias();
        Optional<Path> keystore = Settings.signingKeystore();
        if (keystore.isPresent()) {
            char[] password = Settings.signingKeystorePassword().orElse("").toCharArray();
            return pkcs12(keystore.get(), password, alias);
        }
        Optional<Path> library = Settings.signingPkcs11Library();
        if (library.isPresent()) {
            char[] pin = Settings.signingPkcs11Pin().map(String::toCharArray).orElseThrow(
                    () -> new SigningUnavailable(Reason.NOT_CONFIGURED, "TDKT_SIGNING_PKCS11_PIN is not set"));
            return pkcs11(library.get(), Settings.signingPkcs11Slot(), pin, alias);
        }
        throw new SigningUnavailable(Reason.NOT_CONFIGURED,
                "neither TDKT_SIGNING_KEYSTORE nor TDKT_SIGNING_PKCS11_LIBRARY is set");
    }

    public static OrganisationKey pkcs12(Path file, char[] password, Optional<String> alias) {
        if (!Files.isReadable(file)) {
            throw new SigningUnavailable(Reason.KEYSTORE_UNREADABLE, "no readable keystore at " + file);
        }
        SignatureTokenConnection token;
        try {
            token = new Pkcs12SignatureToken(file.toFile(), new PasswordProtection(password));
        } catch (Exception e) {
            throw new SigningUnavailable(Reason.KEYSTORE_UNREADABLE, "the keystore " + file
                    + " cannot be opened (wrong password?): " + e.getMessage(), e);
        }
        return choose(token, alias, file.toString());
    }

    public static OrganisationKey pkcs11(Path library, int slot, char[] pin, Optional<String> alias) {
        if (!Files.isReadable(library)) {
            throw new SigningUnavailable(Reason.KEYSTORE_UNREADABLE, "no PKCS#11 library at " + library);
        }
        return choose(new Pkcs11SignatureToken(library.toString(), new PasswordProtection(pin), slot), alias,
                "PKCS#11 slot " + slot);
    }

    private static OrganisationKey choose(SignatureTokenConnection token, Optional<String> alias, String where) {
        try {
            List<DSSPrivateKeyEntry> keys;
            try {
                keys = token.getKeys();
            } catch (RuntimeException e) {
                throw new SigningUnavailable(Reason.KEYSTORE_UNREADABLE, where + " cannot be read: "
                        + e.getMessage(), e);
            }
            List<DSSPrivateKeyEntry> matching = alias.map(name -> keys.stream()
                    .filter(key -> key instanceof KSPrivateKeyEntry named && name.equals(named.getAlias()))
                    .toList()).orElse(keys);
            if (matching.size() != 1) {
                throw new SigningUnavailable(Reason.KEY_NOT_FOUND, matching.isEmpty()
                        ? "no key" + alias.map(name -> " with the alias " + name).orElse("") + " in " + where
                        : matching.size() + " keys in " + where + ": set TDKT_SIGNING_KEY_ALIAS");
            }
            return new OrganisationKey(token, matching.get(0));
        } catch (SigningUnavailable e) {
            token.close();
            throw e;
        }
    }

    public X509Certificate certificate() {
        return entry.getCertificate().getCertificate();
    }

    /** The signing certificate first, then its issuers as the keystore holds them. */
    public List<X509Certificate> chain() {
        CertificateToken[] chain = entry.getCertificateChain();
        if (chain == null || chain.length == 0) {
            return List.of(certificate());
        }
        return Arrays.stream(chain).map(CertificateToken::getCertificate).toList();
    }

    SignatureValue sign(ToBeSigned data, DigestAlgorithm digestAlgorithm) {
        try {
            return token.sign(data, digestAlgorithm, entry);
        } catch (RuntimeException e) {
            throw new SigningUnavailable(Reason.SIGNING_FAILED, "the key refused to sign: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        token.close();
    }
}
