package jp.spamcenter.complaint.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.spamcenter.complaint.api.ComplaintFollowUp;
import jp.spamcenter.complaint.api.ComplaintSummary;
import jp.spamcenter.complaint.api.FollowUp;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.complaint.internal.domain.Complaint;
import jp.spamcenter.complaint.internal.domain.ReceiptGuard;
import jp.spamcenter.complaint.internal.domain.ReceiptSecret;
import jp.spamcenter.complaint.internal.domain.StoredAnalysis;
import jp.spamcenter.complaint.internal.infrastructure.ComplaintRepository;
import jp.spamcenter.complaint.internal.infrastructure.ReceiptGuards;

/** A citizen's look-up by receipt number and secret, with guessing protection kept in the database. */
@ApplicationScoped
@Transactional
public class ReceiptFollowUp implements ComplaintFollowUp {

    /** The center's clock. */
    @Inject
    Clock clock;

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    @Inject
    ComplaintRepository complaints;

    @Inject
    ReceiptGuards guards;

    public ReceiptFollowUp() {}

    /** Outside the container (tests, tools): on the given entity manager. */
    public ReceiptFollowUp(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.complaints = new ComplaintRepository(em);
        this.guards = new ReceiptGuards(em);
    }

    /** Forgets the guards nobody has touched since {@code before}; their lockouts have long ended. */
    public int forgetGuards(Instant before, int limit) {
        return guards.forget(before, limit);
    }

    @Override
    public FollowUp lookUp(String typedNumber, String typedSecret, String client) {
        Instant now = clock.instant();
        Optional<ReceiptNumber> number = ReceiptNumber.parse(typedNumber);
        // one guard row per client and typed number, locked for this transaction: instances count together,
        // and an unknown number is guarded exactly as an existing one, so that the answers tell nothing
        String key = guardKey(client, number.map(ReceiptNumber::value).orElse("?" + typedNumber));
        ReceiptGuard guard = guards.locked(key, now);
        if (guard.isLocked(now)) {
            ReceiptSecret.decoyCheck(typedSecret); // a locked answer takes as long as any other
            return new FollowUp.Locked(guard.lockedUntil());
        }
        Complaint complaint =
                number.flatMap(n -> complaints.byReceiptNumber(n.value())).orElse(null);
        if (complaint == null) {
            ReceiptSecret.decoyCheck(typedSecret); // as long as a real check: the answer tells nothing
        } else if (complaint.hasSecret(typedSecret)) {
            guard.succeeded(now);
            StoredAnalysis analysis =
                    em.find(StoredAnalysis.class, complaint.id().value());
            return new FollowUp.Found(new ComplaintSummary(
                    complaint.id(),
                    complaint.receiptNumber(),
                    complaint.subject(),
                    complaint.receivedAt(),
                    analysis == null ? null : analysis.category()));
        }
        guard.failed(now);
        return guard.isLocked(now) ? new FollowUp.Locked(guard.lockedUntil()) : new FollowUp.NotFound();
    }

    /** The guard's key: a hash, so that neither the client's address nor the typed number is stored. */
    static String guardKey(String client, String number) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((client + "\n" + number).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
