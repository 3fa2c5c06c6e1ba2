package dev.triage.agents.testing;

import dev.langchain4j.service.tool.ToolExecutionResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A runbook server with the catalog's required runbooks; proposals are echoed back as PROPOSED, approval needed. */
public final class FakeRunbookServer {

    private static final List<Map<String, Object>> CATALOG = List.of(
            runbook("restart-deployment", List.of("CRASH_LOOP", "PROBE_FAILURE"), "low"),
            runbook("rollback-deployment", List.of("IMAGE_PULL", "ROLLOUT_STUCK", "CRASH_LOOP"), "medium"),
            runbook("scale-deployment", List.of("RESOURCE_SATURATION"), "low", param("replicas", true)),
            runbook(
                    "raise-memory-limit",
                    List.of("OOM_KILLED"),
                    "medium",
                    param("container", false),
                    param("memory", true)),
            runbook("raise-cpu-limit", List.of("RESOURCE_SATURATION"), "medium", param("container", false)),
            runbook("delete-pod", List.of("EVICTED"), "low", param("pod", true)),
            runbook("cordon-node", List.of("NODE_NOT_READY"), "high", param("node", true)));

    private FakeRunbookServer() {}

    public static FakeMcpServer create() {
        return new FakeMcpServer("runbook")
                .tool("list_runbooks", FakeRunbookServer::list)
                .tool("get_runbook", "{}")
                .tool("propose_remediation", FakeRunbookServer::propose)
                .tool("execute_runbook", arguments -> FakeMcpServer.error("never called in these tests"));
    }

    private static ToolExecutionResult list(String arguments) {
        String category = Fixtures.JSON.readTree(arguments).path("category").asString("");
        List<Map<String, Object>> runbooks = CATALOG.stream()
                .filter(r -> category.isEmpty() || ((List<?>) r.get("categories")).contains(category))
                .toList();
        return FakeMcpServer.ok(Fixtures.JSON.writeValueAsString(Map.of("runbooks", runbooks)));
    }

    private static ToolExecutionResult propose(String arguments) {
        JsonNode args = Fixtures.JSON.readTree(arguments);
        String id = args.path("runbook").asString();
        Map<String, Object> catalogEntry =
                CATALOG.stream().filter(r -> r.get("id").equals(id)).findFirst().orElse(null);
        if (catalogEntry == null) {
            return FakeMcpServer.error("propose_remediation: no runbook " + id);
        }
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("kind", args.path("kind").asString());
        target.put("namespace", args.path("namespace").asString(null));
        target.put("name", args.path("name").asString());
        Map<String, Object> proposal = new LinkedHashMap<>();
        proposal.put("proposalId", "p-1");
        proposal.put("runbook", id);
        proposal.put("target", target);
        proposal.put("params", args.path("params"));
        proposal.put("risk", catalogEntry.get("risk"));
        proposal.put("requiresApproval", true);
        proposal.put("status", "PROPOSED");
        proposal.put("reason", "dry run");
        return FakeMcpServer.ok(Fixtures.JSON.writeValueAsString(proposal));
    }

    private static Map<String, Object> runbook(
            String id, List<String> categories, String risk, Map<?, ?>... parameters) {
        return Map.of(
                "id",
                id,
                "title",
                id,
                "categories",
                categories,
                "risk",
                risk,
                "mutating",
                true,
                "parameters",
                List.of(parameters));
    }

    private static Map<String, Object> param(String name, boolean required) {
        return Map.of("name", name, "type", "string", "required", required);
    }
}
