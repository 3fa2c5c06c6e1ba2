package dev.triage.k8s;

/**
 * An image reference split as the container runtime reads it: {@code [registry/]repository[:tag][@digest]}. A port
 * in the registry ({@code host:5000/app}) is not a tag.
 */
record ImageName(String repository, String tag, String digest) {

    static ImageName parse(String reference) {
        String rest = reference;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        return new ImageName(rest, tag, digest);
    }

    /** A digest, or a tag that is not {@code latest} (no tag at all means latest). */
    boolean pinned() {
        return digest != null || (tag != null && !tag.isBlank() && !tag.equals("latest"));
    }

    /** The repository without its registry: {@code 1234.dkr.ecr.../triage/mcp-eks} → {@code triage/mcp-eks}. */
    String path() {
        int slash = repository.indexOf('/');
        String first = slash < 0 ? "" : repository.substring(0, slash);
        boolean registry = first.contains(".") || first.contains(":") || first.equals("localhost");
        return registry ? repository.substring(slash + 1) : repository;
    }
}
