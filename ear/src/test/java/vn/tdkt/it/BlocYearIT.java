package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.bloc.BlocMember;
import vn.tdkt.domain.blocreview.ReviewKind;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.it.support.TestBlocs;
import vn.tdkt.workflow.bloc.BlocReviews;
import vn.tdkt.workflow.bloc.BlocYears;
import vn.tdkt.workflow.organisation.UserDirectory;

/**
 * The bloc's year inside WildFly: the board sets members and head, the year's head records its deputies, nobody
 * else may; members and head are fixed once a review of the year is open, deputies are not.
 */
@ExtendWith(ArquillianExtension.class)
class BlocYearIT {

    /** A year no demo data or other test uses. */
    private static final int YEAR = 2028;

    @Inject
    BlocYears years;

    @Inject
    BlocReviews reviews;

    @Inject
    TestBlocs blocs;

    @Inject
    UserDirectory users;

    @Test
    void theBoardComposesTheYearAndTheHeadRecordsItsDeputies() {
        List<String> members = List.of("CONG_AN", "TAND", "VKSND", "CUC_THADS");
        refused(() -> years.compose(actor("clerk2"), TestBlocs.BLOC, YEAR, members, "CONG_AN"), "error.forbidden");
        refused(() -> years.compose(actor("appraiser"), TestBlocs.BLOC, YEAR, List.of("CONG_AN"), "CONG_AN"),
                "bloc.error.tooFewMembers");
        refused(() -> years.compose(actor("appraiser"), TestBlocs.BLOC, YEAR, members, "BO_CHQS"),
                "bloc.error.headNotMember");
        years.compose(actor("appraiser"), TestBlocs.BLOC, YEAR, members, "CONG_AN");
        assertThat(roles("clerk2")).containsExactly("CONG_AN:HEAD", "CUC_THADS:MEMBER", "TAND:MEMBER",
                "VKSND:MEMBER");

        refused(() -> years.appointDeputies(actor("clerk.tand"), TestBlocs.BLOC, YEAR, Set.of("TAND")),
                "bloc.error.onlyHead");
        refused(() -> years.appointDeputies(actor("clerk2"), TestBlocs.BLOC, YEAR, Set.of("BO_CHQS")),
                "bloc.error.notMember");
        years.appointDeputies(actor("clerk2"), TestBlocs.BLOC, YEAR, Set.of("TAND"));
        assertThat(roles("clerk.tand")).containsExactly("CONG_AN:HEAD", "TAND:DEPUTY", "CUC_THADS:MEMBER",
                "VKSND:MEMBER");
        refused(() -> years.members(actor("clerk.bochqs"), TestBlocs.BLOC, YEAR), "bloc.error.notMember");

        reviews.open(actor("clerk2"), TestBlocs.BLOC, YEAR, ReviewKind.MID_YEAR, blocs.movement("QUYET_THANG_2025"));
        refused(() -> years.compose(actor("appraiser"), TestBlocs.BLOC, YEAR, List.of("CONG_AN", "TAND"), "TAND"),
                "bloc.error.yearUnderReview");
        years.appointDeputies(actor("leader2"), TestBlocs.BLOC, YEAR, Set.of("VKSND", "TAND"));
        assertThat(roles("appraiser")).containsExactly("CONG_AN:HEAD", "TAND:DEPUTY", "VKSND:DEPUTY",
                "CUC_THADS:MEMBER");
    }

    private List<String> roles(String username) {
        return years.members(actor(username), TestBlocs.BLOC, YEAR).stream()
                .map((BlocMember m) -> m.getUnit().getCode() + ":" + m.getRole()).toList();
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private Actor actor(String username) {
        return users.actorFor(username).orElseThrow();
    }
}
