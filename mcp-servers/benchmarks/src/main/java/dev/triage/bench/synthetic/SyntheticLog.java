package dev.triage.bench.synthetic;

/** The log of a synthetic container's previous (crashed) instance, as a snapshot keeps it under {@code logs/}. */
record SyntheticLog(String namespace, String pod, String container, String content) {}
