package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Category;
import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Services a pod names in its environment or its log lines ({@code catalog}, {@code catalog.shop},
 * {@code catalog.shop.svc.cluster.local}), as the ids of the findings that would explain the pod's failure.
 */
final class ServiceMentions {

    private static final String LABEL = "[a-z0-9](?:[-a-z0-9]*[a-z0-9])?";
    private static final Pattern CLUSTER_DNS = Pattern.compile("(" + LABEL + ")\\.(" + LABEL + ")\\.svc\\b");
    private static final Pattern URL_HOST = Pattern.compile("//(" + LABEL + ")(?:\\.(" + LABEL + "))?(?=[:/?#\\s]|$)");
    private static final Pattern HOST_PORT = Pattern.compile("(?<![\\w.-])(" + LABEL + ")(?:\\.(" + LABEL + "))?:\\d+");
    private static final Pattern BARE_HOST = Pattern.compile("(" + LABEL + ")(?:\\.(" + LABEL + "))?");

    private ServiceMentions() {}

    /** Candidate finding ids for the Services named in {@code text}; a bare name is in {@code namespace}. */
    static List<String> inText(String text, String namespace) {
        Set<String> ids = new LinkedHashSet<>();
        for (Pattern pattern : List.of(CLUSTER_DNS, URL_HOST, HOST_PORT)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                ids.add(id(m.group(1), m.group(2) == null ? namespace : m.group(2)));
            }
        }
        return List.copyOf(ids);
    }

    /** Candidates from a container's literal env values; a value that is only a host name counts too. */
    static List<String> inEnv(Container container, String namespace) {
        Set<String> ids = new LinkedHashSet<>();
        for (EnvVar env : container.getEnv() == null ? List.<EnvVar>of() : container.getEnv()) {
            String value = env.getValue();
            if (value == null || value.isBlank()) {
                continue;
            }
            Matcher bare = BARE_HOST.matcher(value);
            if (bare.matches()) {
                ids.add(id(bare.group(1), bare.group(2) == null ? namespace : bare.group(2)));
            }
            ids.addAll(inText(value, namespace));
        }
        return List.copyOf(ids);
    }

    private static String id(String service, String namespace) {
        return Finding.idFor(Category.SERVICE_NO_ENDPOINTS, new ResourceRef("Service", namespace, service));
    }
}
