package jp.spamcenter.web.pages;

import java.time.LocalDate;
import java.time.ZoneId;

/** Pages show times on the center's clock, whatever zone a server runs in. */
final class CenterClock {

    static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private CenterClock() {}

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
