package vn.tdkt.workflow.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Administrators edit layouts as text: what they write is read back exactly, and every mistake has a line. */
class LayoutTextTest {

    private static final String PAGE = "page width=297 height=210\n";

    @ParameterizedTest
    @EnumSource(DefaultLayout.class)
    void everyDefaultIsValidAndReadsBackFromItsOwnText(DefaultLayout defaults) {
        BlankLayout layout = defaults.layout();

        assertThat(layout.landscape()).isTrue();
        assertThat(layout.qr()).isPresent();
        assertThat(layout.field(FieldKey.AWARD_TITLE).orElseThrow().colour()).as("red, Decree 98/2023 art. 104")
                .isEqualTo(TextField.RED);
        assertThat(LayoutText.parse(LayoutText.format(layout))).isEqualTo(layout);
    }

    @Test
    void theDefaultsHaveTheirPaperSizes() {
        assertThat(DefaultLayout.PROVINCIAL_CERTIFICATE_OF_MERIT.layout()).extracting(BlankLayout::widthMm,
                BlankLayout::heightMm).containsExactly(420.0, 297.0);
        assertThat(DefaultLayout.CERTIFICATE_OF_COMMENDATION.layout()).extracting(BlankLayout::widthMm,
                BlankLayout::heightMm).containsExactly(297.0, 210.0);
        assertThat(DefaultLayout.GRASSROOTS_EMULATION_FIGHTER.layout()).extracting(BlankLayout::widthMm,
                BlankLayout::heightMm).containsExactly(297.0, 210.0);
    }

    @Test
    void aLineReadsIntoAFieldWithItsDefaultsAndFractionsSurviveTheRoundTrip() {
        BlankLayout layout = LayoutText.parse("""
                # comment
                page width=297 height=210

                RECIPIENT_NAME x=40.25 y=96 width=217 size=22.5 bold
                SIGNER_TITLE   x=170 y=158 width=110 size=12 italic align=RIGHT color=#c00000 lines=2
                QR_CODE x=22 y=168 size=20
                """);

        assertThat(layout.field(FieldKey.RECIPIENT_NAME)).contains(new TextField(FieldKey.RECIPIENT_NAME, 40.25, 96,
                217, 22.5, true, false, "#000000", Alignment.CENTER, 1));
        assertThat(layout.field(FieldKey.SIGNER_TITLE)).contains(new TextField(FieldKey.SIGNER_TITLE, 170, 158, 110,
                12, false, true, "#c00000", Alignment.RIGHT, 2));
        assertThat(layout.qr()).contains(new QrField(22, 168, 20));
        assertThat(LayoutText.parse(LayoutText.format(layout))).isEqualTo(layout);
    }

    @Test
    void everyProblemIsReportedWithItsLineAndKeyAtOnce() {
        InvalidLayoutException error = catchThrowableOfType(InvalidLayoutException.class, () -> LayoutText.parse(PAGE
                + "RECIPIENT_NAME x=40 y=96 width=217 size=22\n"
                + "RECIPIENT_NAM x=40 y=96 width=217 size=22\n"
                + "RECIPIENT_NAME x=40 y=120 width=217 size=22\n"
                + "ACHIEVEMENT x=40 y=abc width=217 size=14 colour=#000000\n"
                + "SIGNER_NAME x=40 y=192 width=110\n"
                + "PLACE_DATE x=40 y=150 width=110 size=80 color=red align=middle\n"));

        assertThat(error.problems()).extracting(LayoutProblem::line, LayoutProblem::key, LayoutProblem::code)
                .containsExactlyInAnyOrder(
                        tuple(3, "RECIPIENT_NAM", LayoutProblem.UNKNOWN_KEY),
                        tuple(4, "RECIPIENT_NAME", LayoutProblem.DUPLICATE_KEY),
                        tuple(5, "ACHIEVEMENT", LayoutProblem.SYNTAX),
                        tuple(5, "ACHIEVEMENT", LayoutProblem.SYNTAX),
                        tuple(6, "SIGNER_NAME", LayoutProblem.MISSING),
                        tuple(7, "PLACE_DATE", LayoutProblem.SYNTAX));
        assertThat(error.getMessage()).contains("line 5: ACHIEVEMENT: y='abc' is not a number",
                "line 5: ACHIEVEMENT: unknown attribute 'colour'", "line 6: SIGNER_NAME: size is missing",
                "line 4: RECIPIENT_NAME appears more than once (first on line 2)");
    }

