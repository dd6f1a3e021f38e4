package vn.tdkt.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHashTest {

    // The production work factor costs ~0.5 s per hash; the algorithm is the same at any count.
    private static final int FAST = 1_000;

    @Test
    void theRightPasswordMatchesItsHash() {
        String stored = PasswordHash.create("Mật-khẩu 2024!".toCharArray(), FAST);

        assertThat(PasswordHash.matches("Mật-khẩu 2024!".toCharArray(), stored)).isTrue();
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        String stored = PasswordHash.create("secret".toCharArray(), FAST);

        assertThat(PasswordHash.matches("Secret".toCharArray(), stored)).isFalse();
        assertThat(PasswordHash.matches("secret ".toCharArray(), stored)).isFalse();
        assertThat(PasswordHash.matches(new char[0], stored)).isFalse();
        assertThat(PasswordHash.matches(null, stored)).isFalse();
    }

    @Test
    void twoHashesOfTheSamePasswordDifferBecauseEachHasItsOwnSalt() {
        String first = PasswordHash.create("secret".toCharArray(), FAST);
        String second = PasswordHash.create("secret".toCharArray(), FAST);

        assertThat(first).isNotEqualTo(second);
        assertThat(first.split("\\$")[2]).isNotEqualTo(second.split("\\$")[2]);
        assertThat(PasswordHash.matches("secret".toCharArray(), first)).isTrue();
        assertThat(PasswordHash.matches("secret".toCharArray(), second)).isTrue();
    }

    @Test
    void theStoredFormNamesAlgorithmIterationsSaltAndHash() {
        String stored = PasswordHash.create("secret".toCharArray(), FAST);

        assertThat(stored).matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        String[] parts = stored.split("\\$");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
    }

    @Test
    void newPasswordsAreHashedWithTheProductionWorkFactor() {
        String stored = PasswordHash.create("secret".toCharArray());

        assertThat(stored).startsWith("pbkdf2-sha256$" + PasswordHash.ITERATIONS + "$");
        assertThat(PasswordHash.ITERATIONS).isGreaterThanOrEqualTo(600_000);
        assertThat(PasswordHash.matches("secret".toCharArray(), stored)).isTrue();
    }

    @Test
    void aNameWithoutAccountMatchesNothingAfterTheSameWorkAsARealHash() {
        String stored = PasswordHash.create("secret".toCharArray());

        long real = UserAccountTest.medianNanos(() -> PasswordHash.matches("wrong".toCharArray(), stored));
        long nobody = UserAccountTest.medianNanos(() -> PasswordHash.matchesNobody("secret".toCharArray()));

        assertThat(PasswordHash.matchesNobody("secret".toCharArray())).isFalse();
        assertThat(PasswordHash.matchesNobody(null)).isFalse();
        assertThat(nobody).as("nobody %d ns, real %d ns", nobody, real).isGreaterThan(real / 2);
    }

    @Test
    void aHashKeepsMatchingWithTheIterationCountItWasCreatedWith() {
        // Raising the work factor later must not lock out users whose hash was made with the old one.
        String older = PasswordHash.create("secret".toCharArray(), 500);

        assertThat(PasswordHash.matches("secret".toCharArray(), older)).isTrue();
    }

    @Test
    void aTamperedHashOrSaltNoLongerMatches() {
        String stored = PasswordHash.create("secret".toCharArray(), FAST);
        String other = PasswordHash.create("other".toCharArray(), FAST);
        String[] mine = stored.split("\\$");
        String[] theirs = other.split("\\$");

        assertThat(PasswordHash.matches("secret".toCharArray(), String.join("$", mine[0], mine[1], theirs[2], mine[3])))
                .isFalse();
        assertThat(PasswordHash.matches("secret".toCharArray(), String.join("$", mine[0], mine[1], mine[2], theirs[3])))
                .isFalse();
        assertThat(PasswordHash.matches("secret".toCharArray(), String.join("$", mine[0], "1001", mine[2], mine[3])))
                .isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "secret",
        "pbkdf2-sha256",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA",
        "pbkdf2-sha256$$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
        "pbkdf2-sha256$many$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
        "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
        "pbkdf2-sha256$-5$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
        "pbkdf2-sha256$99999999999$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
        "pbkdf2-sha256$1000$$aGFzaA",
        "pbkdf2-sha256$1000$not base64!$aGFzaA",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$***",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA$extra",
        "pbkdf2-sha1$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
        "PBKDF2-SHA256$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
        "{noop}secret",
        "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"
    })
    void aMalformedStoredHashNeverMatchesAndNeverThrows(String stored) {
        assertThatCode(() -> PasswordHash.matches("secret".toCharArray(), stored)).doesNotThrowAnyException();
        assertThat(PasswordHash.matches("secret".toCharArray(), stored)).isFalse();
    }
}
