package dev.triage.mcp.eks.diagnosis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The analyzers are a pure capability: cluster objects in, findings out, behind a three-type public face. */
class DiagnosisBoundaryTest {

    /** Main classes only; the build's output directory is configurable, so the predefined test filter cannot tell. */
    private static final JavaClasses DIAGNOSIS = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("dev.triage.mcp.eks.diagnosis");

    @Test
    void dependsOnlyOnTheJdkTheKubernetesModelTheSnapshotAndTheFindingModel() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "io.fabric8.kubernetes..",
                        "dev.triage.model..",
                        "dev.triage.kubernetes.snapshot..",
                        "dev.triage.mcp.eks.diagnosis..")
                .check(DIAGNOSIS);
    }

    @Test
    void onlyTheDiagnoserAndItsResultArePublic() {
        classes()
                .that()
                .arePublic()
                .should()
                .haveNameMatching(".*\\.(Diagnoser|Diagnosis)")
                .check(DIAGNOSIS);
    }
}
