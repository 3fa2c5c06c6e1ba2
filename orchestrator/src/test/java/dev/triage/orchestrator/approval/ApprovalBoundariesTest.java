package dev.triage.orchestrator.approval;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.triage.mcp.runbook.ledger.ApprovalLedger;
import dev.triage.mcp.runbook.ledger.ExecutionLedger;
import dev.triage.mcp.runbook.ledger.RunbookLedger;
import org.junit.jupiter.api.Test;

/**
 * One implementation of the approval rules: the runbook ledger is reached through the approvals service only, so a
 * channel (REST now, Slack and the chat UI next) cannot decide or run by another path.
 */
class ApprovalBoundariesTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.triage.orchestrator");

    @Test
    void nothingOutsideTheApprovalsCapabilityTouchesTheLedger() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.triage.orchestrator.approval..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.triage.mcp.runbook.ledger..")
                .check(SERVICE);
    }

    @Test
    void controllersGoThroughTheService() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Controller")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(RunbookLedger.class, ApprovalLedger.class, ExecutionLedger.class)
                .orShould()
                .dependOnClassesThat()
                .belongToAnyOf(Decisions.class, Executions.class, Listings.class)
                .check(SERVICE);
    }
}
