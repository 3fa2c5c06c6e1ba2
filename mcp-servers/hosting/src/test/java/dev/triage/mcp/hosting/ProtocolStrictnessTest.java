package dev.triage.mcp.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.mcp.hosting.testing.McpHttp;
import dev.triage.mcp.hosting.testing.ProtocolStrictness;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(classes = EchoServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProtocolStrictnessTest {

    @LocalServerPort
    int port;

    static List<ProtocolStrictness.Case> cases() {
        return ProtocolStrictness.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aMalformedRequestIsAPlainBoundedJsonRpcError(ProtocolStrictness.Case c) {
        ProtocolStrictness.assertAnswered(c, c.send(McpHttp.at(port), "echo"));
    }

    @Test
    void aHugeArgumentIsQuotedBackAsABoundedPrefix() {
        var response = ProtocolStrictness.hugeArgument(McpHttp.at(port), "echo");

        assertThat(McpHttp.isError(response)).isTrue();
        assertThat(McpHttp.text(response)).contains("zz_not_an_argument=\"xxx").contains("more characters)");
        ProtocolStrictness.assertPlain("huge argument", response);
    }

    @Test
    void aSupportedProtocolVersionHeaderIsServed() {
        var response = ProtocolStrictness.supportedVersion(McpHttp.at(port));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(McpHttp.json(response).at("/result/tools").size()).isPositive();
    }
}
