package dev.triage.mcp.eks.resources;

import dev.triage.mcp.eks.cluster.Ages;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import java.util.Objects;

/** Jobs (succeeded, failed, conditions) and CronJobs (schedule, last run). */
final class BatchSummaries {

    private BatchSummaries() {}

    static String of(Job job) {
        var status = Objects.requireNonNullElseGet(job.getStatus(), JobStatus::new);
        var spec = job.getSpec();
        return Fields.of()
                .ratio("succeeded", status.getSucceeded(), spec == null ? null : spec.getCompletions())
                .add("failed", status.getFailed())
                .add("active", status.getActive())
                .add("backoffLimit", spec == null ? null : spec.getBackoffLimit())
                .conditions(
                        status.getConditions(), JobCondition::getType, JobCondition::getStatus, JobCondition::getReason)
                .toString();
    }

    static String of(CronJob cronJob, SummaryContext context) {
        var spec = cronJob.getSpec();
        var status = cronJob.getStatus();
        return Fields.of()
                .add("schedule", spec == null ? null : '"' + spec.getSchedule() + '"')
                .add("suspended", spec != null && Boolean.TRUE.equals(spec.getSuspend()) ? "true" : null)
                .add("active", status == null ? null : status.getActive().size())
                .add(
                        "lastSchedule",
                        status == null || status.getLastScheduleTime() == null
                                ? null
                                : Ages.since(status.getLastScheduleTime(), context.now()) + " ago")
                .add(
                        "lastSuccess",
                        status == null || status.getLastSuccessfulTime() == null
                                ? null
                                : Ages.since(status.getLastSuccessfulTime(), context.now()) + " ago")
                .toString();
    }
}
