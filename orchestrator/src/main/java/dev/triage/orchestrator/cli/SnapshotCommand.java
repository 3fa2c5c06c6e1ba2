package dev.triage.orchestrator.cli;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.kubernetes.ClusterConnections;
import dev.triage.kubernetes.capture.CaptureOptions;
import dev.triage.kubernetes.capture.CaptureSummary;
import dev.triage.kubernetes.capture.SnapshotCapture;
import dev.triage.mcp.hosting.validation.KubernetesNames;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Captures namespaces of a live cluster into the snapshot format, for offline diagnosis or an incident record. */
@Command(
        name = "snapshot",
        mixinStandardHelpOptions = true,
        description = "Capture a live cluster into a snapshot directory: objects with status, events, nodes, "
                + "current and previous container logs (bounded). Secret values are never written.")
final class SnapshotCommand implements Callable<Integer> {

    /** Output goes to picocli's writers, not System.out/err: logs (stderr) never interleave with what a test reads. */
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "missing or empty directory")
    Path out;

    @Option(names = "--namespace", paramLabel = "NS", description = "repeat for several; default: all namespaces")
    List<String> namespaces = new ArrayList<>();

    @Option(names = "--context", paramLabel = "CTX", description = "kubeconfig context (default: current/in-cluster)")
    String context;

    @Option(names = "--tail-lines", defaultValue = "2000", description = "log lines per container (${DEFAULT-VALUE})")
    int tailLines;

    @Option(names = "--max-log-bytes", defaultValue = "262144", description = "bytes per log (${DEFAULT-VALUE})")
    int maxLogBytes;

    @Option(names = "--no-logs", description = "capture objects and events only")
    boolean noLogs;

    @Override
    public Integer call() {
        for (String namespace : namespaces) {
            var problem = KubernetesNames.NAMESPACE.problem(namespace);
            if (problem.isPresent()) {
                err().println("snapshot: --namespace " + problem.get());
                return 2;
            }
        }
        CaptureOptions options = new CaptureOptions(List.copyOf(namespaces), tailLines, maxLogBytes, !noLogs);
        try (ClusterConnection cluster = ClusterConnections.open(Optional.empty(), Optional.ofNullable(context))) {
            CaptureSummary summary = new SnapshotCapture(cluster).capture(out, options);
            out().printf(
                            "captured %d objects and %d logs (%d bytes) from %s into %s%n",
                            summary.objects(),
                            summary.logs(),
                            summary.bytes(),
                            cluster.clusterName(),
                            summary.directory());
            summary.warnings().forEach(warning -> err().println("warning: " + warning));
            return 0;
        } catch (IOException | RuntimeException e) {
            err().println("snapshot: " + e.getMessage());
            return 1;
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
