package dev.triage.orchestrator.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher uses a cache only beside the very jar it was trained from, and the one made for the command. */
class AotCacheTest {

    @TempDir
    Path dir;

    @Test
    void aCacheStampedWithThisJarIsUsedTheOneForTheCommand() throws IOException {
        Path jar = trainedJar();

        AotCache cache = AotCache.beside(jar).orElseThrow();

        assertThat(cache.file(true)).contains(dir.resolve("triage-aot/triage-cli.aot"));
        assertThat(cache.file(false)).contains(dir.resolve("triage-aot/triage-service.aot"));
    }

    @Test
    void aRebuiltJarDoesNotRunOnTheCacheOfThePreviousBuild() throws IOException {
        Path jar = trainedJar();
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));

        assertThat(AotCache.beside(jar)).isEmpty();
    }

    @Test
    void aMissingCacheForTheCommandMeansNoRelaunchForIt() throws IOException {
        Path jar = trainedJar();
        Files.delete(dir.resolve("triage-aot/triage-service.aot"));

        AotCache cache = AotCache.beside(jar).orElseThrow();

        assertThat(cache.file(false)).isEmpty();
        assertThat(cache.file(true)).isPresent();
    }

    @Test
    void noStampNoCache() throws IOException {
        Path jar = trainedJar();
        Files.delete(AotCache.stampFile(jar));

        assertThat(AotCache.beside(jar)).isEmpty();
    }

    private Path trainedJar() throws IOException {
        Path jar = Files.writeString(dir.resolve("triage.jar"), "the packaged jar");
        Path aot = Files.createDirectories(dir.resolve("triage-aot"));
        Files.writeString(aot.resolve("triage.jar"), "the extracted jar");
        Files.writeString(aot.resolve("triage-cli.aot"), "cache");
        Files.writeString(aot.resolve("triage-service.aot"), "cache");
        Files.writeString(AotCache.stampFile(jar), AotCache.stamp(jar) + "\n");
        return jar;
    }
}
