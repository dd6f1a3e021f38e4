package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.signin.IssuedToken;
import vn.tdkt.domain.signin.SecurityEvent;
import vn.tdkt.domain.signin.SecurityEventKind;
import vn.tdkt.domain.signin.TokenStatus;
import vn.tdkt.it.support.LoopbackHttp;
import vn.tdkt.it.support.LoopbackHttp.Answer;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.organisation.UserAdministration;
import vn.tdkt.workflow.organisation.UserDirectory;
import vn.tdkt.workflow.signin.ApiTokens;
import vn.tdkt.workflow.signin.Lockout;
import vn.tdkt.workflow.signin.SecurityLog;
import vn.tdkt.workflow.signin.SignInThrottle;

/**
 * Signing in resists guessing and costs the same for everyone (issue 14, finding 3), tested over real HTTP from
 * inside the server: an unknown name is answered after as much work as a known one; failed attempts delay the next
 * ones and then lock the account name or the client address out, refused without a password hash (429 with
 * Retry-After on the API, the time to retry on the login page), until the lockout ends or an administrator lifts
 * it; every lockout and unlock is in the security log. Personal API tokens sign their owner in until revoked or
 * expired, never for a disabled owner, and a Basic script pays the password hash once, not on every call.
 *
 * <p>Each test sends its requests from a loopback address of its own ({@link LoopbackHttp}) and signs in with
 * accounts of its own, so that no lockout here touches the rest of the suite, which signs in from 127.0.0.1.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final String TASKS = "/api/v1/tasks";
    private static final String PASSWORD = "mật khẩu đúng 2026";
    /** The tarpit's hold, which a test may set for its run (read whenever a refused call arrives). */
    private static final String TARPIT = "tdkt.signin.tarpit.millis";
    /** A hold far longer than any answer here takes, so that held and not held cannot be mistaken. */
    private static final long HOLD_MILLIS = 3_000;
    /** More calls than the server has worker threads (16 per core). */
    private static final int HELD_AT_ONCE = 100;

    @Inject
    UserAdministration administration;

    @Inject
    UserDirectory users;

    @Inject
    SignInThrottle throttle;

    @Inject
    SecurityLog log;

    @Inject
    ApiTokens tokens;

    @Resource(lookup = "java:jboss/datasources/AppDS")
    DataSource dataSource;

    private Actor admin() {
        return users.actorFor("admin").orElseThrow();
    }

    /** A new clerk account of this test, with {@link #PASSWORD}. */
    private String newAccount(String prefix) {
        String username = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
        administration.create(admin(), username, "Người thử đăng nhập", null, "CONG_AN", Set.of(Role.CLERK), null,
                PASSWORD.toCharArray());
        return username;
    }

    private static String unknownName() {
        return "khong.co." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anUnknownNameIsAnsweredAfterAsMuchWorkAsAKnownOneWithAWrongPassword() {
        LoopbackHttp client = LoopbackHttp.fromNewAddress();
        List<String> known = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            known.add(newAccount("do.gio"));
        }
        // One of each first: the first unknown name pays for making the hash nobody knows, once per server.
        assertThat(client.api(TASKS, known.get(0), "sai").status()).isEqualTo(401);
        assertThat(client.api(TASKS, unknownName(), "sai").status()).isEqualTo(401);

        long[] knownNanos = new long[5];
        long[] unknownNanos = new long[5];
        for (int i = 0; i < 5; i++) {
            String name = known.get(i + 1);
            knownNanos[i] = timed(() -> client.api(TASKS, name, "sai"), 401);
            unknownNanos[i] = timed(() -> client.api(TASKS, unknownName(), "sai"), 401);
        }

        long knownMedian = median(knownNanos);
        long unknownMedian = median(unknownNanos);
        // Generous, so that it cannot flake: without the equal work an unknown name is answered in a few
        // milliseconds, a known one after a hash of well over a hundred.
        assertThat(unknownMedian).as("unknown %s ms, known %s ms", millis(unknownNanos), millis(knownNanos))
                .isGreaterThanOrEqualTo(knownMedian / 2);
    }

    @Test
    void failuresDelayTheNextAttemptsThenLockTheNameOutKnownOrNotUntilAnAdministratorUnlocks() throws Exception {
        // What a refusal costs the sign-in itself is measured here, without the tarpit's deliberate hold.
        System.setProperty(TARPIT, "0");
        try {
            failuresDelayTheNextAttemptsThenLockTheNameOut();
        } finally {
            System.clearProperty(TARPIT);
        }
    }

    private void failuresDelayTheNextAttemptsThenLockTheNameOut() throws Exception {
        LoopbackHttp client = LoopbackHttp.fromNewAddress();
        String account = newAccount("khoa");
        String nobody = unknownName();

        // Three failures are free.
        long[] wrong = new long[3];
        for (int i = 0; i < 3; i++) {
            wrong[i] = timed(() -> client.api(TASKS, account, "sai"), 401);
            assertThat(client.api(TASKS, nobody, "sai").status()).isEqualTo(401);
        }
        // Then each attempt waits after the last failure: 1 s, then 2 s; refused sooner, even with the right password.
        Answer early = client.api(TASKS, account, PASSWORD);
        assertTooMany(early, "Vui lòng đợi");
        assertThat(Long.parseLong(early.header("Retry-After").orElseThrow())).isBetween(1L, 2L);
        assertTooMany(client.api(TASKS, nobody, "sai"), "Vui lòng đợi");
        Thread.sleep(1_100);
        assertThat(client.api(TASKS, account, "sai").status()).isEqualTo(401);
        assertThat(client.api(TASKS, nobody, "sai").status()).isEqualTo(401);
        assertTooMany(client.api(TASKS, account, "sai"), "Vui lòng đợi");
        Thread.sleep(2_100);
        // The fifth failure locks out for 15 minutes, a made-up name exactly like a real one.
        assertThat(client.api(TASKS, account, "sai").status()).isEqualTo(401);
        assertThat(client.api(TASKS, nobody, "sai").status()).isEqualTo(401);

        Answer locked = client.api(TASKS, account, PASSWORD);
        assertTooMany(locked, "Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau ");
        assertThat(Long.parseLong(locked.header("Retry-After").orElseThrow())).isBetween(14 * 60L, 15 * 60L);
        Answer lockedNobody = client.api(TASKS, nobody, "sai");
        assertThat(lockedNobody.status()).isEqualTo(429);
        // The same sentence; the time to retry may be a minute apart, as the two names were locked moments apart.
        assertThat(detail(lockedNobody).replaceAll("\\d\\d:\\d\\d", "hh:mm"))
                .isEqualTo(detail(locked).replaceAll("\\d\\d:\\d\\d", "hh:mm"));
        // A refused attempt costs no password hash: it is answered far sooner than a wrong password.
        long[] refused = new long[3];
        for (int i = 0; i < 3; i++) {
            refused[i] = timed(() -> client.api(TASKS, account, "sai"), 429);
        }
        assertThat(median(refused)).as("refused %s ms, wrong %s ms", millis(refused), millis(wrong))
                .isLessThan(median(wrong) / 3);
        // The lockout is the account's, from any address; the login page says until when, in Vietnamese.
        LoopbackHttp elsewhere = LoopbackHttp.fromNewAddress();
        assertThat(elsewhere.api(TASKS, account, PASSWORD).status()).isEqualTo(429);
        Answer page = elsewhere.signInOnPage(account, PASSWORD);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).containsPattern(
                "Tài khoản tạm khóa do đăng nhập sai nhiều lần\\. Vui lòng thử lại sau \\d\\d:\\d\\d\\.");

        assertThat(throttle.lockedAccounts(admin())).extracting(Lockout::subject).contains(account, nobody);
        assertThat(log.about(admin(), account)).extracting(SecurityEvent::getKind)
                .containsExactly(SecurityEventKind.ACCOUNT_LOCKED);
        SecurityEvent lockout = log.about(admin(), account).get(0);
        assertThat(lockout.getAddress()).isEqualTo(client.address());
        assertThat(lockout.getActor()).isNull();
        assertThat(lockout.getUntil()).isAfter(lockout.getOccurredAt().plusMinutes(14));
        assertThat(log.about(admin(), nobody)).extracting(SecurityEvent::getKind)
                .containsExactly(SecurityEventKind.ACCOUNT_LOCKED);

        assertThatThrownBy(() -> throttle.unlockAccount(users.actorFor("clerk").orElseThrow(), account, "127.0.0.1"))
                .isInstanceOf(DomainException.class);
        throttle.unlockAccount(admin(), account, "127.0.0.1");
        assertThat(client.api(TASKS, account, PASSWORD).status()).isEqualTo(200);
        assertThat(log.about(admin(), account)).extracting(SecurityEvent::getKind)
                .containsExactly(SecurityEventKind.ACCOUNT_UNLOCKED, SecurityEventKind.ACCOUNT_LOCKED);
        assertThat(log.about(admin(), account).get(0).getActor()).isEqualTo("admin");
        assertThat(throttle.lockedAccounts(admin())).extracting(Lockout::subject).doesNotContain(account)
                .contains(nobody);
    }

    @Test
    void anAddressThatFailsTooOftenIsLockedOutForEveryNameUntilAnAdministratorUnlocksIt() throws Exception {
        String account = newAccount("dia.chi");
        LoopbackHttp client = LoopbackHttp.fromNewAddress();
        // The address limits are read on every attempt: this test lowers them for its run only (the defaults,
        // 20 free and a lockout at 50, would take minutes of waiting).
        System.setProperty("tdkt.signin.address.free.failures", "2");
        System.setProperty("tdkt.signin.address.lockout.failures", "4");
        try {
            // A new name on every attempt: each name has failed once, only the address adds up.
            assertThat(client.api(TASKS, unknownName(), "sai").status()).isEqualTo(401);
            assertThat(client.api(TASKS, unknownName(), "sai").status()).isEqualTo(401);
            assertTooMany(client.api(TASKS, unknownName(), "sai"), "Vui lòng đợi");
            Thread.sleep(1_100);
            assertThat(client.api(TASKS, unknownName(), "sai").status()).isEqualTo(401);
            Thread.sleep(2_100);
            assertThat(client.api(TASKS, unknownName(), "sai").status()).isEqualTo(401);

            // Locked out: even a real account with its right password, on the API and on the login page.
            Answer locked = client.api(TASKS, account, PASSWORD);
            assertTooMany(locked, "Có quá nhiều lần đăng nhập sai từ địa chỉ mạng này. Vui lòng thử lại sau ");
            assertThat(client.signInOnPage(account, PASSWORD).body()).contains("từ địa chỉ mạng này");
            // Another address signs in as usual.
            assertThat(LoopbackHttp.fromNewAddress().api(TASKS, account, PASSWORD).status()).isEqualTo(200);

            assertThat(throttle.lockedAddresses(admin())).extracting(Lockout::subject).contains(client.address());
            assertThat(log.about(admin(), client.address())).extracting(SecurityEvent::getKind)
                    .containsExactly(SecurityEventKind.ADDRESS_LOCKED);
            throttle.unlockAddress(admin(), client.address(), "127.0.0.1");
            assertThat(client.api(TASKS, account, PASSWORD).status()).isEqualTo(200);
            assertThat(log.about(admin(), client.address())).extracting(SecurityEvent::getKind)
                    .containsExactly(SecurityEventKind.ADDRESS_UNLOCKED, SecurityEventKind.ADDRESS_LOCKED);
        } finally {
            System.clearProperty("tdkt.signin.address.free.failures");
            System.clearProperty("tdkt.signin.address.lockout.failures");
        }
    }

    @Test
    void basicCallsFromARefusedAddressAreRefusedOnlyAfterTheHoldWithoutTyingUpTheServer() throws Exception {
        String account = newAccount("ham.cham");
        LoopbackHttp office = LoopbackHttp.fromNewAddress();
        IssuedToken token = tokens.create(users.actorFor(account).orElseThrow(), "Kịch bản", 1, office.address());
        System.setProperty("tdkt.signin.address.free.failures", "2");
        System.setProperty("tdkt.signin.address.lockout.failures", "4");
        System.setProperty(TARPIT, String.valueOf(HOLD_MILLIS));
        ExecutorService pool = Executors.newFixedThreadPool(HELD_AT_ONCE);
        try {
            lockOut(office);

            // More calls at once than the server has worker threads: held on a timer, not a thread, each is refused
            // after the hold, and all of them within little more than one hold.
            long start = System.nanoTime();
            List<Future<Held>> calls = new ArrayList<>();
            for (int i = 0; i < HELD_AT_ONCE; i++) {
                calls.add(pool.submit(() -> {
                    long callStart = System.nanoTime();
                    Answer answer = office.api(TASKS, account, PASSWORD);
                    return new Held(answer, (System.nanoTime() - callStart) / 1_000_000);
                }));
            }
            Thread.sleep(500);
            // Meanwhile another address signs in at once, and so does a token from the refused address.
            LoopbackHttp elsewhere = LoopbackHttp.fromNewAddress();
            long otherAddress = timed(() -> elsewhere.api(TASKS, account, PASSWORD), 200) / 1_000_000;
            long tokenCall = timed(() -> office.apiWithToken(TASKS, token.secret()), 200) / 1_000_000;
            List<Held> held = new ArrayList<>();
            for (Future<Held> call : calls) {
                held.add(call.get());
            }
            long all = (System.nanoTime() - start) / 1_000_000;

            assertThat(held).allSatisfy(call -> {
                assertTooMany(call.answer(),
                        "Có quá nhiều lần đăng nhập sai từ địa chỉ mạng này. Vui lòng thử lại sau ");
                assertThat(call.millis()).as("held before the refusal").isGreaterThanOrEqualTo(HOLD_MILLIS - 50);
            });
            assertThat(all).as("%d held calls at once", HELD_AT_ONCE).isLessThan(2 * HOLD_MILLIS);
            assertThat(otherAddress).as("another address").isLessThan(HOLD_MILLIS);
            assertThat(tokenCall).as("a token from the refused address").isLessThan(HOLD_MILLIS);
        } finally {
            pool.shutdownNow();
            System.clearProperty("tdkt.signin.address.free.failures");
            System.clearProperty("tdkt.signin.address.lockout.failures");
            System.clearProperty(TARPIT);
        }
    }

    @Test
    void aLockedOutNameIsHeldOnlyForItselfNotForTheOtherUsersBehindTheSameAddress() throws Exception {
        String locked = newAccount("ten.khoa");
        String colleague = newAccount("dong.nghiep");
        LoopbackHttp office = LoopbackHttp.fromNewAddress();
        System.setProperty(TARPIT, String.valueOf(HOLD_MILLIS));
        try {
            for (long wait : new long[] {0, 0, 0, 1_100, 2_100}) {
                Thread.sleep(wait);
                assertThat(office.api(TASKS, locked, "sai").status()).isEqualTo(401);
            }

            long start = System.nanoTime();
            Answer refused = office.api(TASKS, locked, PASSWORD);
            long heldMillis = (System.nanoTime() - start) / 1_000_000;
            assertTooMany(refused, "Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau ");
            assertThat(heldMillis).as("the locked name, held").isGreaterThanOrEqualTo(HOLD_MILLIS - 50);
            long colleagueMillis = timed(() -> office.api(TASKS, colleague, PASSWORD), 200) / 1_000_000;
            assertThat(colleagueMillis).as("a colleague at the same address").isLessThan(HOLD_MILLIS);
        } finally {
            System.clearProperty(TARPIT);
        }
    }

    /** Four failures from the address with names nobody has, under the lowered limits: the fourth locks it out. */
    private static void lockOut(LoopbackHttp client) throws InterruptedException {
        assertThat(client.api(TASKS, unknownName(), "sai").status()).isEqualTo(401);
        assertThat(client.api(TASKS, unknownName(), "sai").status()).isEqualTo(401);
        Thread.sleep(1_100);
        assertThat(client.api(TASKS, unknownName(), "sai").status()).isEqualTo(401);
        Thread.sleep(2_100);
        assertThat(client.api(TASKS, unknownName(), "sai").status()).isEqualTo(401);
    }

    private record Held(Answer answer, long millis) {
    }

    @Test
    void attemptsMadeAtTheSameMomentAreCountedBeforeAnyPasswordIsChecked() throws Exception {
        String account = newAccount("cung.luc");
        LoopbackHttp client = LoopbackHttp.fromNewAddress();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(() -> client.api(TASKS, account, "sai").status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(attempts)) {
                statuses.add(status.get());
            }
            // Only the three free failures reach a password check; the others are refused on arrival.
            assertThat(statuses).containsOnly(401, 429);
            assertThat(statuses.stream().filter(s -> s == 401).count()).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aScriptWithHttpBasicPaysThePasswordHashOnceUntilThePasswordChangesOrTheAccountIsDisabled() {
        String account = newAccount("kich.ban");
        LoopbackHttp client = LoopbackHttp.fromNewAddress();
        long wrong = timed(() -> client.api(TASKS, account, "sai"), 401);
        assertThat(client.api(TASKS, account, PASSWORD).status()).isEqualTo(200);

        long[] again = new long[5];
        for (int i = 0; i < again.length; i++) {
            again[i] = timed(() -> client.api(TASKS, account, PASSWORD), 200);
        }
        assertThat(median(again)).as("verified again %s ms, a hash %d ms", millis(again), wrong / 1_000_000)
                .isLessThan(wrong / 3);

        administration.resetPassword(admin(), account, "mật khẩu mới 2026".toCharArray());
        assertThat(client.api(TASKS, account, PASSWORD).status()).isEqualTo(401);
        assertThat(client.api(TASKS, account, "mật khẩu mới 2026").status()).isEqualTo(200);
        administration.disable(admin(), account);
        assertThat(client.api(TASKS, account, "mật khẩu mới 2026").status()).isEqualTo(401);
    }

    @Test
    void aTokenSignsItsOwnerInUntilRevokedOrExpiredAndNeverForADisabledOwner() throws SQLException {
        String account = newAccount("ma.api");
        Actor owner = users.actorFor(account).orElseThrow();
        LoopbackHttp client = LoopbackHttp.fromNewAddress();

        IssuedToken issued = tokens.create(owner, "Báo cáo tự động", 30, client.address());
        Answer answer = client.apiWithToken("/api/v1/proposals", issued.secret());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.all("Set-Cookie")).isEmpty();
        assertThat(tokens.of(owner)).singleElement().satisfies(token -> {
            assertThat(token.getLastUsedAt()).isNotNull();
            assertThat(token.status(token.getCreatedAt())).isEqualTo(TokenStatus.ACTIVE);
        });

        Answer wrong = client.apiWithToken(TASKS, issued.secret() + "x");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.all("WWW-Authenticate")).anyMatch(c -> c.startsWith("Bearer") && c.contains("invalid_token"));
        assertThat(detail(wrong)).contains("Mã truy cập API");
        assertThat(client.apiWithToken(TASKS, "not-ours").status()).isEqualTo(401);

        // Only the owner revokes; anyone else is told there is no such token.
        long id = issued.token().getId();
        assertThatThrownBy(() -> tokens.revoke(users.actorFor("clerk").orElseThrow(), id, "127.0.0.1"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("token.error.notFound"));
        assertThat(client.apiWithToken(TASKS, issued.secret()).status()).isEqualTo(200);
        tokens.revoke(owner, id, client.address());
        assertThat(client.apiWithToken(TASKS, issued.secret()).status()).isEqualTo(401);

        IssuedToken expiring = tokens.create(owner, "Hết hạn", 1, client.address());
        assertThat(client.apiWithToken(TASKS, expiring.secret()).status()).isEqualTo(200);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement expire = connection.prepareStatement("UPDATE api_token SET"
                        + " created_at = created_at - INTERVAL '2 days', expires_at = expires_at - INTERVAL '1 day'"
                        + " WHERE id = ?")) {
            expire.setLong(1, expiring.token().getId());
            assertThat(expire.executeUpdate()).isEqualTo(1);
        }
        assertThat(client.apiWithToken(TASKS, expiring.secret()).status()).isEqualTo(401);

        IssuedToken kept = tokens.create(owner, "Của người bị khóa", 90, client.address());
        administration.disable(admin(), account);
        assertThat(client.apiWithToken(TASKS, kept.secret()).status()).isEqualTo(401);
        administration.enable(admin(), account);
        assertThat(client.apiWithToken(TASKS, kept.secret()).status()).isEqualTo(200);

        // Newest first: the one kept, the revoked one, the one made to expire (created two days earlier).
        assertThat(tokens.of(owner)).extracting(token -> token.status(BusinessClock.now()))
                .containsExactly(TokenStatus.ACTIVE, TokenStatus.REVOKED, TokenStatus.EXPIRED);
        assertThat(log.about(admin(), account)).extracting(SecurityEvent::getKind).containsExactly(
                SecurityEventKind.TOKEN_CREATED, SecurityEventKind.TOKEN_CREATED, SecurityEventKind.TOKEN_REVOKED,
                SecurityEventKind.TOKEN_CREATED);
        assertThat(log.about(admin(), account)).allSatisfy(event -> {
            assertThat(event.getActor()).isEqualTo(account);
            assertThat(event.getAddress()).isEqualTo(client.address());
        });
        assertThat(log.about(admin(), account).get(3).getDetail()).isEqualTo("Báo cáo tự động");
        assertThatThrownBy(() -> tokens.create(owner, "Quá dài", 366, client.address()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("token.error.days"));
    }

    private static void assertTooMany(Answer answer, String detail) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(429);
        assertThat(answer.header("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(answer.header("Retry-After")).isPresent();
        assertThat(detail(answer)).contains(detail);
    }

    private static String detail(Answer answer) {
        int start = answer.body().indexOf("\"detail\":\"");
        return answer.body().substring(start + 10, answer.body().indexOf('"', start + 10));
    }

    private static long timed(Supplier<Answer> call, int expectedStatus) {
        long start = System.nanoTime();
        Answer answer = call.get();
        long nanos = System.nanoTime() - start;
        assertThat(answer.status()).as(answer.toString()).isEqualTo(expectedStatus);
        return nanos;
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String millis(long[] nanos) {
        return Arrays.toString(Arrays.stream(nanos).map(n -> n / 1_000_000).toArray());
    }
}
