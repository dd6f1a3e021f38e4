package vn.tdkt.domain.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.TestUnits;
import vn.tdkt.domain.organisation.Gender;
import vn.tdkt.domain.organisation.Person;
import vn.tdkt.domain.shared.DomainException;

class DisciplineRecordTest {

    private final Person person = new Person(TestUnits.unit(1, "VKSND", "VKSND"), "Đoàn Thanh Tùng", "Lái xe",
            Gender.MALE, LocalDate.of(1980, 8, 8));

    @Test
    void aMeasureBindsFromItsFirstToItsLastDayInclusive() {
        DisciplineRecord reprimand = new DisciplineRecord(person, "Khiển trách", "31/QĐ-VKS",
                LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 31));
        assertThat(reprimand.inForceOn(LocalDate.of(2026, 5, 31))).isFalse();
        assertThat(reprimand.inForceOn(LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(reprimand.inForceOn(LocalDate.of(2027, 5, 31))).isTrue();
        assertThat(reprimand.inForceOn(LocalDate.of(2027, 6, 1))).isFalse();
        DisciplineRecord open = new DisciplineRecord(person, "Cảnh cáo", "1/QĐ", LocalDate.of(2020, 1, 1), null);
        assertThat(open.inForceOn(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new DisciplineRecord(person, "Khiển trách", "1/QĐ", LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 5, 1))).isInstanceOf(DomainException.class);
    }
}
