package vn.tdkt.domain.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.TestUnits;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.organisation.UserAccount;
import vn.tdkt.domain.shared.DomainException;

class ApiTokenTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 9, 0);
    private final Unit vksnd = TestUnits.unit(7, "VKSND", "Viện Kiểm sát nhân dân tỉnh");
    private final UserAccount clerk = TestUnits.withId(new UserAccount("clerk", "Trần Thị Thu Hà", null, vksnd,
            Set.of(Role.CLERK), "secret".toCharArray()), 1);
    private final UserAccount other = TestUnits.withId(new UserAccount("clerk2", "Lê Thị Hồng Nhung", null, vksnd,
            Set.of(Role.CLERK), "secret".toCharArray()), 2);

    @Test
    void aTokenIsARandomSecretOf256BitsKeptOnlyAsItsDigest() {
        IssuedToken first = ApiToken.issue(clerk, "Báo cáo hằng tuần", 30, 365, NOW);
        IssuedToken second = ApiToken.issue(clerk, "Báo cáo hằng tuần", 30, 365, NOW);

        assertThat(first.secret()).startsWith(ApiToken.PREFIX).hasSize(ApiToken.PREFIX.length() + 43)
                .isNotEqualTo(second.secret());
        assertThat(ApiToken.digest(first.secret())).hasSize(64).isEqualTo(ApiToken.digest(first.secret()))
                .isNotEqualTo(ApiToken.digest(second.secret()));
        assertThat(first.toString()).doesNotContain(first.secret());
        assertThat(first.token().getName()).isEqualTo("Báo cáo hằng tuần");
        assertThat(first.token().getExpiresAt()).isEqualTo(NOW.plusDays(30));
    }

    @Test
    void theLifetimeIsBetweenADayAndTheLimit() {
        assertThatThrownBy(() -> ApiToken.issue(clerk, "x", 0, 365, NOW)).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("token.error.days"));
        assertThatThrownBy(() -> ApiToken.issue(clerk, "x", 366, 365, NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> ApiToken.issue(clerk, " ", 30, 365, NOW)).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(ApiToken.issue(clerk, "x", 365, 365, NOW).token().getExpiresAt()).isEqualTo(NOW.plusDays(365));
    }

    @Test
    void aTokenAdmitsUntilItExpiresIsRevokedOrItsOwnerIsDisabled() {
        ApiToken token = ApiToken.issue(clerk, "script", 1, 365, NOW).token();

        assertThat(token.admits(NOW.plusHours(23))).isTrue();
        assertThat(token.admits(NOW.plusDays(1))).isFalse();
        assertThat(token.status(NOW.plusDays(1))).isEqualTo(TokenStatus.EXPIRED);

        ApiToken revoked = ApiToken.issue(clerk, "script", 30, 365, NOW).token();
        revoked.revoke(clerk.toActor(), NOW.plusMinutes(5));
        revoked.revoke(clerk.toActor(), NOW.plusMinutes(9));
        assertThat(revoked.admits(NOW.plusMinutes(6))).isFalse();
        assertThat(revoked.status(NOW)).isEqualTo(TokenStatus.REVOKED);
        assertThat(revoked.getRevokedAt()).isEqualTo(NOW.plusMinutes(5));

        ApiToken ownerDisabled = ApiToken.issue(clerk, "script", 30, 365, NOW).token();
        clerk.disable();
        assertThat(ownerDisabled.admits(NOW)).isFalse();
        assertThat(ownerDisabled.status(NOW)).isEqualTo(TokenStatus.ACTIVE);
    }

    @Test
    void onlyTheOwnerRevokesAndAnyoneElseIsToldThereIsNoSuchToken() {
        ApiToken token = ApiToken.issue(clerk, "script", 30, 365, NOW).token();

        assertThatThrownBy(() -> token.revoke(other.toActor(), NOW)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("token.error.notFound"));
        assertThat(token.status(NOW)).isEqualTo(TokenStatus.ACTIVE);
    }

    @Test
    void theLastUseIsWrittenAtMostOnceAMinute() {
        ApiToken token = ApiToken.issue(clerk, "script", 30, 365, NOW).token();
        assertThat(token.getLastUsedAt()).isNull();

        token.recordUse(NOW);
        token.recordUse(NOW.plusSeconds(59));
        assertThat(token.getLastUsedAt()).isEqualTo(NOW);
        token.recordUse(NOW.plusSeconds(60));
        assertThat(token.getLastUsedAt()).isEqualTo(NOW.plusSeconds(60));
    }
}
