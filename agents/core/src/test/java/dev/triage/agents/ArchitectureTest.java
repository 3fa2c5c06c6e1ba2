package dev.triage.agents;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The agents' capability boundaries: data flows one way, and only the tools package speaks MCP. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            // The build may write to target-NAME/ (side-by-side builds), which the predefined test filter misses.
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("dev.triage.agents");

    @Test
    void capabilitiesDoNotDependOnEachOtherInCycles() {
        slices().matching("dev.triage.agents.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void onlyTheToolsPackageSpeaksMcp() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.triage.agents.tools..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.langchain4j.mcp..")
                .check(MAIN);
    }

    /** Bedrock is a model tier (routing); SigV4 signs MCP requests to AgentCore (tools). Nothing else is AWS. */
    @Test
    void agentsNeverTouchKubernetesOrAwsDirectly() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.triage.agents.routing..", "dev.triage.agents.tools..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.fabric8..", "software.amazon..")
                .check(MAIN);
    }

    @Test
    void subAgentsDoNotReachBackIntoTheInvestigationApi() {
        noClasses()
                .that()
                .resideInAPackage("dev.triage.agents.*..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.triage.agents")
                .check(MAIN);
    }
}
