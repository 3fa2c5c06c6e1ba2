package dev.triage.model;

/** The fixed vocabulary of what can be wrong. Add a value only with a clear need: agents and runbooks key on it. */
public enum Category {
    CRASH_LOOP,
    OOM_KILLED,
    IMAGE_PULL,
    /** A missing ConfigMap, Secret or key, or an invalid container configuration. */
    CONFIG_ERROR,
    UNSCHEDULABLE,
    PROBE_FAILURE,
    INIT_FAILURE,
    JOB_FAILED,
    VOLUME_ERROR,
    SERVICE_NO_ENDPOINTS,
    NODE_NOT_READY,
    EVICTED,
    ROLLOUT_STUCK,
    QUOTA_EXCEEDED,
    RESOURCE_SATURATION,
    APPLICATION_ERROR,
    UNKNOWN
}
