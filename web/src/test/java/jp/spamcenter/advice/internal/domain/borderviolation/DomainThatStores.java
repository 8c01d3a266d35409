package jp.spamcenter.advice.internal.domain.borderviolation;

import jakarta.persistence.EntityManager;
import jp.spamcenter.advice.internal.infrastructure.CaseRepository;

/** Deliberately wrong, for the architecture test: a domain class that reaches for a repository. */
public class DomainThatStores {

    public long openCases(EntityManager em) {
        return new CaseRepository(em).count();
    }
}
