package vn.tdkt.workflow.signature;

import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Signs PDFs with the organisation's own key on the server: PAdES BASELINE-B, or BASELINE-T when a time-stamp
 * authority is configured. A PDF already signed by a person keeps that signature: ours is appended as an
 * incremental update covering it.
 */
public final class OrganisationSigner implements AutoCloseable {

    private final OrganisationKey key;
    private final PadesSigning signing;
    private final Clock clock;

    public OrganisationSigner(OrganisationKey key, Optional<TSPSource> timeStamps, Clock clock) {
        this.key = key;
        this.signing = new PadesSigning(timeStamps);
        this.clock = clock;
    }

    /**
     * The signer of the configured key and time-stamp authority.
     *
     * @throws SigningUnavailable when no key is configured or it cannot be opened
     */
    public static OrganisationSigner fromSettings() {
        return new OrganisationSigner(OrganisationKey.fromSettings(), TimeStampAuthority.fromSettings(),
                Clock.systemUTC());
    }

    /**
     * The PDF with the organisation's signature appended.
     *
     * @throws SigningUnavailable when the certificate is not valid now, the key is too weak or the token fails
     * @throws IllegalArgumentException when {@code pdf} is not a PDF
     */
    public byte[] sign(byte[] pdf) {
        Instant now = clock.instant();
        X509Certificate certificate = key.certificate();
        SigningCertificateCheck.ensureUsable(certificate, now);
        List<X509Certificate> chain = key.chain();
        ToBeSigned data = signing.dataToSign(pdf, chain, now, signing.timeStamped());
        SignatureValue value = key.sign(data, PadesSigning.DIGEST);
        return signing.sign(pdf, chain, now, signing.timeStamped(), value);
    }

    /** As {@link #sign(byte[])}, for a caller holding streams; the whole PDF is read, as signing needs it all. */
    public void sign(InputStream pdf, OutputStream signed) throws IOException {
        signed.write(sign(pdf.readAllBytes()));
    }

    @Override
    public void close() {
        key.close();
    }
}
