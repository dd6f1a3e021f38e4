package vn.tdkt.workflow.config;

import java.time.LocalDateTime;
import java.time.ZoneId;

/** The time of day as our users read it: every recorded time is Vietnam local time (UTC+7, no DST). */
public final class BusinessClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private BusinessClock() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZONE);
    }
}
