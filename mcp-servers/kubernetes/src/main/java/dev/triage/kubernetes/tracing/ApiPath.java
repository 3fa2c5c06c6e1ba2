package dev.triage.kubernetes.tracing;

import java.util.Arrays;
import java.util.List;

/**
 * What a Kubernetes API path names: {@code /api/v1/namespaces/shop/pods/cart-1/log} is the {@code log} of {@code pods}
 * in {@code shop}; discovery paths ({@code /api}, {@code /apis/apps/v1}, {@code /version}) name no resource.
 */
record ApiPath(String namespace, String resource, String subresource) {

    static ApiPath of(String path) {
        List<String> segments =
                Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        int prefix = prefixLength(segments);
        if (prefix == 0 || segments.size() <= prefix) {
            return new ApiPath(null, null, null);
        }
        List<String> rest = segments.subList(prefix, segments.size());
        String namespace = null;
        if (rest.getFirst().equals("namespaces") && rest.size() >= 3) {
            namespace = rest.get(1);
            rest = rest.subList(2, rest.size());
        }
        return new ApiPath(namespace, rest.getFirst(), rest.size() >= 3 ? rest.get(2) : null);
    }

    /** The core group is {@code /api/v1}, the others {@code /apis/GROUP/VERSION}. */
    private static int prefixLength(List<String> segments) {
        if (!segments.isEmpty() && segments.getFirst().equals("api")) {
            return 2;
        }
        if (!segments.isEmpty() && segments.getFirst().equals("apis")) {
            return 3;
        }
        return 0;
    }

    /** {@code pods}, {@code pods/log}, or the path itself when it names no resource. */
    String spanTarget(String path) {
        if (resource == null) {
            return path;
        }
        return subresource == null ? resource : resource + "/" + subresource;
    }
}
