package jp.spamcenter.complaint.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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

/** A citizen's look-up by receipt number and secret, with guessing protection kept in the database. */
@ApplicationScoped
@Transactional
public class ReceiptFollowUp implements ComplaintFollowUp {

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    @Override
    public FollowUp lookUp(String receiptNumber, String secret) {
        return lookUp(em, receiptNumber, secret, Instant.now());
    }

    static FollowUp lookUp(EntityManager em, String typedNumber, String typedSecret, Instant now) {
        Optional<ReceiptNumber> number = ReceiptNumber.parse(typedNumber);
        Complaint complaint = number.flatMap(n -> em
                        .createQuery("SELECT c FROM Complaint c WHERE c.receiptNumber = :n", Complaint.class)
                        .setParameter("n", n.value())
                        .getResultList()
                        .stream()
                        .findFirst())
                .orElse(null);
        if (complaint == null) {
            ReceiptSecret.decoyCheck(typedSecret); // as long as a real check: the answer tells nothing
            return new FollowUp.NotFound();
        }
        // one guard row per receipt number, locked for this transaction: instances count failures together
        em.createNativeQuery("INSERT IGNORE INTO cmp_receipt_guard (receipt_number, failures) VALUES (?, 0)")
                .setParameter(1, complaint.receiptNumber().value())
                .executeUpdate();
        ReceiptGuard guard =
                em.find(ReceiptGuard.class, complaint.receiptNumber().value(), LockModeType.PESSIMISTIC_WRITE);
        if (guard.isLocked(now)) {
            return new FollowUp.Locked(guard.lockedUntil());
        }
        if (complaint.hasSecret(typedSecret)) {
            guard.succeeded();
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
}
