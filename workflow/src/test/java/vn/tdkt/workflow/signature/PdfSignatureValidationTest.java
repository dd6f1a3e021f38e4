package vn.tdkt.workflow.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.xml.bind.JAXBContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.workflow.signature.PdfSignatureReport.Trust;

/**
 * Validation answers for any file a user uploads: the signatures of a PDF, none for an unsigned one, and a clear
 * refusal, not a stack trace, for what is not a readable PDF.
 */
class PdfSignatureValidationTest {

    @TempDir
    static Path directory;

    private static TestCertificateAuthority authority;
    private static EmulatedLocalSigningService localService;

    @BeforeAll
    static void setUp() {
        authority = TestCertificateAuthority.create("Root CA thử nghiệm");
        localService = new EmulatedLocalSigningService(authority.issueSigner("Nguyễn Văn Ánh", "UBND tỉnh Tây Ninh"),
                new TestTimeStampAuthority(authority));
    }

    @Test
    void anUnsignedPdfHasNoSignatures() throws Exception {
        assertThat(new PdfSignatureValidation(TrustedRoots.none()).validate(TestPdf.withText("Bao cao"))).isEmpty();
    }

    @Test
    void whatIsNotAReadablePdfIsRefusedWithAMessage() throws Exception {
        PdfSignatureValidation validation = new PdfSignatureValidation(TrustedRoots.none());
        byte[] garbage = new byte[8192];
        new Random(11).nextBytes(garbage);
        byte[] pdf = TestPdf.withText("Bao cao");
        byte[] truncated = Arrays.copyOf(pdf, pdf.length / 3);
        byte[] headerOnly = "%PDF-1.7\n%%EOF garbage".getBytes(StandardCharsets.ISO_8859_1);

        for (byte[] unreadable : List.of(garbage, headerOnly, new byte[0],
                "<html>không phải PDF</html>".getBytes(StandardCharsets.UTF_8))) {
            assertThatThrownBy(() -> validation.validate(unreadable)).isInstanceOf(UnreadablePdf.class)
                    .hasMessageStartingWith("The ");
        }
        // A truncated PDF is either refused or read as far as it goes (PDFBox repairs leniently); never a crash.
        try {
            assertThat(validation.validate(truncated)).isEmpty();
        } catch (UnreadablePdf expected) {
            assertThat(expected).hasMessageStartingWith("The PDF cannot be read");
        }
    }

    @Test
    void trustedRootsAreReadFromAPemFile() throws Exception {
        byte[] signed = localService.signAndReturn(TestPdf.withText("Bao cao"));
        TrustedRoots roots = TrustedRoots.load(authority.writeRootPem(directory), Optional.empty());

        assertThat(roots.certificates()).containsExactly(authority.root());
        assertThat(new PdfSignatureValidation(roots).validate(signed)).singleElement()
                .satisfies(report -> assertThat(report.trust()).isEqualTo(Trust.TRUSTED));
        assertThatThrownBy(() -> TrustedRoots.load(directory.resolve("missing.pem"), Optional.empty()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void validationsRunningAtOnceShareThePolicyAndAgree() throws Exception {
        byte[] signed = localService.signAndReturn(TestPdf.withText("Bao cao"));
        PdfSignatureValidation validation = new PdfSignatureValidation(TrustedRoots.of(List.of(authority.root())));
        List<PdfSignatureReport> alone = validation.validate(signed);

        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<PdfSignatureReport>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(threads.submit(() -> validation.validate(signed)));
            }
            for (Future<List<PdfSignatureReport>> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(alone);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(alone).singleElement().satisfies(report -> {
            assertThat(report.intact()).isTrue();
            assertThat(report.trust()).isEqualTo(Trust.TRUSTED);
        });
    }

    @Test
    void dssReadsItsPolicyWithTheServersJaxbImplementation() throws Exception {
        // The policy loaded in validation goes through JAXB; this is the implementation the server provides.
        JAXBContext context = JAXBContext.newInstance(PdfSignatureValidationTest.Probe.class);
        assertThat(context.getClass().getName()).startsWith("org.glassfish.jaxb.runtime");
        assertThat(new PdfSignatureValidation(TrustedRoots.none())
                .validate(localService.signAndReturn(TestPdf.withText("Bao cao")))).hasSize(1);
    }

    @jakarta.xml.bind.annotation.XmlRootElement
    static class Probe {
    }
}
