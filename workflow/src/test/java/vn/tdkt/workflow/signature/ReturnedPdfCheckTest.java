package vn.tdkt.workflow.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.workflow.signature.PdfSignatureReport.Coverage;
import vn.tdkt.workflow.signature.PdfSignatureReport.Profile;
import vn.tdkt.workflow.signature.PdfSignatureReport.TimeStamp;
import vn.tdkt.workflow.signature.PdfSignatureReport.Trust;
import vn.tdkt.workflow.signature.ReturnedPdfVerdict.Refusal;

/**
 * The file round trip of an official signing with a USB token: the local signing service fetches our PDF, signs it
 * as VGCA's software does (adbe.pkcs7.detached, no signing-certificate-v2, an RFC 3161 time-stamp) and uploads the
 * result, which is accepted only if it is our PDF with an intact signature over all of it appended.
 */
class ReturnedPdfCheckTest {

    private static final String SIGNER = "Nguyễn Văn Ánh";
    private static final long LIMIT = 5L * 1024 * 1024;
    private static final char[] PASSWORD = "mat-khau-thu".toCharArray();

    @TempDir
    static Path directory;

    private static TestCertificateAuthority authority;
    private static TestTimeStampAuthority tsa;
    private static EmulatedLocalSigningService localService;
    private static PdfSignatureValidation validation;
    private static ReturnedPdfCheck check;

    @BeforeAll
    static void setUpTheSignersPc() {
        authority = TestCertificateAuthority.create("Root CA thử nghiệm");
        tsa = new TestTimeStampAuthority(authority);
        localService = new EmulatedLocalSigningService(authority.issueSigner(SIGNER, "UBND tỉnh Tây Ninh"), tsa);
        validation = new PdfSignatureValidation(TrustedRoots.of(List.of(authority.root())));
        check = new ReturnedPdfCheck(validation, LIMIT);
    }

    @Test
    void whatTheLocalServiceAppendsIsAcceptedAndReportedAsATimeStampedPkcs7Signature() throws Exception {
        byte[] original = TestPdf.withText("Quyet dinh tang Bang khen");

        byte[] returned = localService.signAndReturn(original);
        long start = System.nanoTime();
        ReturnedPdfVerdict verdict = check.accept(original, returned);
        System.out.printf("Check of a returned PDF (one PKCS#7 signature with time-stamp): %d ms%n",
                (System.nanoTime() - start) / 1_000_000);

        assertThat(verdict.accepted()).as(verdict.detail()).isTrue();
        assertThat(verdict.newSignatures(original.length)).singleElement().satisfies(report -> {
            assertThat(report.signerName()).contains(SIGNER);
            assertThat(report.organisation()).contains("UBND tỉnh Tây Ninh");
            assertThat(report.intact()).isTrue();
            assertThat(report.coverage()).isEqualTo(Coverage.WHOLE_DOCUMENT);
            assertThat(report.modifiedAfterSigning()).isFalse();
            assertThat(report.profile()).isEqualTo(Profile.PKCS7_DETACHED);
            assertThat(report.profile().label()).isEqualTo("PKCS#7 detached");
            assertThat(report.subFilter()).contains("adbe.pkcs7.detached");
            assertThat(report.timeStamp()).isEqualTo(TimeStamp.VALID);
            assertThat(report.timeStampTime()).hasValueSatisfying(
                    time -> assertThat(Duration.between(time, Instant.now()).abs()).isLessThan(Duration.ofMinutes(1)));
            assertThat(report.claimedSigningTime()).isPresent();
            assertThat(report.trust()).isEqualTo(Trust.TRUSTED);
        });
        assertThat(signingCertificateV2In(returned)).as("the emulated service signs as VGCA: no ESS attribute")
                .isFalse();
    }

