package dev.triage.orchestrator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Keeps the integrations at the edge: the boundaries STYLE.md describes, checked on every build. */
class ArchitectureTest {

    private static final JavaClasses TRIAGE = new ClassFileImporter()
            // Not DO_NOT_INCLUDE_TESTS: it only recognises target/test-classes, and builds may use another directory.
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("dev.triage");

    @Test
    void onlyTheKubernetesModulesTalkToKubernetes() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.triage.kubernetes..", "dev.triage.mcp.eks..", "dev.triage.mcp.runbook..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.fabric8..")
                .check(TRIAGE);
    }

    /** And the agents' MCP edge, which signs requests to AgentCore with SigV4. */
    @Test
    void onlyTheCloudWatchEdgesAndTheBedrockTierTalkToAws() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "dev.triage.mcp.cloudwatch.aws..",
                        "dev.triage.agents.routing..",
                        "dev.triage.agents.tools..",
                        // The service's own metrics into CloudWatch (Micrometer's registry takes the SDK's client).
                        "dev.triage.orchestrator.metrics.cloudwatch..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("software.amazon..")
                .check(TRIAGE);
    }

    @Test
    void onlyTheSlackChannelTalksToSlack() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.triage.orchestrator.slack..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.slack.api..")
                .check(TRIAGE);
    }

    @Test
    void theWireModelDependsOnNothingOfOurs() {
        noClasses()
                .that()
                .resideInAPackage("dev.triage.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.triage.kubernetes..", "dev.triage.mcp..", "dev.triage.orchestrator..", "io.fabric8..")
                .check(TRIAGE);
    }

    @Test
    void mcpHostingKnowsNoServer() {
        noClasses()
                .that()
                .resideInAPackage("dev.triage.mcp.hosting..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.triage.mcp.eks..", "dev.triage.kubernetes..", "dev.triage.orchestrator..")
                .check(TRIAGE);
    }

    @Test
    void serversDoNotReachIntoTheOrchestrator() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.triage.mcp..", "dev.triage.kubernetes..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.triage.orchestrator..")
                .check(TRIAGE);
    }
}
