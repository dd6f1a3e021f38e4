package vn.tdkt.domain.bloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.TestUnits;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;

class BlocTest {

    private final Unit vksnd = TestUnits.unit(1, "VKSND", "Viện Kiểm sát nhân dân tỉnh");
    private final Unit tand = TestUnits.unit(2, "TAND", "Tòa án nhân dân tỉnh");
    private final Unit boChqs = TestUnits.unit(3, "BO_CHQS", "Bộ Chỉ huy Quân sự tỉnh");

    @Test
    void theHeadRotatesByYearAndEachYearHasExactlyOneHead() {
        Bloc bloc = new Bloc("NOI_CHINH", "Khối thi đua Nội chính tỉnh Tây Ninh");
        bloc.composeYear(2024, roles(vksnd, tand));
        bloc.composeYear(2025, roles(tand, vksnd));
        assertThat(bloc.headIn(2024)).contains(vksnd);
        assertThat(bloc.headIn(2025)).contains(tand);
        assertThat(bloc.membersIn(2024)).extracting(BlocMember::getRole)
                .containsExactly(BlocRole.HEAD, BlocRole.MEMBER, BlocRole.MEMBER);

        Map<Unit, BlocRole> twoHeads = Map.of(vksnd, BlocRole.HEAD, tand, BlocRole.HEAD);
        assertThatThrownBy(() -> bloc.composeYear(2026, twoHeads)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("bloc.error.oneHead"));
        assertThat(bloc.membersIn(2026)).isEmpty();
    }

    @Test
    void theYearsDeputiesAreMembersButNeverTheHead() {
        Bloc bloc = new Bloc("NOI_CHINH", "Khối thi đua Nội chính tỉnh Tây Ninh");
        bloc.composeYear(2024, roles(vksnd, tand));
        Unit congAn = TestUnits.unit(4, "CONG_AN", "Công an tỉnh");

        bloc.appointDeputies(2024, Set.of(tand));
        assertThat(bloc.membersIn(2024)).extracting(m -> m.getUnit().getCode() + ":" + m.getRole())
                .containsExactly("VKSND:HEAD", "TAND:DEPUTY", "BO_CHQS:MEMBER");
        bloc.appointDeputies(2024, Set.of(boChqs));
        assertThat(bloc.membersIn(2024)).extracting(m -> m.getUnit().getCode() + ":" + m.getRole())
                .containsExactly("VKSND:HEAD", "BO_CHQS:DEPUTY", "TAND:MEMBER");

        assertThatThrownBy(() -> bloc.appointDeputies(2024, Set.of(vksnd)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bloc.error.headAsDeputy"));
        assertThatThrownBy(() -> bloc.appointDeputies(2024, Set.of(congAn)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bloc.error.notMember"));
        assertThat(bloc.membersIn(2024)).extracting(BlocMember::getRole)
                .as("a refused appointment changes nothing")
                .containsExactly(BlocRole.HEAD, BlocRole.DEPUTY, BlocRole.MEMBER);
        bloc.appointDeputies(2024, Set.of());
        assertThat(bloc.membersIn(2024)).extracting(BlocMember::getRole)
                .containsExactly(BlocRole.HEAD, BlocRole.MEMBER, BlocRole.MEMBER);
    }

    @Test
    void aYearsWorkIsOpenToItsMembersAndTheBoardOnly() {
        Bloc bloc = new Bloc("NOI_CHINH", "Khối thi đua Nội chính tỉnh Tây Ninh");
        bloc.composeYear(2024, roles(vksnd, tand));
        Unit congAn = TestUnits.unit(4, "CONG_AN", "Công an tỉnh");

        assertThat(bloc.isOpenTo(actor(tand, Role.CLERK), 2024)).isTrue();
        assertThat(bloc.isOpenTo(actor(congAn, Role.CLERK, Role.UNIT_LEADER), 2024)).isFalse();
        assertThat(bloc.isOpenTo(actor(tand, Role.CLERK), 2025)).as("not a member in a year not composed").isFalse();
        for (Role board : List.of(Role.APPRAISER, Role.APPROVER, Role.ADMIN)) {
            assertThat(bloc.isOpenTo(actor(congAn, board), 2024)).as(board.name()).isTrue();
        }
    }

    private static Actor actor(Unit unit, Role... roles) {
        return TestUnits.actor(unit.getId(), "u" + unit.getId(), "Người dùng", unit, roles);
    }

    private Map<Unit, BlocRole> roles(Unit head, Unit other) {
        Map<Unit, BlocRole> roles = new LinkedHashMap<>();
        roles.put(head, BlocRole.HEAD);
        roles.put(other, BlocRole.MEMBER);
        roles.put(boChqs, BlocRole.MEMBER);
        return roles;
    }
}
