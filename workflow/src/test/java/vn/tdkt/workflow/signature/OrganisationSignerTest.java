package vn.tdkt.workflow.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.workflow.signature.PdfSignatureReport.Coverage;
import vn.tdkt.workflow.signature.PdfSignatureReport.Profile;
import vn.tdkt.workflow.signature.PdfSignatureReport.TimeStamp;
import vn.tdkt.workflow.signature.PdfSignatureReport.Trust;
import vn.tdkt.workflow.signature.SigningUnavailable.Reason;

/**
 * The organisation signs on the server with the key of its keystore, and what it signs validates: one intact PAdES
 * signature in the name on the certificate, trusted when the certificate's root is configured as trusted.
 */
class OrganisationSignerTest {

    /** ASCII: the JDK's PKCS#12 refuses other passwords ("Password is not ASCII"). */
    private static final char[] PASSWORD = "mat-khau-thu".toCharArray();
    private static final String SIGNER = "Nguyễn Văn Ánh";
    private static final String ORGANISATION = "UBND tỉnh Tây Ninh";

    @TempDir
    static Path directory;

    private static TestCertificateAuthority authority;
    private static TestCertificateAuthority.Issued signer;
    private static Path keystore;

    @BeforeAll
    static void makeTheKeystore() throws Exception {
        authority = TestCertificateAuthority.create("Root CA thử nghiệm");
        signer = authority.issueSigner(SIGNER, ORGANISATION);
        keystore = TestCertificateAuthority.writePkcs12(directory, signer, PASSWORD, "tổ chức");
    }

    @AfterEach
    void clearSettings() {
        System.clearProperty("tdkt.signing.keystore");
        System.clearProperty("tdkt.signing.keystore.password");
        System.clearProperty("tdkt.trusted.roots");
    }

    private static OrganisationSigner signer(Optional<eu.europa.esig.dss.spi.x509.tsp.TSPSource> timeStamps) {
        return new OrganisationSigner(OrganisationKey.pkcs12(keystore, PASSWORD, Optional.empty()), timeStamps,
                Clock.systemUTC());
    }

