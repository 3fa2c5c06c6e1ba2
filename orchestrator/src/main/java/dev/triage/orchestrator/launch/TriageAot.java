package dev.triage.orchestrator.launch;

import dev.triage.mcp.hosting.launch.AotProfile;
import dev.triage.mcp.hosting.launch.AotTraining;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The orchestrator jar's two Java AOT caches ({@link dev.triage.mcp.hosting.launch.CachedLaunch}): one for the
 * one-shot commands, trained on {@code diagnose}, and one for the service, trained on it answering one investigation
 * over its API; both on the bundled demo. Run by the build after the jar is packaged.
 *
 * <p>Usage: {@code java -cp CLASSPATH dev.triage.orchestrator.launch.TriageAot target/triage.jar}
 */
public final class TriageAot {

    /**
     * One short run: the client compiler alone and one GC thread cost less than they would save. Its code cache has
     * room for what a run compiles (about 9 MB of 8,500 methods on the demo): at the client compiler's default size
     * the JVM stopped everything once per run for a full collection to unload code ("CodeCache GC Threshold", 120 to
     * 150 ms). Methods are compiled at twice the usual call counts: what a run calls less often runs interpreted,
     * cheaper than compiling it for the few calls left.
     */
    public static final AotProfile CLI = new AotProfile(
            "cli",
            List.of(
                    "-XX:TieredStopAtLevel=1",
                    "-XX:CompileThresholdScaling=2",
                    "-XX:+UseSerialGC",
                    "-XX:ReservedCodeCacheSize=96m"));

    public static final AotProfile SERVICE = new AotProfile("service", List.of());

    private static final Set<String> ONE_SHOT = Set.of("diagnose", "eval", "snapshot");
    private static final Duration STEP = Duration.ofMinutes(15);
    private static final Pattern READY = Pattern.compile("Triage is ready on (http://\\S+)");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");

    private TriageAot() {}

    /** The cache a command line runs on. */
    public static AotProfile profile(String[] args) {
        return args.length > 0 && ONE_SHOT.contains(args[0]) ? CLI : SERVICE;
    }

    public static void main(String[] args) throws Exception {
        AotTraining training = AotTraining.extract(Path.of(args[0]));
        training.trainToExit(CLI, List.of("diagnose", "--format", "json"));
        // A free loopback port and a throwaway database.
        training.trainServer(
                SERVICE,
                List.of("--server.address=127.0.0.1", "--server.port=0", "--triage.data-dir="),
                READY,
                ready -> investigate(ready.group(1)));
        training.finish();
    }

    private static void investigate(String base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> asked = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/investigations"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"diagnose unhealthy pods\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(asked.body());
        if (asked.statusCode() != 202 || !id.find()) {
            throw new IllegalStateException("the service refused the training question: " + asked.body());
        }
        Instant deadline = Instant.now().plus(STEP);
        while (Instant.now().isBefore(deadline)) {
            String report = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/v1/investigations/" + id.group(1)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher status = STATUS.matcher(report);
            if (status.find()
                    && (status.group(1).equals("COMPLETED") || status.group(1).equals("FAILED"))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the training investigation did not finish in " + STEP);
    }
}
