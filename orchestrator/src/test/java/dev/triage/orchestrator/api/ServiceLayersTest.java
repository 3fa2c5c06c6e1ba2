package dev.triage.orchestrator.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Data flows one way through the service: api → investigation → store; config wires them and nothing needs it. */
class ServiceLayersTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            // Not DO_NOT_INCLUDE_TESTS: it only recognises target/test-classes, and builds may use another directory.
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("dev.triage.orchestrator");

    @Test
    void storeKnowsNoneOfItsUsers() {
        noClasses()
                .that()
                .resideInAPackage("dev.triage.orchestrator.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.triage.orchestrator.investigation..",
                        "dev.triage.orchestrator.api..",
                        "dev.triage.orchestrator.config..")
                .check(SERVICE);
    }

    @Test
    void investigationsKnowNoChannelAndNoWiring() {
        noClasses()
                .that()
                .resideInAPackage("dev.triage.orchestrator.investigation..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.triage.orchestrator.api..", "dev.triage.orchestrator.config..")
                .check(SERVICE);
    }

    @Test
    void wiringDoesNotReachIntoTheApi() {
        noClasses()
                .that()
                .resideInAPackage("dev.triage.orchestrator.config..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.triage.orchestrator.api..")
                .check(SERVICE);
    }
}
