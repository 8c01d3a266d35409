package jp.spamcenter.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MariaDbLocalDataSourceTest {

    @Test
    void serverPreparedStatementsUnlessTheAddressSaysOtherwise() {
        assertThat(MariaDbLocalDataSource.withDefaults("jdbc:mariadb://db:3306/spamcenter"))
                .isEqualTo("jdbc:mariadb://db:3306/spamcenter?useServerPrepStmts=true");
        assertThat(MariaDbLocalDataSource.withDefaults("jdbc:mariadb://db/spamcenter?sslMode=verify-full"))
                .isEqualTo("jdbc:mariadb://db/spamcenter?sslMode=verify-full&useServerPrepStmts=true");
        assertThat(MariaDbLocalDataSource.withDefaults("jdbc:mariadb://db/spamcenter?useServerPrepStmts=false"))
                .isEqualTo("jdbc:mariadb://db/spamcenter?useServerPrepStmts=false");
    }

    @Test
    void aPlainDataSourceSoThatThePoolUsesLocalTransactions() {
        assertThat(javax.sql.XADataSource.class.isAssignableFrom(MariaDbLocalDataSource.class))
                .isFalse();
        assertThat(javax.sql.ConnectionPoolDataSource.class.isAssignableFrom(MariaDbLocalDataSource.class))
                .isFalse();
    }
}
