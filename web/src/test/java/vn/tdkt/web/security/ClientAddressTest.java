package vn.tdkt.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Failed sign-ins are counted against an address a client cannot choose by writing a header. */
class ClientAddressTest {

    private static final Set<String> PROXY = Set.of("10.0.0.2");

    @Test
    void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
        assertThat(ClientAddress.of("203.0.113.9", List.of("198.51.100.1"), Set.of())).isEqualTo("203.0.113.9");
    }

    @Test
    void aPeerThatIsNotOurProxyCannotNameAnotherAddress() {
        assertThat(ClientAddress.of("203.0.113.9", List.of("198.51.100.1"), PROXY)).isEqualTo("203.0.113.9");
    }

    @Test
    void behindOurProxyTheAddressItSawCountsNotWhatTheClientWroteBeforeIt() {
        // The client sent "X-Forwarded-For: 1.2.3.4"; our proxy appended the address it saw.
        assertThat(ClientAddress.of("10.0.0.2", List.of("1.2.3.4, 198.51.100.7"), PROXY)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of("10.0.0.2", List.of("1.2.3.4", "198.51.100.7"), PROXY)).isEqualTo("198.51.100.7");
    }

    @Test
    void proxiesInTheChainAreSkippedAndIpv6IsAnAddress() {
        Set<String> two = Set.of("10.0.0.2", "10.0.0.3");

        assertThat(ClientAddress.of("10.0.0.2", List.of("2001:db8::7, 10.0.0.3"), two)).isEqualTo("2001:db8::7");
    }

    @Test
    void anUnreadableOrMissingChainCountsAgainstTheProxyItself() {
        assertThat(ClientAddress.of("10.0.0.2", List.of(), PROXY)).isEqualTo("10.0.0.2");
        assertThat(ClientAddress.of("10.0.0.2", List.of("1.2.3.4, not-an-address"), PROXY)).isEqualTo("10.0.0.2");
        assertThat(ClientAddress.of("10.0.0.2", List.of("x".repeat(500)), PROXY)).isEqualTo("10.0.0.2");
    }
}
