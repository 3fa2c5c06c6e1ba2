package dev.triage.agents.testing;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a model answers on the model path, as the agents' typed outputs expect it: the master's plan, the findings
 * agent's claims, the remediation agent's runbook choices, and tool-call arguments.
 */
public final class ModelAnswers {

    public static final String DIAGNOSTIC_REASON = "the model: look at cart's pods and their logs";
    public static final String REMEDIATION_REASON = "the model: propose a fix for the root causes";
    /** A reply nobody reads: it is held back until the caller has timed out. */
    public static final String TOO_LATE = "{\"steps\":[]}";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ModelAnswers() {}

    /** The master's plan: diagnostic first, then remediation alone. */
    public static String plan() {
        return json(Map.of(
                "steps",
                List.of(
                        Map.of("agent", "diagnostic", "stage", 1, "reason", DIAGNOSTIC_REASON),
                        Map.of("agent", "remediation", "stage", 2, "reason", REMEDIATION_REASON))));
    }

    /** A findings agent that has nothing to add to the analyzers. */
    public static String noFindings() {
        return json(Map.of("findings", List.of()));
    }

    /** {@code get_pod_logs} arguments for the previous instance of a shop pod. */
    public static String previousLog(String pod) {
        return json(Map.of("namespace", "shop", "pod_name", pod, "previous", true));
    }

    /**
     * Two claims: a symptom of {@code cause} on {@code pod}, quoting {@code logLine}, and the same claim about a pod
     * that does not exist.
     */
    public static String findings(String pod, String inventedPod, String logLine, String cause) {
        return json(Map.of("findings", List.of(claim(pod, logLine, cause), claim(inventedPod, logLine, cause))));
    }

    /** One runbook choice for {@code findingId}. */
    public static String raiseMemory(String findingId, String memoryLimit) {
        Map<String, Object> choice = Map.of(
                "findingId",
                findingId,
                "runbook",
                "raise-memory-limit",
                "params",
                Map.of("container", "cart", "memory_limit", memoryLimit),
                "rationale",
                "the heap is full at the limit");
        return json(Map.of("proposals", List.of(choice)));
    }

    private static Map<String, Object> claim(String pod, String logLine, String cause) {
        Map<String, Object> quote =
                Map.of("source", "LOG", "ref", "log shop/" + pod + "/cart (previous)", "quote", logLine);
        return Map.of(
                "kind", "Pod",
                "namespace", "shop",
                "name", pod,
                "category", "RESOURCE_SATURATION",
                "severity", "HIGH",
                "summary", "The heap was full before the kill",
                "evidence", List.of(quote),
                "causedBy", cause);
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
