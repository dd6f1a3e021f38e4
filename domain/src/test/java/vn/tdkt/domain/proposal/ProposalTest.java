package vn.tdkt.domain.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.TestUnits;
import vn.tdkt.domain.catalog.CommendationType;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;

class ProposalTest {

    private static final String NUMBER = "VKSND-2025-0001";
    private static final LocalDateTime T0 = LocalDateTime.of(2025, 3, 10, 8, 0);

    private final Unit vksnd = TestUnits.unit(1, "VKSND", "Viện Kiểm sát nhân dân tỉnh");
    private final Unit congAn = TestUnits.unit(2, "CONG_AN", "Công an tỉnh");
    private final Unit board = TestUnits.unit(3, "BAN_TDKT", "Ban Thi đua – Khen thưởng tỉnh");
    private final Title title = TestUnits.activeTitle();

    private final Actor clerk = TestUnits.actor(11, "canbo.vks", "Trần Thị Bình", vksnd, Role.CLERK);
    private final Actor leader = TestUnits.actor(12, "thutruong.vks", "Lê Văn Cường", vksnd, Role.UNIT_LEADER);
    private final Actor otherClerk = TestUnits.actor(21, "canbo.ca", "Phạm Minh Đức", congAn, Role.CLERK);
    private final Actor otherLeader = TestUnits.actor(22, "thutruong.ca", "Hoàng Văn Em", congAn, Role.UNIT_LEADER);
    private final Actor admin = TestUnits.actor(31, "admin", "Quản trị", board, Role.ADMIN);
    private final Actor adminOfSameUnit = TestUnits.actor(32, "admin.vks", "Quản trị VKS", vksnd, Role.ADMIN);

    private static final DossierHeader HEADER = DossierHeader.of(2024, CommendationType.MERIT, null, T0.toLocalDate());

    private Proposal draft() {
        return Proposal.draft(NUMBER, vksnd, HEADER,
                one("Nguyễn Văn An", "Kiểm sát viên", title, "Hoàn thành xuất sắc nhiệm vụ năm 2024."), clerk, T0);
    }

    private static NomineeDetails nominee(String name, String position, Title title, String report) {
        return NomineeDetails.of(NomineeKind.INDIVIDUAL, null, name, position, null, null, title, report, Set.of(),
                T0.toLocalDate());
    }

    private static List<NomineeDetails> one(String name, String position, Title title, String report) {
        return List.of(nominee(name, position, title, report));
    }

    private static List<NomineeDetails> one(String name, Title title, String report) {
        return one(name, "Kiểm sát viên", title, report);
    }

    private Proposal submitted() {
        Proposal proposal = draft();
        proposal.submit(clerk, T0.plusHours(1), List.of(), false);
        return proposal;
    }

