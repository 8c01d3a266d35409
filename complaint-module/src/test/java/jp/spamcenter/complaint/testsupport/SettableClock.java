package jp.spamcenter.complaint.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import jp.spamcenter.complaint.api.CenterTime;

/** A clock a test moves on instead of sleeping; in the center's zone, starting at the system's time. */
public final class SettableClock extends Clock {

    private volatile Instant now;

    public SettableClock() {
        this(CenterTime.system().instant());
    }

    public SettableClock(Instant start) {
        this.now = start;
    }

    /** Moves the clock on. */
    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return CenterTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the center's clock is in the center's zone");
    }
}
