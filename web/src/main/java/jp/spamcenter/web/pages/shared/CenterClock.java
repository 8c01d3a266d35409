package jp.spamcenter.web.pages.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZonedDateTime;
import jp.spamcenter.complaint.api.CenterTime;

/**
 * Pages show times on the center's clock, whatever zone a server runs in: {@code #{centerClock.local(t)}} in a
 * page, {@link #at} in code.
 */
@Named
@ApplicationScoped
public class CenterClock {

    /** An instant on the center's clock; null stays null. */
    public static ZonedDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(CenterTime.ZONE);
    }

    /** For pages: an instant on the center's clock, for {@code f:convertDateTime type="zonedDateTime"}. */
    public ZonedDateTime local(Instant instant) {
        return at(instant);
    }
}
