package vn.tdkt.workflow.certificate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The checks a blank layout passes, shared by the value object and the parser (which adds line numbers). */
final class LayoutRules {

    static final double MIN_PAGE_MM = 50;
    static final double MAX_PAGE_MM = 1200;

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    /** Rounding slack, so that a field ending exactly on the edge is not refused for a floating point remainder. */
    private static final double EPSILON = 1e-6;

    private LayoutRules() {
    }

    static List<LayoutProblem> page(double widthMm, double heightMm) {
        List<LayoutProblem> problems = new ArrayList<>();
        for (double side : new double[] {widthMm, heightMm}) {
            if (!(side >= MIN_PAGE_MM && side <= MAX_PAGE_MM)) {
                problems.add(new LayoutProblem(0, "page", LayoutProblem.PAGE_SIZE, "The page is " + mm(widthMm)
                        + " × " + mm(heightMm) + " mm; each side must be between " + mm(MIN_PAGE_MM) + " and "
                        + mm(MAX_PAGE_MM) + " mm"));
                break;
            }
        }
        return problems;
    }

    static List<LayoutProblem> text(TextField field, double pageWidthMm, double pageHeightMm) {
        List<LayoutProblem> problems = new ArrayList<>();
        String key = field.key().name();
        if (field.key() == FieldKey.QR_CODE) {
            problems.add(new LayoutProblem(0, key, LayoutProblem.UNKNOWN_KEY, key + " is a code, not a text field"));
            return problems;
        }
        boolean sizesValid = true;
        if (!(field.fontSizePt() >= TextField.MIN_FONT_PT && field.fontSizePt() <= TextField.MAX_FONT_PT)) {
            problems.add(new LayoutProblem(0, key, LayoutProblem.FONT_SIZE, key + ": font size " + mm(field
                    .fontSizePt()) + " pt is outside " + mm(TextField.MIN_FONT_PT) + "–" + mm(TextField.MAX_FONT_PT)
                    + " pt"));
            sizesValid = false;
        }
        if (!(field.widthMm() > 0)) {
            problems.add(new LayoutProblem(0, key, LayoutProblem.WIDTH, key + ": width " + mm(field.widthMm())
                    + " mm must be more than 0"));
            sizesValid = false;
        }
        if (field.maxLines() < 1 || field.maxLines() > TextField.MAX_LINES) {
            problems.add(new LayoutProblem(0, key, LayoutProblem.LINES, key + ": " + field.maxLines()
                    + " lines; a field has 1 to " + TextField.MAX_LINES));
            sizesValid = false;
        }
        if (!COLOUR.matcher(field.colour()).matches()) {
            problems.add(new LayoutProblem(0, key, LayoutProblem.COLOUR, key + ": colour '" + field.colour()
                    + "' is not of the form #RRGGBB"));
        }
        if (sizesValid) {
            // Checked on the box the letters really take, not on the baseline alone: a 28 pt name whose baseline
            // is 3 mm from the top would print its upper half off the paper.
            outside(problems, key, field.xMm(), field.topMm(), field.xMm() + field.widthMm(), field.bottomMm(),
                    pageWidthMm, pageHeightMm);
        }
        return problems;
    }

    static List<LayoutProblem> qr(QrField field, double pageWidthMm, double pageHeightMm) {
        List<LayoutProblem> problems = new ArrayList<>();
        String key = FieldKey.QR_CODE.name();
        if (!(field.sizeMm() >= QrField.MIN_SIZE_MM && field.sizeMm() <= QrField.MAX_SIZE_MM)) {
            problems.add(new LayoutProblem(0, key, LayoutProblem.QR_SIZE, key + ": size " + mm(field.sizeMm())
                    + " mm is outside " + mm(QrField.MIN_SIZE_MM) + "–" + mm(QrField.MAX_SIZE_MM) + " mm"));
            return problems;
        }
        outside(problems, key, field.xMm(), field.yMm(), field.xMm() + field.sizeMm(), field.yMm() + field.sizeMm(),
                pageWidthMm, pageHeightMm);
        return problems;
    }

    private static void outside(List<LayoutProblem> problems, String key, double left, double top, double right,
            double bottom, double pageWidthMm, double pageHeightMm) {
        if (left < -EPSILON || top < -EPSILON || right > pageWidthMm + EPSILON || bottom > pageHeightMm + EPSILON
                || Double.isNaN(left + top + right + bottom)) {
            problems.add(new LayoutProblem(0, key, LayoutProblem.OUT_OF_PAGE, key + " lies outside the page: it spans "
                    + mm(left) + "–" + mm(right) + " mm across and " + mm(top) + "–" + mm(bottom)
                    + " mm down, the page is " + mm(pageWidthMm) + " × " + mm(pageHeightMm) + " mm"));
        }
    }

    /** A length as people write it: 12.5, 297, never 297.0 or 1.2E2. */
    static String mm(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
