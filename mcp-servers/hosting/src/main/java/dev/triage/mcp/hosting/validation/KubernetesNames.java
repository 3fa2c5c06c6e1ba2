package dev.triage.mcp.hosting.validation;

import java.util.regex.Pattern;

/**
 * The Kubernetes API's own rules for the names a tool argument can carry (apimachinery's {@code IsDNS1123Label},
 * {@code IsDNS1123Subdomain}, label and field selector syntax). Checked at the tool boundary, before any request is
 * built, so no argument can add a path segment, a query or a fragment to an API call.
 */
public final class KubernetesNames {

    static final String LABEL = "[a-z0-9](?:[-a-z0-9]*[a-z0-9])?";
    static final String SUBDOMAIN = LABEL + "(?:\\." + LABEL + ")*";
    private static final String QUALIFIED = "[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?";
    private static final String KEY = "(?:" + SUBDOMAIN + "/)?" + QUALIFIED;
    private static final String VALUE = "(?:" + QUALIFIED + ")?";
    private static final String SET = "\\(\\s*" + VALUE + "(?:\\s*,\\s*" + VALUE + ")*\\s*\\)";
    private static final String REQUIREMENT = "\\s*(?:!\\s*" + KEY + "|" + KEY + "(?:\\s*(?:==|!=|=)\\s*" + VALUE
            + "|\\s+(?:in|notin)\\s*" + SET + ")?)\\s*";
    private static final String FIELD_REQUIREMENT =
            "\\s*[A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)*\\s*(?:==|!=|=)\\s*[-A-Za-z0-9_.:]*\\s*";

    /** Namespaces, container names, and other names the API holds to one DNS label. */
    public static final ArgumentRule DNS_LABEL = ArgumentRule.matching(
            "a DNS-1123 label (at most 63 characters: lower-case letters, digits and '-', starting and ending with a"
                    + " letter or digit, e.g. shop)",
            63,
            LABEL);

    /** Most object names: pods, deployments, nodes, config maps... */
    public static final ArgumentRule DNS_SUBDOMAIN = ArgumentRule.matching(
            "a DNS-1123 subdomain (at most 253 characters: DNS-1123 labels of lower-case letters, digits and '-',"
                    + " joined by '.', e.g. cart-7d9f-x2x or ip-10-0-1-5.ec2.internal)",
            253,
            SUBDOMAIN);

    public static final ArgumentRule NAMESPACE = DNS_LABEL;
    public static final ArgumentRule CONTAINER = DNS_LABEL;
    public static final ArgumentRule OBJECT_NAME = DNS_SUBDOMAIN;

    /** {@code v1}, {@code apps/v1}, {@code networking.k8s.io/v1}, {@code stable.example.com/v1beta1}. */
    public static final ArgumentRule API_VERSION = ArgumentRule.matching(
            "an API version: a version such as v1, or group/version such as apps/v1 (the group a DNS-1123 subdomain,"
                    + " the version a DNS-1123 label)",
            317,
            "(?:" + SUBDOMAIN + "/)?" + LABEL);

    /** A kind as a client may name it: {@code Pod}, {@code pods}, {@code deploy}; which kinds exist is the tool's set. */
    public static final ArgumentRule KIND = ArgumentRule.matching(
            "a kind name (a letter, then letters and digits, at most 63 characters, e.g. Pod, deployments, svc)",
            63,
            "[A-Za-z][A-Za-z0-9]{0,62}");

    /** kubectl label selector syntax: {@code app=cart,tier!=cache}, {@code env in (prod,staging)}, {@code !canary}. */
    public static final ArgumentRule LABEL_SELECTOR = ArgumentRule.matching(
            "a label selector (comma-separated requirements: key, !key, key=value, key!=value, key in (a,b),"
                    + " key notin (a,b); keys and values as Kubernetes labels allow them)",
            1024,
            REQUIREMENT + "(?:," + REQUIREMENT + ")*");

    /** Field selector syntax: {@code status.phase!=Running,spec.nodeName=node-1}. */
    public static final ArgumentRule FIELD_SELECTOR = ArgumentRule.matching(
            "a field selector (comma-separated field=value or field!=value, e.g. status.phase!=Running)",
            1024,
            FIELD_REQUIREMENT + "(?:," + FIELD_REQUIREMENT + ")*");

    /**
     * Argument names that name something in a cluster: a tool argument called so must carry a rule, so that a new
     * tool taking a namespace cannot forget to check it.
     */
    private static final Pattern NAMES_A_CLUSTER_OBJECT = Pattern.compile(
            "(?i)(?:namespace|name|kind|api_version|cluster|cluster_name|node|node_name|resource_name|target"
                    + "|deployment|.*pod.*|.*container.*|.*workload.*|.*selector)");

    private KubernetesNames() {}

    public static boolean isLabel(String value) {
        return DNS_LABEL.problem(value).isEmpty();
    }

    public static boolean isSubdomain(String value) {
        return DNS_SUBDOMAIN.problem(value).isEmpty();
    }

    /** Whether a tool argument of this name must carry a rule. */
    public static boolean namesAClusterObject(String argument) {
        return NAMES_A_CLUSTER_OBJECT.matcher(argument).matches();
    }
}
