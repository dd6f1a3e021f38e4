package vn.tdkt.workflow.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tdkt.workflow.signature.PdfSignatureReport.Coverage;
import vn.tdkt.workflow.signature.PdfSignatureReport.Profile;
import vn.tdkt.workflow.signature.PdfSignatureReport.TimeStamp;
import vn.tdkt.workflow.signature.PdfSignatureReport.Trust;
import vn.tdkt.workflow.signature.SigningUnavailable.Reason;

/**
 * Two-step signing for a key held elsewhere: the server computes what to sign, the signer's token signs the hash
 * (here the test key does, as a token doing raw RSA would), and the server completes the PDF from the kept state.
 */
class HashSigningTest {

    private static TestCertificateAuthority authority;
    private static TestCertificateAuthority.Issued signer;

    @BeforeAll
    static void issueTheSignersCertificate() {
        authority = TestCertificateAuthority.create("Root CA thử nghiệm");
        signer = authority.issueSigner("Nguyễn Văn Ánh", "UBND tỉnh Tây Ninh");
    }

    /** What a token signing a hash does: RSA PKCS#1 v1.5 over the DigestInfo, never seeing the data itself. */
    private static byte[] signTheDigestAsATokenWould(PreparedSignature prepared) throws Exception {
        Signature raw = Signature.getInstance("NONEwithRSA");
        raw.initSign(signer.key());
        raw.update(prepared.digestInfo());
        return raw.sign();
    }

    @Test
    void aSignatureOfTheDigestCompletesIntoAValidPadesSignature() throws Exception {
        byte[] pdf = TestPdf.withText("To trinh de nghi khen thuong");
        Instant signingTime = Instant.now();
        HashSigning hashSigning = new HashSigning(Optional.empty());

        PreparedSignature prepared = hashSigning.prepare(pdf, signer.chain(), signingTime);
        HashSigningState kept = roundTrip(prepared.state());
        byte[] signed = hashSigning.complete(pdf, kept, signTheDigestAsATokenWould(prepared));

        assertThat(prepared.digest()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(prepared.dataToSign()));
        assertThat(signed).startsWith(pdf);
        assertThat(new PdfSignatureValidation(TrustedRoots.of(List.of(authority.root()))).validate(signed))
                .singleElement().satisfies(report -> {
                    assertThat(report.intact()).isTrue();
                    assertThat(report.signerName()).contains("Nguyễn Văn Ánh");
                    assertThat(report.profile()).isEqualTo(Profile.PADES_BASELINE_B);
                    assertThat(report.coverage()).isEqualTo(Coverage.WHOLE_DOCUMENT);
                    assertThat(report.claimedSigningTime()).contains(signingTime.truncatedTo(ChronoUnit.SECONDS));
                    assertThat(report.trust()).isEqualTo(Trust.TRUSTED);
                });
    }

    @Test
    void withATimeStampAuthorityTheCompletedSignatureIsStamped() throws Exception {
        TestTimeStampAuthority tsa = new TestTimeStampAuthority(authority);
        HashSigning hashSigning = new HashSigning(Optional.of(tsa));
        byte[] pdf = TestPdf.withText("To trinh");

        PreparedSignature prepared = hashSigning.prepare(pdf, signer.chain(), Instant.now());
        byte[] signed = hashSigning.complete(pdf, prepared.state(), signTheDigestAsATokenWould(prepared));

        assertThat(new PdfSignatureValidation(TrustedRoots.none()).validate(signed)).singleElement()
                .satisfies(report -> {
                    assertThat(report.intact()).isTrue();
                    assertThat(report.profile()).isEqualTo(Profile.PADES_BASELINE_T);
                    assertThat(report.timeStamp()).isEqualTo(TimeStamp.VALID);
                });
    }

    @Test
    void aSignatureValueOfOtherDataOrAnotherPdfIsRefused() throws Exception {
        HashSigning hashSigning = new HashSigning(Optional.empty());
        byte[] pdf = TestPdf.withText("To trinh");
        PreparedSignature prepared = hashSigning.prepare(pdf, signer.chain(), Instant.now());
        PreparedSignature other = hashSigning.prepare(pdf, signer.chain(), Instant.now().minusSeconds(60));

        assertThatThrownBy(() -> hashSigning.complete(pdf, prepared.state(), signTheDigestAsATokenWould(other)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not verify");
        assertThatThrownBy(() -> hashSigning.complete(TestPdf.withText("Khac"), prepared.state(),
                signTheDigestAsATokenWould(prepared)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not the PDF");
    }

    @Test
    void anExpiredSignerCertificateIsRefusedAtTheFirstStep() {
        Instant now = Instant.now();
        TestCertificateAuthority.Issued expired = authority.issueSigner("Nguyễn Văn Ánh", "UBND tỉnh Tây Ninh",
                now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(1)));

        assertThatThrownBy(() -> new HashSigning(Optional.empty()).prepare(TestPdf.withText("x"), expired.chain(),
                now)).isInstanceOfSatisfying(SigningUnavailable.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.CERTIFICATE_EXPIRED));
    }

    private static HashSigningState roundTrip(HashSigningState state) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (HashSigningState) in.readObject();
        }
    }
}
