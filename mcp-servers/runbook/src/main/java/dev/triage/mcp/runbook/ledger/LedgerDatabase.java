package dev.triage.mcp.runbook.ledger;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The ledger's database: the PostgreSQL named by {@code spring.datasource.url} (shared with the orchestrator), else
 * one embedded PostgreSQL run from binaries on the classpath, on loopback, for this process alone.
 */
public final class LedgerDatabase implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Optional<EmbeddedPostgres> embedded;

    private LedgerDatabase(HikariDataSource dataSource, Optional<EmbeddedPostgres> embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
    }

    public static LedgerDatabase external(String url, String username, String password) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(username);
        dataSource.setPassword(password);
        dataSource.setPoolName("runbook-ledger");
        dataSource.setMaximumPoolSize(5);
        return new LedgerDatabase(dataSource, Optional.empty());
    }

    public static LedgerDatabase embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
            LedgerDatabase external =
                    external("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", "postgres", null);
            return new LedgerDatabase(external.dataSource, Optional.of(postgres));
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL for the runbook ledger did not start", e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws IOException {
        dataSource.close();
        if (embedded.isPresent()) {
            embedded.get().close();
        }
    }
}
