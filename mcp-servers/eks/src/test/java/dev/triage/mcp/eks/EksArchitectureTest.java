package dev.triage.mcp.eks;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.triage.mcp.eks.events.EventLines;

@AnalyzeClasses(packages = "dev.triage.mcp.eks", importOptions = ImportOption.DoNotIncludeTests.class)
class EksArchitectureTest {

    /** The analyzers know Kubernetes and findings, not how they are served. */
    @ArchTest
    static final ArchRule analyzersKnowNothingOfMcp = noClasses()
            .that()
            .resideInAPackage("..eks.diagnosis..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.triage.mcp.hosting..",
                    "..eks.resources..",
                    "..eks.logs..",
                    "..eks.events..",
                    "..eks.findings..",
                    "..eks.cluster..");

    @ArchTest
    static final ArchRule onlyTheFindingsToolRunsTheAnalyzers = classes()
            .that()
            .resideInAPackage("..eks.diagnosis..")
            .should()
            .onlyBeAccessed()
            .byAnyPackage("..eks.diagnosis..", "..eks.findings..");

    /** Tools use the hosting's tool model; the HTTP edge and the SDK wiring stay the hosting's business. */
    @ArchTest
    static final ArchRule toolsStayOffTheHostingInternals = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.triage.mcp.hosting.http..", "io.modelcontextprotocol..");

    /** Each capability stands alone; the shared cluster helpers and how events read are the only crossings. */
    @ArchTest
    static final ArchRule capabilitiesDoNotUseEachOther = slices().matching("dev.triage.mcp.eks.(*)..")
            .should()
            .notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage("..eks.cluster.."))
            .ignoreDependency(resideInAPackage("..eks.findings.."), resideInAPackage("..eks.diagnosis.."))
            .ignoreDependency(resideInAPackage("..eks.resources.."), equivalentTo(EventLines.class));
}
