package jp.spamcenter.web.config;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The center's one datasource, and its schema brought up to date at deployment before anything else uses it.
 *
 * <p>The database's address comes from MicroProfile Config: {@code db.url}, {@code db.user},
 * {@code db.password}, i.e. the environment variables {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}
 * or system properties of those names. The launcher sets them to its embedded MariaDB.
 *
 * <p>Each module owns its migrations ({@code db/migration/<module>}) and its history table, so modules evolve
 * their tables apart. Safe with several instances starting at once: Flyway locks the database while it
 * migrates.
 */
@DataSourceDefinition(
        name = CenterDatabase.JNDI_NAME,
        className = "jp.spamcenter.web.config.MariaDbLocalDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        // read committed: no gap locks, so the queues' SKIP LOCKED claims and the inserts of new work never deadlock
        isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED,
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            // a connection used within the last few seconds is not asked again: validating on every borrow costs
            // a round trip (and a class look-up) for each of a request's two or three borrows
            "fish.payara.validate-atmost-once-period-in-seconds=5",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class CenterDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/spamcenter";

    /** A module's schema: where its scripts are and the prefix of its tables. */
    record ModuleSchema(String module, String tablePrefix) {}

    static final List<ModuleSchema> MODULES = List.of(
            new ModuleSchema("complaint", "cmp_"),
            new ModuleSchema("advice", "adv_"),
            new ModuleSchema("reporting", "rep_"),
            new ModuleSchema("web", "web_"));

    private static final Logger LOG = Logger.getLogger(CenterDatabase.class.getName());

    /**
     * Flyway's own account of each migration (ten lines a module at every start) says what {@link #LOG} says in
     * one line a module: only its warnings and errors go to the log. Held so that its level is kept.
     */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    private boolean migrated;

    /** At the singleton's start, if nothing asked before. */
    @PostConstruct
    void migrateAtStart() {
        migrate(null);
    }

    /**
     * Before any other observer of the application's start: the modules start their queues' threads there
     * (analysis, outbox, mail, figures), and their first look at the queues must find the tables. The
     * container may start this singleton after that event, so either comes first and the other finds the
     * work done (the singleton's lock makes them one after the other).
     */
    public void migrate(
            @Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
                    Object applicationStarting) {
        if (migrated) {
            return;
        }
        for (ModuleSchema schema : MODULES) {
            var result = Flyway.configure(CenterDatabase.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/" + schema.module())
                    .table(schema.tablePrefix() + "schema_history")
                    // the modules share one schema: a module's first migration runs on a schema that holds
                    // the others' tables, so its history starts from an empty baseline (version 0)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            LOG.info(() -> "schema of " + schema.module() + ": " + result.migrationsExecuted
                    + " migration(s) applied, now at version " + result.targetSchemaVersion);
        }
        migrated = true;
    }
}
