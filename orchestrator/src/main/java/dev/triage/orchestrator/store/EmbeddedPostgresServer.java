package dev.triage.orchestrator.store;

import dev.triage.mcp.hosting.process.OwnedDirectories;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from binaries on the classpath, on loopback only (it trusts every local connection): the
 * embedded default's store, and the tests'. Its home is a directory this process owns ({@link OwnedDirectories}):
 * a temporary one, removed when it stops, or a persistent one whose data survives. Whatever a killed predecessor
 * left running there, or in temporary homes of its own, is stopped and removed first. It stops when closed, never
 * from a JVM shutdown hook of its own: the application closes it after everything that uses it.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String USER = "postgres";
    static final String TEMPORARY_PREFIX = "triage-pg-";
    /** The PostgreSQL data directory inside a home. */
    static final String DATA = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final Path home;
    private final boolean temporary;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path home, boolean temporary) {
        this.postgres = postgres;
        this.home = home;
        this.temporary = temporary;
    }

    /** A server whose data goes when it stops. */
    static EmbeddedPostgresServer start() {
        OwnedDirectories.removeAbandoned(TEMPORARY_PREFIX, home -> StalePostmaster.stop(home.resolve(DATA)));
        return start(OwnedDirectories.createTemporary(TEMPORARY_PREFIX), true);
    }

    /**
     * A server keeping its data in {@code home}/postgres across restarts ({@code triage.data-dir}). Refused while
     * another live process owns {@code home}; a server a killed owner left running there is stopped first.
     */
    static EmbeddedPostgresServer start(Path home) {
        Path dir = home.toAbsolutePath().normalize();
        OwnedDirectories.claim(dir).ifPresent(gone -> StalePostmaster.stop(dir.resolve(DATA)));
        return start(dir, false);
    }

    private static EmbeddedPostgresServer start(Path home, boolean temporary) {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(home.resolve(DATA))
                    .setCleanDataDirectory(temporary)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
            return new EmbeddedPostgresServer(postgres, home, temporary);
        } catch (IOException | RuntimeException e) {
            release(home, temporary);
            throw new IllegalStateException("embedded PostgreSQL did not start in " + home + ": " + e.getMessage(), e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    /** The directory this server's files live in. */
    Path home() {
        return home;
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            release(home, temporary);
        }
    }

    private static void release(Path home, boolean temporary) {
        try {
            if (temporary) {
                OwnedDirectories.deleteTree(home);
            } else {
                Files.deleteIfExists(home.resolve(OwnedDirectories.OWNER_FILE));
            }
        } catch (IOException e) {
            LOG.warn("Could not clean up {}: {}", home, e.toString());
        }
    }
}
