package vn.tdkt.domain.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.TestUnits;
import vn.tdkt.domain.bloc.Bloc;
import vn.tdkt.domain.bloc.BlocRole;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;

/** Launching and editing a movement: who keeps it, its period and deadlines, criteria replaced as a whole. */
class MovementTest {

    private final Unit board = TestUnits.unit(9, "BAN_TDKT", "Ban Thi đua – Khen thưởng tỉnh");
    private final Unit tand = TestUnits.unit(4, "TAND", "Tòa án nhân dân tỉnh");
    private final Unit congan = TestUnits.unit(3, "CONG_AN", "Công an tỉnh");
    private final Bloc bloc = new Bloc("NOI_CHINH", "Khối thi đua Nội chính tỉnh Tây Ninh");

    MovementTest() {
        Map<Unit, BlocRole> roles = new LinkedHashMap<>();
        roles.put(tand, BlocRole.HEAD);
        roles.put(congan, BlocRole.MEMBER);
        bloc.composeYear(2025, roles);
    }

    private static Actor as(Unit unit, Role role) {
        return TestUnits.actor(unit.getId() * 10 + role.ordinal(), role.name().toLowerCase() + "." + unit.getCode(),
                "Người dùng " + unit.getName(), unit, role);
    }

    private static Criterion criterion(int position, String name, int max, int weight, boolean required) {
        return new Criterion(position, name, BigDecimal.valueOf(max), BigDecimal.valueOf(weight), required);
    }

    private static MovementDetails details(LocalDate start, LocalDate end, LocalDate registration,
            LocalDate proposals, List<Criterion> criteria) {
        return new MovementDetails("Phong trào thi đua \"Quyết thắng\" năm 2025", MovementKind.REGULAR,
                "Kế hoạch số 01/KH-KTĐ: thi đua hoàn thành xuất sắc nhiệm vụ chính trị năm 2025.", start, end,
                registration, proposals, criteria);
    }

