package vn.tdkt.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.tdkt.it.browser.pages.DecisionPage;
import vn.tdkt.it.browser.pages.InboxPage;
import vn.tdkt.it.browser.pages.ProposalFormPage;
import vn.tdkt.it.browser.pages.ProposalPage;
import vn.tdkt.it.browser.pages.TaskPage;

/**
 * One dossier through every role's inbox in headless Chromium: the clerk proposes a collective for Tập thể lao
 * động xuất sắc (the province decides it), the unit head approves, the council's secretary records the ballot
 * (counts that do not add up are refused first), the board's appraiser receives and appraises it, the approving
 * leader signs the decision, and the clerk sees the decision on the dossier.
 */
abstract class FullProcedureJourney extends BrowserTest {

    @Test
    void aDossierWalksThroughEveryRolesInboxToTheDecision() throws Exception {
        login.signInAs("clerk");
        String collective = "Phòng Kiểm sát thi hành án dân sự " + System.currentTimeMillis() % 10000;
        ProposalFormPage form = ProposalFormPage.openNew(browser)
                .kind("Tập thể")
                .nomineeName(collective)
                .position("14 người")
                .title("Tập thể lao động xuất sắc")
                .summary("Tập thể hoàn thành xuất sắc nhiệm vụ năm 2025; 100% cán bộ hoàn thành tốt nhiệm vụ.")
                .addNominee()
                .saveDraft();
        form.attach("Tờ trình", pdf("Tờ trình.pdf")).attach("Báo cáo thành tích", pdf("Báo cáo thành tích.pdf"));
        ProposalPage submitted = form.submit();
        String number = submitted.number();
        String id = submitted.id();

        InboxPage leaderInbox = login.signInAs("leader");
        InboxPage.open(browser).openReview(number).approve("Đồng ý trình Hội đồng.");

        login.signInAs("secretary");
        TaskPage vote = InboxPage.open(browser).openTask(number);
        assertThat(vote.stepName()).isEqualTo("Thư ký hội đồng ghi kết quả bỏ phiếu");
        assertThat(vote.recordVoteExpectingError(9, 8, 5, 1, 0)).contains("phải bằng số thành viên có mặt (8)");
        vote.recordVote(9, 8, 8, 0, 0);
        assertThat(browser.pageText()).contains("đạt tỷ lệ phiếu");

        login.signInAs("appraiser");
        TaskPage reception = InboxPage.open(browser).openTask(number);
        assertThat(reception.stepName()).isEqualTo("Ban TĐKT tiếp nhận, kiểm tra hồ sơ");
        assertThat(reception.offersReturnForSupplement()).isTrue();
        reception.accept();
        TaskPage appraisal = InboxPage.open(browser).openTask(number);
        assertThat(appraisal.dossierStatus()).isEqualTo("Đang thẩm định");
        appraisal.proposeForDecision("Đủ điều kiện theo Điều 27 Luật Thi đua, khen thưởng 2022.");

        login.signInAs("approver");
        TaskPage decision = InboxPage.open(browser).openTask(number);
        assertThat(decision.stepName()).isEqualTo("Lãnh đạo ký quyết định khen thưởng");
        DecisionPage issued = decision.decide();
        assertThat(browser.pageText()).contains("Đã ban hành quyết định cho hồ sơ " + number);
        String decisionNumber = issued.number();
        assertThat(decisionNumber).as("issued from the province's book").matches("\\d{2,}/QĐ-UBND");
        assertThat(InboxPage.open(browser).hasTaskFor(number)).isFalse();

        login.signInAs("clerk");
        ProposalPage decided = ProposalPage.open(browser, id);
        assertThat(decided.status()).isEqualTo("Đã có quyết định khen thưởng");
        assertThat(browser.pageText()).contains(decisionNumber, "Ký quyết định khen thưởng", "Lãnh đạo phê duyệt");
    }
}
