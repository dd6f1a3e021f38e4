package vn.tdkt.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.shared.DomainException;

/** A rule set in force never changes; a change of the law is a new set with a later date. */
class RuleSetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final RuleSet IN_FORCE = new RuleSet("Nghị định 152/2025", LocalDate.of(2025, 7, 1),
            Map.of(Eligibility.CSTD_TINH_CONSECUTIVE_CSTDCS, 3));

    @Test
    void aSuccessorCopiesTheParametersAndMustStartAfterToday() {
        RuleSet next = IN_FORCE.successor("Luật sửa đổi 2027", LocalDate.of(2027, 1, 1), TODAY);
        assertThat(next.getParameters()).isEqualTo(IN_FORCE.getParameters());
        assertThat(next.getEffectiveFrom()).isEqualTo(LocalDate.of(2027, 1, 1));

        for (LocalDate notLater : new LocalDate[] {TODAY, TODAY.minusDays(1), null}) {
            assertThatThrownBy(() -> IN_FORCE.successor("X", notLater, TODAY))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("ruleSet.error.notInFuture");
                        assertThat(e.field()).isEqualTo("effectiveFrom");
                    });
        }
    }

    @Test
    void onlyAFutureSetTakesParameterChanges() {
        RuleSet next = IN_FORCE.successor("Luật sửa đổi 2027", LocalDate.of(2027, 1, 1), TODAY);
        next.changeParameter(Eligibility.CSTD_TINH_CONSECUTIVE_CSTDCS, 2, TODAY);
        assertThat(next.parameter(Eligibility.CSTD_TINH_CONSECUTIVE_CSTDCS)).isEqualTo(2);

        assertThatThrownBy(() -> IN_FORCE.changeParameter(Eligibility.CSTD_TINH_CONSECUTIVE_CSTDCS, 2, TODAY))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("ruleSet.error.inForce"));
        assertThat(IN_FORCE.parameter(Eligibility.CSTD_TINH_CONSECUTIVE_CSTDCS)).isEqualTo(3);
        // On its first day a set is in force and therefore frozen too.
        assertThatThrownBy(() -> next.changeParameter(Eligibility.CSTD_TINH_CONSECUTIVE_CSTDCS, 4,
                LocalDate.of(2027, 1, 1))).isInstanceOf(DomainException.class);
    }

    @Test
    void unknownAndNegativeParametersAreRefused() {
        RuleSet next = IN_FORCE.successor("Luật sửa đổi 2027", LocalDate.of(2027, 1, 1), TODAY);
        assertThatThrownBy(() -> next.changeParameter("made.up", 1, TODAY)).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("ruleSet.error.unknownParameter"));
        assertThatThrownBy(() -> next.changeParameter(Eligibility.CSTD_TINH_CONSECUTIVE_CSTDCS, -1, TODAY))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("ruleSet.error.negative"));
    }
}
