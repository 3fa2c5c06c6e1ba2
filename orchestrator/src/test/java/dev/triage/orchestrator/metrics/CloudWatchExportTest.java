package dev.triage.orchestrator.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.triage.agents.InvestigationRequest;
import dev.triage.agents.observation.InvestigationObserver;
import dev.triage.agents.observation.ModelAttempt;
import dev.triage.agents.observation.ToolInvocation;
import dev.triage.agents.routing.RequestSource;
import dev.triage.model.ModelCall;
import dev.triage.model.ToolCall;
import dev.triage.orchestrator.metrics.cloudwatch.CloudWatchMetricsConfiguration;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The seed metrics into CloudWatch: one investigation's meters published (on close, the last step) to a
 * PutMetricData fake on loopback, under the seed names in the configured namespace, signed, and nothing else.
 */
class CloudWatchExportTest {

    private static final PutMetricDataFake CLOUDWATCH = new PutMetricDataFake();

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(CloudWatchMetricsConfiguration.class);

    @BeforeAll
    static void credentials() {
        System.setProperty("aws.accessKeyId", "AKIDMETRICSTEST");
        System.setProperty("aws.secretAccessKey", "fake-secret-key");
    }

    @AfterAll
    static void stop() {
        CLOUDWATCH.close();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @Test
    void oneInvestigationsMetricsReachCloudWatchUnderTheSeedNames() {
        context.withPropertyValues(
                        "triage.metrics.cloudwatch.namespace=Triage/Test",
                        "triage.metrics.cloudwatch.region=eu-west-1",
                        "triage.metrics.cloudwatch.endpoint=" + CLOUDWATCH.endpoint())
                .run(started -> {
                    MeterRegistry registry = started.getBean(CloudWatchMeterRegistry.class);
                    investigate(registry);
                    registry.counter("jvm.threads.started").increment();
                });

        List<JsonNode> data = CLOUDWATCH.puts().stream()
                .peek(put -> assertThat(put.authorization()).startsWith("AWS4-HMAC-SHA256 Credential=AKIDMETRICSTEST/"))
                .peek(put -> assertThat(put.body().get("Namespace").asText()).isEqualTo("Triage/Test"))
                .flatMap(
                        put -> StreamSupport.stream(put.body().get("MetricData").spliterator(), false))
                .toList();
        Map<String, Double> values = new HashMap<>();
        data.forEach(
                datum -> values.merge(datum.get("MetricName").asText() + dimensions(datum), value(datum), Double::sum));

        assertThat(values)
                .containsEntry("AgentInvocations.count{agent=diagnostic,outcome=ok}", 1.0)
                .containsEntry("AgentLatency.count{agent=diagnostic}", 1.0)
                .containsEntry("ToolInvocations.count{outcome=ok,server=eks,tool=find_unhealthy}", 1.0)
                .containsEntry("ToolInvocations.count{outcome=error,server=eks,tool=get_logs}", 1.0)
                .containsEntry("ToolErrors.count{outcome=error,server=eks,tool=get_logs}", 1.0)
                .containsEntry("TokenUsage.count{agent=diagnostic,direction=input,tier=bedrock}", 1200.0)
                .containsEntry("TokenUsage.count{agent=diagnostic,direction=output,tier=bedrock}", 80.0);
        assertThat(values.keySet()).allSatisfy(name -> assertThat(name)
                .matches("(AgentInvocations|AgentLatency|ToolInvocations|ToolErrors|TokenUsage)\\..*"));
        assertThat(data).anySatisfy(datum -> {
            assertThat(datum.get("MetricName").asText()).isEqualTo("AgentLatency.max");
            assertThat(datum.get("Unit").asText()).isEqualTo("Milliseconds");
        });
    }

    @Test
    void withoutANamespaceNothingGoesToCloudWatch() {
        context.run(started -> assertThat(started).doesNotHaveBean(CloudWatchMeterRegistry.class));
    }

    @Test
    void aNamespaceCloudWatchWouldRefuseStopsTheStartNamingTheRule() {
        context.withPropertyValues("triage.metrics.cloudwatch.namespace=AWS/EKS")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("not start with AWS/"));
    }

    private static void investigate(MeterRegistry registry) {
        InvestigationObserver observer = new InvestigationMetrics(registry)
                .open(new InvestigationRequest(
                        "0b7c1f9e-2d4a-4c1e-9a57-3f1d2c3b4a59",
                        "why is cart crashing?",
                        "demo-eks",
                        "shop",
                        RequestSource.API,
                        null,
                        null));
        observer.agentStarted("diagnostic", "the question names a workload");
        ToolInvocation found = new ToolInvocation("diagnostic", "eks", "find_unhealthy", "{}");
        observer.toolStarted(found);
        observer.toolFinished(found, new ToolCall("eks", "find_unhealthy", "{}", "ok", 4), "cart: OOMKilled");
        ToolInvocation logs = new ToolInvocation("diagnostic", "eks", "get_logs", "{}");
        observer.toolStarted(logs);
        observer.toolFailed(logs, new ToolCall("eks", "get_logs", "{}", "error: pod not found", 2));
        ChatRequest ask =
                ChatRequest.builder().messages(UserMessage.from("why?")).build();
        ModelAttempt attempt = new ModelAttempt("diagnostic", "bedrock", "claude", "default tier", ask);
        observer.modelStarted(attempt);
        observer.modelFinished(
                attempt,
                new ModelCall("diagnostic", "bedrock", "claude", "default tier", 1200, 80, 900, "ok"),
                ChatResponse.builder().aiMessage(AiMessage.from("{}")).build());
        observer.agentFinished("diagnostic");
    }

    private static String dimensions(JsonNode datum) {
        JsonNode dimensions = datum.get("Dimensions");
        if (dimensions == null) {
            return "{}";
        }
        return StreamSupport.stream(dimensions.spliterator(), false)
                .map(d -> d.get("Name").asText() + "=" + d.get("Value").asText())
                .sorted()
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    private static double value(JsonNode datum) {
        return datum.get("Value").asDouble();
    }
}
