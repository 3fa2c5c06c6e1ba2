package dev.triage.bench;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One full client session per iteration with the official MCP Java SDK client — connect and initialize, list the
 * tools, call one — timing each step, as a fresh agent sees the server.
 */
final class McpLatency {

    private final URI url;
    private final String tool;
    private final Map<String, Object> arguments;

    McpLatency(URI url, String tool, Map<String, Object> arguments) {
        this.url = url;
        this.tool = tool;
        this.arguments = arguments;
    }

    List<Stats> run(int warmup, int iterations) {
        for (int i = 0; i < warmup; i++) {
            session();
        }
        long[][] samples = new long[4][iterations];
        for (int i = 0; i < iterations; i++) {
            Sample sample = session();
            samples[0][i] = sample.initialize();
            samples[1][i] = sample.list();
            samples[2][i] = sample.call();
            samples[3][i] = sample.total();
        }
        return List.of(
                Stats.of("connect + initialize", samples[0]),
                Stats.of("tools/list", samples[1]),
                Stats.of("tools/call " + tool, samples[2]),
                Stats.of("whole session", samples[3]));
    }

    private record Sample(long initialize, long list, long call, long total) {}

    private Sample session() {
        long start = System.nanoTime();
        try (McpSyncClient client = client()) {
            client.initialize();
            long initialized = System.nanoTime();
            if (client.listTools().tools().isEmpty()) {
                throw new IllegalStateException("the server lists no tools");
            }
            long listed = System.nanoTime();
            CallToolResult result = client.callTool(new CallToolRequest(tool, arguments));
            long called = System.nanoTime();
            if (Boolean.TRUE.equals(result.isError())) {
                throw new IllegalStateException(tool + " failed: " + result.content());
            }
            return new Sample(initialized - start, listed - initialized, called - listed, called - start);
        }
    }

    private McpSyncClient client() {
        String base = url.getScheme() + "://" + url.getAuthority();
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(base)
                .endpoint(url.getPath())
                .build();
        return McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30)).build();
    }
}
