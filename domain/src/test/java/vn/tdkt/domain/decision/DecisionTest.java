package vn.tdkt.domain.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.TestUnits;
import vn.tdkt.domain.catalog.CommendationType;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.council.BallotResult;
import vn.tdkt.domain.eligibility.RuleSet;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.proposal.DossierHeader;
import vn.tdkt.domain.proposal.NomineeDetails;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.proposal.ProposalStatus;
import vn.tdkt.domain.register.Award;
import vn.tdkt.domain.shared.DomainException;

/** One numbered decision over the dossiers of two units, one nominee left out with the reason. */
class DecisionTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 2, 9, 0);

    private final Unit board = TestUnits.unit(3, "BAN_TDKT", "Ban Thi đua – Khen thưởng tỉnh");
    private final Unit vksnd = TestUnits.unit(1, "VKSND", "Viện Kiểm sát nhân dân tỉnh");
    private final Unit congAn = TestUnits.unit(2, "CONG_AN", "Công an tỉnh");
    private final Actor approver = TestUnits.actor(41, "approver", "Trần Văn Duyệt", board, Role.APPROVER);
    private final Actor appraiser = TestUnits.actor(31, "appraiser", "Võ Thị Thẩm", board, Role.APPRAISER);
    private final Title bangKhen = TestUnits.titleForEveryKind(5, "BK_UBND", "Bằng khen của Chủ tịch UBND tỉnh");
    private final Title cstdTinh = TestUnits.title(4, "CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh", "x", true);

    private final DocumentIssuer province = province();
    private final DocumentSeries decisions = TestUnits.withId(
            new DocumentSeries(province, DocumentType.DECISION, "QĐ-UBND"), 7L);
    private final RewardSchedule schedule = RewardSchedule.of(TestUnits.withId(new RuleSet("Nghị định 152/2025/NĐ-CP",
            LocalDate.of(2025, 7, 1), Map.of("reward.coefficient.BK_UBND.INDIVIDUAL", 150,
                    "reward.coefficient.BK_UBND.COLLECTIVE", 300, "reward.rounding_unit", 10_000,
                    "reward.round_up", 1)),
            50L),
            new BaseSalary(LocalDate.of(2024, 7, 1), 2_340_000, "Nghị định 73/2024/NĐ-CP"));

    private static DocumentIssuer province() {
        DocumentIssuer issuer = TestUnits.withId(instance(), 1L);
        return issuer;
    }

    private static DocumentIssuer instance() {
        try {
            var constructor = DocumentIssuer.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            DocumentIssuer issuer = constructor.newInstance();
            var code = DocumentIssuer.class.getDeclaredField("code");
            code.setAccessible(true);
            code.set(issuer, DocumentIssuer.PROVINCE);
            issuer.describe("ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH",
                    "Chủ tịch UBND tỉnh Tây Ninh", "Tây Ninh", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
            return issuer;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Proposal awaitingDecision(Unit unit, String number, long firstNomineeId, NomineeDetails... nominees) {
        Actor clerk = TestUnits.actor(11, "clerk-" + unit.getCode(), "Thư ký", unit, Role.CLERK);
        Actor leader = TestUnits.actor(12, "leader-" + unit.getCode(), "Thủ trưởng", unit, Role.UNIT_LEADER);
        Actor secretary = TestUnits.actor(13, "secretary-" + unit.getCode(), "Thư ký HĐ", unit,
                Role.COUNCIL_SECRETARY);
        Proposal proposal = Proposal.draft(number, unit,
                DossierHeader.of(2026, CommendationType.MERIT, null, T0.toLocalDate()), List.of(nominees), clerk, T0);
        TestUnits.withId(proposal, firstNomineeId * 10);
        for (int i = 0; i < nominees.length; i++) {
            TestUnits.withId(proposal.getNominees().get(i), firstNomineeId + i);
        }
        proposal.submit(clerk, T0.plusMinutes(1), List.of(), false);
        proposal.approveAtUnit(leader, null, T0.plusHours(1));
        proposal.recordCouncilVote(secretary, BallotResult.of(9, 9, 8, 1, 0), true, false, T0.plusHours(2));
        proposal.acceptAtBoard(appraiser, T0.plusDays(1));
        proposal.concludeAppraisal(appraiser, true, null, T0.plusDays(2));
        return proposal;
    }

    private NomineeDetails person(String name, Title title) {
        return NomineeDetails.of(NomineeKind.INDIVIDUAL, null, name, "Kiểm sát viên", null, null, title,
                "Hoàn thành xuất sắc nhiệm vụ năm 2026.", Set.of(), T0.toLocalDate());
    }

    private NomineeDetails collective(String name) {
        return NomineeDetails.of(NomineeKind.COLLECTIVE, null, name, null, null, null, bangKhen,
                "Dẫn đầu phong trào thi đua.", Set.of(), T0.toLocalDate());
    }

    private IssuedNumber number(int sequence) {
        return TestUnits.withId(new IssuedNumber(decisions, 2026, sequence, "Quyết định khen thưởng", approver,
                T0.plusDays(3)), 500L + sequence);
    }

    @Test
    void numbersCarryTwoDigitsAtLeastAndTheSeriesSymbol() {
        assertThat(decisions.format(1)).isEqualTo("01/QĐ-UBND");
        assertThat(decisions.format(12)).isEqualTo("12/QĐ-UBND");
        assertThat(decisions.format(1234)).isEqualTo("1234/QĐ-UBND");
        assertThatThrownBy(() -> decisions.format(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSymbolIsLettersAndDigitsInPartsJoinedByHyphens() {
        decisions.rename("QĐ-CTUBND");
        assertThat(decisions.format(3)).isEqualTo("03/QĐ-CTUBND");
        for (String bad : List.of("QĐ", "QĐ UBND", "QĐ-", "-UBND", "QĐ/UBND", "<b>QĐ-UBND</b>", " ")) {
            assertThatThrownBy(() -> decisions.rename(bad)).as(bad).isInstanceOf(DomainException.class);
        }
        assertThat(decisions.getSymbol()).isEqualTo("QĐ-CTUBND");
    }

    @Test
    void oneDecisionCoversTheDossiersOfTwoUnitsWithANomineeLeftOutForAReason() {
        Proposal first = awaitingDecision(vksnd, "VKSND-2026-000001", 100, person("Nguyễn Thị Ngọc Ánh", bangKhen),
                person("Lê Văn Bình", bangKhen));
        Proposal second = awaitingDecision(congAn, "CONG_AN-2026-000001", 200, collective("Phòng Cảnh sát hình sự"),
                person("Trần Văn Cường", cstdTinh));
        Decision decision = Decision.issue(number(1), LocalDate.of(2026, 11, 5),
                "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Nguyễn Văn Chủ tịch",
                "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", schedule, approver, T0.plusDays(3));
        TestUnits.withId(decision, 9L);

        List<Award> awards = new java.util.ArrayList<>(decision.decide(first, Map.of(101L,
                "Chưa đủ thời gian công tác."), approver, T0.plusDays(3)));
        awards.addAll(decision.decide(second, Map.of(), approver, T0.plusDays(3)));

        assertThat(List.of(first.getStatus(), second.getStatus())).containsOnly(ProposalStatus.DECIDED);
        assertThat(first.getAwardDecisionId()).isEqualTo(9L);
        assertThat(first.getDecision().getNumber()).isEqualTo("01/QĐ-UBND");
        assertThat(first.getDecision().getIssuer()).isEqualTo("Chủ tịch UBND tỉnh Tây Ninh");
        assertThat(awards).extracting(Award::getNomineeName, Award::getDecisionNumber, Award::getDecisionId)
                .containsExactlyInAnyOrder(tuple("Nguyễn Thị Ngọc Ánh", "01/QĐ-UBND", 9L),
                        tuple("Phòng Cảnh sát hình sự", "01/QĐ-UBND", 9L),
                        tuple("Trần Văn Cường", "01/QĐ-UBND", 9L));

        // Collectives first, then titles in the catalog's order (CSTĐ cấp tỉnh before the Bằng khen).
        assertThat(decision.annex()).extracting(g -> g.title().getCode(), g -> g.kind(),
                g -> g.lines().stream().map(DecisionLine::getName).toList(), Decision.AnnexGroup::total)
                .containsExactly(
                        tuple("BK_UBND", NomineeKind.COLLECTIVE, List.of("Phòng Cảnh sát hình sự"), 7_020_000L),
                        tuple("CSTD_TINH", NomineeKind.INDIVIDUAL, List.of("Trần Văn Cường"), 0L),
                        tuple("BK_UBND", NomineeKind.INDIVIDUAL, List.of("Nguyễn Thị Ngọc Ánh"), 3_510_000L));
        assertThat(decision.annex().get(1).lines().get(0).getAmount()).as("no coefficient in this set").isNull();
        assertThat(decision.leftOut()).singleElement().satisfies(line -> {
            assertThat(line.getName()).isEqualTo("Lê Văn Bình");
            assertThat(line.getReason()).isEqualTo("Chưa đủ thời gian công tác.");
            assertThat(line.getUnitName()).isEqualTo("Viện Kiểm sát nhân dân tỉnh");
        });
        assertThat(decision.total()).isEqualTo(10_530_000L);
        assertThat(decision.commendedCount()).isEqualTo(3);
        assertThat(decision.proposalIds()).containsExactly(1000L, 2000L);
    }

    @Test
    void aNomineeLeftOutNeedsAReasonAndADossierCannotBeLeftOutWhole() {
        Proposal dossier = awaitingDecision(vksnd, "VKSND-2026-000002", 300, person("Nguyễn Văn An", bangKhen));
        Decision decision = TestUnits.withId(Decision.issue(number(2), LocalDate.of(2026, 11, 5),
                "Về việc khen thưởng", "Nguyễn Văn Chủ tịch", null, schedule, approver, T0.plusDays(3)), 10L);

        assertThatThrownBy(() -> decision.decide(dossier, Map.of(300L, "  "), approver, T0.plusDays(3)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("leftOutReason"));
        assertThatThrownBy(() -> decision.decide(dossier, Map.of(300L, "Không đủ tiêu chuẩn."), approver,
                T0.plusDays(3)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("decision.error.noneApproved"));
    }

    @Test
    void aDecisionIsDatedInItsNumbersYearAndNotInTheFuture() {
        assertThatThrownBy(() -> Decision.issue(number(3), LocalDate.of(2026, 11, 6), "Về việc khen thưởng",
                "Nguyễn Văn Chủ tịch", null, schedule, approver, T0.plusDays(3)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("decision.error.date"));
        assertThatThrownBy(() -> Decision.issue(number(3), LocalDate.of(2025, 12, 31), "Về việc khen thưởng",
                "Nguyễn Văn Chủ tịch", null, schedule, approver, T0.plusDays(3)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aCancelledNumberStaysTakenWithItsReason() {
        IssuedNumber issued = number(4);
        Actor clerk = TestUnits.actor(11, "clerk", "Thư ký", vksnd, Role.CLERK);
        assertThatThrownBy(() -> issued.cancel(clerk, "Nhầm.", T0)).isInstanceOf(DomainException.class);
        issued.cancel(approver, "Văn bản bị thu hồi trước khi phát hành.", T0.plusDays(4));
        assertThat(issued.isCancelled()).isTrue();
        assertThat(issued.getText()).isEqualTo("04/QĐ-UBND");
        assertThatThrownBy(() -> issued.cancel(approver, "Lần nữa.", T0.plusDays(5)))
                .isInstanceOf(DomainException.class);
    }
}
