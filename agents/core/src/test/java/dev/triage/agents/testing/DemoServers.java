package dev.triage.agents.testing;

import dev.triage.kubernetes.snapshot.BundledSnapshots;
import dev.triage.mcp.eks.EksMcpServerApplication;
import dev.triage.mcp.runbook.RunbookMcpServerApplication;
import java.net.URI;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The real EKS and runbook MCP servers, in-process on loopback, both reading the bundled demo snapshot. */
public final class DemoServers implements AutoCloseable {

    private final ConfigurableApplicationContext eks;
    private final ConfigurableApplicationContext runbook;

    private DemoServers(ConfigurableApplicationContext eks, ConfigurableApplicationContext runbook) {
        this.eks = eks;
        this.runbook = runbook;
    }

    public static DemoServers start() {
        ConfigurableApplicationContext eks = start(EksMcpServerApplication.class);
        try {
            return new DemoServers(eks, start(RunbookMcpServerApplication.class));
        } catch (RuntimeException e) {
            eks.close();
            throw e;
        }
    }

    /** The servers by the names the agents' settings use. */
    public Map<String, URI> urls() {
        return Map.of("eks", url(eks), "runbook", url(runbook));
    }

    @Override
    public void close() {
        runbook.close();
        eks.close();
    }

    private static ConfigurableApplicationContext start(Class<?> application) {
        return new SpringApplicationBuilder(application)
                .run(
                        "--server.address=127.0.0.1",
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--triage.snapshot=" + BundledSnapshots.demo());
    }

    private static URI url(ConfigurableApplicationContext server) {
        return URI.create("http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port") + "/mcp");
    }
}
