package vn.tdkt.workflow.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.shared.Texts;

/**
 * The words of the nominee list template (mẫu danh sách đề nghị): sheet names, headers, the labels of the
 * drop-down lists and the guide. They are part of the file format, so the writer and the reader take them from
 * one file, {@code nominee-template.properties}, whatever the user's language.
 */
final class TemplateText {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private static final Properties TEXT = load();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DASHES = Pattern.compile("\\p{Pd}");

    private TemplateText() {
    }

    private static Properties load() {
        Properties text = new Properties();
        try (InputStream in = TemplateText.class.getResourceAsStream("nominee-template.properties")) {
            if (in == null) {
                throw new IllegalStateException("nominee-template.properties is missing from the classpath");
            }
            text.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text;
    }

    static String get(String key) {
        String value = TEXT.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("nominee-template.properties has no " + key);
        }
        return value;
    }

    /** A guide line with its arguments, numbers written the Vietnamese way (5.000). */
    static String format(String key, Object... args) {
        return new MessageFormat(get(key), VIETNAMESE).format(args);
    }

    static String dataSheet() {
        return get("sheet.data");
    }

    static String guideSheet() {
        return get("sheet.guide");
    }

    static String kind(NomineeKind kind) {
        return get("kind." + kind.name());
    }

    /** The label of {@link NomineeRow#MALE} or {@link NomineeRow#FEMALE}. */
    static String gender(String code) {
        return get("gender." + code);
    }

    /**
     * The form in which labels are compared: without diacritics or case, dashes unified, spaces collapsed, so
     * that «CÁ NHÂN», «ca nhan» and «Cá nhân» (also typed decomposed, NFD) are one label. Only for recognising
     * a choice among a few labels, never for storing.
     */
    static String fold(String text) {
        String normalised = Texts.normalise(text);
        if (normalised == null) {
            return "";
        }
        String bare = MARKS.matcher(Normalizer.normalize(normalised, Normalizer.Form.NFD)).replaceAll("");
        return DASHES.matcher(bare.replace('đ', 'd').replace('Đ', 'D')).replaceAll("-").toLowerCase(Locale.ROOT);
    }
}
