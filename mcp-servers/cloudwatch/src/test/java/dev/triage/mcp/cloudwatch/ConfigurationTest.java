package dev.triage.mcp.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.kubernetes.snapshot.BundledSnapshots;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Start-up refuses settings that would leave the server answering from the wrong place. */
class ConfigurationTest {

    @Test
    void aMisspelledCloudWatchKeyFailsStartUp() {
        assertThat(rootMessage(() -> start("--triage.cloudwatch.regoin=eu-west-1", "--triage.snapshot=" + demo())))
                .contains("regoin");
    }

    @Test
    void awsWithoutAClusterNameFailsStartUpSayingWhatToSet() {
        assertThat(rootMessage(() -> start("--triage.cloudwatch.region=eu-west-1")))
                .contains("triage.cloudwatch.cluster-name");
    }

    @Test
    void aNonPositiveTimeoutFailsStartUp() {
        assertThat(rootMessage(() -> start("--triage.cloudwatch.api-call-timeout=0s", "--triage.snapshot=" + demo())))
                .contains("triage.cloudwatch.api-call-timeout must be positive");
    }

    private static String demo() {
        return BundledSnapshots.demo().toString();
    }

    private static String rootMessage(ThrowingCallable start) {
        var thrown = assertThatThrownBy(start).actual();
        Throwable root = thrown;
        StringBuilder messages = new StringBuilder();
        while (root != null) {
            messages.append(root.getMessage()).append('\n');
            root = root.getCause();
        }
        return messages.toString();
    }

    private static void start(String... args) {
        try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(CloudWatchMcpServerApplication.class)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off")
                .run(args)) {
            // started: the assertion fails on the missing exception
        }
    }
}
