package vn.tdkt.workflow.signature;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.diagnostic.jaxb.XmlDigestMatcher;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.validation.policy.ValidationPolicyLoader;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reports the signatures of a PDF (a signed file returned by a signer, an uploaded scan): who signed, when, whether
 * each signature is intact, whether more was appended after it, its format, its time-stamp and its trust. Runs
 * offline (see {@link OfflineVerification}): trust is judged against the configured roots only, and revocation is
 * not checked.
 */
public final class PdfSignatureValidation {

    private static final String PKCS7_DETACHED = "adbe.pkcs7.detached";
    private static final String CADES_DETACHED = "ETSI.CAdES.detached";

    static {
        DssCmsParsing.ensureInstalled();
    }

    private final TrustedRoots roots;

    public PdfSignatureValidation(TrustedRoots roots) {
        this.roots = roots;
    }

    /** Validation against the trusted roots of {@code TDKT_TRUSTED_ROOTS}, if any. */
    public static PdfSignatureValidation fromSettings() {
        return new PdfSignatureValidation(TrustedRoots.fromSettings());
    }

    public boolean trustChecked() {
        return roots.configured();
    }

    /**
     * The file's signatures, in the order they were added (by where their signed data ends); empty for a PDF
     * without signatures.
     *
     * @throws UnreadablePdf when the file is not a readable PDF
     */
    public List<PdfSignatureReport> validate(byte[] pdf) throws UnreadablePdf {
        if (!PdfHeader.present(pdf)) {
            throw new UnreadablePdf("The file is not a PDF: it has no %PDF- header");
        }
        Reports reports;
        List<SignatureDictionaries.Found> dictionaries;
        try {
            PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
            validator.setCertificateVerifier(OfflineVerification.verifier(roots));
            reports = validator.validateDocument(DefaultPolicy.INSTANCE);
            dictionaries = SignatureDictionaries.of(pdf);
        } catch (RuntimeException | IOException e) {
            // DSS and PDFBox report a damaged file with assorted exceptions; to the caller it is one case.
            throw new UnreadablePdf("The PDF cannot be read: " + Objects.requireNonNullElse(e.getMessage(),
                    e.getClass().getSimpleName()), e);
        }
        List<PdfSignatureReport> found = new ArrayList<>(reports.getDiagnosticData().getSignatures().stream()
                .map(signature -> report(signature, pdf.length)).toList());
        Set<List<Long>> reported = found.stream().map(PdfSignatureReport::byteRange).collect(Collectors.toSet());
        dictionaries.stream().filter(dictionary -> !reported.contains(dictionary.byteRange()))
                .map(dictionary -> unreadable(dictionary, pdf.length)).forEach(found::add);
        found.sort(Comparator.comparing(report -> signedEnd(report.byteRange())));
        return List.copyOf(found);
    }

