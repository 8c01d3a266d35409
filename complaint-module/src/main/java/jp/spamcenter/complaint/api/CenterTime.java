package jp.spamcenter.complaint.api;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The center's one zone and its clock. Every module reads the time from the {@link Clock} the application
 * injects (the web module produces {@link #system()}); tests hand in a fixed or moving one instead of sleeping.
 * The clock's zone is {@link #ZONE}: days, months and business hours are counted in Japan, whatever zone a
 * server runs in.
 */
public final class CenterTime {

    /** Japan: the center's days, months and business hours. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    /**
     * The system clock in the center's zone, ticking in microseconds: the precision the database keeps
     * ({@code DATETIME(6)}), so a time read back equals the time written.
     */
    private static final Clock SYSTEM = Clock.tick(Clock.system(ZONE), Duration.ofNanos(1_000));

    private CenterTime() {}

    public static Clock system() {
        return SYSTEM;
    }
}
