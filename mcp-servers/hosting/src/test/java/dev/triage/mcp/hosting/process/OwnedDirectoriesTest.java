package dev.triage.mcp.hosting.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnedDirectoriesTest {

    @TempDir
    Path parent;

    @Test
    void temporaryDirectoryIsMarkedAsThisProcesssOwn() throws Exception {
        Path dir = OwnedDirectories.createTemporary("triage-test-");
        try {
            assertThat(OwnedDirectories.owner(dir)).hasValue(ProcessOwner.current());
            assertThat(OwnedDirectories.abandoned(dir)).isFalse();
        } finally {
            OwnedDirectories.deleteTree(dir);
        }
    }

    @Test
    void onlyDirectoriesWithTheprefixWhoseOwnerIsGoneAreRemovedAfterTheHook() throws Exception {
        Path abandoned = marked("triage-x-1", Owners.gone());
        Path reusedPid = marked("triage-x-2", Owners.samePidStartedEarlier());
        Path live = marked("triage-x-3", ProcessOwner.current());
        Path unmarked = Files.createDirectory(parent.resolve("triage-x-4"));
        Path otherPrefix = marked("epg-5", Owners.gone());
        List<Path> handed = new ArrayList<>();

        List<Path> removed = OwnedDirectories.removeAbandoned(parent, "triage-x-", handed::add);

        assertThat(removed).containsExactlyInAnyOrder(abandoned, reusedPid);
        assertThat(handed).containsExactlyInAnyOrderElementsOf(removed);
        assertThat(abandoned).doesNotExist();
        assertThat(reusedPid).doesNotExist();
        assertThat(live).exists();
        assertThat(unmarked).exists();
        assertThat(otherPrefix).exists();
    }

    @Test
    void claimTakesOverADirectoryFromAGoneOwnerAndSaysWhoItWas() throws Exception {
        ProcessOwner gone = Owners.gone();
        Path dir = marked("data", gone);

        assertThat(OwnedDirectories.claim(dir)).hasValue(gone);
        assertThat(OwnedDirectories.owner(dir)).hasValue(ProcessOwner.current());
        assertThat(OwnedDirectories.claim(parent.resolve("new"))).isEmpty();
    }

    @Test
    void claimOfADirectoryALiveProcessOwnsIsRefusedNamingIt() throws Exception {
        Path dir = marked("data", ProcessOwner.current());

        assertThatThrownBy(() -> OwnedDirectories.claim(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(dir + " is in use by this process");
    }

    @Test
    void unreadableMarkerMeansNotOurs() throws Exception {
        Path dir = Files.createDirectory(parent.resolve("triage-x-garbage"));
        Files.writeString(dir.resolve(OwnedDirectories.OWNER_FILE), "not a marker");

        assertThat(OwnedDirectories.owner(dir)).isEmpty();
        assertThat(OwnedDirectories.removeAbandoned(parent, "triage-x-", d -> {}))
                .isEmpty();
    }

    private Path marked(String name, ProcessOwner owner) throws Exception {
        Path dir = Files.createDirectory(parent.resolve(name));
        Files.writeString(dir.resolve(OwnedDirectories.OWNER_FILE), owner.toLine());
        return dir;
    }

    /** Owners that are not running any more. */
    static final class Owners {

        static ProcessOwner gone() throws Exception {
            Process process = new ProcessBuilder("true").start();
            ProcessOwner owner = ProcessOwner.of(process.toHandle());
            process.waitFor();
            return owner;
        }

        /** This JVM's pid, but a start time before it: a process that ended and whose pid was given to this one. */
        static ProcessOwner samePidStartedEarlier() {
            return new ProcessOwner(ProcessHandle.current().pid(), Instant.parse("2001-01-01T00:00:00Z"));
        }
    }
}
