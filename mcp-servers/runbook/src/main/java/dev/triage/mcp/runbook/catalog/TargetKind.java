package dev.triage.mcp.runbook.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds a runbook can act on. */
public enum TargetKind {
    DEPLOYMENT("Deployment", true),
    STATEFUL_SET("StatefulSet", true),
    DAEMON_SET("DaemonSet", true),
    POD("Pod", true),
    NODE("Node", false);

    private final String kind;
    private final boolean namespaced;

    TargetKind(String kind, boolean namespaced) {
        this.kind = kind;
        this.namespaced = namespaced;
    }

    /** The Kubernetes kind, e.g. {@code StatefulSet}. */
    public String kind() {
        return kind;
    }

    public boolean namespaced() {
        return namespaced;
    }

    /** The kind named {@code text}, ignoring case ({@code deployment}, {@code Deployment}). */
    public static Optional<TargetKind> of(String text) {
        return Arrays.stream(values())
                .filter(k -> k.kind.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    @Override
    public String toString() {
        return kind;
    }
}
