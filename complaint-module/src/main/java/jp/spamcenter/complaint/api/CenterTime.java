package jp.spamcenter.complaint.api;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

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
    private static final Clock SYSTEM = new MicrosecondClock(Clock.system(ZONE));

    private CenterTime() {}

    public static Clock system() {
        return SYSTEM;
    }

    /**
     * A clock read to the microsecond. Not {@code Clock.tick(clock, 1 µs)}: on Java 17 its {@code millis()}
     * divides by zero for a tick under a millisecond.
     */
    private static final class MicrosecondClock extends Clock implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private final Clock system;

        MicrosecondClock(Clock system) {
            this.system = system;
        }

        @Override
        public Instant instant() {
            return system.instant().truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        public long millis() {
            return system.millis();
        }

        @Override
        public ZoneId getZone() {
            return system.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new MicrosecondClock(system.withZone(zone));
        }
    }
}
