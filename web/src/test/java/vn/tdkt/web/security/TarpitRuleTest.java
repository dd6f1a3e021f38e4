package vn.tdkt.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.signin.ThrottleKind;
import vn.tdkt.workflow.signin.Refusal;

/**
 * The tarpit holds back only what the sign-in refuses on sight — an API call with HTTP Basic credentials from an
 * address refused for failing too often, or with a name locked out, for longer than the hold — and nothing a
 * signed-in user, a token, a page, another user behind the same address or a person who mistyped a few times sends.
 */
class TarpitRuleTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 14, 17, 5);
    private static final Duration HOLD = Duration.ofSeconds(1);
    private static final String OFFICE = "203.0.113.7";
    private static final String TASKS = "/api/v1/tasks";

    /** This server's memory of refusals, as the sign-in keeps it: per name and per address. */
    private final Map<String, Refusal> byName = new HashMap<>();
    private final Map<String, Refusal> byAddress = new HashMap<>();
    /** Whether the rule looked the client's address up (it should only for a Basic call to the API). */
    private final List<String> addressLookups = new ArrayList<>();
    private Duration hold = HOLD;

    private final TarpitRule rule = new TarpitRule(
            (name, address) -> Stream.of(byName.get(name), byAddress.get(address)).filter(Objects::nonNull).toList(),
            () -> hold, () -> NOW);

    private Optional<Duration> holdFor(String path, String authorization, String address) {
        Supplier<String> lookup = () -> {
            addressLookups.add(address);
            return address;
        };
        return rule.holdFor(path, authorization, lookup);
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private void lockAddress(String address, LocalDateTime until) {
        byAddress.put(address, new Refusal(ThrottleKind.ADDRESS, address, until, true));
    }

    private void lockName(String name, LocalDateTime until) {
        byName.put(name, new Refusal(ThrottleKind.ACCOUNT, name, until, true));
    }

    @Test
    void aBasicCallFromALockedOutAddressIsHeldWhateverItsName() {
        lockAddress(OFFICE, NOW.plusMinutes(15));

        assertThat(holdFor(TASKS, basic("leader", "demo"), OFFICE)).contains(HOLD);
        assertThat(holdFor("/api/v1/proposals/7", basic("ai.cung.duoc", "x"), OFFICE)).contains(HOLD);
        assertThat(holdFor("/api", basic("leader", "demo"), OFFICE)).contains(HOLD);
    }

    @Test
    void aNameLockedOutHoldsOnlyCallsWithThatNameNotTheOtherUsersBehindTheSameAddress() {
        lockName("leader", NOW.plusMinutes(15));

        assertThat(holdFor(TASKS, basic("leader", "demo"), OFFICE)).contains(HOLD);
        assertThat(holdFor(TASKS, basic("clerk", "demo"), OFFICE)).isEmpty();
        assertThat(holdFor(TASKS, basic("clerk", "sai"), OFFICE)).isEmpty();
    }

    @Test
    void nothingIsHeldFromAnAddressThatIsNotLockedOut() {
        lockAddress(OFFICE, NOW.plusMinutes(15));

        assertThat(holdFor(TASKS, basic("leader", "demo"), "198.51.100.1")).isEmpty();
    }

    @Test
    void aTokenCallAPageOrACallWithoutCredentialsIsNeverHeldEvenFromALockedOutAddress() {
        lockAddress(OFFICE, NOW.plusMinutes(15));

        assertThat(holdFor(TASKS, "Bearer tdkt_abc", OFFICE)).isEmpty();
        assertThat(holdFor(TASKS, null, OFFICE)).isEmpty();
        assertThat(holdFor(TASKS, "Basic not-base64!", OFFICE)).isEmpty();
        assertThat(holdFor("/app/inbox.xhtml", basic("leader", "demo"), OFFICE)).isEmpty();
        assertThat(holdFor("/login.xhtml", basic("leader", "demo"), OFFICE)).isEmpty();
        assertThat(holdFor("/apidocs", basic("leader", "demo"), OFFICE)).isEmpty();
        // None of these needed the client's address.
        assertThat(addressLookups).isEmpty();
    }

    @Test
    void aPathIsJudgedAfterNormalisationAsTheServletLayerWillJudgeIt() {
        lockAddress(OFFICE, NOW.plusMinutes(15));

        // A page, whatever the dots say: the mechanism treats it as one and does not refuse it.
        assertThat(holdFor("/api/../app/inbox.xhtml", basic("leader", "demo"), OFFICE)).isEmpty();
        assertThat(holdFor("/app/../api/v1/tasks", basic("leader", "demo"), OFFICE)).contains(HOLD);
    }

    @Test
    void aNamesShortWaitAfterAFewMistypedPasswordsIsNotHeld() {
        byName.put("leader", new Refusal(ThrottleKind.ACCOUNT, "leader", NOW.plusSeconds(30), false));

        assertThat(holdFor(TASKS, basic("leader", "demo"), OFFICE)).isEmpty();
    }

    @Test
    void anAddressIsHeldAsSoonAsItIsRefusedForItFailedFarMoreOftenThanAPersonMistypes() {
        byAddress.put(OFFICE, new Refusal(ThrottleKind.ADDRESS, OFFICE, NOW.plusSeconds(30), false));

        assertThat(holdFor(TASKS, basic("leader", "demo"), OFFICE)).contains(HOLD);
    }

    @Test
    void aRefusedAddressIsHeldEvenWhenTheNameHasAShortWaitOfItsOwn() {
        byName.put("leader", new Refusal(ThrottleKind.ACCOUNT, "leader", NOW.plusSeconds(2), false));
        byAddress.put(OFFICE, new Refusal(ThrottleKind.ADDRESS, OFFICE, NOW.plusSeconds(30), false));

        assertThat(holdFor(TASKS, basic("leader", "demo"), OFFICE)).contains(HOLD);
    }

    @Test
    void aLockoutEndingWithinTheHoldIsNotHeldForItMightNotBeARefusalAnyMore() {
        lockAddress(OFFICE, NOW.plus(HOLD));

        assertThat(holdFor(TASKS, basic("leader", "demo"), OFFICE)).isEmpty();
        lockAddress(OFFICE, NOW.plus(HOLD).plusNanos(1_000_000));
        assertThat(holdFor(TASKS, basic("leader", "demo"), OFFICE)).contains(HOLD);
    }

    @Test
    void aHoldOfZeroTurnsTheTarpitOff() {
        lockAddress(OFFICE, NOW.plusMinutes(15));
        hold = Duration.ZERO;

        assertThat(holdFor(TASKS, basic("leader", "demo"), OFFICE)).isEmpty();
    }
}
