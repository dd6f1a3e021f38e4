package vn.tdkt.workflow.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The layouts a province starts from, before an operator measures its own blanks. Kept as layout text in resources
 * (one place, the same format administrators edit), so that a default is copied into the editor as it is.
 */
public enum DefaultLayout {
    /** Bằng khen of the provincial chairman, 420 × 297 mm landscape. */
    PROVINCIAL_CERTIFICATE_OF_MERIT("provincial-certificate-of-merit.layout"),
    /** Giấy khen, A4 landscape. */
    CERTIFICATE_OF_COMMENDATION("certificate-of-commendation.layout"),
    /** Giấy chứng nhận Chiến sĩ thi đua cơ sở, A4 landscape. */
    GRASSROOTS_EMULATION_FIGHTER("grassroots-emulation-fighter.layout");

    private final String resource;

    DefaultLayout(String resource) {
        this.resource = resource;
    }

    /**
     * The built-in layout for a title or form: the provincial Bằng khen and the flag, printed large; the emulation
     * fighters' certificates (giấy chứng nhận); a Giấy khen for the rest (titles of a unit).
     */
    public static DefaultLayout forTitle(String titleCode) {
        return switch (titleCode) {
            case "BK_UBND", "BK_TTG", "CO_THI_DUA_UBND" -> PROVINCIAL_CERTIFICATE_OF_MERIT;
            case "CSTDCS", "CSTD_TINH", "CSTD_TOAN_QUOC" -> GRASSROOTS_EMULATION_FIGHTER;
            default -> CERTIFICATE_OF_COMMENDATION;
        };
    }

    /** The layout text, comments included, for the administrator's editor. */
    public String text() {
        try (InputStream in = DefaultLayout.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Default layout " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BlankLayout layout() {
        return LayoutText.parse(text());
    }
}
