package dev.triage.mcp.hosting.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.mcp.hosting.validation.KubernetesNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputSchemaRulesTest {

    @Test
    void anArgumentNamingAClusterObjectWithoutARuleIsRefusedAtStartUp() {
        assertThatThrownBy(() -> InputSchema.builder().string("namespace", "ns").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("argument 'namespace' names something in a cluster");
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("pod_name", Map.of("type", "string"));
        assertThatThrownBy(() -> new InputSchema(raw, List.of())).hasMessageContaining("'pod_name'");
    }

    @Test
    void theRuleIsPublishedInTheSchemaAndCheckedAsReceived() {
        var schema = InputSchema.builder()
                .requiredString("namespace", "Namespace", KubernetesNames.NAMESPACE)
                .string("question", "free text")
                .build();

        @SuppressWarnings("unchecked")
        var namespace = (Map<String, Object>) schema.properties().get("namespace");
        assertThat(namespace).containsEntry("maxLength", 63).containsKey("pattern");
        assertThat(schema.problemWith(Map.of("namespace", "shop", "question", "../../x")))
                .isEmpty();
        assertThat(schema.problemWith(Map.of("namespace", " shop")))
                .hasValueSatisfying(p -> assertThat(p).startsWith("argument 'namespace' must be a DNS-1123 label"));
    }
}
