package dev.triage.agents.master;

import dev.triage.agents.remediation.Intent;
import dev.triage.agents.trail.Inquiry;
import dev.triage.model.RouteStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deterministic router: word rules over the question (and the alert, for the kind of problem only). An action
 * the question asks for on a workload the cluster holds (resolved beforehand, see {@link AskedActions}) is a
 * remediation after a diagnostic look at it; words of slowness send analysis first; anything else (crashes, errors,
 * pending, unhealthy, an action on a name that is no workload, or no signal at all) runs diagnostic and analysis
 * together, then remediation on what they found.
 */
final class RulesRouter {

    private static final Pattern ACTION = Pattern.compile("(?i)\\b(restart|roll\\s*back|rollback|undo|scale)"
            + "\\s+(?:the\\s+)?(?:deployment\\s+|deploy\\s+)?([a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)"
            + "(?:\\s+(?:to|=)\\s*(\\d{1,4}))?");
    private static final Pattern SLOW =
            Pattern.compile("(?i)\\b(slow\\w*|latenc\\w*|saturat\\w*|throttl\\w*|cpu|p9[59]|response times?)\\b");
    private static final Pattern FAILING = Pattern.compile("(?i)\\b(crash\\w*|errors?|unhealthy|pending|fail\\w*"
            + "|down|broken|not ready|oom\\w*|evict\\w*|backoff|restarts?|diagnose)\\b");
    private static final Set<String> NOT_TARGETS = Set.of(
            "it",
            "this",
            "that",
            "the",
            "all",
            "everything",
            "up",
            "loop",
            "loops",
            "count",
            "counts",
            "again",
            "when",
            "after",
            "now",
            "because");

    private RulesRouter() {}

    /** @param intent the action asked for, on its workload in the cluster; empty when none resolved */
    static Plan route(Inquiry inquiry, Optional<Intent> intent) {
        if (intent.isPresent()) {
            return asked(intent.get());
        }
        String text = inquiry.question() + "\n" + (inquiry.alertText() == null ? "" : inquiry.alertText());
        Matcher slow = SLOW.matcher(text);
        if (slow.find()) {
            String why = mentions(slow.group(1));
            return new Plan(
                    List.of(Set.of(SubAgent.ANALYSIS), Set.of(SubAgent.DIAGNOSTIC), Set.of(SubAgent.REMEDIATION)),
                    List.of(
                            step(SubAgent.ANALYSIS, why + ": metrics first"),
                            step(SubAgent.DIAGNOSTIC, why + ": then the cluster's state for what the metrics show"),
                            step(SubAgent.REMEDIATION, "runbooks for the root causes found")),
                    Optional.empty());
        }
        Matcher failing = FAILING.matcher(text);
        String why = failing.find() ? mentions(failing.group(1)) : "no specific signal: a full look";
        return new Plan(
                List.of(Set.of(SubAgent.DIAGNOSTIC, SubAgent.ANALYSIS), Set.of(SubAgent.REMEDIATION)),
                List.of(
                        step(SubAgent.DIAGNOSTIC, why + ": the cluster's state and analyzers"),
                        step(SubAgent.ANALYSIS, why + ": metrics and logs, in parallel"),
                        step(SubAgent.REMEDIATION, "runbooks for the root causes found")),
                Optional.empty());
    }

    /** The actions the question's words ask for, in order, each on the name the words give: candidates only. */
    static List<AskedAction> asked(String question) {
        List<AskedAction> asked = new ArrayList<>();
        Matcher m = ACTION.matcher(question);
        while (m.find()) {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            if (!NOT_TARGETS.contains(name)) {
                Integer replicas = m.group(3) == null ? null : Integer.valueOf(m.group(3));
                asked.add(new AskedAction(action(m.group(1)), name, replicas));
            }
        }
        return asked;
    }

    private static Plan asked(Intent intent) {
        String action = intent.action().name().toLowerCase(Locale.ROOT);
        String target = intent.target().kind() + " " + intent.target().namespace() + "/"
                + intent.target().name();
        return new Plan(
                List.of(Set.of(SubAgent.DIAGNOSTIC), Set.of(SubAgent.REMEDIATION)),
                List.of(
                        step(SubAgent.DIAGNOSTIC, "a look at " + target + " before acting on it"),
                        step(
                                SubAgent.REMEDIATION,
                                "question asks to " + action + " " + target + ": proposed only, approval-gated")),
                Optional.of(intent));
    }

    private static Intent.Action action(String verb) {
        String word = verb.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return switch (word) {
            case "restart" -> Intent.Action.RESTART;
            case "scale" -> Intent.Action.SCALE;
            default -> Intent.Action.ROLLBACK;
        };
    }

    private static String mentions(String word) {
        return "request mentions \"" + word.toLowerCase(Locale.ROOT) + "\"";
    }

    static RouteStep step(SubAgent agent, String reason) {
        return new RouteStep(agent.wireName(), reason);
    }
}
