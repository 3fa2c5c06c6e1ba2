package dev.triage.mcp.runbook;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The catalog and the policies are plain data and rules; only proposals and executions (and the connection) touch
 * Kubernetes; the ledger is plain storage.
 */
class BoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.triage.mcp.runbook");

    @Test
    void theCatalogAndThePoliciesKnowNeitherKubernetesNorSpringNorMcp() {
        noClasses()
                .that()
                .resideInAnyPackage("..runbook.catalog..", "..runbook.policy..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.fabric8..",
                        "org.springframework..",
                        "dev.triage.mcp.hosting..",
                        "io.modelcontextprotocol..")
                .check(CLASSES);
    }

    @Test
    void onlyProposalsExecutionAndTheConnectionTouchTheCluster() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..runbook.proposal..", "..runbook.execution..", "..runbook.cluster..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.fabric8..")
                .check(CLASSES);
    }

    @Test
    void theLedgerKnowsNeitherKubernetesNorProposalsNorMcp() {
        noClasses()
                .that()
                .resideInAPackage("..runbook.ledger..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.fabric8..", "..runbook.proposal..", "..runbook.execution..", "io.modelcontextprotocol..")
                .check(CLASSES);
    }

    @Test
    void proposalsDoNotDependOnTheToolsThatServeThem() {
        noClasses()
                .that()
                .resideInAPackage("..runbook.proposal..")
                .should()
                .dependOnClassesThat(resideInAnyPackage("..runbook.tools..", "dev.triage.mcp.hosting..")
                        // The Kubernetes API's naming rules are plain values, shared so a name means one thing.
                        .and(not(resideInAPackage("dev.triage.mcp.hosting.validation.."))))
                .check(CLASSES);
    }
}
