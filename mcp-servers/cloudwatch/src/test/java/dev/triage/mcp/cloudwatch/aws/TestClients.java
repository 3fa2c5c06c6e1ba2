package dev.triage.mcp.cloudwatch.aws;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** SDK clients pointed at a {@link FakeAws}: static credentials, two attempts, short timeouts. */
final class TestClients {

    static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);

    private TestClients() {}

    static AwsClients against(FakeAws fake) {
        var properties = new CloudWatchProperties(
                "eu-west-1",
                "prod",
                fake.endpoint(),
                null,
                CALL_TIMEOUT,
                Duration.ofMillis(1_500),
                2,
                Duration.ofSeconds(5),
                Duration.ofMillis(10));
        return new AwsClients(
                properties, StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDFAKE", "fake-secret")));
    }

    static AwsMetricSource metrics(FakeAws fake) {
        AwsClients clients = against(fake);
        return new AwsMetricSource(
                clients.cloudWatch(), "CloudWatch " + clients.region().id());
    }

    static AwsLogSource logs(FakeAws fake) {
        AwsClients clients = against(fake);
        return new AwsLogSource(
                clients.logs(), "CloudWatch Logs " + clients.region().id());
    }
}
