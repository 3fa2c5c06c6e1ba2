package dev.triage.mcp.cloudwatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.triage.mcp.cloudwatch", importOptions = ImportOption.DoNotIncludeTests.class)
class CloudWatchArchitectureTest {

    /** Data flows one way: sources feed the tools, and no capability reaches back into one that uses it. */
    @ArchTest
    static final ArchRule capabilitiesAreFreeOfCycles =
            slices().matching("dev.triage.mcp.cloudwatch.(*)..").should().beFreeOfCycles();

    /** AWS stays at the edge: everything else sees metrics and logs through MetricSource and LogSource. */
    @ArchTest
    static final ArchRule onlyTheAwsPackageTalksToAws = noClasses()
            .that()
            .resideOutsideOfPackage("..cloudwatch.aws..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("software.amazon..");

    @ArchTest
    static final ArchRule theAwsSourcesAreReachedOnlyThroughTheirInterfaces = classes()
            .that()
            .resideInAPackage("..cloudwatch.aws..")
            .should()
            .onlyBeAccessed()
            .byAnyPackage("..cloudwatch.aws..");

    /** The snapshot format comes from the kubernetes module; its Kubernetes client does not. */
    @ArchTest
    static final ArchRule noKubernetesClient =
            noClasses().should().dependOnClassesThat().resideInAPackage("io.fabric8..");

    /** Tools use the hosting's tool model; the HTTP edge and the SDK wiring stay the hosting's business. */
    @ArchTest
    static final ArchRule toolsStayOffTheHostingInternals = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.triage.mcp.hosting.http..", "io.modelcontextprotocol..");
}
