package vn.tdkt.domain.bloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.TestUnits;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;

/** The year's covenant, drafted by the head and acknowledged by each member's leader; the head's handover. */
class CovenantTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2025, 1, 15, 9, 0);

    private final Unit tand = TestUnits.unit(4, "TAND", "Tòa án nhân dân tỉnh");
    private final Unit congan = TestUnits.unit(3, "CONG_AN", "Công an tỉnh");
    private final Unit vksnd = TestUnits.unit(1, "VKSND", "Viện Kiểm sát nhân dân tỉnh");
    private final Bloc bloc = new Bloc("NOI_CHINH", "Khối thi đua Nội chính tỉnh Tây Ninh");

    CovenantTest() {
        Map<Unit, BlocRole> roles = new LinkedHashMap<>();
        roles.put(tand, BlocRole.HEAD);
        roles.put(congan, BlocRole.MEMBER);
        roles.put(vksnd, BlocRole.DEPUTY);
        bloc.composeYear(2025, roles);
    }

    private static Actor of(Unit unit, Role role) {
        return TestUnits.actor(unit.getId() * 10 + role.ordinal(), role.name().toLowerCase() + "." + unit.getCode(),
                "Thủ trưởng " + unit.getName(), unit, role);
    }

    @Test
    void theHeadDraftsEachMembersLeaderSignsOnceAndTheTextIsThenFixed() {
        assertThatThrownBy(() -> Covenant.draft(bloc, 2025, "Giao ước", of(congan, Role.CLERK), NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bloc.error.onlyHead"));
        Covenant covenant = Covenant.draft(bloc, 2025, "Các đơn vị cam kết thi đua hoàn thành xuất sắc nhiệm vụ.",
                of(tand, Role.CLERK), NOW);
        covenant.revise("Các đơn vị trong khối cam kết thi đua hoàn thành xuất sắc nhiệm vụ năm 2025.",
                of(tand, Role.CLERK), NOW);

        assertThatThrownBy(() -> covenant.sign(of(congan, Role.CLERK), NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.forbidden"));
        covenant.sign(of(congan, Role.UNIT_LEADER), NOW);
        assertThatThrownBy(() -> covenant.sign(of(congan, Role.UNIT_LEADER), NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("covenant.error.alreadySigned"));
        assertThatThrownBy(() -> covenant.revise("Khác", of(tand, Role.CLERK), NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("covenant.error.signed"));
        assertThat(covenant.isSignedByAll()).isFalse();
        covenant.sign(of(tand, Role.UNIT_LEADER), NOW);
        covenant.sign(of(vksnd, Role.UNIT_LEADER), NOW);

        assertThat(covenant.isSignedByAll()).isTrue();
        assertThat(covenant.signatureOf(congan)).hasValueSatisfying(
                s -> assertThat(s.getSignerName()).isEqualTo("Thủ trưởng Công an tỉnh"));
    }

    @Test
    void theHeadHandsOverToAnotherMemberForTheNextYearOnce() {
        assertThatThrownBy(() -> bloc.handOver(2025, tand)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("bloc.error.sameHead"));
        bloc.handOver(2025, vksnd);

        assertThat(bloc.headIn(2026)).contains(vksnd);
        assertThat(bloc.membersIn(2026)).hasSize(3);
        assertThatThrownBy(() -> bloc.handOver(2025, congan)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("bloc.error.nextYearComposed"));
    }
}
