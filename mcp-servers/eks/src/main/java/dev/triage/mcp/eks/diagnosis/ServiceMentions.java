package dev.triage.mcp.eks.diagnosis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hosts a piece of text names: Service DNS names ({@code catalog}, {@code catalog.shop}, {@code catalog.shop.svc},
 * {@code catalog.shop.svc.cluster.local}, in a URL, as {@code host:port}) and IPv4 addresses. Only syntax: whether a
 * host is a Service of the cluster, and what stands behind it, is {@link Upstreams}' to say.
 */
final class ServiceMentions {

    /** A Service name starts with a letter (RFC 1035), so {@code 09:38} in a timestamp is no host. */
    private static final String SERVICE = "[a-z](?:[-a-z0-9]*[a-z0-9])?";

    private static final String NAMESPACE = "[a-z0-9](?:[-a-z0-9]*[a-z0-9])?";
    private static final Pattern CLUSTER_DNS =
            Pattern.compile("(?<![\\w-])(" + SERVICE + ")\\.(" + NAMESPACE + ")\\.svc(?:\\.cluster\\.local)?\\b");
    private static final Pattern URL_HOST = Pattern.compile(
            "//(?:[^/@\\s]*@)?(" + SERVICE + ")(?:\\.(" + NAMESPACE + "))?(?::\\d+)?(?=[:/?#\\s\"'),;]|$)");
    private static final Pattern HOST_PORT =
            Pattern.compile("(?<![\\w.@/-])(" + SERVICE + ")(?:\\.(" + NAMESPACE + "))?:\\d{2,5}\\b");
    private static final Pattern BARE_HOST = Pattern.compile("(" + SERVICE + ")(?:\\.(" + NAMESPACE + "))?");
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])((?:\\d{1,3}\\.){3}\\d{1,3})(?![\\d.])");

    /**
     * A host named in text.
     *
     * @param host a Service name, or an IPv4 address
     * @param namespace the namespace the name is in (the naming pod's when the name is bare); null for an address
     * @param text the exact text that names it, to quote
     */
    record Mention(String host, String namespace, String text) {

        boolean isAddress() {
            return namespace == null;
        }
    }

    private ServiceMentions() {}

    /** The hosts {@code text} names; a bare name is in {@code namespace}. */
    static List<Mention> inText(String text, String namespace) {
        Map<String, Mention> found = new LinkedHashMap<>();
        for (Pattern pattern : List.of(CLUSTER_DNS, URL_HOST, HOST_PORT)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String named = text.substring(m.start(1), m.end());
                add(found, new Mention(m.group(1), m.group(2) == null ? namespace : m.group(2), named));
            }
        }
        Matcher ip = IPV4.matcher(text);
        while (ip.find()) {
            add(found, new Mention(ip.group(1), null, ip.group(1)));
        }
        return List.copyOf(found.values());
    }

    /** The hosts a configuration value names: as in text, and a value that is only a host name counts too. */
    static List<Mention> inValue(String value, String namespace) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        Matcher bare = BARE_HOST.matcher(value.strip());
        if (bare.matches()) {
            return List.of(
                    new Mention(bare.group(1), bare.group(2) == null ? namespace : bare.group(2), value.strip()));
        }
        return inText(value, namespace);
    }

    private static void add(Map<String, Mention> found, Mention mention) {
        found.putIfAbsent(mention.host() + "|" + mention.namespace(), mention);
    }
}
