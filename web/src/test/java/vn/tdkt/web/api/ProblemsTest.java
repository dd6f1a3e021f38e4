package vn.tdkt.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The API's error texts: Vietnamese unless English is preferred, and every kind of problem has its title. */
class ProblemsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void vietnameseIsTheDefaultAndEnglishIsChosenWhenPreferred() {
        assertThat(Problems.language(List.of())).isEqualTo(VI);
        assertThat(Problems.language(List.of(Locale.FRENCH))).isEqualTo(VI);
        assertThat(Problems.language(List.of(Locale.forLanguageTag("en-GB")))).isEqualTo(Locale.ENGLISH);
        assertThat(Problems.language(List.of(Locale.FRENCH, Locale.ENGLISH, VI))).isEqualTo(Locale.ENGLISH);
        assertThat(Problems.language(List.of(VI, Locale.ENGLISH))).isEqualTo(VI);
    }

    @Test
    void everyKindOfProblemHasATitleInBothLanguages() {
        String unknown = Problems.text(VI, "error.unexpected");
        for (ProblemType type : ProblemType.values()) {
            assertThat(Problems.text(VI, type.titleKey())).as(type.name()).isNotEqualTo(unknown);
            assertThat(Problems.text(Locale.ENGLISH, type.titleKey())).as(type.name())
                    .isNotEqualTo(Problems.text(Locale.ENGLISH, "error.unexpected"));
        }
    }

    @Test
    void theHandledTaskTextIsTheOneThePagesShow() {
        assertThat(Problems.text(VI, "task.error.alreadyHandled")).contains("đã được xử lý");
        assertThat(Problems.text(Locale.ENGLISH, "task.error.alreadyHandled")).contains("already been handled");
    }

    @Test
    void statusesMapToTheirKinds() {
        assertThat(ProblemType.ofStatus(415)).isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
        assertThat(ProblemType.ofStatus(422)).isEqualTo(ProblemType.INVALID_INPUT);
        assertThat(ProblemType.ofStatus(429)).isEqualTo(ProblemType.TOO_MANY_REQUESTS);
        assertThat(ProblemType.ofStatus(503)).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(ProblemType.ofStatus(502)).isEqualTo(ProblemType.SERVER_ERROR);
        assertThat(ProblemType.NOT_FOUND.uri()).isEqualTo("urn:tdkt:problem:not-found");
    }
}
