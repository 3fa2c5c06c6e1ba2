package dev.triage.mcp.runbook.catalog;

import static dev.triage.mcp.runbook.catalog.TargetKind.DAEMON_SET;
import static dev.triage.mcp.runbook.catalog.TargetKind.DEPLOYMENT;
import static dev.triage.mcp.runbook.catalog.TargetKind.NODE;
import static dev.triage.mcp.runbook.catalog.TargetKind.POD;
import static dev.triage.mcp.runbook.catalog.TargetKind.STATEFUL_SET;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The fixed vocabulary of steps a runbook is made of. Each is a small, well-understood kubectl operation; nothing
 * else can ever run, whatever a runbook file or a model says.
 */
public enum Action {
    ROLLOUT_RESTART("rollout-restart", true, workloads(), Set.of(), Set.of()),
    SCALE("scale", true, EnumSet.of(DEPLOYMENT, STATEFUL_SET), Set.of("replicas"), Set.of()),
    SET_RESOURCES(
            "set-resources", true, workloads(), Set.of("resource"), Set.of("container", "limit", "growth", "round-to")),
    ROLLOUT_UNDO("rollout-undo", true, EnumSet.of(DEPLOYMENT), Set.of(), Set.of("revision")),
    DELETE_POD("delete-pod", true, EnumSet.of(POD), Set.of(), Set.of()),
    CORDON_NODE("cordon-node", true, EnumSet.of(NODE), Set.of(), Set.of()),
    WAIT_FOR_ROLLOUT("wait-for-rollout", false, workloads(), Set.of("timeout"), Set.of()),
    VERIFY_CONDITION(
            "verify-condition",
            false,
            EnumSet.allOf(TargetKind.class),
            Set.of("condition"),
            Set.of("status", "timeout"));

    private final String id;
    private final boolean mutating;
    private final Set<TargetKind> kinds;
    private final Set<String> requiredArguments;
    private final Set<String> optionalArguments;

    Action(String id, boolean mutating, Set<TargetKind> kinds, Set<String> required, Set<String> optional) {
        this.id = id;
        this.mutating = mutating;
        this.kinds = kinds;
        this.requiredArguments = required;
        this.optionalArguments = optional;
    }

    public String id() {
        return id;
    }

    /** Whether the step changes the cluster (waiting and verifying only read it). */
    public boolean mutating() {
        return mutating;
    }

    public Set<TargetKind> kinds() {
        return kinds;
    }

    public Set<String> requiredArguments() {
        return requiredArguments;
    }

    public boolean accepts(String argument) {
        return requiredArguments.contains(argument) || optionalArguments.contains(argument);
    }

    public static Optional<Action> of(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }

    public static String vocabulary() {
        return String.join(", ", Arrays.stream(values()).map(Action::id).toList());
    }

    private static Set<TargetKind> workloads() {
        return EnumSet.of(DEPLOYMENT, STATEFUL_SET, DAEMON_SET);
    }

    @Override
    public String toString() {
        return id;
    }
}
