package jp.spamcenter.web.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import jp.spamcenter.complaint.testsupport.SettableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Partners' keys on a real MariaDB: checked, remembered for a while by each instance, revoked. */
class ApiKeysTest {

    private static PersistenceTests db;

    @BeforeAll
    static void migrate() {
        db = PersistenceTests.migrated("web", "web_");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** One server instance's keys, trusting a checked key for {@code cacheSeconds}. */
    /** The instances' clock: moved on instead of sleeping. */
    private static final SettableClock CLOCK = new SettableClock();

    private static ApiKeys instance(int cacheSeconds) {
        var keys = new ApiKeys();
        keys.cacheSeconds = cacheSeconds;
        keys.clock = CLOCK;
        return keys;
    }

    private static ApiKeys.NewKey issue(ApiKeys keys) {
        return db.inTransaction(em -> {
            keys.em = em;
            return keys.issue("carrier", Set.of(Partner.REPORTS_WRITE));
        });
    }

    private static Optional<Partner> check(ApiKeys keys, String key) {
        return db.inTransaction(em -> {
            keys.em = em;
            return keys.partnerWithKey(key);
        });
    }

    private static void revoke(ApiKeys keys, long keyId) {
        db.run(em -> {
            keys.em = em;
            keys.revoke(keyId);
        });
    }

    @Test
    void aRevocationHoldsAtOnceOnTheInstanceThatMadeIt() {
        ApiKeys keys = instance(10);
        ApiKeys.NewKey issued = issue(keys);
        assertThat(check(keys, issued.key())).map(Partner::name).contains("carrier");

        revoke(keys, issued.partner().keyId());

        assertThat(check(keys, issued.key())).isEmpty();
    }

    @Test
    void anotherInstanceTrustsACheckedKeyNoLongerThanItsCacheTime() {
        ApiKeys here = instance(1);
        ApiKeys there = instance(1);
        ApiKeys.NewKey issued = issue(here);
        assertThat(check(here, issued.key())).isPresent();

        revoke(there, issued.partner().keyId());
        assertThat(check(there, issued.key())).isEmpty();
        CLOCK.advance(java.time.Duration.ofMillis(900));
        assertThat(check(here, issued.key()))
                .as("trusted within its cache time")
                .isPresent();

        CLOCK.advance(java.time.Duration.ofMillis(200));
        assertThat(check(here, issued.key())).isEmpty();
    }

    @Test
    void withoutACacheEveryCheckAsksTheDatabase() {
        ApiKeys here = instance(0);
        ApiKeys there = instance(0);
        ApiKeys.NewKey issued = issue(here);
        assertThat(check(here, issued.key())).isPresent();

        revoke(there, issued.partner().keyId());

        assertThat(check(here, issued.key())).isEmpty();
    }

    @Test
    void unknownAndMalformedKeysFindNoPartner() {
        ApiKeys keys = instance(10);
        assertThat(check(keys, "sck_" + "A".repeat(43))).isEmpty();
        assertThat(check(keys, "not-a-key")).isEmpty();
        assertThat(check(keys, null)).isEmpty();
    }
}
