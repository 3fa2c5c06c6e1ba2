package dev.triage.mcp.eks.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void envValuesWithSecretLookingNamesAreRedactedAndOthersKept() {
        var env = new ArrayList<Object>(List.of(
                variable("LOG_LEVEL", "debug"),
                variable("DB_PASSWORD", "pw"),
                variable("stripe_api_key", "sk"),
                variable("GITHUB_TOKEN", "t"),
                variable("AWS_SECRET_ACCESS_KEY", "s")));

        Redaction.apply(tree(Map.of("spec", mutable(Map.of("containers", List.of(mutable(Map.of("env", env))))))));

        assertThat(env.stream().map(v -> (Object) ((Map<?, ?>) v).get("value")).toList())
                .containsExactly("debug", "<redacted>", "<redacted>", "<redacted>", "<redacted>");
    }

    @Test
    void passwordsInUrlsAreRedactedWhateverTheVariableIsCalled() {
        assertThat(Redaction.maskUrlPassword("postgres://cart:pw@db:5432/cart"))
                .isEqualTo("postgres://cart:<redacted>@db:5432/cart");
        assertThat(Redaction.maskUrlPassword("http://db:5432/cart")).isEqualTo("http://db:5432/cart");
    }

    @Test
    void secretLookingFlagsInArgsAreRedacted() {
        var container = mutable(Map.of("args", List.of("--port=8080", "--db-password=pw", "-token=t")));

        Redaction.apply(tree(Map.of("spec", container)));

        assertThat(container.get("args"))
                .isEqualTo(List.of("--port=8080", "--db-password=<redacted>", "-token=<redacted>"));
    }

    @Test
    void managedFieldsAndTheLastAppliedManifestAreRemoved() {
        var annotations = mutable(Map.of(Redaction.LAST_APPLIED, "{\"env\":\"pw\"}", "team", "shop"));
        var metadata = mutable(Map.of("name", "cart", "managedFields", List.of(), "annotations", annotations));

        Redaction.apply(tree(Map.of("metadata", metadata)));

        assertThat(metadata).doesNotContainKey("managedFields");
        assertThat(annotations.get(Redaction.LAST_APPLIED)).asString().startsWith("<omitted");
        assertThat(annotations).containsEntry("team", "shop");
    }

    private static Map<String, Object> variable(String name, String value) {
        return mutable(Map.of("name", name, "value", value));
    }

    private static Map<String, Object> tree(Map<String, Object> content) {
        return mutable(content);
    }

    private static Map<String, Object> mutable(Map<String, Object> content) {
        return new LinkedHashMap<>(content);
    }
}
