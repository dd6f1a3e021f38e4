package vn.tdkt.workflow.certificate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The layout of one blank (phôi) of one issuer and form: the paper size and where each variable field is printed.
 * Every instance is valid: the constructor refuses fields outside the paper, sizes out of range and repeated keys,
 * with all problems at once ({@link InvalidLayoutException}).
 *
 * @param qrCode where the QR code goes, or {@code null} for a blank that has none
 */
public record BlankLayout(double widthMm, double heightMm, List<TextField> textFields, QrField qrCode) {

    public BlankLayout {
        textFields = List.copyOf(textFields);
        List<LayoutProblem> problems = new ArrayList<>(LayoutRules.page(widthMm, heightMm));
        if (problems.isEmpty()) {
            Set<FieldKey> seen = EnumSet.noneOf(FieldKey.class);
            if (qrCode != null) {
                seen.add(FieldKey.QR_CODE);
                problems.addAll(LayoutRules.qr(qrCode, widthMm, heightMm));
            }
            for (TextField field : textFields) {
                if (!seen.add(field.key())) {
                    problems.add(new LayoutProblem(0, field.key().name(), LayoutProblem.DUPLICATE_KEY, field.key()
                            + " appears more than once"));
                }
                problems.addAll(LayoutRules.text(field, widthMm, heightMm));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidLayoutException(problems);
        }
    }

    public Optional<TextField> field(FieldKey key) {
        return textFields.stream().filter(field -> field.key() == key).findFirst();
    }

    public Optional<QrField> qr() {
        return Optional.ofNullable(qrCode);
    }

    /**
     * The layout with every field moved by the same distance: what a calibration print shows when the printer feeds
     * every blank a little off (positive: right and down). Refused like any layout if a field leaves the paper.
     */
    public BlankLayout shifted(double rightMm, double downMm) {
        List<TextField> moved = textFields.stream().map(field -> new TextField(field.key(), field.xMm() + rightMm,
                field.yMm() + downMm, field.widthMm(), field.fontSizePt(), field.bold(), field.italic(), field
                        .colour(),
                field.alignment(), field.maxLines())).toList();
        QrField movedQr = qrCode == null ? null
                : new QrField(qrCode.xMm() + rightMm, qrCode.yMm() + downMm, qrCode.sizeMm());
        return new BlankLayout(widthMm, heightMm, moved, movedQr);
    }

    /** Whether the paper is wider than tall, as every certificate so far. */
    public boolean landscape() {
        return widthMm > heightMm;
    }
}
