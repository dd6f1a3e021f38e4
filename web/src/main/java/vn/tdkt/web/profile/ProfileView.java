package vn.tdkt.web.profile;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.signin.ApiToken;
import vn.tdkt.domain.signin.IssuedToken;
import vn.tdkt.domain.signin.TokenStatus;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.config.Settings;
import vn.tdkt.workflow.signin.ApiTokens;

/**
 * Backing bean of {@code profile.xhtml} (tài khoản của tôi): the signed-in user's personal API tokens — listed with
 * their last use and state, created with a name and a lifetime (the secret shown on this page once, right after),
 * revoked.
 */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The lifetimes offered, in days; none beyond the configured maximum, which is always offered. */
    private static final int[] LIFETIMES = {7, 30, 90, 180, 365};

    @Inject
    ApiTokens tokens;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private List<TokenRow> rows;
    private String name;
    private int days = 90;
    /** The secret of the token just created, shown until the next action on this page; kept nowhere else. */
    private String secret;

    /** One token as the list shows it. */
    public record TokenRow(long id, String name, LocalDateTime createdAt, LocalDateTime expiresAt,
            LocalDateTime lastUsedAt, TokenStatus status) implements Serializable {

        static TokenRow of(ApiToken token, LocalDateTime now) {
            return new TokenRow(token.getId(), token.getName(), token.getCreatedAt(), token.getExpiresAt(),
                    token.getLastUsedAt(), token.status(now));
        }

        public boolean isActive() {
            return status == TokenStatus.ACTIVE;
        }
    }

    public void load() {
        LocalDateTime now = BusinessClock.now();
        rows = tokens.of(currentUser.actor()).stream().map(token -> TokenRow.of(token, now)).toList();
    }

    public void create() {
        secret = null;
        try {
            IssuedToken issued = tokens.create(currentUser.actor(), name, days, currentUser.address());
            secret = issued.secret();
            messages.infoAt(null, "token.created", issued.token().getName());
            name = null;
            load();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public void revoke(TokenRow row) {
        secret = null;
        try {
            tokens.revoke(currentUser.actor(), row.id(), currentUser.address());
            messages.infoAt(null, "token.revoked", row.name());
        } catch (DomainException e) {
            messages.error(e);
        }
        load();
    }

    public List<Integer> getLifetimes() {
        int max = Settings.apiTokenMaxDays();
        List<Integer> offered = new ArrayList<>(IntStream.of(LIFETIMES).filter(d -> d < max).boxed().toList());
        offered.add(max);
        return offered;
    }

    public List<TokenRow> getRows() {
        return rows;
    }

    public String getSecret() {
        return secret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }
}
