package vn.tdkt.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.shared.DomainException;

class NotificationTest {

    private static final LocalDateTime CREATED = LocalDateTime.of(2026, 3, 2, 8, 30);

    private static Notification returned(String reason) {
        return new Notification("clerk", NotificationKind.RETURNED, 7L, "VKSND-2026-000012",
                "notification.returned", List.of("VKSND-2026-000012", reason), CREATED);
    }

    @Test
    void aNewNotificationIsUnreadAndKeepsItsKeyAndArguments() {
        Notification notification = returned("Thiếu biên bản họp; bổ sung giúp.");

        assertThat(notification.isUnread()).isTrue();
        assertThat(notification.getReadAt()).isNull();
        assertThat(notification.getMessageKey()).isEqualTo("notification.returned");
        assertThat(notification.getArguments()).containsExactly("VKSND-2026-000012",
                "Thiếu biên bản họp; bổ sung giúp.");
        assertThat(notification.getProposalId()).isEqualTo(7L);
        assertThat(notification.getKind()).isEqualTo(NotificationKind.RETURNED);
    }

    @Test
    void aBlocReviewsNotificationNamesTheReviewAndNoDossier() {
        Notification notification = Notification.aboutBlocReview("clerk.tand", 12L, "KHOI-12",
                "notification.bloc.opened.YEAR_END", List.of("Khối thi đua Nội chính tỉnh Tây Ninh", "2025"), CREATED);

        assertThat(notification.getKind()).isEqualTo(NotificationKind.BLOC_REVIEW);
        assertThat(notification.getBlocReviewId()).isEqualTo(12L);
        assertThat(notification.getProposalId()).isNull();
        assertThat(notification.getProposalNumber()).isEqualTo("KHOI-12");
        assertThat(returned("Thiếu tờ trình.").getBlocReviewId()).isNull();
    }

    @Test
    void markingReadKeepsTheFirstTime() {
        Notification notification = returned("Thiếu tờ trình.");
        LocalDateTime first = CREATED.plusHours(1);

        notification.markRead(first);
        notification.markRead(first.plusDays(1));

        assertThat(notification.isUnread()).isFalse();
        assertThat(notification.getReadAt()).isEqualTo(first);
    }

    @Test
    void emptyAndMissingArgumentsSurviveTheRoundTrip() {
        Notification notification = new Notification("leader", NotificationKind.APPROVED, 1L, "CA-2026-000001",
                "notification.approved", Arrays.asList("CA-2026-000001", null, ""), CREATED);

        assertThat(notification.getArguments()).containsExactly("CA-2026-000001", "", "");
        assertThat(new Notification("leader", NotificationKind.APPROVED, 1L, "CA-2026-000001", "k", List.of(),
                CREATED).getArguments()).isEmpty();
    }

    @Test
    void aVeryLongReasonIsCutNotRefused() {
        Notification notification = returned("x".repeat(5000));

        assertThat(String.join("", notification.getArguments()).length()).isLessThan(2000);
    }

    @Test
    void onlyTheRecipientMayTouchIt() {
        Notification notification = returned("Thiếu tờ trình.");

        notification.requireRecipient("clerk");
        assertThatThrownBy(() -> notification.requireRecipient("clerk2")).isInstanceOf(DomainException.class)
                .hasMessageContaining("notification.error.notFound");
    }

    @Test
    void aNotificationNeedsItsRecipient() {
        assertThatThrownBy(() -> new Notification(" ", NotificationKind.NEW_TASK, 1L, "N", "k", List.of(), CREATED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
