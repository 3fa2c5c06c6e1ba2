package dev.triage.orchestrator.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL server still running on a data directory whose owner is gone (killed before it could stop it).
 * PostgreSQL names its postmaster in the data directory's {@code postmaster.pid}: line 1 the pid, line 2 the data
 * directory. It is signalled only when that file names this very directory and the pid is a running
 * {@code postgres}; anything else is left alone with a warning.
 */
final class StalePostmaster {

    private static final Logger LOG = LoggerFactory.getLogger(StalePostmaster.class);
    // A smart shutdown of a server whose clients died with their process is quick; this only bounds a stuck one.
    private static final Duration STOP_WAIT = Duration.ofSeconds(20);

    private StalePostmaster() {}

    /** Stops the postmaster of {@code dataDirectory}, if one runs; true when it stopped one. */
    static boolean stop(Path dataDirectory) {
        Optional<ProcessHandle> postmaster = find(dataDirectory);
        if (postmaster.isEmpty()) {
            return false;
        }
        ProcessHandle process = postmaster.get();
        LOG.info(
                "Stopping PostgreSQL (pid {}) left running on {} by a process that is gone",
                process.pid(),
                dataDirectory);
        // SIGTERM: PostgreSQL's smart shutdown, a clean stop that needs no recovery at the next start.
        process.destroy();
        if (!awaitExit(process)) {
            LOG.warn("PostgreSQL (pid {}) did not stop in {}s; killing it", process.pid(), STOP_WAIT.toSeconds());
            process.destroyForcibly();
            awaitExit(process);
        }
        return true;
    }

    /** The running postmaster that {@code dataDirectory}'s postmaster.pid names, if it is one on that directory. */
    static Optional<ProcessHandle> find(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !sameDirectory(Path.of(lines.get(1).strip()), dataDirectory)) {
            LOG.warn("Leaving {} alone: it does not name {} as its data directory", pidFile, dataDirectory);
            return Optional.empty();
        }
        return pid(lines.get(0))
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> isPostgres(process, pidFile));
    }

    private static boolean isPostgres(ProcessHandle process, Path pidFile) {
        boolean postgres = process.info()
                .command()
                .map(command -> Path.of(command).getFileName().toString().equals("postgres"))
                .orElse(false);
        if (!postgres) {
            LOG.warn("Leaving pid {} alone: {} names it, but it is not a postgres process", process.pid(), pidFile);
        }
        return postgres;
    }

    private static Optional<Long> pid(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean sameDirectory(Path named, Path dataDirectory) {
        try {
            return Files.isSameFile(named, dataDirectory);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
