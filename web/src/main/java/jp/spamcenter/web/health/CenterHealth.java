package jp.spamcenter.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * MicroProfile Health of the center as a whole ({@code /health/live}, {@code /health/ready} on each instance):
 * alive while it answers; ready while its database answers within two seconds. The modules add their own
 * readiness (the report mailbox, the lag of pending work).
 */
@ApplicationScoped
public class CenterHealth {

    @Resource(lookup = "java:app/jdbc/spamcenter")
    DataSource dataSource;

    @Produces
    @Liveness
    HealthCheck alive() {
        return () -> HealthCheckResponse.named("center").up().build();
    }

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            var response = HealthCheckResponse.named("database");
            try (var connection = dataSource.getConnection()) {
                boolean valid = connection.isValid(2);
                response.withData("product", connection.getMetaData().getDatabaseProductVersion());
                return (valid ? response.up() : response.down()).build();
            } catch (SQLException e) {
                return response.withData("error", e.getMessage()).down().build();
            }
        };
    }
}
