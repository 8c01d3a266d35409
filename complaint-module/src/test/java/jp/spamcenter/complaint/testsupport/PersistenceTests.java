package jp.spamcenter.complaint.testsupport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/**
 * A module's persistence unit in Java SE (EclipseLink, resource-local) on a fresh database of the embedded
 * MariaDB, migrated by the module's own Flyway scripts exactly as the server migrates them.
 */
public final class PersistenceTests implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final EntityManagerFactory factory;
    private final String jdbcUrl;

    private PersistenceTests(EntityManagerFactory factory, String jdbcUrl) {
        this.factory = factory;
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * @param unit the persistence unit's name, e.g. {@code complaint}
     * @param tablePrefix the module's table prefix, e.g. {@code cmp_}
     */
    public static PersistenceTests migrated(String unit, String tablePrefix) {
        var db = EmbeddedMariaDb.shared();
        String url = db.jdbcUrl("test_" + unit + "_" + DATABASES.incrementAndGet());
        Flyway.configure()
                .dataSource(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD)
                .locations("classpath:db/migration/" + unit)
                .table(tablePrefix + "schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        var factory = Persistence.createEntityManagerFactory(
                unit,
                Map.of(
                        "jakarta.persistence.transactionType",
                        "RESOURCE_LOCAL",
                        "jakarta.persistence.jtaDataSource",
                        "",
                        "jakarta.persistence.jdbc.driver",
                        "org.mariadb.jdbc.Driver",
                        "jakarta.persistence.jdbc.url",
                        url,
                        "jakarta.persistence.jdbc.user",
                        EmbeddedMariaDb.USER,
                        "jakarta.persistence.jdbc.password",
                        EmbeddedMariaDb.PASSWORD));
        return new PersistenceTests(factory, url);
    }

    /** A query's rows, typed for assertions (JPA's native queries give a raw list). */
    public static List<Object> rows(jakarta.persistence.Query query) {
        List<?> rows = query.getResultList();
        return new java.util.ArrayList<>(rows);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Runs the work in one committed transaction and returns its result. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    @Override
    public void close() {
        factory.close();
    }
}
