package vn.tdkt.domain.movement;

import java.time.LocalDate;
import java.util.List;

/**
 * What the launcher writes about a movement: its name and kind, the plan (kế hoạch), the period, the last day of
 * title registration (none: until the period ends), the last day of proposals, and the criteria in order.
 */
public record MovementDetails(String name, MovementKind kind, String plan, LocalDate startsOn, LocalDate endsOn,
        LocalDate registrationDeadline, LocalDate proposalDeadline, List<Criterion> criteria) {

    public MovementDetails {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