    private static MovementDetails year2025(List<Criterion> criteria) {
        return details(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2025, 2, 28),
                LocalDate.of(2026, 3, 15), criteria);
    }

    private static final List<Criterion> TWO = List.of(
            criterion(1, "Thực hiện nhiệm vụ chính trị", 60, 2, true),
            criterion(2, "Điểm thưởng", 10, 1, false));

    @Test
    void theBlocsHeadClerkLaunchesABlocMovementAndNobodyElse() {
        assertThatThrownBy(() -> Movement.launch("PT2025-001", year2025(TWO), bloc, congan, as(congan, Role.CLERK)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bloc.error.onlyHead"));
        assertThatThrownBy(() -> Movement.launch("PT2025-001", year2025(TWO), bloc, tand,
                as(tand, Role.UNIT_LEADER))).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.forbidden"));
        // The head of 2025 heads nothing in 2026: a 2026 movement of the bloc is not its to launch.
        assertThatThrownBy(() -> Movement.launch("PT2026-001", details(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), null, null, TWO), bloc, tand, as(tand, Role.CLERK)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bloc.error.noHead"));

        Movement movement = Movement.launch("PT2025-001", year2025(TWO), bloc, tand, as(tand, Role.CLERK));

        assertThat(movement.getBloc()).isEqualTo(bloc);
        assertThat(movement.getLaunchedBy()).isEqualTo(tand);
        assertThat(movement.getPlan()).startsWith("Kế hoạch số 01/KH-KTĐ");
        assertThat(movement.getCriteria()).extracting(Criterion::getName)
                .containsExactly("Thực hiện nhiệm vụ chính trị", "Điểm thưởng");
        assertThat(movement.isKeptBy(as(tand, Role.CLERK))).isTrue();
        assertThat(movement.isKeptBy(as(congan, Role.CLERK))).isFalse();
        assertThat(movement.isKeptBy(as(board, Role.ADMIN))).isFalse();
    }

    @Test
    void aProvinceMovementIsKeptByTheBoardsAppraisersAndAdministrators() {
        assertThatThrownBy(() -> Movement.launch("PT2025-002", year2025(TWO), null, tand, as(tand, Role.CLERK)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.forbidden"));
        assertThatThrownBy(() -> Movement.launch("PT2025-002", year2025(TWO), null, board,
                as(board, Role.APPROVER))).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.forbidden"));
        Movement movement = Movement.launch("PT2025-002", year2025(TWO), null, board, as(board, Role.APPRAISER));

        assertThat(movement.isKeptBy(as(board, Role.ADMIN))).isTrue();
        assertThat(movement.isKeptBy(as(tand, Role.CLERK))).isFalse();
    }

    @Test
    void thePeriodEndsOnOrAfterItsStartAndTheDeadlinesFitIt() {
        Actor admin = as(board, Role.ADMIN);
        assertThatThrownBy(() -> Movement.launch("X", details(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 1, 1),
                null, null, TWO), null, board, admin)).isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("movement.error.period");
                    assertThat(e.field()).isEqualTo("endsOn");
                });
        assertThatThrownBy(() -> Movement.launch("X", details(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                LocalDate.of(2026, 1, 1), null, TWO), null, board, admin)).isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("registrationDeadline"));
        assertThatThrownBy(() -> Movement.launch("X", details(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                null, LocalDate.of(2024, 12, 31), TWO), null, board, admin)).isInstanceOfSatisfying(
                        DomainException.class, e -> {
                            assertThat(e.messageKey()).isEqualTo("movement.error.proposalDeadline");
                            assertThat(e.field()).isEqualTo("proposalDeadline");
                        });

        Movement oneDay = Movement.launch("X", details(LocalDate.of(2025, 5, 19), LocalDate.of(2025, 5, 19), null,
                LocalDate.of(2025, 5, 19), List.of()), null, board, admin);
        // Without a registration deadline, units register until the period ends.
        assertThat(oneDay.getRegistrationCloses()).isEqualTo(LocalDate.of(2025, 5, 19));
        assertThat(oneDay.registersTitlesOn(LocalDate.of(2025, 5, 19))).isTrue();
        assertThat(oneDay.registersTitlesOn(LocalDate.of(2025, 5, 20))).isFalse();
    }

    @Test
    void criteriaAreNumberedInOrderWithUniqueNamesAndPositiveScores() {
        Actor admin = as(board, Role.ADMIN);
        assertThatThrownBy(() -> Movement.launch("X", year2025(List.of(criterion(1, "Nhiệm vụ", 50, 1, true),
                criterion(3, "Khác", 10, 1, false))), null, board, admin)).isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("movement.error.criterionOrder"));
        assertThatThrownBy(() -> Movement.launch("X", year2025(List.of(criterion(1, "Nhiệm vụ", 50, 1, true),
                criterion(2, "nhiệm  vụ", 10, 1, false))), null, board, admin)).isInstanceOfSatisfying(
                        DomainException.class, e -> {
                            assertThat(e.messageKey()).isEqualTo("movement.error.criterionDuplicate");
                            assertThat(e.field()).isEqualTo("criteria");
                        });
        assertThatThrownBy(() -> criterion(1, "Nhiệm vụ", 0, 1, true)).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("validation.positive"));
        assertThatThrownBy(() -> criterion(1, "Nhiệm vụ", 10, -1, true)).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.field()).isEqualTo("weight"));
        assertThatThrownBy(() -> criterion(1, "Nhiệm vụ", 100_000, 1, true)).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("movement.error.tooLarge"));
        assertThatThrownBy(() -> criterion(1, "   ", 10, 1, true)).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("validation.required"));
    }

    @Test
    void criteriaAreReplacedAsAWholeUntilAReviewUsesThemThenOnlyTheRestChanges() {
        Actor head = as(tand, Role.CLERK);
        Movement movement = Movement.launch("PT2025-001", year2025(TWO), bloc, tand, head);
        List<Criterion> three = List.of(criterion(1, "Điểm thưởng", 10, 1, false),
                criterion(2, "Thực hiện nhiệm vụ chính trị", 60, 2, true),
                criterion(3, "Xây dựng Đảng, đoàn thể", 30, 1, true));

        movement.revise(year2025(three), false, head);
        assertThat(movement.getCriteria()).extracting(Criterion::getName).containsExactly("Điểm thưởng",
                "Thực hiện nhiệm vụ chính trị", "Xây dựng Đảng, đoàn thể");

        List<Criterion> heavier = List.of(criterion(1, "Điểm thưởng", 10, 1, false),
                criterion(2, "Thực hiện nhiệm vụ chính trị", 60, 3, true),
                criterion(3, "Xây dựng Đảng, đoàn thể", 30, 1, true));
        assertThatThrownBy(() -> movement.revise(year2025(heavier), true, head)).isInstanceOfSatisfying(
                DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("movement.error.criteriaInUse");
                    assertThat(e.field()).isEqualTo("criteria");
                });
        assertThat(movement.getCriteria().get(1).getWeight()).isEqualByComparingTo("2");

        // The same criteria (as a page sends them back, 60.00 for 60) with another plan and deadline: accepted.
        List<Criterion> same = List.of(
                new Criterion(1, "Điểm thưởng", new BigDecimal("10.00"), new BigDecimal("1.0"), false),
                new Criterion(2, "Thực hiện nhiệm vụ chính trị", new BigDecimal("60.00"), BigDecimal.valueOf(2), true),
                new Criterion(3, "Xây dựng Đảng, đoàn thể", BigDecimal.valueOf(30), BigDecimal.ONE, true));
        MovementDetails later = new MovementDetails("Phong trào thi đua \"Quyết thắng\" năm 2025 (sửa đổi)",
                MovementKind.REGULAR, "Kế hoạch sửa đổi.", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                LocalDate.of(2025, 3, 31), LocalDate.of(2026, 3, 15), same);
        movement.revise(later, true, head);

        assertThat(movement.getName()).endsWith("(sửa đổi)");
        assertThat(movement.getPlan()).isEqualTo("Kế hoạch sửa đổi.");
        assertThat(movement.getRegistrationDeadline()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThatThrownBy(() -> movement.revise(later, false, as(congan, Role.CLERK)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bloc.error.onlyHead"));
    }

    @Test
    void theBlocsMovementIsForItsMembersOfTheYear() {
        Movement movement = Movement.launch("PT2025-001", year2025(TWO), bloc, tand, as(tand, Role.CLERK));
        movement.requireParticipant(congan);
        assertThatThrownBy(() -> movement.requireParticipant(board)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("movement.error.notParticipant"));
        Movement province = Movement.launch("PT2025-002", year2025(TWO), null, board, as(board, Role.ADMIN));
        province.requireParticipant(board);
    }
}
