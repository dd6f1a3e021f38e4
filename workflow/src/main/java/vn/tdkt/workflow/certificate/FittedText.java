package vn.tdkt.workflow.certificate;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A field's text broken into lines that fit its width, and the font size that made them fit (see {@link TextField}:
 * the caller's line breaks kept, wrap at spaces onto at most {@code maxLines} lines, then shrink by half points down
 * to 6 pt).
 */
record FittedText(double fontSizePt, List<String> lines) {

    private static final double STEP_PT = 0.5;

    static FittedText fit(String raw, PDFont font, TextField field) throws IOException {
        // NFC: names pasted from Word or typed with some Vietnamese keyboards arrive decomposed (base letter plus
        // combining marks), which the font would draw as separate, misplaced accents.
        // Line breaks the caller put in are kept ("KT. CHỦ TỊCH" above "PHÓ CHỦ TỊCH" is how a deputy signs);
        // other runs of white space are one space.
        List<String> paragraphs = Normalizer.normalize(raw, Normalizer.Form.NFC).strip().lines().map(
                paragraph -> paragraph.strip().replaceAll("\\s+", " ")).filter(paragraph -> !paragraph.isEmpty())
                .toList();
        double widthPt = field.widthMm() / TextField.MM_PER_PT;
        double size = field.fontSizePt();
        while (true) {
            List<String> lines = new ArrayList<>();
            for (String paragraph : paragraphs) {
                lines.addAll(wrap(paragraph, font, size, widthPt));
            }
            boolean fits = lines.size() <= field.maxLines();
            for (int i = 0; fits && i < lines.size(); i++) {
                fits = width(lines.get(i), font, size) <= widthPt;
            }
            if (fits) {
                return new FittedText(size, lines);
            }
            if (size - STEP_PT < TextField.MIN_FONT_PT) {
                return new FittedText(size, overflow(lines, field.maxLines()));
            }
            size -= STEP_PT;
        }
    }

    static double width(String text, PDFont font, double sizePt) throws IOException {
        return font.getStringWidth(text) / 1000 * sizePt;
    }

    /** Greedy wrap: as many words per line as fit; a single word wider than the box keeps a line to itself. */
    private static List<String> wrap(String text, PDFont font, double size, double widthPt) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.isEmpty()) {
                line.append(word);
            } else if (width(line + " " + word, font, size) <= widthPt) {
                line.append(' ').append(word);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The last allowed line takes the rest: better a line too long on a proof than a name printed in part. */
    private static List<String> overflow(List<String> lines, int maxLines) {
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines - 1));
        kept.add(String.join(" ", lines.subList(maxLines - 1, lines.size())));
        return kept;
    }
}
