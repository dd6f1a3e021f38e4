package vn.tdkt.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The signatures kept with an uploaded file: one line each, read back as written, bounded by the column. */
class SignatureSeenTest {

    @Test
    void signaturesAreKeptAndReadBackWithVietnameseNamesAndTheirState() {
        List<SignatureSeen> seen = List.of(new SignatureSeen("Nguyễn Văn Ánh", true),
                new SignatureSeen("UBND tỉnh Tây Ninh", false));
        assertThat(SignatureSeen.parse(SignatureSeen.format(seen))).isEqualTo(seen);
        assertThat(SignatureSeen.format(List.of())).isNull();
        assertThat(SignatureSeen.parse(null)).isEmpty();
    }

    @Test
    void aNameCannotBreakTheLinesAndManySignaturesKeepTheFirstOnesWithinTheColumn() {
        SignatureSeen forged = new SignatureSeen("Lê A\n1|Giả mạo|x", true);
        assertThat(SignatureSeen.parse(SignatureSeen.format(List.of(forged)))).singleElement()
                .satisfies(s -> assertThat(s.signer()).isEqualTo("Lê A 1 Giả mạo x"));

        List<SignatureSeen> many = IntStream.range(0, 200).mapToObj(i -> new SignatureSeen("Người ký số " + i, true))
                .toList();
        String stored = SignatureSeen.format(many);
        assertThat(stored.length()).isLessThanOrEqualTo(2000);
        assertThat(SignatureSeen.parse(stored)).startsWith(many.get(0), many.get(1)).allMatch(SignatureSeen::intact);
    }
}
