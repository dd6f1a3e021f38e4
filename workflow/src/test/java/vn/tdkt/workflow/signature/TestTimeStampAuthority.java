package vn.tdkt.workflow.signature;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 time-stamp authority in the test (BouncyCastle's token generator with a key of the test CA), usable as
 * DSS's {@link TSPSource} by the organisation signer and directly by the emulated local signing service. Counts the
 * stamps it issued, so a test can tell whether it was asked.
 */
public final class TestTimeStampAuthority implements TSPSource {

    private static final long serialVersionUID = 1L;
    private static final ASN1ObjectIdentifier TEST_POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1.1");

    private final transient TestCertificateAuthority.Issued key;
    private final AtomicInteger issued = new AtomicInteger();

    public TestTimeStampAuthority(TestCertificateAuthority authority) {
        this.key = authority.issueTimeStamping("TSA thử nghiệm");
    }

    int stampsIssued() {
        return issued.get();
    }

    @Override
    public TimestampBinary getTimeStampResponse(DigestAlgorithm digestAlgorithm, byte[] digest) {
        return new TimestampBinary(timeStampToken(new ASN1ObjectIdentifier(digestAlgorithm.getOid()), digest));
    }

    /** The DER of a time-stamp token (a CMS SignedData) over the data of which {@code digest} is the hash. */
    byte[] timeStampToken(ASN1ObjectIdentifier digestAlgorithm, byte[] digest) {
        try {
            TimeStampTokenGenerator generator = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", key.key(), key.certificate()),
                    new JcaDigestCalculatorProviderBuilder().build()
                            .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    TEST_POLICY);
            generator.addCertificates(new JcaCertStore(List.of(key.certificate())));
            // The token carries the TSA's certificate only when the request asks for it, as real clients do.
            TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
            requests.setCertReq(true);
            TimeStampRequest request = requests.generate(digestAlgorithm, digest);
            byte[] token = generator.generate(request, BigInteger.valueOf(System.nanoTime()), new Date()).getEncoded();
            issued.incrementAndGet();
            return token;
        } catch (Exception e) {
            throw new IllegalStateException("The test TSA failed", e);
        }
    }

    /** A stamp over {@code data}'s SHA-256, as a signer's software asks for one over its signature value. */
    byte[] timeStampTokenOver(byte[] data) {
        try {
            return timeStampToken(NISTObjectIdentifiers.id_sha256, MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
