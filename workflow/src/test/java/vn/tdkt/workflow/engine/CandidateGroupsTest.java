package vn.tdkt.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;

class CandidateGroupsTest {

    @Test
    void aLeaderIsInTheLeaderGroupOfTheirOwnUnit() {
        Actor leader = new Actor(1, "thutruong", "Lê Văn Cường", 7, "VKSND", Set.of(Role.UNIT_LEADER));

        assertThat(CandidateGroups.of(leader)).containsExactly("UNIT_LEADER@VKSND");
    }

    @Test
    void eachRoleGivesOneGroupScopedToTheUnit() {
        Actor both = new Actor(2, "kiemnhiem", "Kiêm nhiệm", 8, "CONG_AN", EnumSet.of(Role.UNIT_LEADER, Role.CLERK));

        assertThat(CandidateGroups.of(both)).containsExactly("CLERK@CONG_AN", "UNIT_LEADER@CONG_AN");
    }

    @Test
    void theGroupsMatchTheCandidateGroupExpressionsOfTheDiagram() {
        // The diagram writes "ROLE@${unitCode}"; a group of another shape would never be offered a task.
        Actor clerk = new Actor(3, "canbo", "Trần Thị Bình", 7, "VKSND", Set.of(Role.CLERK));

        assertThat(CandidateGroups.of(clerk)).singleElement().asString().matches("[A-Z_]+@[A-Z0-9_]+")
                .isEqualTo(Role.CLERK_NAME + "@VKSND");
    }

    @Test
    void anAdministratorIsInNoGroupThatTheDiagramOffersTasksTo() {
        Actor admin = new Actor(4, "admin", "Quản trị", 9, "BAN_TDKT", Set.of(Role.ADMIN));

        assertThat(CandidateGroups.of(admin)).containsExactly("ADMIN@BAN_TDKT")
                .doesNotContain("UNIT_LEADER@BAN_TDKT", "CLERK@BAN_TDKT");
    }

    @Test
    void aGroupIdReadsBackAsRoleAndUnit() {
        assertThat(CandidateGroups.parse("UNIT_LEADER@VKSND"))
                .contains(new CandidateGroups.Group(Role.UNIT_LEADER, "VKSND"));
        assertThat(CandidateGroups.parse("CLERK@CONG_AN")).contains(new CandidateGroups.Group(Role.CLERK, "CONG_AN"));
        assertThat(CandidateGroups.parse("NO_SUCH_ROLE@BAN_TDKT")).isEmpty();
        assertThat(CandidateGroups.parse("UNIT_LEADER")).isEmpty();
        assertThat(CandidateGroups.parse("UNIT_LEADER@")).isEmpty();
        assertThat(CandidateGroups.parse(null)).isEmpty();
    }
}
