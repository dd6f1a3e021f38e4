package vn.tdkt.workflow.certificate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads back what a printed PDF says and where, as a reader of the paper would: text and positions in mm. */
final class PrintedPdf {

    static final double MM_PER_PT = 25.4 / 72;

    /** One run of text as PDFBox extracted it, with the page-space position of each glyph. */
    record Glyphs(int page, List<TextPosition> positions) {

        String text() {
            StringBuilder text = new StringBuilder();
            positions.forEach(position -> text.append(position.getUnicode()));
            return text.toString();
        }

        /** The glyphs spelling {@code wanted}, if this run has them. */
        Glyphs find(String wanted) {
            String text = text();
            int start = text.indexOf(wanted);
            if (start < 0) {
                return null;
            }
            // Each TextPosition holds one character here: Liberation has precomposed Vietnamese letters.
            return new Glyphs(page, positions.subList(start, start + wanted.length()));
        }

        double leftMm() {
            return positions.get(0).getXDirAdj() * MM_PER_PT;
        }

        double rightMm() {
            TextPosition last = positions.get(positions.size() - 1);
            return (last.getXDirAdj() + last.getWidthDirAdj()) * MM_PER_PT;
        }

        /** The baseline, from the top of the page. */
        double baselineMm() {
            return positions.get(0).getYDirAdj() * MM_PER_PT;
        }

        double fontSizePt() {
            return positions.get(0).getFontSizeInPt();
        }
    }

    private PrintedPdf() {
    }

    static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    static List<Glyphs> glyphs(PDDocument document, int page) throws IOException {
        List<Glyphs> runs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                runs.add(new Glyphs(getCurrentPageNo(), List.copyOf(positions)));
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return runs;
    }

    /** The colour ({@code #RRGGBB}) {@code wanted} was drawn with on {@code page}, if all its characters share one. */
    static String colourOf(PDDocument document, int page, String wanted) throws IOException {
        StringBuilder text = new StringBuilder();
        List<String> colours = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            {
                // The text stripper ignores colour operators unless asked to follow them.
                addOperator(new SetNonStrokingDeviceRGBColor(this));
            }

            @Override
            protected void processTextPosition(TextPosition position) {
                float[] rgb = getGraphicsState().getNonStrokingColor().getComponents();
                text.append(position.getUnicode());
                colours.add(String.format("#%02X%02X%02X", Math.round(rgb[0] * 255), Math.round(rgb[1] * 255), Math
                        .round(rgb[2] * 255)));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        int start = text.indexOf(wanted);
        if (start < 0) {
            throw new AssertionError("Page " + page + " does not say '" + wanted + "'");
        }
        List<String> drawn = colours.subList(start, start + wanted.length());
        return drawn.stream().distinct().count() == 1 ? drawn.get(0) : drawn.toString();
    }

    /** The glyphs of {@code wanted} on {@code page}; fails when the page does not say it. */
    static Glyphs find(PDDocument document, int page, String wanted) throws IOException {
        for (Glyphs run : glyphs(document, page)) {
            Glyphs found = run.find(wanted);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("Page " + page + " does not say '" + wanted + "'");
    }
}
