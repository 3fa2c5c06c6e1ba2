package dev.triage.orchestrator.cli;

import dev.triage.agents.AgentsSettings;
import dev.triage.agents.InvestigationRequest;
import dev.triage.agents.Investigator;
import dev.triage.agents.routing.RequestSource;
import dev.triage.mcp.hosting.validation.KubernetesNames;
import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import dev.triage.orchestrator.embedded.EmbeddedStack;
import dev.triage.orchestrator.investigation.IntakeRequest;
import dev.triage.orchestrator.report.ReportText;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one investigation of a snapshot in-process, on the same path as the service: the MCP servers on loopback, the
 * agents speaking MCP to them, the rules tier. The report goes to stdout, logs to stderr.
 */
@Command(
        name = "diagnose",
        mixinStandardHelpOptions = true,
        description = "Investigate a cluster snapshot and print the report: root causes with quoted evidence, "
                + "symptoms linked to them, proposed runbooks.")
final class DiagnoseCommand implements Callable<Integer> {

    /** Output goes to picocli's writers, not System.out/err: logs (stderr) never interleave with what a test reads. */
    @Spec
    CommandSpec spec;

    enum Format {
        text,
        json
    }

    @Option(names = "--snapshot", paramLabel = "DIR", description = "snapshot directory (default: the bundled demo)")
    Path snapshot;

    @Option(names = "--namespace", paramLabel = "NS", description = "only this namespace")
    String namespace;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Parameters(
            arity = "0..1",
            paramLabel = "QUESTION",
            defaultValue = "diagnose unhealthy pods",
            description = "what to ask (default: \"${DEFAULT-VALUE}\")")
    String question;

    @Override
    public Integer call() {
        // The API's rule for a namespace (the one the MCP servers hold it to): checked before the stack starts.
        if (namespace != null && !KubernetesNames.isLabel(namespace)) {
            err().println("diagnose: --namespace '" + namespace + "' is not a Kubernetes namespace name (lower-case "
                    + "letters, digits and '-', starting and ending with a letter or digit, at most 63 characters)");
            return 2;
        }
        if (snapshot != null && !Files.isRegularFile(snapshot.resolve("snapshot.yaml"))) {
            err().println("diagnose: " + snapshot + " is not a snapshot directory (no snapshot.yaml)");
            return 2;
        }
        try (EmbeddedStack stack = EmbeddedStack.withoutLedger(Optional.ofNullable(snapshot));
                Investigator investigator = Investigator.create(AgentsSettings.rulesOnly(stack.servers()))) {
            InvestigationReport report = investigator.investigate(request(stack.clusterName()), event -> {});
            out().println(render(report));
            return report.status() == InvestigationStatus.FAILED ? 1 : 0;
        } catch (RuntimeException e) {
            err().println("diagnose: " + rootMessage(e));
            return 1;
        }
    }

    // The intake's request, as every channel's; run here in-process, as the CLI has no service or store.
    private InvestigationRequest request(String cluster) {
        return IntakeRequest.question(RequestSource.CLI, question, null, namespace)
                .toInvestigationRequest(UUID.randomUUID().toString(), cluster);
    }

    private String render(InvestigationReport report) {
        if (format == Format.json) {
            return JsonMapper.builder()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .build()
                    .writeValueAsString(report);
        }
        return ReportText.render(report);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
