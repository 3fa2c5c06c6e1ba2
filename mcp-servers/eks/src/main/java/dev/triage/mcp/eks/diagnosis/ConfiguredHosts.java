package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Evidence;
import dev.triage.model.SecretNames;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The hosts a container is configured to reach: its literal env values, the ConfigMap values its env and envFrom
 * read, and the files of the ConfigMaps the pod mounts. A value under a name that looks secret is never read, and only
 * the host is quoted, never the rest of a value (a URL's credentials stay where they are).
 */
final class ConfiguredHosts {

    private ConfiguredHosts() {}

    static List<Dependency> of(Pod pod, Container container, ClusterState state) {
        String namespace = Refs.namespace(pod);
        List<Dependency> found = new ArrayList<>();
        String envRef = "spec.containers[" + container.getName() + "].env[";
        for (EnvVar env : orEmpty(container.getEnv())) {
            if (SecretNames.isSecret(env.getName())) {
                continue;
            }
            if (env.getValue() != null) {
                add(found, env.getValue(), namespace, Refs.field(pod, envRef + env.getName() + "]"), Evidence::spec);
            } else if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
                ConfigMapKeySelector key = env.getValueFrom().getConfigMapKeyRef();
                configMap(state, namespace, key.getName())
                        .ifPresent(cm -> value(cm, key.getKey(), found, namespace, true));
            }
        }
        for (EnvFromSource source : orEmpty(container.getEnvFrom())) {
            if (source.getConfigMapRef() != null) {
                configMap(state, namespace, source.getConfigMapRef().getName())
                        .ifPresent(cm -> data(cm).keySet().forEach(k -> value(cm, k, found, namespace, true)));
            }
        }
        for (Volume volume : pod.getSpec() == null
                ? List.<Volume>of()
                : orEmpty(pod.getSpec().getVolumes())) {
            if (volume.getConfigMap() != null) {
                configMap(state, namespace, volume.getConfigMap().getName())
                        .ifPresent(cm -> data(cm).keySet().forEach(k -> value(cm, k, found, namespace, false)));
            }
        }
        return List.copyOf(found);
    }

    /** @param asValue the data is one value (an env var's), so a bare host name counts; else it is a file's text */
    private static void value(ConfigMap cm, String key, List<Dependency> found, String namespace, boolean asValue) {
        String text = data(cm).get(key);
        if (text == null || SecretNames.isSecret(key)) {
            return;
        }
        String ref = Refs.field(cm, "data." + key);
        if (asValue) {
            add(found, text, namespace, ref, Evidence::spec);
        } else {
            ServiceMentions.inText(text, namespace)
                    .forEach(m -> found.add(new Dependency(m, Evidence.spec(ref, m.text()))));
        }
    }

    private static void add(
            List<Dependency> found,
            String value,
            String namespace,
            String ref,
            BiFunction<String, String, Evidence> evidence) {
        ServiceMentions.inValue(value, namespace)
                .forEach(m -> found.add(new Dependency(m, evidence.apply(ref, m.text()))));
    }

    private static Optional<ConfigMap> configMap(ClusterState state, String namespace, String name) {
        return name == null ? Optional.empty() : state.find(ConfigMap.class, namespace, name);
    }

    private static Map<String, String> data(ConfigMap cm) {
        return cm.getData() == null ? Map.of() : cm.getData();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