    private static void assertRefused(ThrowingCallable action, String messageKey) {
        assertThatThrownBy(action).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    @Test
    void aNewDraftBelongsToTheClerksUnitAndIsEditable() {
        Proposal proposal = draft();

        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(proposal.getUnit()).isSameAs(vksnd);
        assertThat(proposal.getNumber()).isEqualTo(NUMBER);
        assertThat(proposal.getCreatedBy()).isEqualTo("canbo.vks");
        assertThat(proposal.getCreatedAt()).isEqualTo(T0);
        assertThat(proposal.getSubmittedAt()).isNull();
        assertThat(proposal.getHistory()).extracting(ProposalEvent::getAction)
                .containsExactly(ProposalAction.CREATED);
    }

    @Test
    void savingUnchangedContentRecordsNoHistoryLine() {
        Proposal proposal = draft();
        ProposalNominee same = proposal.getLeadNominee();
        String summary = same.getAchievementReport();
        proposal.revise(HEADER, one(" " + same.getName(), " " + same.getDetails() + " ", title, summary + "\n"),
                clerk, T0.plusMinutes(5));
        assertThat(proposal.getHistory()).extracting(ProposalEvent::getAction)
                .containsExactly(ProposalAction.CREATED);

        proposal.revise(HEADER, one(same.getName(), same.getDetails(), title, summary + " Bổ sung."), clerk,
                T0.plusMinutes(10));
        assertThat(proposal.getHistory()).extracting(ProposalEvent::getAction)
                .containsExactly(ProposalAction.CREATED, ProposalAction.UPDATED);
    }

    @Test
    void theFullLifecycleDraftSubmitReturnResubmitApprove() {
        Proposal proposal = draft();
        proposal.revise(HEADER, one("Nguyễn Văn An", "Kiểm sát viên trung cấp", title, "Bổ sung thành tích."), clerk,
                T0.plusMinutes(30));
        proposal.submit(clerk, T0.plusHours(1), List.of(), false);
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(proposal.getSubmittedAt()).isEqualTo(T0.plusHours(1));

        proposal.returnToClerk(leader, "Thiếu bản tự kiểm điểm.\nĐề nghị bổ sung.", T0.plusHours(2));
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.RETURNED);
        assertThat(proposal.getReturnReason()).isEqualTo("Thiếu bản tự kiểm điểm.\nĐề nghị bổ sung.");

        proposal.revise(HEADER, one("Nguyễn Văn An", "Kiểm sát viên trung cấp", title, "Đã bổ sung bản tự kiểm điểm."),
                clerk, T0.plusHours(3));
        proposal.resubmit(clerk, T0.plusHours(4), List.of(), false);
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(proposal.getSubmittedAt()).isEqualTo(T0.plusHours(4));
        assertThat(proposal.getReturnReason()).as("the old reason no longer applies").isNull();

        proposal.approveAtUnit(leader, "  Đồng ý.  ", T0.plusHours(5));
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.APPROVED_AT_UNIT);
        assertThat(proposal.getLeadNominee().getAchievementReport()).isEqualTo("Đã bổ sung bản tự kiểm điểm.");
        assertThat(proposal.getLeadNominee().getDetails()).isEqualTo("Kiểm sát viên trung cấp");
    }

    @Test
    void historyRecordsEveryActionWithActorCommentAndTimeInOrder() {
        Proposal proposal = submitted();
        proposal.returnToClerk(leader, "Thiếu minh chứng", T0.plusHours(2));
        proposal.resubmit(clerk, T0.plusHours(3), List.of(), false);
        proposal.approveAtUnit(leader, "Đồng ý", T0.plusHours(4));

        assertThat(proposal.getHistory())
                .extracting(ProposalEvent::getAction, ProposalEvent::getActorUsername, ProposalEvent::getActorName,
                        ProposalEvent::getComment, ProposalEvent::getOccurredAt)
                .containsExactly(
                        tuple(ProposalAction.CREATED, "canbo.vks", "Trần Thị Bình", null, T0),
                        tuple(ProposalAction.SUBMITTED, "canbo.vks", "Trần Thị Bình", null, T0.plusHours(1)),
                        tuple(ProposalAction.RETURNED, "thutruong.vks", "Lê Văn Cường", "Thiếu minh chứng",
                                T0.plusHours(2)),
                        tuple(ProposalAction.RESUBMITTED, "canbo.vks", "Trần Thị Bình", null, T0.plusHours(3)),
                        tuple(ProposalAction.APPROVED_AT_UNIT, "thutruong.vks", "Lê Văn Cường", "Đồng ý",
                                T0.plusHours(4)));
    }

    @Test
    void historyCannotBeChangedFromOutside() {
        Proposal proposal = draft();

        assertThatThrownBy(() -> proposal.getHistory().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anApprovalWithoutCommentRecordsNoComment() {
        Proposal proposal = submitted();

        proposal.approveAtUnit(leader, " \n ", T0.plusHours(2));

        assertThat(proposal.getHistory().get(proposal.getHistory().size() - 1).getComment()).isNull();
    }

    @Test
    void anApprovalCommentOverTheLimitIsRefusedAndChangesNothing() {
        Proposal proposal = submitted();

        assertThatThrownBy(() -> proposal.approveAtUnit(leader, "x".repeat(Proposal.MAX_REASON + 1), T0))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("validation.tooLong");
                    assertThat(e.field()).isEqualTo("comment");
                });
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
    }

    @Test
    void aReturnWithoutReasonIsRefusedBesideTheReasonFieldAndChangesNothing() {
        for (String blank : new String[] {null, "", "   ", " \n\t\r\n"}) {
            Proposal proposal = submitted();

            assertThatThrownBy(() -> proposal.returnToClerk(leader, blank, T0.plusHours(2)))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("validation.required");
                        assertThat(e.field()).isEqualTo("reason");
                    });
            assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
            assertThat(proposal.getHistory()).hasSize(2);
        }
    }

    @Test
    void aSecondSubmitIsRefusedAsAlreadySubmitted() {
        Proposal proposal = submitted();

        assertThatThrownBy(() -> proposal.submit(clerk, T0.plusHours(2), List.of(), false))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("proposal.error.alreadySubmitted");
                    assertThat(e.arguments()).containsExactly(NUMBER);
                });
        assertThat(proposal.getHistory()).hasSize(2);
        assertThat(proposal.getSubmittedAt()).isEqualTo(T0.plusHours(1));
    }

    @Test
    void aReturnedProposalIsResubmittedNotSubmittedAgain() {
        Proposal proposal = submitted();
        proposal.returnToClerk(leader, "Thiếu minh chứng", T0.plusHours(2));

        assertRefused(() -> proposal.submit(clerk, T0.plusHours(3), List.of(), false),
                "proposal.error.alreadySubmitted");
        assertRefused(() -> submitted().resubmit(clerk, T0.plusHours(3), List.of(), false),
                "proposal.error.notReturned");
    }

    @Test
    void theDossierCannotBeRevisedWhileWithTheUnitHeadOrAfterApproval() {
        Proposal proposal = submitted();
        String changed = "Nguyễn Văn Bình";

        assertRefused(() -> proposal.revise(HEADER, one(changed, title, "Khác"), clerk, T0.plusHours(2)),
                "proposal.error.notEditable");

        proposal.approveAtUnit(leader, null, T0.plusHours(3));
        assertRefused(() -> proposal.revise(HEADER, one(changed, title, "Khác"), clerk, T0.plusHours(4)),
                "proposal.error.notEditable");
        assertThat(proposal.getLeadNominee().getName()).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void theUnitHeadCannotDecideTwiceOrOnAProposalNotWithThem() {
        Proposal approved = submitted();
        approved.approveAtUnit(leader, null, T0.plusHours(2));
        assertRefused(() -> approved.approveAtUnit(leader, null, T0.plusHours(3)), "task.error.alreadyHandled");
        assertRefused(() -> approved.returnToClerk(leader, "Lý do", T0.plusHours(3)), "task.error.alreadyHandled");

        assertRefused(() -> draft().approveAtUnit(leader, null, T0.plusHours(2)), "task.error.alreadyHandled");

        Proposal returned = submitted();
        returned.returnToClerk(leader, "Thiếu minh chứng", T0.plusHours(2));
        assertRefused(() -> returned.approveAtUnit(leader, null, T0.plusHours(3)), "task.error.alreadyHandled");
        assertThat(returned.getStatus()).isEqualTo(ProposalStatus.RETURNED);
    }

    @Test
    void aClerkOfAnotherUnitCannotDraftReviseSubmitOrResubmit() {
        assertRefused(() -> Proposal.draft(NUMBER, vksnd, HEADER, one("A", "B", title, "C"), otherClerk, T0),
                "error.forbidden");
        Proposal draft = draft();
        assertRefused(() -> draft.revise(HEADER, one("A", "B", title, "C"), otherClerk, T0), "error.forbidden");
        assertRefused(() -> draft.submit(otherClerk, T0, List.of(), false), "error.forbidden");
        assertThat(draft.getStatus()).isEqualTo(ProposalStatus.DRAFT);

        Proposal returned = submitted();
        returned.returnToClerk(leader, "Thiếu minh chứng", T0.plusHours(2));
        assertRefused(() -> returned.resubmit(otherClerk, T0, List.of(), false), "error.forbidden");
        assertThat(returned.getStatus()).isEqualTo(ProposalStatus.RETURNED);
    }

    @Test
    void aLeaderCannotTakeClerkActions() {
        assertRefused(() -> Proposal.draft(NUMBER, vksnd, HEADER, one("A", "B", title, "C"), leader, T0),
                "error.forbidden");
        Proposal draft = draft();
        assertRefused(() -> draft.revise(HEADER, one("A", "B", title, "C"), leader, T0), "error.forbidden");
        assertRefused(() -> draft.submit(leader, T0, List.of(), false), "error.forbidden");

        Proposal returned = submitted();
        returned.returnToClerk(leader, "Thiếu minh chứng", T0.plusHours(2));
        assertRefused(() -> returned.resubmit(leader, T0, List.of(), false), "error.forbidden");
    }

    @Test
    void onlyTheLeaderOfTheProposalsUnitDecides() {
        Proposal proposal = submitted();

        assertRefused(() -> proposal.approveAtUnit(otherLeader, null, T0), "error.forbidden");
        assertRefused(() -> proposal.returnToClerk(otherLeader, "Lý do", T0), "error.forbidden");
        assertRefused(() -> proposal.approveAtUnit(clerk, null, T0), "error.forbidden");
        assertRefused(() -> proposal.returnToClerk(clerk, "Lý do", T0), "error.forbidden");
        assertRefused(() -> proposal.approveAtUnit(adminOfSameUnit, null, T0), "error.forbidden");
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
    }

    @Test
    void anInactiveOrMissingTitleIsRefusedBesideTheTitleField() {
        Title retired = TestUnits.title(9, "OLD", "Danh hiệu cũ", "Retired title", false);

        for (Title bad : new Title[] {retired, null}) {
            assertThatThrownBy(() -> Proposal.draft(NUMBER, vksnd, HEADER, one("A", "B", bad, "C"), clerk, T0))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("validation.required");
                        assertThat(e.field()).isEqualTo("title");
                    });
        }
    }

    @Test
    void aReportOverTheLimitIsRefusedBesideTheReportField() {
        String longest = "ễ".repeat(NomineeDetails.MAX_REPORT);
        assertThat(Proposal.draft(NUMBER, vksnd, HEADER, one("A", "B", title, longest), clerk, T0)
                .getLeadNominee().getAchievementReport()).hasSize(NomineeDetails.MAX_REPORT);
        assertThatThrownBy(() -> one("A", "B", title, longest + "ễ"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("validation.tooLong");
                    assertThat(e.field()).isEqualTo("report");
                });
    }

    @Test
    void markupInUserTextIsStoredExactlyAsTyped() {
        // Escaping belongs to the page that shows the text; altering it here would corrupt legitimate "<" or "&".
        String script = "<script>alert('xss')</script> & <b>đậm</b> \"quoted\"";
        Proposal proposal = Proposal.draft(NUMBER, vksnd, HEADER,
                one("<img src=x onerror=alert(1)>", "A & B", title, script), clerk, T0);
        proposal.submit(clerk, T0.plusHours(1), List.of(), false);
        proposal.returnToClerk(leader, "<a href=\"javascript:alert(1)\">xem</a>", T0.plusHours(2));

        assertThat(proposal.getLeadNominee().getAchievementReport()).isEqualTo(script);
        assertThat(proposal.getLeadNominee().getName()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(proposal.getLeadNominee().getDetails()).isEqualTo("A & B");
        assertThat(proposal.getReturnReason()).isEqualTo("<a href=\"javascript:alert(1)\">xem</a>");
        assertThat(proposal.getHistory().get(2).getComment()).isEqualTo("<a href=\"javascript:alert(1)\">xem</a>");
    }

    @Test
    void theProposalIsVisibleToTheClerkAndLeaderOfItsUnitOnly() {
        Proposal proposal = draft();

        assertThat(proposal.visibleTo(clerk)).isTrue();
        assertThat(proposal.visibleTo(leader)).isTrue();
        assertThat(proposal.visibleTo(otherClerk)).isFalse();
        assertThat(proposal.visibleTo(otherLeader)).isFalse();
        assertThat(proposal.visibleTo(admin)).isFalse();
        assertThat(proposal.visibleTo(adminOfSameUnit)).as("administrators do not read dossiers").isFalse();
    }

    @Test
    void unitMembershipIsDecidedByUnitIdNotByCode() {
        // A unit renamed or re-coded keeps its id; an actor whose session names another unit id is an outsider.
        Unit sameCodeOtherId = TestUnits.unit(99, "VKSND", "Viện Kiểm sát nhân dân tỉnh");
        Actor stale = TestUnits.actor(11, "canbo.vks", "Trần Thị Bình", sameCodeOtherId, Role.CLERK);

        assertThat(draft().visibleTo(stale)).isFalse();
        assertRefused(() -> draft().submit(stale, T0, List.of(), false), "error.forbidden");
    }
}
