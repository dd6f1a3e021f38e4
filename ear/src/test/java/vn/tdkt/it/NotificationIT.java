package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.notification.Notification;
import vn.tdkt.domain.notification.NotificationKind;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.proposal.ProposalStatus;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.it.support.TestDatabase;
import vn.tdkt.it.support.TestDossiers;
import vn.tdkt.it.support.TestMailServer;
import vn.tdkt.workflow.inbox.Inbox;
import vn.tdkt.workflow.inbox.InboxItem;
import vn.tdkt.workflow.notification.Notifications;
import vn.tdkt.workflow.organisation.UserDirectory;
import vn.tdkt.workflow.proposal.ClerkProposals;
import vn.tdkt.workflow.proposal.UnitHeadReview;

/**
 * Notifications (thông báo) inside WildFly on PostgreSQL: who is told when a proposal is submitted, returned and
 * approved, that a rolled-back action tells nobody, that only the recipient may mark one read — and, read from
 * the test's own SMTP server, that the mails leave after commit with their Vietnamese subject intact. The
 * in-container tests run first; the last test reads the mail server on the client side.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationIT {

    // Nominees are named per test, so that the client side finds their mails and rows without shared state.
    private static final String SUBMITTED = "Võ Thị Thông Báo";
    private static final String APPROVED = "Đoàn Văn Được Duyệt";
    private static final String RETURNED = "Trịnh Thị Trả Lại";
    private static final String ROLLED_BACK = "Hoàng Văn Hoàn Tác";

    @Inject
    ClerkProposals clerkProposals;

    @Inject
    TestDossiers dossiers;

    @Inject
    UnitHeadReview review;

    @Inject
    Inbox inbox;

    @Inject
    UserDirectory users;

    @Inject
    Notifications notifications;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/AppDS")
    DataSource dataSource;

    private Actor actor(String username) {
        return users.actorFor(username).orElseThrow();
    }

    private long draft(String nominee) {
        return dossiers.draft(nominee);
    }

    private String numberOf(long id) {
        return clerkProposals.read(actor("clerk"), id).getNumber();
    }

    private String reviewTaskOf(long proposalId) {
        return inbox.of(actor("leader")).stream().filter(item -> item.getProposalId() == proposalId)
                .map(InboxItem::getTaskId).findFirst().orElseThrow();
    }

    private List<Notification> of(String username, String proposalNumber) {
        return notifications.latest(actor(username), 100).stream()
                .filter(n -> n.getProposalNumber().equals(proposalNumber)).toList();
    }

    private long rowsFor(String proposalNumber) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT count(*) FROM notification WHERE proposal_number = ?")) {
            count.setString(1, proposalNumber);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    @Order(1)
    void aSubmissionTellsTheUnitHeadAndNobodyElse() {
        long unreadBefore = notifications.unreadCount(actor("leader"));
        long id = draft(SUBMITTED);
        clerkProposals.submit(actor("clerk"), id, false);
        String number = numberOf(id);

        assertThat(notifications.unreadCount(actor("leader"))).isEqualTo(unreadBefore + 1);
        List<Notification> leaders = of("leader", number);
        assertThat(leaders).singleElement().satisfies(n -> {
            assertThat(n.getKind()).isEqualTo(NotificationKind.NEW_TASK);
            assertThat(n.isUnread()).isTrue();
            assertThat(n.getProposalId()).isEqualTo(id);
            assertThat(n.getMessageKey()).isEqualTo("notification.newTask");
            assertThat(n.getArguments()).containsExactly(number, SUBMITTED);
        });
        assertThat(of("clerk", number)).isEmpty();
        assertThat(of("leader2", number)).isEmpty();
        assertThat(of("clerk2", number)).isEmpty();
    }

    @Test
    @Order(2)
    void anApprovalTellsTheClerks() {
        long id = draft(APPROVED);
        clerkProposals.submit(actor("clerk"), id, false);
        review.approve(actor("leader"), reviewTaskOf(id), "Đồng ý.");
        String number = numberOf(id);

        assertThat(of("clerk", number)).singleElement().satisfies(n -> {
            assertThat(n.getKind()).isEqualTo(NotificationKind.APPROVED);
            assertThat(n.getArguments()).containsExactly(number, APPROVED);
        });
        assertThat(of("clerk2", number)).isEmpty();
    }

    @Test
    @Order(3)
    void aReturnTellsTheClerksWithTheReason() {
        long id = draft(RETURNED);
        clerkProposals.submit(actor("clerk"), id, false);
        review.returnToClerk(actor("leader"), reviewTaskOf(id), "Thiếu biên bản họp hội đồng.");
        String number = numberOf(id);

        assertThat(of("clerk", number)).singleElement().satisfies(n -> {
            assertThat(n.getKind()).isEqualTo(NotificationKind.RETURNED);
            assertThat(n.getArguments()).containsExactly(number, "Thiếu biên bản họp hội đồng.");
        });
    }

    @Test
    @Order(4)
    void aRolledBackSubmissionLeavesNoNotification() throws Exception {
        long id = draft(ROLLED_BACK);
        String number = numberOf(id);

        transaction.begin();
        try {
            clerkProposals.submit(actor("clerk"), id, false);
            // Written in the action's transaction…
            assertThat(of("leader", number)).hasSize(1);
        } finally {
            transaction.rollback();
        }

        // …and gone with it.
        assertThat(rowsFor(number)).isZero();
        assertThat(clerkProposals.read(actor("clerk"), id).getStatus()).isEqualTo(ProposalStatus.DRAFT);
    }

    @Test
    @Order(5)
    void onlyTheRecipientMayMarkANotificationRead() {
        Proposal proposal = clerkProposals.read(actor("clerk"), draft("Phan Thị Riêng Tư"));
        clerkProposals.submit(actor("clerk"), proposal.getId(), false);
        Notification mine = of("leader", proposal.getNumber()).get(0);

        for (String stranger : new String[] {"leader2", "clerk", "clerk2"}) {
            assertThatThrownBy(() -> notifications.markRead(actor(stranger), mine.getId()))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("notification.error.notFound");
        }
        assertThatThrownBy(() -> notifications.markRead(actor("leader"), Long.MAX_VALUE))
                .isInstanceOf(DomainException.class);
        assertThat(of("leader", proposal.getNumber()).get(0).isUnread()).isTrue();

        long unread = notifications.unreadCount(actor("leader"));
        notifications.markRead(actor("leader"), mine.getId());
        assertThat(of("leader", proposal.getNumber()).get(0).isUnread()).isFalse();
        assertThat(notifications.unreadCount(actor("leader"))).isEqualTo(unread - 1);

        notifications.markAllRead(actor("leader"));
        assertThat(notifications.unreadCount(actor("leader"))).isZero();
        assertThat(notifications.latest(actor("leader"), 10)).hasSizeLessThanOrEqualTo(10)
                .allSatisfy(n -> assertThat(n.isUnread()).isFalse());
    }

    @Test
    @Order(6)
    @RunAsClient
    void mailsLeaveAfterCommitWithTheirVietnameseSubject() throws Exception {
        String submitted = numberFromDatabase("leader", SUBMITTED);
        assertThat(TestMailServer.awaitSubject("leader@tdkt.local", SUBMITTED))
                .isEqualTo("[TĐKT] Hồ sơ " + submitted + " chờ bạn duyệt");
        assertThat(TestMailServer.awaitRecipients("leader@tdkt.local", SUBMITTED))
                .containsExactly("leader@tdkt.local");
        assertThat(TestMailServer.awaitBody("leader@tdkt.local", SUBMITTED)).contains("Kính gửi Nguyễn Văn Minh",
                "Viện Kiểm sát nhân dân tỉnh", "/tdkt/app/inbox.xhtml");

        String approved = numberFromDatabase("clerk", APPROVED);
        assertThat(TestMailServer.awaitSubject("clerk@tdkt.local", approved + " đã"))
                .isEqualTo("[TĐKT] Hồ sơ " + approved + " đã được duyệt");

        String returned = numberFromDatabase("clerk", RETURNED);
        assertThat(TestMailServer.awaitSubject("clerk@tdkt.local", returned + " bị"))
                .isEqualTo("[TĐKT] Hồ sơ " + returned + " bị trả lại");
        assertThat(TestMailServer.awaitBody("clerk@tdkt.local", returned + " bị"))
                .contains("Lý do: Thiếu biên bản họp hội đồng.", "/tdkt/app/proposal-edit.xhtml?id=");

        // The rolled-back submission was announced inside its transaction only: no mail ever left for it.
        assertThat(TestMailServer.anyMentions(ROLLED_BACK)).isFalse();
    }

    /** The proposal number of a nominee's notification, read on the client side from the test database. */
    private static String numberFromDatabase(String recipient, String nominee) throws SQLException {
        try (Connection connection = TestDatabase.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT n.proposal_number FROM notification n"
                        + " JOIN proposal_nominee pn ON pn.proposal_id = n.proposal_id"
                        + " WHERE n.recipient = ? AND pn.full_name = ?")) {
            query.setString(1, recipient);
            query.setString(2, nominee);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("a notification to %s about %s", recipient, nominee).isTrue();
                return rows.getString(1);
            }
        }
    }
}
