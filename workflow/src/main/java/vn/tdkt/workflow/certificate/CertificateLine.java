package vn.tdkt.workflow.certificate;

/**
 * What one certificate says, ready to print: each value exactly as it appears on paper (the caller formats dates and
 * upper-cases the award). A {@code null} or blank value leaves its field empty, as a certificate without a register
 * number.
 *
 * @param decisionLine    "Quyết định số 01/QĐ-UBND ngày 05/12/2026"
 * @param registerNumber  the number in the register of awards (số sổ vàng), with its label if the blank has none
 * @param verificationUrl the public verification page of this certificate, encoded in the QR code
 * @param verifyHint      the short text under the QR code ("Kiểm tra: tdkt.example.vn/x/ABC…"); when {@code null}
 *                        the verification URL without its scheme
 */
public record CertificateLine(String recipientName, String recipientDetail, String achievement, String awardTitle,
        String decisionLine, String registerNumber, String placeDate, String signerTitle, String signerName,
        String verificationUrl, String verifyHint) {

    /** The text of a field, or {@code null} when this certificate leaves it empty; QR_CODE gives the URL. */
    public String value(FieldKey key) {
        return switch (key) {
            case RECIPIENT_NAME -> recipientName;
            case RECIPIENT_DETAIL -> recipientDetail;
            case ACHIEVEMENT -> achievement;
            case AWARD_TITLE -> awardTitle;
            case DECISION_LINE -> decisionLine;
            case REGISTER_NUMBER -> registerNumber;
            case PLACE_DATE -> placeDate;
            case SIGNER_TITLE -> signerTitle;
            case SIGNER_NAME -> signerName;
            case QR_CODE -> verificationUrl;
            case VERIFY_HINT -> verifyHint != null || verificationUrl == null ? verifyHint
                    : verificationUrl.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
        };
    }
}
