package vn.tdkt.domain.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdkt.domain.shared.DomainException;

class NomineeTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u00A0", " \t "})
    void aNameOfOnlySpacesIsRefusedBesideTheNameField(String name) {
        assertThatThrownBy(() -> Nominee.of(name, "Kiểm sát viên"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("validation.required");
                    assertThat(e.field()).isEqualTo("nomineeName");
                });
    }

    @Test
    void aBlankPositionIsRefusedBesideThePositionField() {
        assertThatThrownBy(() -> Nominee.of("Nguyễn Văn An", "  "))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("validation.required");
                    assertThat(e.field()).isEqualTo("nomineePosition");
                });
    }

    @Test
    void aNameOverTwoHundredCharactersIsRefused() {
        assertThat(Nominee.of("ễ".repeat(Nominee.MAX_NAME), "Kiểm sát viên").getFullName())
                .hasSize(Nominee.MAX_NAME);
        assertThatThrownBy(() -> Nominee.of("ễ".repeat(Nominee.MAX_NAME + 1), "Kiểm sát viên"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("validation.tooLong");
                    assertThat(e.field()).isEqualTo("nomineeName");
                });
    }

    @Test
    void theSamePersonTypedDifferentlyIsOneNominee() {
        Nominee typed = Nominee.of(" Nguye\u0302\u0303n\u00A0 Văn  An ", "Kiểm sát viên\ntrung cấp");
        Nominee pasted = Nominee.of("Nguyễn Văn An", "Kiểm sát viên trung cấp");

        assertThat(typed.getFullName()).isEqualTo("Nguyễn Văn An");
        assertThat(typed).isEqualTo(pasted).hasSameHashCodeAs(pasted);
    }
}
