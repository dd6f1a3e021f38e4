package vn.tdkt.domain.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.TestUnits;
import vn.tdkt.domain.bloc.Bloc;
import vn.tdkt.domain.bloc.BlocRole;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;

/** A unit's title registration: its own clerk, the titles that fit, open until the movement's registration closes. */
class TitleRegistrationTest {

    private static final LocalDateTime OPEN = LocalDateTime.of(2025, 2, 10, 9, 0);
    private static final LocalDateTime LAST_DAY = LocalDateTime.of(2025, 2, 28, 23, 59);
    private static final LocalDateTime CLOSED = LocalDateTime.of(2025, 3, 1, 0, 0);

    private final Unit tand = TestUnits.unit(4, "TAND", "Tòa án nhân dân tỉnh");
    private final Unit bochqs = TestUnits.unit(2, "BO_CHQS", "Bộ Chỉ huy Quân sự tỉnh");
    private final Unit board = TestUnits.unit(9, "BAN_TDKT", "Ban Thi đua – Khen thưởng tỉnh");
    private final Title flag = TestUnits.collectiveTitle(10, "CO_THI_DUA_UBND", "Cờ thi đua của Ủy ban nhân dân tỉnh");
    private final Title excellent = TestUnits.collectiveTitle(9, "TTLD_XUAT_SAC", "Tập thể lao động xuất sắc");
    private final Title advanced = TestUnits.title(1, "LDTT", "Lao động tiên tiến", "Advanced Worker", true);
    private final Title fighter = TestUnits.title(3, "CSTDCS", "Chiến sĩ thi đua cơ sở", "Fighter", true);
    private final Title merit = TestUnits.titleForEveryKind(5, "BK_UBND", "Bằng khen của Chủ tịch UBND tỉnh");
    private final Movement movement;

    TitleRegistrationTest() {
        Bloc bloc = new Bloc("NOI_CHINH", "Khối thi đua Nội chính tỉnh Tây Ninh");
        Map<Unit, BlocRole> roles = new LinkedHashMap<>();
        roles.put(tand, BlocRole.HEAD);
        roles.put(bochqs, BlocRole.MEMBER);
        bloc.composeYear(2025, roles);
        movement = Movement.launch("QUYET_THANG_2025",
                new MovementDetails("Phong trào thi đua \"Quyết thắng\" năm 2025",
                        MovementKind.REGULAR, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                        LocalDate.of(2025, 2, 28), LocalDate.of(2026, 3, 15), List.of()),
                bloc, tand, clerkOf(tand));
    }

    private static Actor clerkOf(Unit unit) {
        return TestUnits.actor(unit.getId() * 10, "clerk." + unit.getCode(), "Nguyễn Hữu Phước", unit, Role.CLERK);
    }

    private Map<Title, Integer> people(Object... titleAndCount) {
        Map<Title, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < titleAndCount.length; i += 2) {
            counts.put((Title) titleAndCount[i], (Integer) titleAndCount[i + 1]);
        }
        return counts;
    }

    @Test
    void theUnitsClerkRegistersTheCollectiveTitleAndPeopleForIndividualTitles() {
        TitleRegistration registration = TitleRegistration.register(movement, bochqs, clerkOf(bochqs), flag,
                people(fighter, 3, advanced, 25), OPEN);

        assertThat(registration.getCollectiveTitle()).isEqualTo(flag);
        // Lines in the catalog's order, whatever order they were typed in.
        assertThat(registration.getLines()).extracting(l -> l.getTitle().getCode()).containsExactly("LDTT", "CSTDCS");
        assertThat(registration.nomineesFor(advanced)).isEqualTo(25);
        assertThat(registration.getRegisteredBy()).isEqualTo("clerk.BO_CHQS");
        assertThat(registration.getRegisteredByName()).isEqualTo("Nguyễn Hữu Phước");
        assertThat(registration.getRegisteredAt()).isEqualTo(OPEN);

        registration.revise(clerkOf(bochqs), excellent, people(advanced, 0, fighter, 2), LAST_DAY);
        assertThat(registration.getCollectiveTitle()).isEqualTo(excellent);
        assertThat(registration.getLines()).singleElement().satisfies(l -> {
            assertThat(l.getTitle()).isEqualTo(fighter);
            assertThat(l.getNominees()).isEqualTo(2);
        });
    }

    @Test
    void onlyTheUnitsOwnClerkRegistersAndOnlyForAMemberOfTheBloc() {
        assertThatThrownBy(() -> TitleRegistration.register(movement, bochqs, clerkOf(tand), flag, Map.of(), OPEN))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("movement.registration.error.ownUnit"));
        Actor leader = TestUnits.actor(21, "leader.bochqs", "Thủ trưởng", bochqs, Role.UNIT_LEADER);
        assertThatThrownBy(() -> TitleRegistration.register(movement, bochqs, leader, flag, Map.of(), OPEN))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.forbidden"));
        assertThatThrownBy(() -> TitleRegistration.register(movement, board, clerkOf(board), flag, Map.of(), OPEN))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("movement.error.notParticipant"));
        TitleRegistration registration = TitleRegistration.register(movement, bochqs, clerkOf(bochqs), flag,
                Map.of(), OPEN);
        assertThatThrownBy(() -> registration.revise(clerkOf(tand), excellent, Map.of(), OPEN))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("movement.registration.error.ownUnit"));
        assertThat(registration.getCollectiveTitle()).isEqualTo(flag);
    }

    @Test
    void theRegistrationIsLockedOnceTheDeadlinePasses() {
        TitleRegistration registration = TitleRegistration.register(movement, bochqs, clerkOf(bochqs), flag,
                people(advanced, 10), LAST_DAY);

        assertThatThrownBy(() -> registration.revise(clerkOf(bochqs), excellent, Map.of(), CLOSED))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("movement.registration.error.closed");
                    assertThat(e.arguments()).containsExactly("28/02/2025");
                });
        assertThatThrownBy(() -> TitleRegistration.register(movement, tand, clerkOf(tand), flag, Map.of(), CLOSED))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("movement.registration.error.closed"));
        assertThat(registration.getCollectiveTitle()).isEqualTo(flag);
        assertThat(registration.getRegisteredAt()).isEqualTo(LAST_DAY);
    }

    @Test
    void titlesMustFitWhoAimsForThemAndSomethingMustBeRegistered() {
        Actor clerk = clerkOf(bochqs);
        assertThatThrownBy(() -> TitleRegistration.register(movement, bochqs, clerk, advanced, Map.of(), OPEN))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("movement.registration.error.collectiveTitle");
                    assertThat(e.field()).isEqualTo("collectiveTitle");
                });
        // A form of commendation (Bằng khen) is proposed, not registered as a title.
        assertThatThrownBy(() -> TitleRegistration.register(movement, bochqs, clerk, merit, Map.of(), OPEN))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("movement.registration.error.collectiveTitle"));
        assertThatThrownBy(() -> TitleRegistration.register(movement, bochqs, clerk, null, people(flag, 1), OPEN))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("movement.registration.error.individualTitle"));
        assertThatThrownBy(() -> TitleRegistration.register(movement, bochqs, clerk, null, people(advanced, -2), OPEN))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("movement.registration.error.count"));
        assertThatThrownBy(() -> TitleRegistration.register(movement, bochqs, clerk, null, people(advanced, 0), OPEN))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("movement.registration.error.empty"));

        assertThat(TitleRegistration.register(movement, bochqs, clerk, null, people(advanced, 40), OPEN)
                .getCollectiveTitle()).isNull();
    }
}
