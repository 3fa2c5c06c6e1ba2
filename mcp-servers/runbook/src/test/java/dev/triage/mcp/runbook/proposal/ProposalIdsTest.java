package dev.triage.mcp.runbook.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.ResourceRef;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProposalIdsTest {

    private static final ResourceRef CART = new ResourceRef("Deployment", "shop", "cart");
    private static final Map<String, String> PARAMS = Map.of("timeout", "5m");

    @Test
    void withoutAnInvestigationTheIdIsTheOneStoredProposalsWereGiven() {
        // SHA-256 of "restart-deployment\nDeployment\nshop\ncart\ntimeout=5m\n", computed outside this code.
        assertThat(ProposalIds.of("restart-deployment", CART, PARAMS, null))
                .isEqualTo("rp-20a3facc5ff4ea06eec39f01e91b5a0d");
    }

    @Test
    void eachInvestigationGetsItsOwnIdForTheSameChange() {
        String first = ProposalIds.of("restart-deployment", CART, PARAMS, "inv-1");

        assertThat(first)
                .isEqualTo(ProposalIds.of("restart-deployment", CART, PARAMS, "inv-1"))
                .isNotEqualTo(ProposalIds.of("restart-deployment", CART, PARAMS, "inv-2"))
                .isNotEqualTo(ProposalIds.of("restart-deployment", CART, PARAMS, null))
                .matches("rp-[0-9a-f]{32}");
    }

    @Test
    void aParameterCannotPoseAsTheInvestigation() {
        assertThat(ProposalIds.of("restart-deployment", CART, Map.of("investigation", "inv-1"), null))
                .isNotEqualTo(ProposalIds.of("restart-deployment", CART, Map.of(), "inv-1"));
    }
}
