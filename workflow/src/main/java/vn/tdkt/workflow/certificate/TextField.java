package vn.tdkt.workflow.certificate;

import java.util.Objects;

/**
 * Where and how one text field is printed on the blank. Lengths are millimetres from the paper's top-left corner,
 * as an operator measures them with a ruler on a blank.
 *
 * <p>{@code yMm} is the <em>baseline</em> of the first line, where the letters sit: blanks carry dotted lines to write
 * on, and the baseline is what lines up with them. Lines are aligned within {@code widthMm}; the text's own line
 * breaks are kept, and a text too long wraps at spaces onto at most {@code maxLines} lines (each further line 1.2 × the font size lower), and if it still does not
 * fit the font shrinks, down to {@link #MIN_FONT_PT}. No word is ever dropped: a text that cannot fit even then runs
 * past the width on its last line, where the proof reader sees it.
 *
 * @param colour {@code #RRGGBB}
 */
public record TextField(FieldKey key, double xMm, double yMm, double widthMm, double fontSizePt, boolean bold,
        boolean italic, String colour, Alignment alignment, int maxLines) {

    public static final double MIN_FONT_PT = 6;
    public static final double MAX_FONT_PT = 72;
    public static final int MAX_LINES = 5;
    public static final String BLACK = "#000000";
    /** The red of the award title (Decree 98/2023 art. 104 asks for red); a print shop's usual deep red. */
    public static final String RED = "#C00000";

    /** Line spacing as a multiple of the font size. */
    static final double LEADING = 1.2;
    /** Liberation Serif's ascent and descent (hhea), as a share of the font size: the box a line really takes. */
    static final double ASCENT = 0.891;
    static final double DESCENT = 0.216;

    static final double MM_PER_PT = 25.4 / 72;

    public TextField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(alignment, "alignment");
    }

    /** A black, regular, centred one-line field. */
    public static TextField centred(FieldKey key, double xMm, double yMm, double widthMm, double fontSizePt) {
        return new TextField(key, xMm, yMm, widthMm, fontSizePt, false, false, BLACK, Alignment.CENTER, 1);
    }

    /** The top of the tallest letters of the first line, in mm from the top of the page. */
    public double topMm() {
        return yMm - ASCENT * fontSizePt * MM_PER_PT;
    }

    /** The bottom of the descenders of the last possible line, in mm from the top of the page. */
    public double bottomMm() {
        return yMm + ((maxLines - 1) * LEADING + DESCENT) * fontSizePt * MM_PER_PT;
    }
}