    @Test
    void theOrganisationsSignatureAfterThePersonalOneMakesTwoIntactSignatures() throws Exception {
        byte[] original = TestPdf.withText("Quyet dinh tang Bang khen");
        byte[] personal = localService.signAndReturn(original);
        TestCertificateAuthority.Issued organisationKey = authority.issueSigner("UBND tỉnh Tây Ninh",
                "UBND tỉnh Tây Ninh");
        Path keystore = TestCertificateAuthority.writePkcs12(directory, organisationKey, PASSWORD, "ubnd");

        byte[] both;
        try (OrganisationSigner organisation = new OrganisationSigner(
                OrganisationKey.pkcs12(keystore, PASSWORD, Optional.empty()), Optional.of(tsa), Clock.systemUTC())) {
            both = organisation.sign(personal);
        }
        long start = System.nanoTime();
        List<PdfSignatureReport> reports = validation.validate(both);
        System.out.printf("Validation of two signatures: %d ms%n", (System.nanoTime() - start) / 1_000_000);

        assertThat(both).startsWith(personal);
        assertThat(reports).hasSize(2).allSatisfy(report -> {
            assertThat(report.intact()).isTrue();
            assertThat(report.timeStamp()).isEqualTo(TimeStamp.VALID);
            assertThat(report.trust()).isEqualTo(Trust.TRUSTED);
        });
        assertThat(reports.get(0).signerName()).contains(SIGNER);
        assertThat(reports.get(0).profile()).isEqualTo(Profile.PKCS7_DETACHED);
        assertThat(reports.get(0).coverage()).isEqualTo(Coverage.CHANGES_APPENDED_AFTER);
        assertThat(reports).noneMatch(PdfSignatureReport::modifiedAfterSigning);
        assertThat(reports.get(1).signerName()).contains("UBND tỉnh Tây Ninh");
        assertThat(reports.get(1).profile()).isEqualTo(Profile.PADES_BASELINE_T);
        assertThat(reports.get(1).coverage()).isEqualTo(Coverage.WHOLE_DOCUMENT);
    }

    @Test
    void oneByteChangedInTheSignedPartIsReportedBroken() throws Exception {
        byte[] original = TestPdf.withText("Quyet dinh tang Bang khen");
        byte[] returned = localService.signAndReturn(original);

        // In the original part: the title of the document information, which the signature covers.
        byte[] changedTitle = TestPdf.withOneByteChanged(returned, TestPdf.TITLE, 0);
        assertThat(validation.validate(changedTitle)).singleElement()
                .satisfies(report -> assertThat(report.intact()).isFalse());
        assertThat(check.accept(original, changedTitle).refusal()).contains(Refusal.NOT_OUR_DOCUMENT);

        // In the appended part: the signature dictionary's reason, also covered by the signature.
        byte[] changedReason = TestPdf.withOneByteChanged(returned, "Phe duyet", original.length);
        ReturnedPdfVerdict verdict = check.accept(original, changedReason);
        assertThat(verdict.refusal()).as(verdict.detail()).contains(Refusal.SIGNATURE_BROKEN);
    }

    @Test
    void textOverlaidAfterTheSignatureIsReportedAndRefused() throws Exception {
        byte[] original = TestPdf.withText("Quyet dinh tang Bang khen");
        byte[] signed = localService.signAndReturn(original);
        byte[] overlaid = withUnsignedOverlay(signed, "KHONG");

        assertThat(validation.validate(overlaid)).singleElement().satisfies(report -> {
            assertThat(report.intact()).as("the signed revision itself is untouched").isTrue();
            assertThat(report.coverage()).isEqualTo(Coverage.CHANGES_APPENDED_AFTER);
            assertThat(report.modifiedAfterSigning()).isTrue();
        });
        assertThat(check.accept(original, overlaid).refusal()).contains(Refusal.CHANGED_AFTER_SIGNING);
    }

    @Test
    void aSignatureWhoseCmsIsDamagedIsReportedBrokenNotAbsent() throws Exception {
        byte[] original = TestPdf.withText("Quyet dinh tang Bang khen");
        byte[] damaged = withUnparseableSignatureValue(localService.signAndReturn(original), original.length);

        assertThat(validation.validate(damaged)).singleElement().satisfies(report -> {
            assertThat(report.intact()).isFalse();
            assertThat(report.signerName()).isEmpty();
        });
        assertThat(check.accept(original, damaged).refusal()).contains(Refusal.SIGNATURE_BROKEN);
    }

