package dev.triage.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The IAM policies beside the manifests (for IRSA or Pod Identity roles) allow reads and model calls only. */
class IamPolicyTest {

    /** CloudWatch and Logs reads, Logs Insights queries (start, poll, stop), Bedrock model invocation. */
    private static final Pattern ALLOWED = Pattern.compile("cloudwatch:(Get|List|Describe)[A-Za-z]+"
            + "|logs:(Get|Describe|Filter)[A-Za-z]+|logs:(StartQuery|StopQuery)"
            + "|bedrock:InvokeModel(WithResponseStream)?");

    static List<Path> policies() throws IOException {
        try (Stream<Path> files = Files.walk(Layout.K8S.resolve("base"))) {
            List<Path> found = files.filter(f -> f.getFileName().toString().equals("iam-policy.json"))
                    .sorted()
                    .toList();
            assertThat(found).isNotEmpty();
            return found;
        }
    }

    @ParameterizedTest
    @MethodSource("policies")
    void everyStatementAllowsOnlyReadsOrModelCalls(Path policy) throws IOException {
        JsonNode document = new ObjectMapper().readTree(policy.toFile());

        assertThat(document.path("Version").asText()).isEqualTo("2012-10-17");
        assertThat(document.path("Statement")).isNotEmpty().allSatisfy(statement -> {
            assertThat(statement.path("Effect").asText()).isEqualTo("Allow");
            assertThat(statement.path("NotAction").isMissingNode()).isTrue();
            assertThat(statement.path("Action")).isNotEmpty().allSatisfy(action -> assertThat(action.asText())
                    .matches(ALLOWED));
        });
    }
}
