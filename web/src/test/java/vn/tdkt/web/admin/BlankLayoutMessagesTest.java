package vn.tdkt.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.workflow.certificate.DefaultLayout;
import vn.tdkt.workflow.certificate.LayoutProblem;

/**
 * The blank layout page shows each problem of a refused layout by its code: every code the parser can report, every
 * key the service raises and every default layout's label must have a text in both languages, or the administrator
 * would read the generic error instead of what to fix on the line.
 */
class BlankLayoutMessagesTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH);

    @Test
    void everyProblemCodeHasATextNamingTheFieldInBothLanguages() throws IllegalAccessException {
        List<String> codes = new ArrayList<>();
        for (Field field : LayoutProblem.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                codes.add((String) field.get(null));
            }
        }
        assertThat(codes).hasSize(11).allMatch(code -> code.startsWith("certificate.layout."));
        for (Locale language : LANGUAGES) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, language);
            for (String code : codes) {
                assertThat(bundle.containsKey(code)).as(code + " in " + language).isTrue();
                // Formatted as the page does: line and key as arguments, no pattern error, no placeholder left.
                assertThat(Messages.format(bundle, code, 7, "RECIPIENT_NAME")).as(code).doesNotContain("{")
                        .isNotEqualTo(bundle.getString("error.unexpected"));
            }
            assertThat(Messages.format(bundle, LayoutProblem.UNKNOWN_KEY, 3, "NAME")).contains("NAME");
        }
    }

    @Test
    void everyKeyTheServiceRaisesAndEveryDefaultHasATextInBothLanguages() throws IOException {
        String source = Files.readString(Path.of(System.getProperty("user.dir"),
                "../workflow/src/main/java/vn/tdkt/workflow/certificate/BlankLayouts.java"), StandardCharsets.UTF_8)
                + Files.readString(Path.of(System.getProperty("user.dir"),
                        "../workflow/src/main/java/vn/tdkt/workflow/certificate/BlankLayoutRefused.java"),
                        StandardCharsets.UTF_8);
        List<String> raised = new ArrayList<>();
        Matcher key = Pattern.compile("\"(blankLayout\\.[A-Za-z.]+)\"").matcher(source);
        while (key.find()) {
            raised.add(key.group(1));
        }
        assertThat(raised).contains("blankLayout.error.invalid", "blankLayout.error.changedMeanwhile",
                "blankLayout.error.titleNotFound");
        for (Locale language : LANGUAGES) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, language);
            assertThat(raised).allMatch(bundle::containsKey);
            for (DefaultLayout layout : DefaultLayout.values()) {
                assertThat(bundle.containsKey("blanks.defaultLayout." + layout)).as(layout + " in " + language)
                        .isTrue();
            }
        }
    }
}
