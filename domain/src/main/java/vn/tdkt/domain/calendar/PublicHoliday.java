package vn.tdkt.domain.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day off for the civil service (ngày nghỉ lễ, Tết, nghỉ bù), as the year's government notice lists it. */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday {

    @Id
    private LocalDate day;

    @Column(nullable = false, length = 200)
    private String name;

    protected PublicHoliday() {
    }

    public LocalDate getDay() {
        return day;
    }

    public String getName() {
        return name;
    }
}
