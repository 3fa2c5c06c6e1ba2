package dev.triage.bench;

import dev.triage.bench.ratio.McpRatioBench;
import dev.triage.bench.startup.StartupBench;
import dev.triage.bench.synthetic.SyntheticCluster;
import dev.triage.kubernetes.snapshot.BundledSnapshots;
import dev.triage.mcp.eks.EksMcpServerApplication;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Prints the EKS MCP server's figures: a client session's latency against the running server (demo snapshot), and
 * {@code find_unhealthy}'s wall time over generated clusters. Not a test: run it on a quiet machine and compare
 * medians.
 *
 * <p>Usage: {@code java -jar mcp-servers/benchmarks/target/triage-bench.jar [iterations] [pods...]}; with
 * {@code alerts} first, the alert intake benchmark instead ({@link AlertIntakeBench}); with {@code startup} first,
 * whole-process start-up times of the CLI, the service and a standalone MCP server ({@link StartupBench}); with
 * {@code mcp-ratio} first, MCP sessions with the official TypeScript client against the EKS server and the TypeScript
 * SDK's reference server ({@link McpRatioBench}).
 */
public final class Bench {

    private Bench() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("alerts")) {
            AlertIntakeBench.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("mcp-ratio")) {
            McpRatioBench.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("startup")) {
            StartupBench.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        List<Integer> sizes = args.length > 1
                ? java.util.Arrays.stream(args, 1, args.length)
                        .map(Integer::valueOf)
                        .toList()
                : List.of(1_000, 10_000);
        System.out.printf(
                "Triage EKS MCP server benchmark: %d cores, JDK %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version());

        System.out.printf(
                "%n== MCP session against the demo snapshot (%d iterations after 10 warm-up) ==%n", iterations);
        try (Server server = Server.start(BundledSnapshots.demo())) {
            new McpLatency(server.url(), "list_namespaces", Map.of())
                    .run(10, iterations)
                    .forEach(s -> print(s));
            new McpLatency(server.url(), "find_unhealthy", Map.of())
                    .run(3, iterations).stream()
                            .filter(s -> s.name().startsWith("tools/call"))
                            .forEach(Bench::print);
        }

        for (int pods : sizes) {
            Path dir = Files.createTempDirectory("triage-bench-" + pods);
            SyntheticCluster cluster = SyntheticCluster.generate(pods);
            cluster.writeTo(dir);
            System.out.printf(
                    "%n== find_unhealthy over a generated cluster: %d pods, %d objects, %d expected findings ==%n",
                    cluster.podCount(),
                    cluster.objects().size(),
                    cluster.expectedFindings().size());
            try (Server server = Server.start(dir)) {
                int runs = pods >= 10_000 ? 5 : 11;
                new McpLatency(server.url(), "find_unhealthy", Map.of("limit", 200))
                        .run(2, runs).stream()
                                .filter(s -> s.name().startsWith("tools/call"))
                                .forEach(Bench::print);
            }
        }
    }

    private static void print(Stats stats) {
        System.out.println(stats.line());
    }

    /** The EKS MCP server in this JVM on a free loopback port, reached only over MCP HTTP. */
    private record Server(URI url, ConfigurableApplicationContext context) implements AutoCloseable {

        static Server start(Path snapshot) {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(EksMcpServerApplication.class)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .run(
                            "--server.address=127.0.0.1",
                            "--server.port=0",
                            "--triage.snapshot=" + snapshot,
                            "--logging.level.root=WARN");
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            return new Server(URI.create("http://127.0.0.1:" + port + "/mcp"), context);
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
