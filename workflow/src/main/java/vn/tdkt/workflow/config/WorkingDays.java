package vn.tdkt.workflow.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Date;
import java.util.stream.Collectors;
import vn.tdkt.domain.calendar.PublicHoliday;
import vn.tdkt.domain.calendar.WorkingCalendar;

/**
 * Deadlines in working days from the stored public holidays, as the engine's timers and due dates need them
 * (a {@link Date} at the start of the day in Vietnam).
 */
@ApplicationScoped
@Named("workingDays")
public class WorkingDays {

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    /** The calendar as stored now; read per use, so that a holiday added by an administrator counts at once. */
    public WorkingCalendar calendar() {
        return WorkingCalendar.civilService(em.createQuery("select h from PublicHoliday h", PublicHoliday.class)
                .getResultStream().map(PublicHoliday::getDay).collect(Collectors.toSet()));
    }

    /**
     * The end of {@code days} working days counted from {@code start} (midnight after the last working day, so
     * the whole last day counts), as the engine's due date.
     */
    public Date deadline(LocalDate start, int days) {
        return Date.from(calendar().plusWorkingDays(start, days).plusDays(1).atStartOfDay(BusinessClock.ZONE)
                .toInstant());
    }

    /**
     * {@code days} working days from today: the due date or timer a designed diagram writes as
     * {@code ${workingDays.after(5)}} (see {@code DiagramCatalog.WORKING_DAYS}).
     */
    public Date after(int days) {
        return deadline(BusinessClock.now().toLocalDate(), days);
    }
}