    @Test
    void aSignatureOfTheKeystoresKeyIsOneIntactPadesSignatureTrustedUpToTheTestRoot() throws Exception {
        byte[] pdf = TestPdf.withText("Quyet dinh tang Bang khen");
        byte[] signed;
        try (OrganisationSigner organisation = signer(Optional.empty())) {
            long start = System.nanoTime();
            signed = organisation.sign(pdf);
            System.out.printf("Organisation signing (PAdES-B, PKCS#12): %d ms%n",
                    (System.nanoTime() - start) / 1_000_000);
        }

        long start = System.nanoTime();
        List<PdfSignatureReport> reports = new PdfSignatureValidation(TrustedRoots.of(List.of(authority.root())))
                .validate(signed);
        System.out.printf("Validation of one signature (first, with policy loading): %d ms%n",
                (System.nanoTime() - start) / 1_000_000);

        assertThat(signed).startsWith(pdf);
        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.signerName()).contains(SIGNER);
            assertThat(report.organisation()).contains(ORGANISATION);
            assertThat(report.intact()).isTrue();
            assertThat(report.coverage()).isEqualTo(Coverage.WHOLE_DOCUMENT);
            assertThat(report.profile()).isEqualTo(Profile.PADES_BASELINE_B);
            assertThat(report.subFilter()).contains("ETSI.CAdES.detached");
            assertThat(report.timeStamp()).isEqualTo(TimeStamp.ABSENT);
            assertThat(report.timeStampTime()).isEmpty();
            assertThat(report.claimedSigningTime()).hasValueSatisfying(
                    time -> assertThat(Duration.between(time, Instant.now()).abs()).isLessThan(Duration.ofMinutes(1)));
            assertThat(report.trust()).isEqualTo(Trust.TRUSTED);
        });
        PdfSignatureValidation otherRoot = new PdfSignatureValidation(
                TrustedRoots.of(List.of(TestCertificateAuthority.create("Another root").root())));
        start = System.nanoTime();
        List<PdfSignatureReport> untrusted = otherRoot.validate(signed);
        System.out.printf("Validation of one signature (again): %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(untrusted).singleElement().satisfies(report -> {
            assertThat(report.intact()).isTrue();
            assertThat(report.trust()).isEqualTo(Trust.NOT_TRUSTED);
        });
        assertThat(new PdfSignatureValidation(TrustedRoots.none()).validate(signed)).singleElement()
                .extracting(PdfSignatureReport::trust).isEqualTo(Trust.NOT_CHECKED);
    }

    @Test
    void withATimeStampAuthorityTheSignatureIsBaselineTWithAValidTimeStamp() throws Exception {
        TestTimeStampAuthority tsa = new TestTimeStampAuthority(authority);
        byte[] signed;
        try (OrganisationSigner organisation = signer(Optional.of(tsa))) {
            signed = organisation.sign(TestPdf.withText("Quyet dinh tang Bang khen"));
        }

        assertThat(tsa.stampsIssued()).isEqualTo(1);
        assertThat(new PdfSignatureValidation(TrustedRoots.none()).validate(signed)).singleElement()
                .satisfies(report -> {
                    assertThat(report.intact()).isTrue();
                    assertThat(report.profile()).isEqualTo(Profile.PADES_BASELINE_T);
                    assertThat(report.timeStamp()).isEqualTo(TimeStamp.VALID);
                    assertThat(report.timeStampTime()).hasValueSatisfying(time -> assertThat(
                            Duration.between(time, Instant.now()).abs()).isLessThan(Duration.ofMinutes(1)));
                });
    }

    @Test
    void anExpiredCertificateIsRefusedBeforeAnythingIsSigned() throws Exception {
        Instant now = Instant.now();
        TestCertificateAuthority.Issued expired = authority.issueSigner(SIGNER, ORGANISATION,
                now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(1)));
        Path expiredStore = TestCertificateAuthority.writePkcs12(directory, expired, PASSWORD, "cũ");
        TestTimeStampAuthority tsa = new TestTimeStampAuthority(authority);

        try (OrganisationSigner organisation = new OrganisationSigner(
                OrganisationKey.pkcs12(expiredStore, PASSWORD, Optional.empty()), Optional.of(tsa),
                Clock.systemUTC())) {
            assertThatThrownBy(() -> organisation.sign(TestPdf.withText("x"))).isInstanceOfSatisfying(
                    SigningUnavailable.class, e -> assertThat(e.reason()).isEqualTo(Reason.CERTIFICATE_EXPIRED));
        }
        assertThat(tsa.stampsIssued()).as("nothing was sent for time-stamping").isZero();
    }

    @Test
    void aCertificateNotYetValidIsRefused() {
        try (OrganisationSigner organisation = new OrganisationSigner(
                OrganisationKey.pkcs12(keystore, PASSWORD, Optional.empty()), Optional.empty(),
                Clock.fixed(Instant.now().minus(Duration.ofDays(30)), java.time.ZoneOffset.UTC))) {
            assertThatThrownBy(() -> organisation.sign(TestPdf.withText("x"))).isInstanceOfSatisfying(
                    SigningUnavailable.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.CERTIFICATE_NOT_YET_VALID));
        }
    }

    @Test
    void withoutAConfiguredKeyTheSignerIsUnavailable() {
        assertThat(System.getenv("TDKT_SIGNING_KEYSTORE")).as("this test needs TDKT_SIGNING_KEYSTORE unset").isNull();
        assertThat(System.getenv("TDKT_SIGNING_PKCS11_LIBRARY")).isNull();

        assertThatThrownBy(OrganisationSigner::fromSettings).isInstanceOfSatisfying(SigningUnavailable.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOT_CONFIGURED));
    }

    @Test
    void theSettingsNameTheKeystoreItsPasswordAndTheTrustedRoots() throws Exception {
        System.setProperty("tdkt.signing.keystore", keystore.toString());
        System.setProperty("tdkt.signing.keystore.password", new String(PASSWORD));
        System.setProperty("tdkt.trusted.roots", authority.writeRootPem(directory).toString());

        byte[] signed;
        try (OrganisationSigner organisation = OrganisationSigner.fromSettings()) {
            signed = organisation.sign(TestPdf.withText("x"));
        }

        assertThat(PdfSignatureValidation.fromSettings().validate(signed)).singleElement()
                .satisfies(report -> {
                    assertThat(report.intact()).isTrue();
                    assertThat(report.trust()).isEqualTo(Trust.TRUSTED);
                });
    }

    @Test
    void whatIsNotAPdfIsNotSigned() {
        try (OrganisationSigner organisation = signer(Optional.empty())) {
            assertThatThrownBy(() -> organisation.sign("<html></html>".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not a PDF");
        }
    }

    @Test
    void aWrongKeystorePasswordIsReportedAsUnreadable() {
        assertThatThrownBy(() -> OrganisationKey.pkcs12(keystore, "sai".toCharArray(), Optional.empty()))
                .isInstanceOfSatisfying(SigningUnavailable.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.KEYSTORE_UNREADABLE));
        assertThatThrownBy(() -> OrganisationKey.pkcs12(keystore, PASSWORD, Optional.of("không có")))
                .isInstanceOfSatisfying(SigningUnavailable.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.KEY_NOT_FOUND));
    }
}
