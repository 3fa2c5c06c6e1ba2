package dev.triage.orchestrator.store;

import java.nio.file.Path;

/**
 * Run in a JVM of its own by the tests: starts an embedded PostgreSQL (in a temporary home, or the one given), prints
 * its home and postmaster pid, and dies without cleaning up, as a process killed with {@code kill -9} would.
 */
final class AbandonedPostgres {

    private AbandonedPostgres() {}

    public static void main(String[] args) {
        EmbeddedPostgresServer server =
                args.length == 0 ? EmbeddedPostgresServer.start() : EmbeddedPostgresServer.start(Path.of(args[0]));
        long postmaster = StalePostmaster.find(server.home().resolve(EmbeddedPostgresServer.DATA))
                .orElseThrow()
                .pid();
        System.out.println(server.home() + " " + postmaster);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
