package vn.tdkt.workflow.certificate;

/** The variable fields a certificate prints on its blank; everything else is pre-printed on the paper. */
public enum FieldKey {
    RECIPIENT_NAME,
    /** Position and unit of the recipient. */
    RECIPIENT_DETAIL,
    ACHIEVEMENT,
    /** The award itself ("CHIẾN SĨ THI ĐUA CƠ SỞ"), red by Decree 98/2023 art. 104. */
    AWARD_TITLE,
    /** Decision number and date. */
    DECISION_LINE,
    /** The number in the register of awards (số sổ vàng). */
    REGISTER_NUMBER,
    PLACE_DATE,
    SIGNER_TITLE,
    SIGNER_NAME,
    /** The only field that is not text: a square QR code leading to the public verification page. */
    QR_CODE,
    /** Short text under the QR code for readers without a phone camera. */
    VERIFY_HINT;

    /** The key named exactly so, or {@code null}: layouts are typed by administrators, who get a message instead. */
    static FieldKey named(String name) {
        for (FieldKey key : values()) {
            if (key.name().equals(name)) {
                return key;
            }
        }
        return null;
    }
}
