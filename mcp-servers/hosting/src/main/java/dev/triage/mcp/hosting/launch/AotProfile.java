package dev.triage.mcp.hosting.launch;

import java.util.List;

/**
 * One kind of run a jar is trained for: its cache, {@code NAME-aot/NAME-<name>.aot}, and the JVM flags the training
 * run and every run on that cache get (a cache serves a JVM configured as the one that made it).
 */
public record AotProfile(String name, List<String> jvmFlags) {

    public AotProfile {
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a profile name is lower-case letters, digits and '-': " + name);
        }
        jvmFlags = List.copyOf(jvmFlags);
    }
}
