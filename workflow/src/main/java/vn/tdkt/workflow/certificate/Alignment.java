package vn.tdkt.workflow.certificate;

/** How a text field's lines sit within the field's width. */
public enum Alignment {
    LEFT, CENTER, RIGHT;

    /** Where a line of {@code lineWidth} starts in a box starting at {@code x} and {@code boxWidth} wide. */
    double start(double x, double boxWidth, double lineWidth) {
        return switch (this) {
            case LEFT -> x;
            case CENTER -> x + (boxWidth - lineWidth) / 2;
            case RIGHT -> x + boxWidth - lineWidth;
        };
    }
}
