package dev.triage.mcp.hosting.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Directories a Triage process makes (temporary ones: an extracted snapshot, an embedded PostgreSQL's data; or a
 * persistent data directory), each marked with the process that owns it. A process killed with no chance to clean
 * up leaves them behind: the next one removes, or takes over, only those carrying a marker whose owner is gone.
 * A directory without a marker was not made here, and one whose owner runs is in use: both are left alone.
 */
public final class OwnedDirectories {

    /** The marker: one line, the owner's pid and start time. */
    public static final String OWNER_FILE = ".triage-owner";

    private static final Logger LOG = LoggerFactory.getLogger(OwnedDirectories.class);

    private OwnedDirectories() {}

    /** A new directory {@code prefix...} under the system's temporary directory, owned by this process. */
    public static Path createTemporary(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            writeOwner(dir, ProcessOwner.current());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory " + prefix + "...", e);
        }
    }

    /**
     * Makes this process the owner of {@code dir} (created if missing) and answers the previous owner, which is
     * gone. Refused when another live process owns it: two processes must not share one data directory.
     */
    public static Optional<ProcessOwner> claim(Path dir) {
        Optional<ProcessOwner> previous = owner(dir);
        ProcessOwner self = ProcessOwner.current();
        if (previous.isPresent() && previous.get().isAlive()) {
            throw new IllegalStateException(dir + " is in use by " + describe(previous.get(), self)
                    + "; stop it first, or give this one another directory");
        }
        try {
            Files.createDirectories(dir);
            writeOwner(dir, self);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take " + dir + " over: " + e.getMessage(), e);
        }
        return previous;
    }

    /** Who owns {@code dir}: empty when it carries no (readable) marker. */
    public static Optional<ProcessOwner> owner(Path dir) {
        try {
            return ProcessOwner.parse(Files.readString(dir.resolve(OWNER_FILE)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** True when {@code dir} carries a marker and its owner is gone. */
    public static boolean abandoned(Path dir) {
        return owner(dir).map(owner -> !owner.isAlive()).orElse(false);
    }

    /**
     * Removes the abandoned directories named {@code prefix...} directly under {@code parent}, after handing each to
     * {@code beforeRemoval} (to stop what still runs there); answers those removed.
     */
    public static List<Path> removeAbandoned(Path parent, String prefix, Consumer<Path> beforeRemoval) {
        List<Path> removed = new ArrayList<>();
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(parent, prefix + "*")) {
            for (Path dir : candidates) {
                if (Files.isDirectory(dir) && abandoned(dir)) {
                    beforeRemoval.accept(dir);
                    deleteTree(dir);
                    removed.add(dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not clean up directories {}* left in {}: {}", prefix, parent, e.toString());
        }
        removed.forEach(dir -> LOG.info("Removed {}, left behind by a process that is gone", dir));
        return removed;
    }

    /** {@link #removeAbandoned(Path, String, Consumer)} in the system's temporary directory. */
    public static List<Path> removeAbandoned(String prefix, Consumer<Path> beforeRemoval) {
        return removeAbandoned(Path.of(System.getProperty("java.io.tmpdir")), prefix, beforeRemoval);
    }

    /** Deletes {@code dir} and everything in it; what another process deleted first is fine. */
    public static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (NoSuchFileException e) {
            // Gone already: another process cleaned it at the same time.
        }
    }

    private static void writeOwner(Path dir, ProcessOwner owner) throws IOException {
        Path partial = Files.createTempFile(dir, OWNER_FILE, ".partial");
        Files.writeString(partial, owner.toLine());
        try {
            Files.move(partial, dir.resolve(OWNER_FILE), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, dir.resolve(OWNER_FILE), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String describe(ProcessOwner owner, ProcessOwner self) {
        return owner.pid() == self.pid() ? "this process" : "process " + owner.pid();
    }
}
