// The TypeScript SDK's stateless Streamable HTTP server as its example simpleStatelessStreamableHttp.js builds it
// (createMcpExpressApp, a fresh McpServer and StreamableHTTPServerTransport with no session ids per POST), with the
// light `greet` tool of its other examples in place of that one's notification stream (which sleeps between
// notifications), on 127.0.0.1 and a free port, and no log line per request.
// Usage: node reference-server.mjs; prints "listening on http://127.0.0.1:PORT/mcp".
import * as z from 'zod/v4';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { createMcpExpressApp } from '@modelcontextprotocol/sdk/server/express.js';

function server() {
  const mcp = new McpServer({ name: 'stateless-streamable-http-server', version: '1.0.0' });
  mcp.registerTool(
    'greet',
    { title: 'Greeting Tool', description: 'A simple greeting tool', inputSchema: { name: z.string().describe('Name to greet') } },
    async ({ name }) => ({ content: [{ type: 'text', text: `Hello, ${name}!` }] }));
  return mcp;
}

const methodNotAllowed = JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message: 'Method not allowed.' }, id: null });
const app = createMcpExpressApp();
app.post('/mcp', async (req, res) => {
  const mcp = server();
  try {
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    await mcp.connect(transport);
    await transport.handleRequest(req, res, req.body);
    res.on('close', () => {
      transport.close();
      mcp.close();
    });
  } catch (error) {
    console.error('Error handling MCP request:', error);
    if (!res.headersSent) {
      res.status(500).json({ jsonrpc: '2.0', error: { code: -32603, message: 'Internal server error' }, id: null });
    }
  }
});
app.get('/mcp', (req, res) => res.writeHead(405).end(methodNotAllowed));
app.delete('/mcp', (req, res) => res.writeHead(405).end(methodNotAllowed));
const listener = app.listen(0, '127.0.0.1', (error) => {
  if (error) {
    console.error('Failed to start server:', error);
    process.exit(1);
  }
  console.log(`listening on http://127.0.0.1:${listener.address().port}/mcp`);
});
