package dev.triage.orchestrator.slack;

import dev.triage.orchestrator.approval.Person;
import java.util.Set;

/** Who clicked, as the approvals service and its audit trail name them, and whether their decisions count. */
final class SlackPeople {

    static final String PREFIX = "slack:";

    private final Set<String> approvers;

    SlackPeople(Set<String> approvers) {
        this.approvers = Set.copyOf(approvers);
    }

    static Person person(String userId) {
        return new Person(PREFIX + userId);
    }

    boolean mayDecide(String userId) {
        return userId != null && approvers.contains(userId);
    }

    int approverCount() {
        return approvers.size();
    }
}
