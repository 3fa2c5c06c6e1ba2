package dev.triage.k8s;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One kustomization rendered by {@code kubectl kustomize} and parsed strictly: what {@code kubectl apply -k} sends. */
record Rendered(String name, List<HasMetadata> objects) {

    private static final Map<Path, Rendered> CACHE = new ConcurrentHashMap<>();

    static Rendered of(Path kustomization) {
        return CACHE.computeIfAbsent(kustomization.toAbsolutePath().normalize(), dir -> {
            String name = Layout.K8S.relativize(dir).toString();
            return new Rendered(name, List.copyOf(StrictModel.parseAll(Kustomize.render(dir))));
        });
    }

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> kind, String name) {
        return all(kind).stream()
                .filter(object -> name.equals(object.getMetadata().getName()))
                .findFirst();
    }

    <T extends HasMetadata> T require(Class<T> kind, String name) {
        return find(kind, name)
                .orElseThrow(() -> new AssertionError(this.name + " renders no " + kind.getSimpleName() + " " + name));
    }

    /** Every pod template (Deployments, StatefulSets, DaemonSets, Jobs, CronJobs) by "Kind/name". */
    Map<String, PodTemplateSpec> podTemplates() {
        Map<String, PodTemplateSpec> templates = new LinkedHashMap<>();
        for (HasMetadata object : objects) {
            template(object)
                    .ifPresent(t -> templates.put(
                            object.getKind() + "/" + object.getMetadata().getName(), t));
        }
        return templates;
    }

    private static Optional<PodTemplateSpec> template(HasMetadata object) {
        return Optional.ofNullable(
                switch (object) {
                    case Deployment d -> d.getSpec().getTemplate();
                    case StatefulSet s -> s.getSpec().getTemplate();
                    case DaemonSet d -> d.getSpec().getTemplate();
                    case Job j -> j.getSpec().getTemplate();
                    case CronJob c -> c.getSpec().getJobTemplate().getSpec().getTemplate();
                    default -> null;
                });
    }

    @Override
    public String toString() {
        return name;
    }
}
