package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import jp.spamcenter.complaint.api.ComplaintId;

/** Who read which report's evidence, when, and what ({@code cmp_access_log}). */
@ApplicationScoped
public class AccessLog {

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    public AccessLog() {}

    /** Outside the container (tests, tools): on the given entity manager. */
    public AccessLog(EntityManager em) {
        this.em = em;
    }

    /** Writes one read of a report, in the caller's transaction; a read without a reader's name is refused. */
    public void read(ComplaintId id, String actor, String what, Instant at) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("evidence is read by someone: the reader's name is required");
        }
        em.createNativeQuery("INSERT INTO cmp_access_log (at, actor, complaint_id, what) VALUES (?, ?, ?, ?)")
                .setParameter(1, LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter(2, actor)
                .setParameter(3, id.value())
                .setParameter(4, what)
                .executeUpdate();
    }
}
