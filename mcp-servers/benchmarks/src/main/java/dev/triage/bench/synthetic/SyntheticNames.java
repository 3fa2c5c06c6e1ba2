package dev.triage.bench.synthetic;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * The names, uids and addresses of one synthetic Deployment's objects, derived from its index so that the same size
 * always gives the same cluster.
 */
record SyntheticNames(String namespace, String name, int index) {

    private static final String REGISTRY = "123456789012.dkr.ecr.us-east-1.amazonaws.com/";
    /** The characters Kubernetes uses in generated name suffixes. */
    private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

    String image() {
        return REGISTRY + name + ":1." + index % 10 + ".0";
    }

    /** The pod-template-hash of the Deployment's ReplicaSet. */
    String hash() {
        return token(index * 7919L, 9);
    }

    String podName(int replica) {
        return name + "-" + hash() + "-" + token(index * 31L + replica, 5);
    }

    String podIp(int replica) {
        int n = index * SyntheticCluster.REPLICAS + replica;
        return "10.%d.%d.%d".formatted(100 + n / 65536 % 100, n / 256 % 256, n % 256);
    }

    String uid(String kind, String objectName) {
        return uid(kind + "/" + namespace + "/" + objectName);
    }

    static String uid(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String ago(Duration duration) {
        return SyntheticCluster.CAPTURED_AT.minus(duration).toString();
    }

    static String token(long seed, int length) {
        StringBuilder token = new StringBuilder();
        long value = seed * 6364136223846793005L + 1442695040888963407L;
        for (int i = 0; i < length; i++) {
            token.append(ALPHABET.charAt((int) Math.floorMod(value, (long) ALPHABET.length())));
            value = value / ALPHABET.length() + 7919L * (i + 1);
        }
        return token.toString();
    }
}
