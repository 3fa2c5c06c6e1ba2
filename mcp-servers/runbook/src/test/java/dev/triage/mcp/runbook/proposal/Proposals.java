package dev.triage.mcp.runbook.proposal;

import dev.triage.kubernetes.testing.EmbeddedClusterExtension;
import dev.triage.mcp.runbook.library.LibraryFiles;
import dev.triage.mcp.runbook.library.RunbookLibrary;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proposals against the {@code snapshots/remediation} fixture: shop (staging) holds cart (one container, memory
 * limit 256Mi, cpu limit 1, 2 replicas, revision 15), web (two containers), recommendations (revision 7 broken, 6
 * available, 5 older), the StatefulSet redis (31Gi) and the pods cart-6b7f9c8d4-kx2vq and the ownerless
 * debug-shell; payments, prod-eu and orders are production; dev-alice a sandbox; nodes node-b (NotReady), node-c
 * (cordoned), node-prod (production).
 */
final class Proposals {

    static final String FIXTURE = "remediation";
    static final RunbookLibrary LIBRARY = RunbookLibrary.load(LibraryFiles.fromClasspath());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Proposals() {}

    static Proposer proposer(EmbeddedClusterExtension cluster) {
        return new Proposer(
                LIBRARY.catalog(),
                LIBRARY.policies(),
                cluster.client(),
                cluster.cluster().clock());
    }

    static ProposalRequest request(String runbook, String namespace, String kind, String name) {
        return new ProposalRequest(runbook, namespace, kind, name, Map.of(), null);
    }

    static ProposalRequest request(
            String runbook, String namespace, String kind, String name, Map<String, Object> params) {
        return new ProposalRequest(runbook, namespace, kind, name, params, null);
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
