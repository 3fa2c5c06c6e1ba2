package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Evidence;

/**
 * A host a workload is configured or seen to reach, with the quote that names it (an env value, a ConfigMap key, a
 * log line), which becomes evidence on the finding when what stands behind the host turns out to be its cause.
 */
record Dependency(ServiceMentions.Mention mention, Evidence namedBy) {}
