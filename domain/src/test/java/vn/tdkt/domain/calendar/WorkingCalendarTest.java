package vn.tdkt.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    /** Tết Bính Ngọ 2026 as a block of days off (the exact days come from each year's notice; these are data). */
    private static final Set<LocalDate> TET_2026 = Stream.iterate(LocalDate.of(2026, 2, 14), d -> d.plusDays(1))
            .limit(9).collect(Collectors.toSet());
    private final WorkingCalendar calendar = WorkingCalendar.civilService(TET_2026);

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 13))).isTrue(); // Friday before Tết
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse(); // Monday of Tết
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 21))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
    }

    @Test
    void twentyFiveWorkingDaysSkipWeekendsAndTet() {
        // Received Friday 13/02/2026; Tết runs to Sunday 22/02; day 1 is Monday 23/02.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 25)).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 2), 0)).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void aWeekWithoutWorkingDaysOrANegativePeriodIsRefused() {
        assertThatThrownBy(() -> new WorkingCalendar(Set.of(DayOfWeek.values()), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 1, 5), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void countingBackTheWorkingDaysOfADeadlineGivesThePeriod(@ForAll @IntRange(min = 0, max = 400) int offset,
            @ForAll @IntRange(min = 0, max = 60) int days) {
        LocalDate start = LocalDate.of(2026, 1, 1).plusDays(offset);
        LocalDate deadline = calendar.plusWorkingDays(start, days);
        assertThat(calendar.workingDaysBetween(start, deadline)).isEqualTo(days);
        assertThat(days == 0 || calendar.isWorkingDay(deadline)).isTrue();
    }
}
