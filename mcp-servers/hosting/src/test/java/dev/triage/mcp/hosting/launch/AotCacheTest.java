package dev.triage.mcp.hosting.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher uses a cache only beside the very jar it was trained from, and the one made for the command. */
class AotCacheTest {

    private static final AotProfile CLI = new AotProfile("cli", List.of("-XX:TieredStopAtLevel=1"));
    private static final AotProfile SERVICE = new AotProfile("service", List.of());

    @TempDir
    Path dir;

    @Test
    void aCacheStampedWithThisJarIsUsedTheOneForTheCommand() throws IOException {
        Path jar = trainedJar();

        AotCache cache = AotCache.beside(jar).orElseThrow();

        assertThat(cache.file(CLI)).contains(dir.resolve("triage-aot/triage-cli.aot"));
        assertThat(cache.file(SERVICE)).contains(dir.resolve("triage-aot/triage-service.aot"));
        assertThat(cache.jar()).isEqualTo(dir.resolve("triage-aot/triage.jar"));
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

        assertThat(cache.file(SERVICE)).isEmpty();
        assertThat(cache.file(CLI)).isPresent();
    }

    @Test
    void noStampNoCache() throws IOException {
        Path jar = trainedJar();
        Files.delete(AotCache.of(jar).stampFile());

        assertThat(AotCache.beside(jar)).isEmpty();
    }

    @Test
    void aProfileNameIsAFileNamePart() {
        assertThatThrownBy(() -> new AotProfile("../service", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private Path trainedJar() throws IOException {
        Path jar = Files.writeString(dir.resolve("triage.jar"), "the packaged jar");
        Path aot = Files.createDirectories(dir.resolve("triage-aot"));
        Files.writeString(aot.resolve("triage.jar"), "the extracted jar");
        Files.writeString(aot.resolve("triage-cli.aot"), "cache");
        Files.writeString(aot.resolve("triage-service.aot"), "cache");
        Files.writeString(AotCache.of(jar).stampFile(), AotCache.stamp(jar) + "\n");
        return jar;
    }
}
