package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.ResourceRef;
import dev.triage.model.Severity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClass;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import java.util.ArrayList;
import java.util.List;

/** Ingresses that route to a Service that does not exist, name a missing TLS Secret or a missing IngressClass. */
final class IngressAnalyzer implements Analyzer {

    @Override
    public List<Detected> analyze(Inspection inspection) {
        return inspection.state().all(Ingress.class).stream()
                .flatMap(ingress -> check(ingress, inspection.state()).stream())
                .toList();
    }

    private static List<Detected> check(Ingress ingress, ClusterState state) {
        if (ingress.getSpec() == null) {
            return List.of();
        }
        Issues issues = new Issues(new ArrayList<>(), new ArrayList<>());
        backends(ingress, state, issues);
        tls(ingress, state, issues);
        ingressClass(ingress, state, issues);
        if (issues.problems().isEmpty()) {
            return List.of();
        }
        ResourceRef ref = Refs.of(ingress);
        String summary = "Ingress " + ref.name() + " " + String.join("; ", issues.problems());
        return List.of(Detected.rootCause(
                Findings.of(Category.CONFIG_ERROR, ref, null, summary, issues.evidence(), Severity.HIGH, List.of())));
    }

    private static void backends(Ingress ingress, ClusterState state, Issues issues) {
        missingService(
                ingress.getSpec().getDefaultBackend(), "spec.defaultBackend", "by default", ingress, state, issues);
        List<IngressRule> rules = ingress.getSpec().getRules() == null
                ? List.of()
                : ingress.getSpec().getRules();
        for (int r = 0; r < rules.size(); r++) {
            if (rules.get(r).getHttp() == null) {
                continue;
            }
            List<HTTPIngressPath> paths = rules.get(r).getHttp().getPaths();
            for (int p = 0; p < paths.size(); p++) {
                String field = "spec.rules[" + r + "].http.paths[" + p + "].backend";
                String route =
                        (rules.get(r).getHost() == null ? "" : rules.get(r).getHost())
                                + paths.get(p).getPath();
                missingService(paths.get(p).getBackend(), field, route, ingress, state, issues);
            }
        }
    }

    private static void missingService(
            IngressBackend backend, String field, String route, Ingress ingress, ClusterState state, Issues issues) {
        if (backend == null || backend.getService() == null || !state.canRead("services")) {
            return;
        }
        String service = backend.getService().getName();
        if (state.find(Service.class, Refs.namespace(ingress), service).isEmpty()) {
            issues.add(
                    Evidence.spec(Refs.field(ingress, field + ".service.name"), service),
                    "routes " + route + " to Service " + service + ", which does not exist");
        }
    }

    private static void tls(Ingress ingress, ClusterState state, Issues issues) {
        List<IngressTLS> tls = ingress.getSpec().getTls() == null
                ? List.of()
                : ingress.getSpec().getTls();
        for (int i = 0; i < tls.size(); i++) {
            String secret = tls.get(i).getSecretName();
            if (secret != null
                    && state.canRead("secrets")
                    && state.find(Secret.class, Refs.namespace(ingress), secret).isEmpty()) {
                issues.add(
                        Evidence.spec(Refs.field(ingress, "spec.tls[" + i + "].secretName"), secret),
                        "names TLS Secret " + secret + ", which does not exist");
            }
        }
    }

    /** Judged only when the cluster lists IngressClasses at all: an empty list says nothing about the name. */
    private static void ingressClass(Ingress ingress, ClusterState state, Issues issues) {
        String name = ingress.getSpec().getIngressClassName();
        List<IngressClass> classes = state.all(IngressClass.class);
        if (name != null
                && !classes.isEmpty()
                && classes.stream().noneMatch(c -> name.equals(c.getMetadata().getName()))) {
            issues.add(
                    Evidence.spec(Refs.field(ingress, "spec.ingressClassName"), name),
                    "names IngressClass " + name + ", which does not exist");
        }
    }

    /** What is wrong with one Ingress: the quoted fields and a phrase for each. */
    private record Issues(List<Evidence> evidence, List<String> problems) {
        void add(Evidence quote, String problem) {
            evidence.add(quote);
            problems.add(problem);
        }
    }
}
