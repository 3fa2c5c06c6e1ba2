package dev.triage.mcp.cloudwatch.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.mcp.hosting.tool.InvalidArgumentException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResourceLogQueryTest {

    @Test
    void aNodesApplicationLogsAreSelectedByHostAndNewestFirst() {
        String query = new ResourceLogQuery(
                        "node", Optional.of("ip-10-0-1-5.ec2.internal"), Optional.empty(), "application")
                .build("@timestamp, @message", Optional.empty(), 20);

        assertThat(query)
                .isEqualTo("fields @timestamp, @message | filter kubernetes.host like "
                        + "/ip-10-0-1-5\\.ec2\\.internal/ | sort @timestamp desc | limit 20");
    }

    @Test
    void performanceLogsAreSelectedByTheirOwnFieldsAndQuotesInTheTextAreEscaped() {
        String query = new ResourceLogQuery("pod", Optional.of("cart"), Optional.of("shop"), "performance")
                .build("@message", Optional.of("say \"hi\""), 5);

        assertThat(query)
                .contains("filter PodName = \"cart\"", "@message like \"say \\\"hi\\\"\"")
                .doesNotContain("namespace_name");
    }

    @Test
    void controlPlaneLogsOfTheClusterNeedNoName() {
        assertThat(new ResourceLogQuery("cluster", Optional.empty(), Optional.empty(), "control-plane")
                        .build("@message", Optional.of("Forbidden"), 10))
                .isEqualTo("fields @message | filter @message like \"Forbidden\" | sort @timestamp desc | limit 10");
    }

    @Test
    void fieldsAndTextThatCouldAddACommandToTheQueryAreRefused() {
        var pod = new ResourceLogQuery("pod", Optional.of("cart"), Optional.of("shop"), "application");

        assertThatThrownBy(() -> pod.build("@message | stats count(*)", Optional.empty(), 5))
                .hasMessageStartingWith(
                        "argument 'fields' must be a comma-separated list of Logs Insights field names");
        assertThatThrownBy(() -> pod.build("@message", Optional.of("x\n| fields @message"), 5))
                .hasMessageStartingWith("argument 'filter_pattern' must be one line of text");
        assertThat(pod.build("@message", Optional.of("x\" | fields secret"), 5))
                .contains("filter @message like \"x\\\" | fields secret\" | sort");
    }

    @Test
    void namesThatAreNotKubernetesNamesAreRefused() {
        assertThatThrownBy(() ->
                        new ResourceLogQuery("pod", Optional.of("cart/ | delete"), Optional.empty(), "application"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("must be a DNS-1123 subdomain");
        assertThatThrownBy(
                        () -> new ResourceLogQuery("deployment", Optional.of("cart"), Optional.empty(), "application"))
                .hasMessageContaining("resource_type");
    }
}
