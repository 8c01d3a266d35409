package jp.spamcenter.complaint.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import jp.spamcenter.complaint.api.FollowUp;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.complaint.internal.domain.Complaint;
import jp.spamcenter.complaint.internal.domain.ReceiptGuard;
import jp.spamcenter.complaint.internal.domain.SampleComplaints;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Following a report by receipt number and secret, with the lockout, on a real MariaDB. */
class ReceiptFollowUpTest {

    private static final Instant T0 = Instant.parse("2026-11-23T03:00:00Z");
    private static PersistenceTests db;

    @BeforeAll
    static void migrate() {
        db = PersistenceTests.migrated("complaint", "cmp_");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static ReceiptNumber file(String secret) {
        var number = ReceiptNumber.random();
        db.run(em -> {
            var complaint = Complaint.from(SampleComplaints.anonymous(), number, T0);
            complaint.protectWith(secret);
            em.persist(complaint);
        });
        return number;
    }

    private static final String GUESSER = "198.51.100.23";
    private static final String OWNER = "203.0.113.7";

    private static FollowUp lookUp(String number, String secret, Instant at) {
        return lookUp(number, secret, GUESSER, at);
    }

    private static FollowUp lookUp(String number, String secret, String client, Instant at) {
        return db.inTransaction(
                em -> new ReceiptFollowUp(em, Clock.fixed(at, ZoneOffset.UTC)).lookUp(number, secret, client));
    }

    @Test
    void theRightSecretShowsTheReport() {
        var number = file("ABCDE-FGHJK");
        var answer = lookUp(number.value().toLowerCase(), "abcde fghjk", T0);
        assertThat(answer).isInstanceOfSatisfying(FollowUp.Found.class, found -> {
            assertThat(found.complaint().receiptNumber()).isEqualTo(number);
            assertThat(found.complaint().subject()).isEqualTo("Your account is suspended");
        });
    }

    @Test
    void aWrongSecretAndAnUnknownNumberGetTheSameAnswer() {
        var number = file("ABCDE-FGHJK");
        assertThat(lookUp(number.value(), "ZZZZZ-ZZZZZ", T0)).isInstanceOf(FollowUp.NotFound.class);
        assertThat(lookUp(ReceiptNumber.random().value(), "ABCDE-FGHJK", T0)).isInstanceOf(FollowUp.NotFound.class);
        assertThat(lookUp("not a number", "x", T0)).isInstanceOf(FollowUp.NotFound.class);
    }

    @Test
    void fiveWrongSecretsLockTheGuesserOutOfThatNumberButNotItsOwner() {
        var number = file("KLMNP-QRSTU");
        for (int i = 1; i < ReceiptGuard.MAX_FAILURES; i++) {
            assertThat(lookUp(number.value(), "WRONG-" + i, T0)).isInstanceOf(FollowUp.NotFound.class);
        }
        assertThat(lookUp(number.value(), "WRONG-5", T0)).isInstanceOf(FollowUp.Locked.class);
        // the guesser is locked out of this number, even with the right secret
        assertThat(lookUp(number.value(), "KLMNP-QRSTU", T0.plusSeconds(60)))
                .isInstanceOfSatisfying(
                        FollowUp.Locked.class,
                        locked -> assertThat(locked.until()).isEqualTo(T0.plus(ReceiptGuard.LOCK)));
        // the citizen, from their own network, follows the report meanwhile
        assertThat(lookUp(number.value(), "KLMNP-QRSTU", OWNER, T0.plusSeconds(60)))
                .isInstanceOf(FollowUp.Found.class);
        assertThat(lookUp(
                        number.value(),
                        "KLMNP-QRSTU",
                        T0.plus(ReceiptGuard.LOCK).plusSeconds(1)))
                .isInstanceOf(FollowUp.Found.class);
    }

    @Test
    void anUnknownNumberLocksAsAnExistingOneDoes() {
        var unknown = ReceiptNumber.random();
        var known = file("VWXYZ-ABCDE");
        for (int i = 1; i < ReceiptGuard.MAX_FAILURES; i++) {
            assertThat(lookUp(unknown.value(), "WRONG-" + i, T0)).isInstanceOf(FollowUp.NotFound.class);
            assertThat(lookUp(known.value(), "WRONG-" + i, T0)).isInstanceOf(FollowUp.NotFound.class);
        }
        assertThat(lookUp(unknown.value(), "WRONG-5", T0)).isInstanceOf(FollowUp.Locked.class);
        assertThat(lookUp(known.value(), "WRONG-5", T0)).isInstanceOf(FollowUp.Locked.class);
    }

    @Test
    void theGuardKeepsNeitherTheAddressNorTheNumber() {
        var number = file("FGHJK-LMNPQ");
        lookUp(number.value(), "WRONG-1", T0);
        String stored =
                db.inTransaction(em -> em.createNativeQuery("SELECT GROUP_CONCAT(guard_key) FROM cmp_receipt_guard")
                        .getSingleResult()
                        .toString());
        assertThat(stored).doesNotContain(GUESSER, number.value()).matches("[0-9a-f,]+");
    }

    @Test
    void guardsUntouchedForADayAreForgotten() {
        lookUp("ZZZZ-ZZZZ-ZZZZ", "WRONG-1", T0.minusSeconds(3 * 86_400));
        int forgotten = db.inTransaction(em ->
                new ReceiptFollowUp(em, Clock.fixed(T0, ZoneOffset.UTC)).forgetGuards(T0.minusSeconds(86_400), 1_000));
        assertThat(forgotten).isGreaterThanOrEqualTo(1);
    }
}
