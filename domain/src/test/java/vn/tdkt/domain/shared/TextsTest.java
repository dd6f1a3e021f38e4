package vn.tdkt.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    private static final String PRECOMPOSED = "Nguy\u1EC5n";
    // "e" + combining circumflex + combining tilde: what some Vietnamese keyboards (VNI/Telex on macOS) send.
    private static final String DECOMPOSED = "Nguye\u0302\u0303n";

    @Test
    void normaliseTrimsAndCollapsesWhitespaceIncludingNonBreakingSpaces() {
        String pastedFromOffice = "\u00A0 Nguyễn\u00A0\u00A0Văn \t\n An \u00A0";

        assertThat(Texts.normalise(pastedFromOffice)).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void normaliseTurnsDecomposedVietnameseIntoTheSameSpellingAsPrecomposed() {
        // Guard: without NFC the two spellings differ, so the assertion below would catch a missing normalisation.
        assertThat(DECOMPOSED).isNotEqualTo(PRECOMPOSED);

        assertThat(Texts.normalise(DECOMPOSED)).isEqualTo(PRECOMPOSED);
        assertThat(Texts.normaliseMultiline(DECOMPOSED)).isEqualTo(PRECOMPOSED);
        assertThat(Texts.required("nomineeName", DECOMPOSED, 200, false)).isEqualTo(PRECOMPOSED);
    }

    @Test
    void normaliseKeepsNull() {
        assertThat(Texts.normalise(null)).isNull();
        assertThat(Texts.normaliseMultiline(null)).isNull();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "   ", "\t\n", "\u00A0\u00A0", " \u00A0 \r\n "})
    void requiredRejectsMissingOrBlankTextNamingTheField(String blank) {
        assertThatThrownBy(() -> Texts.required("nomineeName", blank, 200, false))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("validation.required");
                    assertThat(e.field()).isEqualTo("nomineeName");
                });
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\n", " \r\n \t "})
    void requiredMultilineRejectsTextOfOnlyLineBreaksAndSpaces(String blank) {
        assertThatThrownBy(() -> Texts.required("reason", blank, 2000, true))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("validation.required");
                    assertThat(e.field()).isEqualTo("reason");
                });
    }

    @Test
    void requiredMultilineRejectsTextOfOnlyNonBreakingSpaces() {
        assertThatThrownBy(() -> Texts.required("reason", "\u00A0 \n\u00A0", 2000, true))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("validation.required");
                    assertThat(e.field()).isEqualTo("reason");
                });
    }

    @Test
    void requiredAcceptsVietnameseTextOfExactlyTheLimitWithManyDiacritics() {
        String text = "ễ".repeat(4000);

        assertThat(Texts.required("summary", text, 4000, true)).hasSize(4000);
    }

    @Test
    void requiredCountsDecomposedInputAfterNormalisation() {
        // 4000 letters typed decomposed are 12000 UTF-16 units; the user still typed 4000 letters.
        String typed = "e\u0302\u0303".repeat(4000);
        assertThat(typed).hasSize(12_000);

        assertThat(Texts.required("summary", typed, 4000, true)).isEqualTo("ễ".repeat(4000));
    }

    @Test
    void requiredCountsCodePointsNotUtf16Units() {
        // Characters outside the BMP (e.g. a pasted emoji) are two UTF-16 units but one character in PostgreSQL.
        String text = "\uD83C\uDFC6".repeat(4000);
        assertThat(text).hasSize(8000);

        assertThat(Texts.required("summary", text, 4000, true)).isEqualTo(text);
    }

    @Test
    void requiredRejectsTextOneOverTheLimitWithTheLimitAsArgument() {
        String text = "ễ".repeat(4001);

        assertThatThrownBy(() -> Texts.required("summary", text, 4000, true))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("validation.tooLong");
                    assertThat(e.field()).isEqualTo("summary");
                    assertThat(e.arguments()).containsExactly(4000);
                });
    }

    @Test
    void requiredMeasuresTheLengthAfterTrimming() {
        // Stray spaces around a pasted text must not push an otherwise valid text over the limit.
        String text = "   " + "a".repeat(10) + "\u00A0\u00A0\u00A0";

        assertThat(Texts.required("code", text, 10, false)).isEqualTo("a".repeat(10));
    }

    @Test
    void multilineKeepsLineBreaksAndBlankLinesButNormalisesWindowsLineEnds() {
        String reason = "  Thiếu minh chứng:\r\n- Bản tự kiểm điểm\r\n\r\n- Xác nhận của chi bộ  \n";

        assertThat(Texts.normaliseMultiline(reason))
                .isEqualTo("Thiếu minh chứng:\n- Bản tự kiểm điểm\n\n- Xác nhận của chi bộ");
        assertThat(Texts.required("reason", reason, 2000, true))
                .isEqualTo("Thiếu minh chứng:\n- Bản tự kiểm điểm\n\n- Xác nhận của chi bộ");
    }

    @Test
    void singleLineRequiredJoinsLinesIntoOne() {
        assertThat(Texts.required("nomineePosition", "Kiểm sát viên\r\n  trung cấp", 200, false))
                .isEqualTo("Kiểm sát viên trung cấp");
    }
}
