package dev.triage.mcp.hosting.testing;

import java.util.List;

/** Argument values that must never reach an API: the probe's examples and their whole class. */
public final class HostileValues {

    /** Each breaks every Kubernetes name rule (label, subdomain, kind, API version). */
    public static final List<String> ALL = List.of(
            "payments/secrets/ledger-db#",
            "../../etc/passwd",
            "../../api/v1/namespaces/payments/secrets?x=",
            "..",
            "shop/",
            "shop#frag",
            "shop?watch=true",
            "shop%2Fsecrets",
            "Shop-UPPER/x",
            "x".repeat(254) + "/",
            "",
            " ",
            " shop/",
            "shоp/", // Cyrillic o
            "ѕhop", // Cyrillic dze
            "shop\n/x",
            "shop\u202e/x",
            "shop\u0000");

    private HostileValues() {}
}
