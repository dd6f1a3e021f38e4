package vn.tdkt.domain.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.TestUnits;
import vn.tdkt.domain.catalog.CommendationType;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.council.BallotResult;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;

/** A dossier past the unit head: rejection, the council's ballot, and the board's reception with one return. */
class FullProcedureTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 2, 9, 0);

    private final Unit vksnd = TestUnits.unit(1, "VKSND", "Viện Kiểm sát nhân dân tỉnh");
    private final Unit board = TestUnits.unit(3, "BAN_TDKT", "Ban Thi đua – Khen thưởng tỉnh");
    private final Unit congAn = TestUnits.unit(2, "CONG_AN", "Công an tỉnh");
    private final Actor clerk = TestUnits.actor(11, "clerk", "Trần Thị Thu Hà", vksnd, Role.CLERK);
    private final Actor leader = TestUnits.actor(12, "leader", "Nguyễn Văn Minh", vksnd, Role.UNIT_LEADER);
    private final Actor secretary = TestUnits.actor(13, "secretary", "Lê Thị Thư", vksnd, Role.COUNCIL_SECRETARY);
    private final Actor otherSecretary = TestUnits.actor(23, "secretary2", "Phạm Văn Ký", congAn,
            Role.COUNCIL_SECRETARY);
    private final Actor appraiser = TestUnits.actor(31, "appraiser", "Võ Thị Thẩm", board, Role.APPRAISER);

    private Proposal submitted(NomineeDetails... others) {
        NomineeDetails nominee = NomineeDetails.of(NomineeKind.INDIVIDUAL, null, "Nguyễn Văn An", "Kiểm sát viên",
                null, null, TestUnits.activeTitle(), "Hoàn thành xuất sắc nhiệm vụ.", Set.of(),
                LocalDate.of(2026, 3, 2));
        List<NomineeDetails> all = new ArrayList<>(List.of(nominee));
        all.addAll(List.of(others));
        Proposal proposal = Proposal.draft("VKSND-2026-000001", vksnd,
                DossierHeader.of(2025, CommendationType.MERIT, null, LocalDate.of(2026, 3, 2)), all, clerk, T0);
        proposal.submit(clerk, T0.plusMinutes(1), List.of(), false);
        return proposal;
    }

    private Proposal atBoard(NomineeDetails... others) {
        Proposal proposal = submitted(others);
        proposal.approveAtUnit(leader, null, T0.plusHours(1));
        proposal.recordCouncilVote(secretary, BallotResult.of(9, 8, 7, 1, 0), true, false, T0.plusHours(2));
        return proposal;
    }

    @Test
    void theUnitHeadMayDeclineToProposeWithAReason() {
        Proposal proposal = submitted();
        assertThatThrownBy(() -> proposal.rejectAtUnit(leader, " ", T0)).isInstanceOf(DomainException.class);
        proposal.rejectAtUnit(leader, "Chưa đủ tiêu chuẩn năm 2025.", T0.plusHours(1));
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.REJECTED_AT_UNIT);
        assertThat(proposal.getStatus().editable()).isFalse();
    }

    @Test
    void anOpinionIsRecordedInTheRoleTheStepAskedWithoutChangingTheStatus() {
        Proposal proposal = submitted();
        proposal.approveAtUnit(leader, null, T0);
        proposal.actingOnTask("Task_UnionOpinion");
        assertThatThrownBy(() -> proposal.recordOpinion(secretary, Role.COUNCIL_SECRETARY, true, " \n ", T0))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> proposal.recordOpinion(clerk, Role.COUNCIL_SECRETARY, true, "Đồng ý.", T0))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.forbidden"));

        proposal.recordOpinion(secretary, Role.COUNCIL_SECRETARY, false, "Chưa rõ thành tích năm 2025.", T0);

        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.APPROVED_AT_UNIT);
        ProposalEvent last = proposal.getHistory().get(proposal.getHistory().size() - 1);
        assertThat(last.getAction()).isEqualTo(ProposalAction.OPINION_DISAGREED);
        assertThat(last.getActorRole()).isEqualTo(Role.COUNCIL_SECRETARY);
        assertThat(last.getTaskKey()).isEqualTo("Task_UnionOpinion");
        assertThat(last.getComment()).isEqualTo("Chưa rõ thành tích năm 2025.");
    }

    @Test
    void theCouncilsSecretaryRecordsTheBallotAndItsOutcomeRoutesTheDossier() {
        Proposal carried = submitted();
        carried.approveAtUnit(leader, null, T0);
        assertThatThrownBy(() -> carried.recordCouncilVote(otherSecretary, BallotResult.of(9, 9, 9, 0, 0), true,
                true, T0)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.forbidden"));
        carried.recordCouncilVote(secretary, BallotResult.of(9, 9, 8, 1, 0), true, true, T0.plusHours(1));
        assertThat(carried.getStatus()).isEqualTo(ProposalStatus.AWAITING_UNIT_DECISION);
        assertThat(carried.getBallot().getAgree()).isEqualTo(8);

        Proposal failed = submitted();
        failed.approveAtUnit(leader, null, T0);
        failed.recordCouncilVote(secretary, BallotResult.of(9, 9, 5, 4, 0), false, true, T0.plusHours(1));
        assertThat(failed.getStatus()).isEqualTo(ProposalStatus.NOT_PROPOSED);
        assertThatThrownBy(() -> failed.recordCouncilVote(secretary, BallotResult.of(9, 9, 9, 0, 0), true, true,
                T0.plusHours(2))).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("task.error.alreadyHandled"));
    }

    @Test
    void theSecretarySeesTheDossierFromTheCouncilOnAndTheBoardNeverSeesOneDecidedInItsUnit() {
        Actor approver = TestUnits.actor(41, "approver", "Trần Văn Duyệt", board, Role.APPROVER);
        Proposal proposal = submitted();
        TestUnits.withId(proposal.getNominees().get(0), 100L);
        TestUnits.withId(proposal, 78L);
        assertThat(proposal.visibleTo(secretary)).as("a dossier the unit head has not sent on").isFalse();

        proposal.approveAtUnit(leader, null, T0.plusHours(1));
        assertThat(proposal.visibleTo(secretary)).isTrue();
        assertThat(proposal.visibleTo(otherSecretary)).isFalse();

        proposal.recordCouncilVote(secretary, BallotResult.of(9, 9, 8, 1, 0), true, true, T0.plusHours(2));
        proposal.decide(leader, decision(), Set.of(100L), T0.plusDays(1));
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.DECIDED);
        assertThat(proposal.visibleTo(secretary)).isTrue();
        assertThat(proposal.visibleTo(appraiser)).as("decided within the unit").isFalse();
        assertThat(proposal.visibleTo(approver)).isFalse();

        Proposal sentUp = atBoard();
        assertThat(sentUp.visibleTo(appraiser)).isTrue();
        assertThat(sentUp.visibleTo(approver)).isTrue();
    }

    @Test
    void theBoardReturnsForSupplementOnceOnlyAndSeesTheDossierOnlyOnceItArrives() {
        Proposal proposal = submitted();
        assertThat(proposal.visibleTo(appraiser)).isFalse();

        Proposal arrived = atBoard();
        assertThat(arrived.getStatus()).isEqualTo(ProposalStatus.AT_BOARD);
        assertThat(arrived.visibleTo(appraiser)).isTrue();
        arrived.returnForSupplement(appraiser, "Bổ sung biên bản họp Hội đồng.", T0.plusDays(1));
        assertThat(arrived.getStatus().editable()).isTrue();
        arrived.supplement(clerk, T0.plusDays(2), List.of(), false);
        assertThat(arrived.getStatus()).isEqualTo(ProposalStatus.AT_BOARD);

        assertThatThrownBy(() -> arrived.returnForSupplement(appraiser, "Bổ sung lần hai.", T0.plusDays(3)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.error.supplementOnce"));
        assertThat(arrived.getStatus()).isEqualTo(ProposalStatus.AT_BOARD);
        arrived.acceptAtBoard(appraiser, T0.plusDays(3));
        assertThat(arrived.getStatus()).isEqualTo(ProposalStatus.IN_APPRAISAL);
        assertThat(arrived.getHistory()).extracting(ProposalEvent::getAction).containsSubsequence(
                ProposalAction.COUNCIL_VOTED, ProposalAction.RETURNED_FOR_SUPPLEMENT, ProposalAction.SUPPLEMENTED,
                ProposalAction.ACCEPTED_AT_BOARD);
    }

    @Test
    void theApprovingLeaderMayCommendSomeNomineesOnlyAndTheRegisterGetsTheirLines() {
        Actor approver = TestUnits.actor(41, "approver", "Trần Văn Duyệt", board, Role.APPROVER);
        NomineeDetails second = NomineeDetails.of(NomineeKind.COLLECTIVE, null, "Phòng 7", null, null, null,
                TestUnits.titleForEveryKind(6, "GIAY_KHEN", "Giấy khen"), "Tập thể tiêu biểu.", Set.of(),
                LocalDate.of(2026, 3, 2));
        Proposal proposal = atBoard(second);
        TestUnits.withId(proposal.getNominees().get(0), 100L);
        TestUnits.withId(proposal.getNominees().get(1), 101L);
        TestUnits.withId(proposal, 77L);
        proposal.acceptAtBoard(appraiser, T0.plusDays(1));
        assertThatThrownBy(() -> proposal.decide(approver, decision(), Set.of(100L), T0.plusDays(2)))
                .isInstanceOf(DomainException.class); // not appraised yet
        proposal.concludeAppraisal(appraiser, true, "Đủ điều kiện.", T0.plusDays(10));

        proposal.actingOnTask("Task_Decision");
        var awards = proposal.decide(approver, decision(), Set.of(101L), T0.plusDays(20));
        ProposalEvent signed = proposal.getHistory().get(proposal.getHistory().size() - 1);
        assertThat(signed.getActorRole()).isEqualTo(Role.APPROVER);
        assertThat(signed.getTaskKey()).isEqualTo("Task_Decision");
        assertThat(signed.getActorName()).isEqualTo("Trần Văn Duyệt");
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.DECIDED);
        assertThat(awards).singleElement().satisfies(award -> {
            assertThat(award.getNomineeName()).isEqualTo("Phòng 7");
            assertThat(award.getDecisionNumber()).isEqualTo("1234/QĐ-UBND");
            assertThat(award.getProposalId()).isEqualTo(77L);
            assertThat(award.getYear()).isEqualTo(2025);
        });
    }

    private static CommendationDecision decision() {
        return CommendationDecision.of("1234/QĐ-UBND", LocalDate.of(2026, 3, 20), "Nguyễn Văn Chủ tịch",
                "Chủ tịch UBND tỉnh Tây Ninh", LocalDate.of(2026, 3, 22));
    }

    @Test
    void theBoardMayRefuseWithAReason() {
        Proposal proposal = atBoard();
        proposal.refuseAtBoard(appraiser, "Đối tượng không thuộc thẩm quyền khen thưởng của tỉnh.", T0.plusDays(1));
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.REFUSED_AT_BOARD);
        assertThatThrownBy(() -> proposal.acceptAtBoard(appraiser, T0.plusDays(2))).isInstanceOf(DomainException.class);
    }

    @Test
    void everyHistoryLineSaysInWhichRoleItsActorActed() {
        Proposal proposal = atBoard();
        proposal.returnForSupplement(appraiser, "Bổ sung biên bản.", T0.plusDays(1));
        proposal.expireSupplement(TestUnits.actor(0, "system", "Hệ thống", board), T0.plusDays(20));

        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.REFUSED_AT_BOARD);
        assertThat(proposal.getHistory()).extracting(ProposalEvent::getAction, ProposalEvent::getActorRole)
                .containsSubsequence(
                        tuple(ProposalAction.APPROVED_AT_UNIT, Role.UNIT_LEADER),
                        tuple(ProposalAction.COUNCIL_VOTED, Role.COUNCIL_SECRETARY),
                        tuple(ProposalAction.RETURNED_FOR_SUPPLEMENT, Role.APPRAISER),
                        tuple(ProposalAction.SUPPLEMENT_EXPIRED, null));
    }

    @Test
    void aStateLevelFormsPublicNoticeCommentsAreRecordedBeforeTheDecision() {
        Proposal proposal = atBoard();
        assertThatThrownBy(() -> proposal.recordPublicNoticeComments(appraiser, "Không có ý kiến.", T0))
                .isInstanceOf(DomainException.class);
        proposal.acceptAtBoard(appraiser, T0.plusDays(1));
        proposal.concludeAppraisal(appraiser, true, null, T0.plusDays(10));
        assertThatThrownBy(() -> proposal.recordPublicNoticeComments(appraiser, "  ", T0.plusDays(25)))
                .isInstanceOf(DomainException.class);
        proposal.recordPublicNoticeComments(appraiser, "Không nhận được ý kiến phản ánh.", T0.plusDays(25));
        assertThat(proposal.getPublicNoticeComments()).isEqualTo("Không nhận được ý kiến phản ánh.");
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.AWAITING_DECISION);
    }
}
