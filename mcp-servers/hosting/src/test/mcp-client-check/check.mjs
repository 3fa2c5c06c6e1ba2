// Checks a Triage MCP server with the official TypeScript MCP client.
// Usage: node check.mjs URL CALLS_JSON
// CALLS_JSON: {"calls": [{"tool": "...", "arguments": {...}, "refusal"?: "..."}, ...],
//              "bad": {"tool": "...", "arguments": {...}}}
// Every listed tool must have a call; every call must succeed, except one with a "refusal", which must come back as
// an isError result containing that text (a mutating tool refused without a human's approval); the bad call must
// come back as an error.
// Prints one summary line; exits non-zero on any failure.
import { readFile } from 'node:fs/promises';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const DEADLINE_MS = 120_000;
const failures = [];

async function connect(url, sessionId) {
  const client = new Client({ name: 'triage-mcp-client-check', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), sessionId ? { sessionId } : {}));
  return client;
}

async function callEach(client, calls) {
  for (const { tool, arguments: args, refusal } of calls) {
    try {
      const result = await client.callTool({ name: tool, arguments: args ?? {} });
      const text = (result.content ?? []).map((c) => c.text ?? '').join('');
      if (refusal !== undefined) {
        if (!result.isError || !text.includes(refusal)) failures.push(`${tool} was not refused with "${refusal}": ${text.slice(0, 300)}`);
      } else if (result.isError) failures.push(`${tool} returned an error: ${text.slice(0, 300)}`);
      else if (text.length === 0) failures.push(`${tool} returned no text`);
    } catch (error) {
      failures.push(`${tool} threw: ${error.message}`);
    }
  }
}

async function badCallIsRejected(client, bad) {
  try {
    const result = await client.callTool({ name: bad.tool, arguments: bad.arguments });
    if (!result.isError) failures.push(`bad call to ${bad.tool} was not an error`);
  } catch (error) {
    // A JSON-RPC error is a rejection too.
  }
}

async function check(url, spec) {
  const client = await connect(url);
  const { tools } = await client.listTools();
  const called = new Set(spec.calls.map((c) => c.tool));
  for (const tool of tools) {
    if (!called.has(tool.name)) failures.push(`tool ${tool.name} is listed but has no call in the calls file`);
  }
  for (const name of called) {
    if (!tools.some((t) => t.name === name)) failures.push(`tool ${name} is not listed`);
  }
  await callEach(client, spec.calls);
  await badCallIsRejected(client, spec.bad);
  await client.close();

  const madeUp = await connect(url, 'made-up-session-never-issued');
  const again = await madeUp.listTools();
  if (again.tools.length !== tools.length) failures.push('a made-up session id saw a different tool list');
  await madeUp.close();
  return tools.length;
}

async function main() {
  const [url, callsFile] = process.argv.slice(2);
  if (!url || !callsFile) {
    console.error('usage: node check.mjs URL CALLS_JSON');
    process.exit(2);
  }
  setTimeout(() => {
    console.error(`mcp-client-check FAILED: no answer within ${DEADLINE_MS} ms from ${url}`);
    process.exit(1);
  }, DEADLINE_MS).unref();
  const spec = JSON.parse(await readFile(callsFile, 'utf8'));
  let listed = 0;
  try {
    listed = await check(url, spec);
  } catch (error) {
    failures.push(`session failed: ${error.message}`);
  }
  if (failures.length > 0) {
    console.error(`mcp-client-check FAILED against ${url}: ${failures.join('; ')}`);
    process.exit(1);
  }
  console.log(`mcp-client-check OK against ${url}: ${listed} tools listed, ${spec.calls.length} calls succeeded, `
      + `bad call rejected, made-up session id served`);
}

await main();
