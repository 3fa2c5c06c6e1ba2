package dev.triage.agents.remediation;

import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import java.util.Optional;
import java.util.regex.Pattern;

/** The fix a person makes when no runbook applies, named per category so the summary can say what to do. */
public final class Fixes {

    private static final Pattern CONFIG_CAUSE = Pattern.compile(
            "(?i)(environment variable|env var|is not set|not defined|configmap|secret|missing (?:key|config|file)"
                    + "|no such file|invalid (?:value|config)|config(?:uration)? (?:error|invalid|missing))");

    private Fixes() {}

    /** What a person should do about {@code finding}. */
    public static String advice(Finding finding) {
        return switch (finding.category()) {
            case CRASH_LOOP ->
                configCause(finding)
                        .map(quote -> "fix the configuration the log names (\"" + quote + "\") and redeploy; a restart "
                                + "would crash the same way")
                        .orElse("read the previous container log for the crash; restart only once the cause is fixed");
            case OOM_KILLED -> "raise the container's memory limit, or find what grows the heap";
            case IMAGE_PULL -> "push the missing image or roll back to the last tag that pulls";
            case CONFIG_ERROR ->
                "Ingress".equals(finding.kind())
                        ? "create the Service, TLS Secret or IngressClass the Ingress names, or point it at one "
                                + "that exists"
                        : "create the missing ConfigMap, Secret or key named in the evidence, or correct "
                                + "the reference to it";
            case UNSCHEDULABLE -> "lower the pod's requests, add capacity, or fix the claim or taint that blocks it";
            case PROBE_FAILURE -> "fix what the probe depends on, or the probe itself if it is too strict";
            case INIT_FAILURE -> "fix what the init container needs (its log names it); the app starts after it";
            case JOB_FAILED -> "fix the dependency the job's log names, then re-run the job";
            case VOLUME_ERROR -> "fix the claim's storage class or the volume it waits for";
            case SERVICE_NO_ENDPOINTS -> "make the Service selector match the labels of the pods that should serve";
            case NODE_NOT_READY -> "cordon and drain the node, then replace it or restore its kubelet";
            case EVICTED -> "free the node resource that ran short, or set requests and limits for it";
            case ROLLOUT_STUCK -> "roll back, or fix what keeps the new pods from becoming ready";
            case QUOTA_EXCEEDED -> "raise the namespace quota or lower the workload's requests and limits";
            case RESOURCE_SATURATION -> "add capacity or reduce the load on the saturated resource";
            case APPLICATION_ERROR -> "fix the application error the logs show";
            case UNKNOWN -> "look at the evidence; no known fix applies";
        };
    }

    /** The log line showing a crash is caused by configuration, if any: restarting will not help. */
    static Optional<String> configCause(Finding finding) {
        return finding.evidence().stream()
                .filter(e -> e.source() == Evidence.Source.LOG || e.source() == Evidence.Source.EVENT)
                .map(Evidence::quote)
                .filter(quote -> CONFIG_CAUSE.matcher(quote).find())
                .findFirst();
    }
}
