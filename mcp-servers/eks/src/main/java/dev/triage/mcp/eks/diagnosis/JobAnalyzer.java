package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.ResourceRef;
import dev.triage.model.Severity;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Failed Jobs (backoff limit, deadline), reported on their CronJob when they have one. Only a CronJob's latest
 * finished run counts: a failure followed by a success is history, and a suspended CronJob is switched off.
 */
final class JobAnalyzer implements Analyzer {

    @Override
    public List<Detected> analyze(Inspection inspection) {
        ClusterState state = inspection.state();
        Map<ResourceRef, List<Job>> finishedByOwner = state.all(Job.class).stream()
                .filter(job -> condition(job, "Failed").isPresent()
                        || condition(job, "Complete").isPresent())
                .collect(Collectors.groupingBy(state::topOwner));
        return finishedByOwner.entrySet().stream()
                .filter(e -> !isSuspendedCronJob(e.getKey(), state))
                .map(e -> e.getValue().stream()
                        .max(Comparator.comparing(JobAnalyzer::started))
                        .orElseThrow())
                .flatMap(latest -> condition(latest, "Failed").map(c -> failed(latest, c, inspection)).stream())
                .sorted(Comparator.comparing(Detected::id))
                .toList();
    }

    private static Detected failed(Job job, JobCondition condition, Inspection in) {
        ResourceRef owner = in.state().topOwner(job);
        List<Evidence> evidence =
                new ArrayList<>(Quotes.condition(job, "Failed", null, condition.getReason(), condition.getMessage()));
        List<Pod> failedPods = in.state().podsOf(owner).stream()
                .filter(p -> "Failed".equals(PodStatuses.phase(p)) && isOwnedBy(p, job))
                .sorted(Comparator.comparing(p -> p.getMetadata().getName()))
                .toList();
        String explanation = failedPods.stream()
                .findFirst()
                .flatMap(p -> explain(p, evidence, in))
                .map(line -> ": " + line)
                .orElse("");
        String summary = "Job " + job.getMetadata().getName() + " failed (" + condition.getReason()
                + (condition.getMessage() == null ? "" : ": " + condition.getMessage()) + ")" + explanation;
        List<String> pods =
                failedPods.stream().map(p -> p.getMetadata().getName()).toList();
        return Detected.rootCause(
                Findings.of(Category.JOB_FAILED, owner, owner, summary, evidence, Severity.HIGH, pods));
    }

    /** Quotes the failed pod's exit code and the log line that explains it; returns that line. */
    private static Optional<String> explain(Pod pod, List<Evidence> evidence, Inspection in) {
        Optional<ContainerView> failed = Containers.of(pod)
                .filter(c -> c.terminated()
                        .map(t -> t.getExitCode() != null && t.getExitCode() != 0)
                        .orElse(false))
                .findFirst();
        failed.ifPresent(c -> evidence.add(Evidence.status(
                c.ref("state.terminated.exitCode"),
                String.valueOf(c.terminated().orElseThrow().getExitCode()))));
        Optional<LogExcerpt> excerpt = failed.flatMap(c -> in.logs()
                .tail(Refs.namespace(pod), pod.getMetadata().getName(), c.name(), false)
                .map(log -> LogExcerpt.of(log, false))
                .filter(e -> !e.isEmpty()));
        excerpt.ifPresent(e -> evidence.add(Evidence.log(
                Refs.log(
                        Refs.namespace(pod),
                        pod.getMetadata().getName(),
                        failed.orElseThrow().name(),
                        false),
                e.quote())));
        return excerpt.map(LogExcerpt::brief);
    }

    private static Optional<JobCondition> condition(Job job, String type) {
        if (job.getStatus() == null || job.getStatus().getConditions() == null) {
            return Optional.empty();
        }
        return job.getStatus().getConditions().stream()
                .filter(c -> type.equals(c.getType()) && "True".equals(c.getStatus()))
                .findFirst();
    }

    private static boolean isSuspendedCronJob(ResourceRef owner, ClusterState state) {
        return "CronJob".equals(owner.kind())
                && state.find(CronJob.class, owner.namespace(), owner.name())
                        .map(c -> c.getSpec() != null
                                && Boolean.TRUE.equals(c.getSpec().getSuspend()))
                        .orElse(false);
    }

    private static boolean isOwnedBy(Pod pod, Job job) {
        var owners = pod.getMetadata().getOwnerReferences();
        return owners != null
                && owners.stream()
                        .anyMatch(o -> "Job".equals(o.getKind())
                                && job.getMetadata().getName().equals(o.getName()));
    }

    private static Instant started(Job job) {
        String start = job.getStatus().getStartTime() != null
                ? job.getStatus().getStartTime()
                : job.getMetadata().getCreationTimestamp();
        return Times.parse(start).orElse(Instant.EPOCH);
    }
}
