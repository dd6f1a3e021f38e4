package vn.tdkt.domain.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.shared.DomainException;

class BallotResultTest {

    @Test
    void twoThirdsPresentIsAQuorumAndSeventyPercentOfThemCarryTheVote() {
        BallotResult ballot = BallotResult.of(9, 6, 5, 1, 0);
        assertThat(ballot.quorate(67)).isFalse(); // 6 of 9 is 66.7 %, just under two thirds written as 67 %
        assertThat(BallotResult.of(9, 7, 5, 1, 1).quorate(67)).isTrue();
        assertThat(BallotResult.of(10, 10, 7, 3, 0).reachesOfPresent(70)).isTrue();
        assertThat(BallotResult.of(10, 10, 6, 3, 1).reachesOfPresent(70)).isFalse();
        // For the stricter titles absent members count as not for.
        assertThat(BallotResult.of(10, 9, 9, 0, 0).reachesOfMembers(90)).isTrue();
        assertThat(BallotResult.of(10, 8, 8, 0, 0).reachesOfMembers(90)).isFalse();
    }

    @Test
    void countsThatDoNotAddUpAreRefusedBesideTheField() {
        assertThatThrownBy(() -> BallotResult.of(9, 10, 10, 0, 0)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.field()).isEqualTo("present"));
        assertThatThrownBy(() -> BallotResult.of(9, 7, 5, 1, 0)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("ballot.error.sum"));
        assertThatThrownBy(() -> BallotResult.of(0, 0, 0, 0, 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> BallotResult.of(5, 3, 4, -1, 0)).isInstanceOf(DomainException.class);
    }

    @Property
    void theThresholdOfPresentIsExactlyTheIntegerComparison(@ForAll @IntRange(min = 1, max = 60) int present,
            @ForAll @IntRange(min = 0, max = 60) int agree, @ForAll @IntRange(min = 0, max = 100) int percent) {
        int agreeing = Math.min(agree, present);
        BallotResult ballot = BallotResult.of(present, present, agreeing, present - agreeing, 0);
        assertThat(ballot.reachesOfPresent(percent)).isEqualTo(agreeing * 100 >= present * percent);
    }
}
