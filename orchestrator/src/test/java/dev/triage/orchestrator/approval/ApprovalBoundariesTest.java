package dev.triage.orchestrator.approval;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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

    /**
     * The records the service answers with (an execution, a decision) are the ledger's values and may be read where
     * they are shown (Slack's messages); anything that could reach the database may not.
     */
    @Test
    void nothingOutsideTheApprovalsCapabilityTouchesTheLedger() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.triage.orchestrator.approval..")
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "the ledger's classes other than its value records",
                        (JavaClass type) -> type.getPackageName().startsWith("dev.triage.mcp.runbook.ledger")
                                && !type.getRawSuperclass()
                                        .map(parent -> parent.isEquivalentTo(Record.class))
                                        .orElse(false)))
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
