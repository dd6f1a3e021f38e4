package vn.tdkt.workflow.certificate;

/**
 * Where the QR code is printed: its top-left corner and the side of the square, in mm from the paper's top-left
 * corner. The square holds the modules only; the blank must keep about 4 modules (some 3 mm) of plain paper around
 * it, which readers need to find the code.
 */
public record QrField(double xMm, double yMm, double sizeMm) {

    public static final double MIN_SIZE_MM = 12;
    public static final double MAX_SIZE_MM = 60;
}
