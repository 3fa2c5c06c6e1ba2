package dev.triage.k8s;

/**
 * One thing a service account may do: a verb on a resource (with its subresource, {@code pods/log}) of an API group,
 * cluster-wide ({@link #CLUSTER}) or in one namespace. {@code *} stays as written: callers decide what it covers.
 */
record Permission(String scope, String apiGroup, String resource, String verb) {

    static final String CLUSTER = "(cluster)";

    boolean covers(String group, String wantedResource) {
        return (apiGroup.equals("*") || apiGroup.equals(group))
                && (resource.equals("*")
                        || resource.equals(wantedResource)
                        || resource.startsWith(wantedResource + "/"));
    }

    Permission in(String otherScope) {
        return new Permission(otherScope, apiGroup, resource, verb);
    }

    @Override
    public String toString() {
        return scope + " " + (apiGroup.isEmpty() ? "core" : apiGroup) + "/" + resource + " " + verb;
    }
}
