package dev.triage.agents.findings;

import dev.triage.agents.redaction.UntrustedData;
import dev.triage.agents.routing.Role;
import dev.triage.agents.trail.Inquiry;
import dev.triage.model.Category;
import dev.triage.model.Finding;
import dev.triage.model.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/** The two specialties and how a request to their model is written. */
final class Prompts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String ANSWER_RULES = """
            Answer with findings only about resources you saw in tool results. Each finding names the resource \
            (kind, namespace, name), a category from this list only: %s; a severity (%s); a one-line summary; \
            and evidence quotes copied character for character from tool results. Findings without such quotes \
            are discarded. Do not repeat the analyzers' findings; add what they missed, or set causedBy to link a \
            symptom to the id of its cause. You cannot change the cluster and must not propose to.""".formatted(names(Category.values()), names(Severity.values()));

    static final Specialty DIAGNOSTIC = new Specialty(
            Role.DIAGNOSTIC,
            "You are the diagnostic agent of Triage, an SRE assistant for Kubernetes (EKS). You investigate with "
                    + "read-only tools: resource status, events, pod logs. The deterministic analyzers have already "
                    + "run; their findings are given to you. " + ANSWER_RULES + "\n" + UntrustedData.RULE,
            AnalyzerFindings::find);

    static final Specialty ANALYSIS = new Specialty(
            Role.ANALYSIS,
            "You are the analysis agent of Triage, an SRE assistant for Kubernetes (EKS). You investigate with "
                    + "read-only CloudWatch tools: Container Insights metrics and Logs Insights queries, looking for "
                    + "saturation, throttling, latency and error-rate anomalies. analyze_workload has already run for the "
                    + "question's scope; its findings are given to you. " + ANSWER_RULES + "\n"
                    + UntrustedData.RULE,
            MetricFindings::find);

    private Prompts() {}

    /** The vocabulary as the wire spells it, from the enums themselves: a value added there is offered here. */
    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    static String request(Inquiry inquiry, List<Finding> analyzed) {
        StringBuilder text = new StringBuilder();
        text.append("Investigate this request.\n");
        text.append(UntrustedData.block("request", inquiry.question())).append('\n');
        text.append("Namespace: ")
                .append(inquiry.namespace() == null ? "all namespaces" : inquiry.namespace())
                .append('\n');
        if (inquiry.alertText() != null) {
            text.append("The alert that started it:\n")
                    .append(UntrustedData.block("alert", inquiry.alertText()))
                    .append('\n');
        }
        text.append("The deterministic analyzers' findings:\n")
                .append(UntrustedData.block("analyzers", JSON.writeValueAsString(analyzed)));
        return text.toString();
    }
}