    @Test
    void aFieldOffThePaperIsRefusedOnItsLine() {
        assertThatThrownBy(() -> LayoutText.parse(PAGE + "SIGNER_NAME x=200 y=192 width=110 size=14\n"))
                .isInstanceOfSatisfying(InvalidLayoutException.class, e -> assertThat(e.problems()).singleElement()
                        .isEqualTo(new LayoutProblem(2, "SIGNER_NAME", LayoutProblem.OUT_OF_PAGE,
                                "SIGNER_NAME lies outside the page: it spans 200–310 mm across and 187.6–193.07 mm"
                                        + " down, the page is 297 × 210 mm")));
        // The baseline is on the paper but the letters above it are not.
        assertThat(codes(PAGE + "RECIPIENT_NAME x=40 y=3 width=217 size=22\n")).containsExactly(
                LayoutProblem.OUT_OF_PAGE);
        // The last of its lines would fall below the bottom edge.
        assertThat(codes(PAGE + "ACHIEVEMENT x=40 y=200 width=217 size=14 lines=3\n")).containsExactly(
                LayoutProblem.OUT_OF_PAGE);
        assertThat(codes(PAGE + "QR_CODE x=280 y=20 size=20\n")).containsExactly(LayoutProblem.OUT_OF_PAGE);
        assertThat(codes(PAGE + "DECISION_LINE x=-1 y=150 width=100 size=11\n")).containsExactly(
                LayoutProblem.OUT_OF_PAGE);
    }

    @Test
    void sizesOutOfRangeAreRefused() {
        assertThat(codes(PAGE + "RECIPIENT_NAME x=40 y=96 width=217 size=5.5\n")).containsExactly(
                LayoutProblem.FONT_SIZE);
        assertThat(codes(PAGE + "RECIPIENT_NAME x=40 y=96 width=217 size=73\n")).containsExactly(
                LayoutProblem.FONT_SIZE);
        assertThat(codes(PAGE + "RECIPIENT_NAME x=40 y=96 width=0 size=20\n")).containsExactly(LayoutProblem.WIDTH);
        assertThat(codes(PAGE + "ACHIEVEMENT x=40 y=96 width=200 size=20 lines=6\n")).containsExactly(
                LayoutProblem.LINES);
        assertThat(codes(PAGE + "QR_CODE x=20 y=20 size=11.9\n")).containsExactly(LayoutProblem.QR_SIZE);
        assertThat(codes(PAGE + "QR_CODE x=20 y=20 size=61\n")).containsExactly(LayoutProblem.QR_SIZE);
        assertThat(codes("page width=2970 height=210\n")).containsExactly(LayoutProblem.PAGE_SIZE);
        assertThat(codes("RECIPIENT_NAME x=40 y=96 width=217 size=22\n")).containsExactly(LayoutProblem.MISSING);
        // Bounds themselves are allowed.
        LayoutText.parse(PAGE + "RECIPIENT_NAME x=40 y=96 width=217 size=72\nQR_CODE x=20 y=20 size=60\n");
        LayoutText.parse(PAGE + "RECIPIENT_NAME x=40 y=96 width=217 size=6\nQR_CODE x=20 y=20 size=12\n");
    }

    @Test
    void numbersAreOnlyPlainDecimals() {
        for (String value : List.of("NaN", "1e2", "0x10", "12,5", "Infinity", "")) {
            assertThat(codes(PAGE + "QR_CODE x=" + value + " y=20 size=20\n")).as(value).containsExactly(
                    LayoutProblem.SYNTAX);
        }
    }

    @Test
    void theValueObjectChecksTheSameRulesWithoutLines() {
        TextField name = TextField.centred(FieldKey.RECIPIENT_NAME, 40, 96, 217, 22);

        assertThatThrownBy(() -> new BlankLayout(297, 210, List.of(name, name), null)).isInstanceOfSatisfying(
                InvalidLayoutException.class, e -> assertThat(e.problems()).extracting(LayoutProblem::line,
                        LayoutProblem::code).containsExactly(tuple(0, LayoutProblem.DUPLICATE_KEY)));
        assertThatThrownBy(() -> new BlankLayout(297, 210, List.of(TextField.centred(FieldKey.QR_CODE, 40, 96, 50,
                12)), null)).isInstanceOf(InvalidLayoutException.class).hasMessageContaining("not a text field");
        assertThatThrownBy(() -> new BlankLayout(200, 150, List.of(name), null)).isInstanceOfSatisfying(
                InvalidLayoutException.class, e -> assertThat(e.problems()).extracting(LayoutProblem::code)
                        .containsExactly(LayoutProblem.OUT_OF_PAGE));
    }

    @Test
    void aHugeTextIsRefusedBeforeItIsRead() {
        assertThat(codes(PAGE + "#".repeat(LayoutText.MAX_CHARS))).containsExactly(LayoutProblem.SYNTAX);
    }

    private static List<String> codes(String text) {
        return catchThrowableOfType(InvalidLayoutException.class, () -> LayoutText.parse(text)).problems().stream()
                .map(LayoutProblem::code).toList();
    }
}
