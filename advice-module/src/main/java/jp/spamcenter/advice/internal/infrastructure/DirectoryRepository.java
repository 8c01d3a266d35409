package jp.spamcenter.advice.internal.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.spamcenter.advice.internal.domain.AgencyEntry;
import jp.spamcenter.advice.internal.domain.CarrierEntry;
import jp.spamcenter.advice.internal.domain.ConsumerCenterEntry;

/** The directory of referral destinations: consumer centers, carriers and agencies abroad. */
public class DirectoryRepository {

    private final EntityManager em;

    /** On the caller's entity manager, in its transaction. */
    public DirectoryRepository(EntityManager em) {
        this.em = em;
    }

    /** A prefecture's consumer centers, by municipality and name. */
    public List<ConsumerCenterEntry> consumerCenters(String prefectureCode) {
        return em.createNamedQuery("ConsumerCenterEntry.ofPrefecture", ConsumerCenterEntry.class)
                .setParameter("p", prefectureCode)
                .getResultList();
    }

    public List<ConsumerCenterEntry> consumerCenters() {
        return em.createNamedQuery("ConsumerCenterEntry.all", ConsumerCenterEntry.class)
                .getResultList();
    }

    public List<CarrierEntry> carriers() {
        return em.createNamedQuery("CarrierEntry.all", CarrierEntry.class).getResultList();
    }

    public List<AgencyEntry> agencies() {
        return em.createNamedQuery("AgencyEntry.all", AgencyEntry.class).getResultList();
    }

    /** The first agency of a country (by name). */
    public Optional<AgencyEntry> agencyOf(String countryCode) {
        return em.createNamedQuery("AgencyEntry.ofCountry", AgencyEntry.class)
                .setParameter("c", countryCode.toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    /**
     * The entry of a type with the given natural key ({@code <Type>.byKey}'s parameters), if there is one.
     */
    public <E> Optional<E> byKey(Class<E> type, Map<String, Object> key) {
        var query = em.createNamedQuery(type.getSimpleName() + ".byKey", type);
        key.forEach(query::setParameter);
        return query.getResultStream().findFirst();
    }
}
