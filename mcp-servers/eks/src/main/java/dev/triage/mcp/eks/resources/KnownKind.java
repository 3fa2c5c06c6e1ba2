package dev.triage.mcp.eks.resources;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import java.util.List;
import java.util.Locale;

/** A built-in kind the server knows without asking the API server: its type, plural and the names people use. */
record KnownKind(Class<? extends HasMetadata> type, List<String> shortNames) {

    String kind() {
        return HasMetadata.getKind(type);
    }

    String apiVersion() {
        return HasMetadata.getApiVersion(type);
    }

    String plural() {
        return HasMetadata.getPlural(type);
    }

    boolean namespaced() {
        return Namespaced.class.isAssignableFrom(type);
    }

    /** Matches {@code Pod}, {@code pod}, {@code pods} or a short name such as {@code po}. */
    boolean isCalled(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return wanted.equals(kind().toLowerCase(Locale.ROOT)) || wanted.equals(plural()) || shortNames.contains(wanted);
    }
}
