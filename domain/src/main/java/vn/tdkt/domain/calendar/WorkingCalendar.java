package vn.tdkt.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The calendar deadlines are counted in (lịch làm việc): which days are working days, and arithmetic on them, e.g.
 * "appraisal within 25 working days of a complete dossier" (Decree 98/2023). Weekends and holidays are data: the
 * days off change every year with the government's notice on Tết and compensatory days.
 */
public final class WorkingCalendar {

    private final Set<DayOfWeek> weekend;
    private final Set<LocalDate> holidays;

    public WorkingCalendar(Set<DayOfWeek> weekend, Set<LocalDate> holidays) {
        this.weekend = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
        if (this.weekend.size() == DayOfWeek.values().length) {
            throw new IllegalArgumentException("A week needs at least one working day");
        }
        this.holidays = new TreeSet<>(holidays);
    }

    /** Saturday and Sunday off, plus the given holidays: the civil service's week. */
    public static WorkingCalendar civilService(Set<LocalDate> holidays) {
        return new WorkingCalendar(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), holidays);
    }

    public boolean isWorkingDay(LocalDate date) {
        return !weekend.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /**
     * The day on which a period of {@code days} working days that starts the day after {@code start} ends: the
     * deadline of something received on {@code start}. Zero days is {@code start} itself.
     */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start);
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** The working days after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }
}