    /** A signature dictionary DSS could not read (a damaged CMS): reported as a broken signature of nobody known. */
    private static PdfSignatureReport unreadable(SignatureDictionaries.Found dictionary, long fileLength) {
        return new PdfSignatureReport("unreadable-" + signedEnd(dictionary.byteRange()), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), false, coverage(dictionary.byteRange(),
                        fileLength),
                false, dictionary.byteRange(), PdfSignatureReport.Profile.OTHER,
                dictionary.subFilter(), PdfSignatureReport.TimeStamp.ABSENT, PdfSignatureReport.Trust.NOT_CHECKED);
    }

    private static PdfSignatureReport.Coverage coverage(List<Long> byteRange, long fileLength) {
        return byteRange.size() == 4 && signedEnd(byteRange) == fileLength
                ? PdfSignatureReport.Coverage.WHOLE_DOCUMENT
                : PdfSignatureReport.Coverage.CHANGES_APPENDED_AFTER;
    }

    private PdfSignatureReport report(SignatureWrapper signature, long fileLength) {
        PDFRevisionWrapper revision = signature.getPDFRevision();
        List<Long> byteRange = revision == null ? List.of()
                : revision.getSignatureByteRange().stream().map(BigInteger::longValueExact).toList();
        Optional<String> subFilter = Optional.ofNullable(revision).map(PDFRevisionWrapper::getSubFilter);
        Optional<CertificateWrapper> signer = Optional.ofNullable(signature.getSigningCertificate());
        List<TimestampWrapper> timeStamps = signature.getTLevelTimestamps();
        Optional<Instant> timeStampTime = timeStamps.stream().filter(PdfSignatureValidation::valid)
                .map(TimestampWrapper::getProductionTime).map(Date::toInstant).min(Comparator.naturalOrder());
        PdfSignatureReport.TimeStamp timeStamp = timeStamps.isEmpty() ? PdfSignatureReport.TimeStamp.ABSENT
                : timeStampTime.isPresent() ? PdfSignatureReport.TimeStamp.VALID
                        : PdfSignatureReport.TimeStamp.INVALID;
        return new PdfSignatureReport(signature.getId(),
                signer.map(CertificateWrapper::getCommonName),
                signer.map(CertificateWrapper::getOrganizationName),
                Optional.ofNullable(signature.getClaimedSigningTime()).map(Date::toInstant),
                timeStampTime,
                intact(signature, revision),
                coverage(byteRange, fileLength),
                modifiedAfterSigning(revision),
                byteRange,
                profile(signature.getSignatureFormat(), subFilter),
                subFilter,
                timeStamp,
                !roots.configured() ? PdfSignatureReport.Trust.NOT_CHECKED
                        : signature.isTrustedChain() ? PdfSignatureReport.Trust.TRUSTED
                                : PdfSignatureReport.Trust.NOT_TRUSTED);
    }

    private static boolean intact(SignatureWrapper signature, PDFRevisionWrapper revision) {
        List<XmlDigestMatcher> digests = signature.getDigestMatchers();
        return signature.isSignatureIntact() && signature.isSignatureValid() && !digests.isEmpty()
                && digests.stream().allMatch(digest -> digest.isDataFound() && digest.isDataIntact())
                && revision != null && revision.isSignatureByteRangeValid();
    }

    /**
     * DSS compares each signed revision with the final file: pages rendered differently, objects changed that are
     * neither signatures, form fields nor validation data (DSS dictionary, document time-stamps), or annotations.
     */
    private static boolean modifiedAfterSigning(PDFRevisionWrapper revision) {
        return revision != null && (revision.arePdfModificationsDetected()
                || !revision.getPdfUndefinedChanges().isEmpty() || !revision.getPdfAnnotationChanges().isEmpty());
    }

    private static boolean valid(TimestampWrapper timeStamp) {
        return timeStamp.isMessageImprintDataFound() && timeStamp.isMessageImprintDataIntact()
                && timeStamp.isSignatureIntact() && timeStamp.isSignatureValid();
    }

    private static PdfSignatureReport.Profile profile(SignatureLevel level, Optional<String> subFilter) {
        // The sub-filter decides first: a PKCS#7 signature is no PAdES signature whatever attributes it has.
        if (subFilter.filter(PKCS7_DETACHED::equals).isPresent()) {
            return PdfSignatureReport.Profile.PKCS7_DETACHED;
        }
        if (level == SignatureLevel.PAdES_BASELINE_B) {
            return PdfSignatureReport.Profile.PADES_BASELINE_B;
        }
        if (level == SignatureLevel.PAdES_BASELINE_T) {
            return PdfSignatureReport.Profile.PADES_BASELINE_T;
        }
        if (level == SignatureLevel.PAdES_BASELINE_LT) {
            return PdfSignatureReport.Profile.PADES_BASELINE_LT;
        }
        if (level == SignatureLevel.PAdES_BASELINE_LTA) {
            return PdfSignatureReport.Profile.PADES_BASELINE_LTA;
        }
        return subFilter.filter(CADES_DETACHED::equals).isPresent()
                ? PdfSignatureReport.Profile.PADES_NOT_BASELINE
                : PdfSignatureReport.Profile.OTHER;
    }

    private static long signedEnd(List<Long> byteRange) {
        return byteRange.size() == 4 ? byteRange.get(2) + byteRange.get(3) : -1;
    }

    /**
     * DSS's default validation policy, read once: parsing it (with the server's JAXB) takes longer than validating
     * a signature. The policy object is only read afterwards, so one instance serves every validation.
     */
    private static final class DefaultPolicy {
        static final ValidationPolicy INSTANCE = ValidationPolicyLoader.fromDefaultValidationPolicy().create();
    }
}
