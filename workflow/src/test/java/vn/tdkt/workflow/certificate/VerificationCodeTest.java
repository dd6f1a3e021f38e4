package vn.tdkt.workflow.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The verification page's code cannot be guessed, and anything not shaped like one is refused before a lookup. */
class VerificationCodeTest {

    @Test
    void tenThousandCodesAreDistinctAndWellFormed() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCode.random().value();
            assertThat(code).hasSize(26).matches("[A-Z2-7]{26}");
            assertThat(VerificationCode.isWellFormed(code)).isTrue();
            codes.add(code);
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void codesUseEveryCharacterAtEveryPositionButTheLast() {
        // A code made from an id or a clock would leave most positions constant across a batch.
        for (int position = 0; position < 25; position++) {
            Set<Character> seen = new HashSet<>();
            for (int i = 0; i < 2_000; i++) {
                seen.add(VerificationCode.random().value().charAt(position));
            }
            assertThat(seen).as("position %d", position).hasSize(32);
        }
    }

    @Test
    void base32IsRfc4648WithoutPadding() {
        byte[] ones = new byte[16];
        Arrays.fill(ones, (byte) 0xFF);

        assertThat(VerificationCode.base32(new byte[16])).isEqualTo("A".repeat(26));
        assertThat(VerificationCode.base32(ones)).isEqualTo("77777777777777777777777774");
        assertThat(VerificationCode.base32("foobar".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("MZXW6YTBOI");
    }

    @Test
    void anythingElseIsRefused() {
        String good = VerificationCode.random().value();
        for (String text : new String[] {null, "", "123", "42", "1' OR '1'='1", "x'; DROP TABLE certificate;--",
            good.substring(1), good + "A", good + "=", good.toLowerCase(), " " + good.substring(1),
            good.substring(0, 25) + "0", good.substring(0, 25) + "1", good.substring(0, 25) + "B",
            good.substring(0, 12) + "É" + good.substring(13), "A".repeat(1000)}) {
            assertThat(VerificationCode.isWellFormed(text)).as(String.valueOf(text)).isFalse();
        }
        assertThatThrownBy(() -> new VerificationCode("123")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new VerificationCode(good).toString()).isEqualTo(good);
    }
}
