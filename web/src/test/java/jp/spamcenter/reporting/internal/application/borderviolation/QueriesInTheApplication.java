package jp.spamcenter.reporting.internal.application.borderviolation;

import jakarta.persistence.EntityManager;
import java.util.List;

/** Deliberately wrong, for the architecture test: an application class that writes its own SQL. */
public class QueriesInTheApplication {

    EntityManager em;

    public List<?> countries() {
        return em.createNativeQuery("SELECT value FROM rep_daily WHERE dimension = 'COUNTRY'")
                .getResultList();
    }
}
