// Times MCP client sessions with the official TypeScript MCP client against several servers, alternating them session
// by session (the order rotates every round, so each server takes each place in turn), after a warm-up of all.
// Usage: node sessions.mjs SPEC_JSON
// SPEC_JSON: {"warmup": N, "sessions": N, "servers": [{"label": "...", "url": "...", "tool": "...", "arguments": {...}}]}
// A session: connect (initialize and notifications/initialized), tools/list, one tools/call, close. A session that
// lists no tools or whose call fails ends the run (exit 1): a failing server is not timed.
// Prints "warm" when the warm-up is over, then one JSON object: {"label": {"initialize": [ms...], "list": [...], "call": [...], "session": [...]}, ...}
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

async function session(server) {
  const client = new Client({ name: 'triage-mcp-ratio', version: '1.0.0' });
  const start = performance.now();
  await client.connect(new StreamableHTTPClientTransport(new URL(server.url)));
  const initialized = performance.now();
  const { tools } = await client.listTools();
  const listed = performance.now();
  const result = await client.callTool({ name: server.tool, arguments: server.arguments ?? {} });
  const called = performance.now();
  await client.close();
  if (tools.length === 0) throw new Error(`${server.label} lists no tools`);
  if (result.isError) throw new Error(`${server.label}: ${server.tool} failed: ${JSON.stringify(result.content)}`);
  return { initialize: initialized - start, list: listed - initialized, call: called - listed, session: called - start };
}

async function main() {
  const spec = JSON.parse(process.argv[2] ?? '{}');
  if (!Array.isArray(spec.servers) || spec.servers.length === 0 || !(spec.sessions > 0)) {
    console.error('usage: node sessions.mjs \'{"warmup": N, "sessions": N, "servers": [{"label", "url", "tool", "arguments"}]}\'');
    process.exit(2);
  }
  const samples = Object.fromEntries(
    spec.servers.map((s) => [s.label, { initialize: [], list: [], call: [], session: [] }]));
  const rounds = (spec.warmup ?? 0) + spec.sessions;
  for (let round = 0; round < rounds; round++) {
    if (round === (spec.warmup ?? 0)) console.log('warm');
    const first = round % spec.servers.length;
    const order = [...spec.servers.slice(first), ...spec.servers.slice(0, first)];
    for (const server of order) {
      const sample = await session(server);
      if (round < (spec.warmup ?? 0)) continue;
      for (const [step, ms] of Object.entries(sample)) samples[server.label][step].push(ms);
    }
  }
  console.log(JSON.stringify(samples));
}

main().catch((error) => {
  console.error(`mcp-ratio sessions FAILED: ${error.stack ?? error}`);
  process.exit(1);
});