    @Test
    void aSignedFileOfAnotherDocumentIsNotOurs() throws Exception {
        byte[] original = TestPdf.withText("Quyet dinh tang Bang khen");
        byte[] other = localService.signAndReturn(TestPdf.withText("Quyet dinh khac"));

        ReturnedPdfVerdict verdict = check.accept(original, other);

        assertThat(verdict.refusal()).contains(Refusal.NOT_OUR_DOCUMENT);
        assertThat(verdict.accepted()).isFalse();
    }

    @Test
    void aFileWithoutANewSignatureIsRefused() throws Exception {
        byte[] original = TestPdf.withText("Quyet dinh tang Bang khen");

        assertThat(check.accept(original, original).refusal()).contains(Refusal.NO_NEW_SIGNATURE);
        ReturnedPdfVerdict updated = check.accept(original, withIncrementalTitleChange(original));
        assertThat(updated.refusal()).as(updated.detail()).contains(Refusal.NO_NEW_SIGNATURE);
    }

    @Test
    void garbageAndOversizedFilesAreRefusedClearly() throws Exception {
        byte[] original = TestPdf.withText("Quyet dinh tang Bang khen");
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        byte[] originalThenGarbage = Arrays.copyOf(original, original.length + garbage.length);
        System.arraycopy(garbage, 0, originalThenGarbage, original.length, garbage.length);

        assertThat(check.accept(original, garbage).refusal()).contains(Refusal.NOT_OUR_DOCUMENT);
        assertThat(check.accept(original, originalThenGarbage).refusal()).hasValueSatisfying(
                refusal -> assertThat(refusal).isIn(Refusal.NOT_A_PDF, Refusal.NO_NEW_SIGNATURE));
        ReturnedPdfCheck small = new ReturnedPdfCheck(validation, original.length + 100);
        byte[] returned = localService.signAndReturn(original);
        assertThat(small.accept(original, new ByteArrayInputStream(returned)).refusal())
                .contains(Refusal.TOO_LARGE);
        assertThat(check.accept(original, new ByteArrayInputStream(returned)).accepted()).isTrue();
    }

    /** The first bytes of the last /Contents (the CMS's tag and length) overwritten: no CMS reader can parse it. */
    private static byte[] withUnparseableSignatureValue(byte[] pdf, int from) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int contents = text.indexOf("/Contents", from);
        int start = text.indexOf('<', contents) + 1;
        assertThat(contents).isPositive();
        byte[] damaged = pdf.clone();
        for (int i = start; i < start + 8; i++) {
            damaged[i] = 'F';
        }
        return damaged;
    }

    /** Text drawn over the first page in an unsigned incremental update, as a forger would add it. */
    private static byte[] withUnsignedOverlay(byte[] pdf, String text) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, false)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 30);
                content.newLineAtOffset(72, 500);
                content.showText(text);
                content.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** What a careless tool would upload: our PDF with an incremental update that changes the title, unsigned. */
    private static byte[] withIncrementalTitleChange(byte[] original) throws Exception {
        try (PDDocument document = Loader.loadPDF(original)) {
            document.getDocumentInformation().setTitle("Tieu de khac");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            byte[] updated = out.toByteArray();
            assertThat(updated).startsWith(original).hasSizeGreaterThan(original.length);
            return updated;
        }
    }

    private static boolean signingCertificateV2In(byte[] signedPdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(signedPdf)) {
            // Read as one object: /Contents is zero-padded, which BouncyCastle's byte[] constructors refuse.
            try (ASN1InputStream in = new ASN1InputStream(document.getLastSignatureDictionary().getContents())) {
                SignerInformation signer = new CMSSignedData(ContentInfo.getInstance(in.readObject())).getSignerInfos()
                        .getSigners().iterator().next();
                return signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null;
            }
        }
    }
}
