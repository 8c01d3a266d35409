package jp.spamcenter.advice.internal.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import jp.spamcenter.advice.internal.domain.ConsultationCase;
import jp.spamcenter.advice.internal.infrastructure.CaseRepository;

/**
 * Once a minute, marks overdue cases as escalated for the supervisors (their overdue list shows them first) and
 * writes it in the case's history. Each instance may run it: the rows are claimed with SKIP LOCKED, and a case
 * is escalated once.
 */
@Singleton
public class CaseEscalation {

    /** The center's clock (one for the application; tests set the time). */
    @Inject
    Clock clock;

    private static final int BATCH = 200;

    @PersistenceContext(unitName = "advice")
    EntityManager em;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void escalateOverdue() {
        escalate(em, clock.instant());
    }

    static int escalate(EntityManager em, Instant now) {
        List<Long> ids = new CaseRepository(em).lockOverdueUnescalated(now, BATCH);
        int escalated = 0;
        for (long id : ids) {
            var c = em.find(ConsultationCase.class, id);
            var entry = c.escalate(now);
            if (entry != null) {
                em.persist(entry);
                escalated++;
            }
        }
        return escalated;
    }
}
