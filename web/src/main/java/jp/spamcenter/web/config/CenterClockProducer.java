package jp.spamcenter.web.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import jp.spamcenter.complaint.api.CenterTime;

/** The one clock every module injects: the system's, in the center's zone, in microseconds. */
@ApplicationScoped
public class CenterClockProducer {

    @Produces
    Clock clock() {
        return CenterTime.system();
    }
}
