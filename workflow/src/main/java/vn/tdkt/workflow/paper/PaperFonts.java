package vn.tdkt.workflow.paper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The bundled Liberation Serif 2 faces (OFL), metric-compatible with Times New Roman, which Nghị định 30/2020 requires;
 * unlike Liberation Serif 1 they cover every Vietnamese letter. Read once: every paper embeds subsets of them.
 */
final class PaperFonts {

    /** The family templates name, as the decree does; the bundled faces answer to it. */
    static final String TIMES_NEW_ROMAN = "Times New Roman";

    static final String LIBERATION_SERIF = "Liberation Serif";

    record Face(int weight, boolean italic, byte[] bytes) {
    }

    static final List<Face> FACES = List.of(
            face("LiberationSerif-Regular.ttf", 400, false),
            face("LiberationSerif-Bold.ttf", 700, false),
            face("LiberationSerif-Italic.ttf", 400, true),
            face("LiberationSerif-BoldItalic.ttf", 700, true));

    private PaperFonts() {
    }

    private static Face face(String file, int weight, boolean italic) {
        String path = "/vn/tdkt/workflow/fonts/" + file;
        try (InputStream in = PaperFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the font " + path + " is missing from the build");
            }
            return new Face(weight, italic, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + path, e);
        }
    }
}
