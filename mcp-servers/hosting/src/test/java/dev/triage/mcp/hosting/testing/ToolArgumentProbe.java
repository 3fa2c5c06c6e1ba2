package dev.triage.mcp.hosting.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.mcp.hosting.validation.KubernetesNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile-argument probe run against a server's own tool list (as {@code tools/list} publishes it, so a tool
 * added later is probed without anyone remembering to): every string argument of every tool gets every hostile
 * value, the others a valid sample. An argument that names something in a cluster must be refused as an
 * {@code isError} result naming it; no argument, ruled or free text, may carry a hostile value into an upstream call.
 */
public final class ToolArgumentProbe {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final McpHttp mcp;
    private final Map<String, Object> samples;
    private final Supplier<List<String>> upstreamCalls;
    private final Map<String, String> notKubernetes = new LinkedHashMap<>();

    /**
     * @param samples a valid value per argument name, for the arguments not being probed
     * @param upstreamCalls what the server sent upstream since the last call (and forgets it): paths, queries...
     */
    public ToolArgumentProbe(McpHttp mcp, Map<String, Object> samples, Supplier<List<String>> upstreamCalls) {
        this.mcp = mcp;
        this.samples = samples;
        this.upstreamCalls = upstreamCalls;
    }

    /**
     * Declares that {@code tool}'s {@code argument}, although named like one, names nothing in a cluster (a CloudWatch
     * namespace): its own rule applies, and the probe only checks no hostile value reaches an upstream path.
     */
    public ToolArgumentProbe notKubernetes(String tool, String argument, String because) {
        notKubernetes.put(tool + "." + argument, because);
        return this;
    }

    /** One probe per (tool, string argument, hostile value); returns how many were made. */
    public int probeEveryTool() {
        JsonNode tools = McpHttp.json(mcp.post(McpHttp.request("tools/list"))).at("/result/tools");
        assertThat(tools.size()).as("the server lists its tools").isPositive();
        int probes = 0;
        for (JsonNode tool : tools) {
            for (var property : tool.at("/inputSchema/properties").properties()) {
                if ("string".equals(property.getValue().path("type").asString(""))) {
                    probes += probe(tool, property.getKey(), property.getValue());
                }
            }
        }
        return probes;
    }

    private int probe(JsonNode tool, String argument, JsonNode schema) {
        int probes = 0;
        for (Object hostile : hostileValues(schema)) {
            Map<String, Object> arguments = validArguments(tool, argument);
            arguments.put(argument, hostile);
            upstreamCalls.get();
            var response = mcp.post(McpHttp.call(tool.path("name").asString(), JSON.writeValueAsString(arguments)));
            List<String> calls = upstreamCalls.get();
            String what = tool.path("name").asString() + " " + argument + "=" + JSON.writeValueAsString(hostile);
            assertThat(response.statusCode()).as(what).isEqualTo(200);
            if (KubernetesNames.namesAClusterObject(argument)
                    && !notKubernetes.containsKey(tool.path("name").asString() + "." + argument)) {
                assertThat(McpHttp.isError(response))
                        .as(what + ": " + response.body())
                        .isTrue();
                assertThat(McpHttp.text(response)).as(what).contains("'" + argument + "'");
                assertThat(McpHttp.text(response)).as(what).doesNotContain("Exception");
                assertThat(calls)
                        .as(what + ": refused before any upstream call")
                        .isEmpty();
            } else if (hostile instanceof String text && !text.isBlank()) {
                assertThat(calls).as(what).noneMatch(call -> call.contains(text));
            }
            probes++;
        }
        return probes;
    }

    private Map<String, Object> validArguments(JsonNode tool, String probed) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (JsonNode required : tool.at("/inputSchema/required")) {
            String name = required.asString();
            if (!name.equals(probed)) {
                assertThat(samples)
                        .as("a sample value for " + tool.path("name").asString() + "'s required argument " + name)
                        .containsKey(name);
                arguments.put(name, samples.get(name));
            }
        }
        return arguments;
    }

    /** The shared hostile values; upper case too where the rule is the API's lower-case DNS rule. */
    private static List<Object> hostileValues(JsonNode schema) {
        List<Object> values = new ArrayList<>(HostileValues.ALL);
        values.add(null);
        if (schema.path("pattern").asString("").startsWith("^(?:[a-z0-9]")) {
            values.addAll(List.of("Shop", "SHOP"));
        }
        return values;
    }
}
