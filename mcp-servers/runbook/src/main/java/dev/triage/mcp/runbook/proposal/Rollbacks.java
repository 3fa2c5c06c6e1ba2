package dev.triage.mcp.runbook.proposal;

import dev.triage.mcp.runbook.catalog.Step;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * rollout-undo, as kubectl does it: the Deployment's pod template is replaced by an earlier ReplicaSet's (without
 * its pod-template-hash label). Without a revision, the newest earlier revision whose pods were available, else
 * the previous one.
 */
final class Rollbacks {

    static final String REVISION = "deployment.kubernetes.io/revision";
    private static final String HASH_LABEL = "pod-template-hash";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Revision(long number, ReplicaSet replicaSet) {
        int available() {
            Integer available = replicaSet.getStatus() == null
                    ? null
                    : replicaSet.getStatus().getAvailableReplicas();
            return available == null ? 0 : available;
        }
    }

    /** One RFC 6902 operation, its fields in the order the RFC writes them. */
    record JsonPatchOperation(String op, String path, JsonNode value) {}

    private Rollbacks() {}

    static PlanStep plan(Step step, PlanContext context) {
        List<Revision> revisions = revisions(context);
        long current = currentRevision(context.object(), revisions);
        Revision target = context.argument(step, "revision")
                .map(wanted -> chosen(context, revisions, current, Long.parseLong(wanted)))
                .orElseGet(() -> lastGood(context, revisions, current));
        context.derive(step, "revision", String.valueOf(target.number()));
        PodTemplateSpec template = target.replicaSet().getSpec().getTemplate();
        List<Change> changes = new ArrayList<>();
        changes.add(new Change("revision", String.valueOf(current), String.valueOf(target.number())));
        changes.addAll(imageChanges(Workloads.template(context.object()), template));
        String description = "roll " + context.target() + " back from revision " + current + " to revision "
                + target.number() + " (ReplicaSet "
                + target.replicaSet().getMetadata().getName() + ", "
                + target.available() + " pods available now)";
        return new PlanStep("rollout-undo", description, context.target(), changes, "json", patch(context, template));
    }

    private static List<Revision> revisions(PlanContext context) {
        HasMetadata deployment = context.object();
        return context
                .client()
                .apps()
                .replicaSets()
                .inNamespace(deployment.getMetadata().getNamespace())
                .list()
                .getItems()
                .stream()
                .filter(rs -> ownedBy(rs, deployment))
                .flatMap(rs -> number(rs).map(n -> new Revision(n, rs)).stream())
                .sorted(Comparator.comparingLong(Revision::number).reversed())
                .toList();
    }

    private static boolean ownedBy(ReplicaSet replicaSet, HasMetadata deployment) {
        List<OwnerReference> owners = replicaSet.getMetadata().getOwnerReferences();
        return owners != null
                && owners.stream()
                        .anyMatch(owner -> "Deployment".equals(owner.getKind())
                                && deployment.getMetadata().getName().equals(owner.getName())
                                && (owner.getUid() == null
                                        || Objects.equals(
                                                owner.getUid(),
                                                deployment.getMetadata().getUid())));
    }

    private static Optional<Long> number(HasMetadata object) {
        Map<String, String> annotations = object.getMetadata().getAnnotations();
        String value = annotations == null ? null : annotations.get(REVISION);
        return value == null || !value.matches("[0-9]{1,18}") ? Optional.empty() : Optional.of(Long.parseLong(value));
    }

    private static long currentRevision(HasMetadata deployment, List<Revision> revisions) {
        return number(deployment)
                .orElseGet(() -> revisions.isEmpty() ? 0 : revisions.getFirst().number());
    }

    private static Revision chosen(PlanContext context, List<Revision> revisions, long current, long wanted) {
        if (wanted == current) {
            throw new Refused(Refusal.INVALID_PARAMETER, context.target() + " is already at revision " + current);
        }
        return revisions.stream()
                .filter(r -> r.number() == wanted)
                .findFirst()
                .orElseThrow(() -> new Refused(
                        Refusal.INVALID_PARAMETER,
                        context.target() + " has no revision " + wanted + "; its revisions are "
                                + revisions.stream().map(Revision::number).toList()));
    }

    private static Revision lastGood(PlanContext context, List<Revision> revisions, long current) {
        List<Revision> earlier =
                revisions.stream().filter(r -> r.number() < current).toList();
        if (earlier.isEmpty()) {
            throw new Refused(
                    Refusal.INVALID_TARGET,
                    context.target() + " has no revision before " + current + " to roll back to");
        }
        return earlier.stream().filter(r -> r.available() > 0).findFirst().orElse(earlier.getFirst());
    }

    private static List<Change> imageChanges(PodTemplateSpec from, PodTemplateSpec to) {
        Map<String, String> before = images(from);
        Map<String, String> after = images(to);
        return after.entrySet().stream()
                .filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(e -> new Change("containers[" + e.getKey() + "].image", before.get(e.getKey()), e.getValue()))
                .toList();
    }

    private static Map<String, String> images(PodTemplateSpec template) {
        var images = new LinkedHashMap<String, String>();
        for (Container container : template.getSpec().getContainers()) {
            images.put(container.getName(), container.getImage());
        }
        return images;
    }

    /** The JSON patch kubectl sends: replace the whole template with the revision's, minus its hash label. */
    private static List<JsonPatchOperation> patch(PlanContext context, PodTemplateSpec template) {
        JsonNode value =
                JSON.readTree(context.client().getKubernetesSerialization().asJson(template));
        if (value.path("metadata").path("labels") instanceof ObjectNode labels) {
            labels.remove(HASH_LABEL);
        }
        return List.of(new JsonPatchOperation("replace", "/spec/template", value));
    }
}
