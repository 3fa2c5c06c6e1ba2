package dev.triage.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What an investigation found and proposes: the API's and {@code diagnose --format json}'s answer. Fields are only
 * ever appended, as optional, so older readers keep working. The JSON leads with the answer (status, summary, root
 * causes, remediations) and ends with the long lists (findings, tool and model calls), so a person reading it, or a
 * client reading its first bytes, gets the answer first; component order stays as it was so no caller breaks.
 *
 * @param rootCauses finding ids, most fundamental first
 * @param notes what the grounding checks dropped or changed, and other caveats a reader must see
 * @param guides the investigation guide cited for each root cause's category
 * @param traceId the investigation's trace (32 hex digits) when tracing is on; {@code null} otherwise
 * @param traceUrl the trace in LangFuse when traces go there; {@code null} otherwise
 */
@JsonPropertyOrder({
    "status",
    "summary",
    "rootCauses",
    "remediations",
    "guides",
    "id",
    "question",
    "cluster",
    "namespace",
    "notes",
    "route",
    "startedAt",
    "finishedAt",
    "traceId",
    "traceUrl",
    "findings",
    "toolCalls",
    "models"
})
public record InvestigationReport(
        String id,
        InvestigationStatus status,
        String question,
        String cluster,
        String namespace,
        List<RouteStep> route,
        List<Finding> findings,
        List<String> rootCauses,
        List<Remediation> remediations,
        String summary,
        List<ModelCall> models,
        List<ToolCall> toolCalls,
        List<String> notes,
        Instant startedAt,
        Instant finishedAt,
        List<GuideCitation> guides,
        String traceId,
        String traceUrl) {

    public InvestigationReport {
        route = copy(route);
        findings = copy(findings);
        rootCauses = copy(rootCauses);
        remediations = copy(remediations);
        models = copy(models);
        toolCalls = copy(toolCalls);
        notes = copy(notes);
        guides = copy(guides);
    }

    /** A report that cites no guide (the fields before {@code guides} was appended). */
    public InvestigationReport(
            String id,
            InvestigationStatus status,
            String question,
            String cluster,
            String namespace,
            List<RouteStep> route,
            List<Finding> findings,
            List<String> rootCauses,
            List<Remediation> remediations,
            String summary,
            List<ModelCall> models,
            List<ToolCall> toolCalls,
            List<String> notes,
            Instant startedAt,
            Instant finishedAt) {
        this(
                id,
                status,
                question,
                cluster,
                namespace,
                route,
                findings,
                rootCauses,
                remediations,
                summary,
                models,
                toolCalls,
                notes,
                startedAt,
                finishedAt,
                null,
                null,
                null);
    }

    /** A report with no trace (the fields before {@code traceId} was appended). */
    public InvestigationReport(
            String id,
            InvestigationStatus status,
            String question,
            String cluster,
            String namespace,
            List<RouteStep> route,
            List<Finding> findings,
            List<String> rootCauses,
            List<Remediation> remediations,
            String summary,
            List<ModelCall> models,
            List<ToolCall> toolCalls,
            List<String> notes,
            Instant startedAt,
            Instant finishedAt,
            List<GuideCitation> guides) {
        this(
                id,
                status,
                question,
                cluster,
                namespace,
                route,
                findings,
                rootCauses,
                remediations,
                summary,
                models,
                toolCalls,
                notes,
                startedAt,
                finishedAt,
                guides,
                null,
                null);
    }

    /** The report of an investigation that has just started: the question, and nothing found yet. */
    public static InvestigationReport started(
            String id, String question, String cluster, String namespace, Instant startedAt) {
        return new InvestigationReport(
                id,
                InvestigationStatus.RUNNING,
                question,
                cluster,
                namespace,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                startedAt,
                null);
    }

    /** This report, traced as {@code traceId} (and shown at {@code traceUrl}, if not {@code null}). */
    public InvestigationReport withTrace(String traceId, String traceUrl) {
        return with(status, route, findings, models, toolCalls, notes, finishedAt, traceId, traceUrl);
    }

    /** This report with {@code status}, every other field kept. */
    public InvestigationReport withStatus(InvestigationStatus status) {
        return with(status, route, findings, models, toolCalls, notes, finishedAt, traceId, traceUrl);
    }

    /** This report with {@code note} after its notes, every other field kept. */
    public InvestigationReport withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return with(status, route, findings, models, toolCalls, more, finishedAt, traceId, traceUrl);
    }

    /** This report ended as {@code status} at {@code at}, every other field kept. */
    public InvestigationReport endedAs(InvestigationStatus status, Instant at) {
        return with(status, route, findings, models, toolCalls, notes, at, traceId, traceUrl);
    }

    /** This report with the route, findings, model calls and tool calls so far, every other field kept. */
    public InvestigationReport withProgress(
            List<RouteStep> route, List<Finding> findings, List<ModelCall> models, List<ToolCall> toolCalls) {
        return with(status, route, findings, models, toolCalls, notes, finishedAt, traceId, traceUrl);
    }

    // The one copy of every field: a wither that listed them itself would drop the fields appended later.
    private InvestigationReport with(
            InvestigationStatus status,
            List<RouteStep> route,
            List<Finding> findings,
            List<ModelCall> models,
            List<ToolCall> toolCalls,
            List<String> notes,
            Instant finishedAt,
            String traceId,
            String traceUrl) {
        return new InvestigationReport(
                id,
                status,
                question,
                cluster,
                namespace,
                route,
                findings,
                rootCauses,
                remediations,
                summary,
                models,
                toolCalls,
                notes,
                startedAt,
                finishedAt,
                guides,
                traceId,
                traceUrl);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
