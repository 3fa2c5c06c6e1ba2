package dev.triage.agents.testing;

import dev.langchain4j.service.tool.ToolExecutionResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A runbook server with the catalog's required runbooks; proposals are echoed back as PROPOSED, approval needed. */
public final class FakeRunbookServer {

    private static final List<String> WORKLOADS = List.of("Deployment", "StatefulSet");

    private static final List<Map<String, Object>> CATALOG = List.of(
            runbook("restart-deployment", List.of("CRASH_LOOP", "PROBE_FAILURE"), "low")
                    .on(List.of("Deployment"), step("rollout-restart")),
            runbook("rollback-deployment", List.of("IMAGE_PULL", "ROLLOUT_STUCK", "CRASH_LOOP"), "medium")
                    .on(List.of("Deployment"), step("rollout-undo")),
            runbook("scale-deployment", List.of("RESOURCE_SATURATION"), "low", param("replicas", true))
                    .on(List.of("Deployment"), step("scale")),
            runbook(
                            "raise-memory-limit",
                            List.of("OOM_KILLED", "RESOURCE_SATURATION"),
                            "medium",
                            param("container", false),
                            param("memory", true))
                    .on(WORKLOADS, step("set-resources", "memory")),
            runbook("raise-cpu-limit", List.of("RESOURCE_SATURATION"), "medium", param("container", false))
                    .on(WORKLOADS, step("set-resources", "cpu")),
            runbook("delete-pod", List.of("EVICTED"), "low", param("pod", true)).on(List.of("Pod"), step("delete-pod")),
            runbook("cordon-node", List.of("NODE_NOT_READY"), "high", param("node", true))
                    .on(List.of("Node"), step("cordon-node")));

    private FakeRunbookServer() {}

    public static FakeMcpServer create() {
        return new FakeMcpServer("runbook")
                .tool("list_runbooks", FakeRunbookServer::list)
                .tool("get_runbook", "{}")
                .tool("propose_remediation", FakeRunbookServer::propose)
                .tool("find_guides", FakeRunbookServer::guides)
                .tool("execute_runbook", arguments -> FakeMcpServer.error("never called in these tests"));
    }

    private static ToolExecutionResult list(String arguments) {
        String category = Fixtures.JSON.readTree(arguments).path("category").asString("");
        List<Map<String, Object>> runbooks = CATALOG.stream()
                .filter(r -> category.isEmpty() || ((List<?>) r.get("categories")).contains(category))
                .toList();
        return FakeMcpServer.ok(Fixtures.JSON.writeValueAsString(Map.of("runbooks", runbooks)));
    }

    /** The real server's shape: the guides whose categories hold the one asked for, Markdown included. */
    private static ToolExecutionResult guides(String arguments) {
        String category = Fixtures.JSON.readTree(arguments).path("category").asString("");
        if (!List.of("OOM_KILLED", "EVICTED").contains(category)) {
            return FakeMcpServer.ok("no guide for " + category);
        }
        Map<String, Object> guide = new LinkedHashMap<>();
        guide.put("id", "container-oom-killed");
        guide.put("title", "Container OOMKilled");
        guide.put("categories", List.of("OOM_KILLED", "EVICTED"));
        guide.put("body", "# Container OOMKilled\n\n1. **Limit or node?**\n");
        return FakeMcpServer.ok(Fixtures.JSON.writeValueAsString(Map.of("guides", List.of(guide))));
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

    private static Entry runbook(String id, List<String> categories, String risk, Map<?, ?>... parameters) {
        return new Entry(id, categories, risk, List.of(parameters));
    }

    /** A catalog entry being written: its targets and steps come last, as in a runbook file. */
    private record Entry(String id, List<String> categories, String risk, List<Map<?, ?>> parameters) {

        Map<String, Object> on(List<String> targets, Map<?, ?>... steps) {
            Map<String, Object> runbook = new LinkedHashMap<>();
            runbook.put("id", id);
            runbook.put("title", id);
            runbook.put("categories", categories);
            runbook.put("targets", targets);
            runbook.put("risk", risk);
            runbook.put("mutating", true);
            runbook.put("parameters", parameters);
            runbook.put("steps", List.of(steps));
            return runbook;
        }
    }

    private static Map<String, Object> step(String action) {
        return Map.of("action", action, "mutating", true);
    }

    private static Map<String, Object> step(String action, String resource) {
        return Map.of("action", action, "mutating", true, "with", Map.of("resource", resource));
    }

    private static Map<String, Object> param(String name, boolean required) {
        return Map.of("name", name, "type", "string", "required", required);
    }
}
