package dev.triage.orchestrator.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * An embedded PostgreSQL for a command that needs a database only while it runs ({@code eval}: one runbook ledger
 * for every scenario instead of a server started per scenario); its data goes when it closes.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final EmbeddedPostgresServer server;

    private ScratchDatabase(EmbeddedPostgresServer server) {
        this.server = server;
    }

    public static ScratchDatabase start() {
        return new ScratchDatabase(EmbeddedPostgresServer.start());
    }

    /** The standard {@code spring.datasource.*} properties that reach it. */
    public Map<String, String> datasourceProperties() {
        return Map.of(
                "spring.datasource.url", server.jdbcUrl(), "spring.datasource.username", EmbeddedPostgresServer.USER);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the scratch database", e);
        }
    }
}
