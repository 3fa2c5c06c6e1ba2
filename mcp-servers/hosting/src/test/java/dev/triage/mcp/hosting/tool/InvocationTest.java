package dev.triage.mcp.hosting.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvocationTest {

    @Test
    void rendersTheCallWithSortedArgumentsAndQuotedStrings() {
        var invocation =
                new Invocation("get_pod_logs", Map.of("pod_name", "cart-1", "tail_lines", 50, "previous", true));

        assertThat(invocation).hasToString("get_pod_logs(pod_name=\"cart-1\", previous=true, tail_lines=50)");
    }

    @Test
    void aLogLineNeverCarriesAnApprovalIdOrOtherCredential() {
        var invocation = new Invocation(
                "execute_runbook", Map.of("proposal_id", "rp-1", "approval_id", "8f1c-secret", "api_token", "t0k"));

        assertThat(invocation.forLog())
                .isEqualTo("execute_runbook(api_token=<redacted>, approval_id=<redacted>, proposal_id=\"rp-1\")");
    }

    @Test
    void aSecretInsideAnArgumentsValueIsMaskedAndItsKeyKept() {
        var invocation = new Invocation("find_unhealthy", Map.of("namespace", "password=canary-hunter2"));

        assertThat(invocation.forLog()).isEqualTo("find_unhealthy(namespace=\"password=[REDACTED]\")");
    }

    @Test
    void keepsNullArgumentsAsTheClientSentThem() {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("namespace", null);

        assertThat(new Invocation("list_namespaces", arguments)).hasToString("list_namespaces(namespace=null)");
    }

    @Test
    void argumentsOfTheWrongTypeNameTheArgument() {
        var arguments = new ToolArguments(new Invocation("t", Map.of("limit", "ten", "name", 3)));

        assertThatThrownBy(() -> arguments.positiveInt("limit", 10, 100))
                .hasMessage("argument 'limit' must be an integer, got ten");
        assertThatThrownBy(() -> arguments.requiredString("name"))
                .hasMessage("argument 'name' must be a string, got 3");
        assertThatThrownBy(() -> arguments.requiredString("other")).hasMessage("argument 'other' is required");
    }

    @Test
    void integralNumbersAreAcceptedWhateverTheirJsonForm() {
        var arguments = new ToolArguments(new Invocation("t", Map.of("limit", 20.0)));

        assertThat(arguments.positiveInt("limit", 10, 100)).isEqualTo(20);
    }
}
