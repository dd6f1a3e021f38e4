package vn.tdkt.web.api;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import vn.tdkt.workflow.config.BusinessClock;

/** Recorded times are Vietnam local time; the API states them with their offset (ISO-8601, +07:00). */
final class ApiTimes {

    private ApiTimes() {
    }

    static OffsetDateTime of(LocalDateTime local) {
        return local == null ? null : local.atZone(BusinessClock.ZONE).toOffsetDateTime();
    }
}
