// The chat UI's whole flow in headless Chromium (Debian's /usr/bin/chromium) against a running Triage service:
// ask → progress streams → the report names the demo's planted root causes → approve → execute → audit; history,
// a deep link, an axe-core check, no CSP violation. Screenshots go to OUT_DIR.
// Usage: node flow.mjs BASE_URL OUT_DIR
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [base, outDir] = process.argv.slice(2);
assert.ok(base && outDir, 'usage: node flow.mjs BASE_URL OUT_DIR');
mkdirSync(outDir, { recursive: true });
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TIMEOUT = 60_000;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-default-apps', '--no-first-run', '--disable-dev-shm-usage'],
  timeout: TIMEOUT,
});
const problems = [];
let step = 'start';
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  watch(page);

  step = 'the ask page';
  await page.goto(base + '/');
  await page.getByText('runs without authentication').waitFor();
  await page.locator('#namespace option[value="shop"]').waitFor({ state: 'attached' });
  await accessible(page, 'ask page');

  step = 'ask with Enter';
  // Layout shifts from here on, while the stream arrives and the report is drawn (Cumulative Layout Shift).
  await page.evaluate(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: false });
  });
  await page.locator('#question').fill('diagnose unhealthy pods');
  await page.locator('#question').press('Enter');
  await page.waitForURL(/\/investigations\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop();
  console.log(`investigation ${id}`);

  step = 'progress events arrive';
  await page.locator('#events li.ev-tool', { hasText: 'eks/find_unhealthy' }).first().waitFor();
  await page.locator('#events li.ev-agent', { hasText: 'diagnostic started' }).waitFor();
  await page.locator('#events li.ev-finding').first().waitFor();
  // agent-finished events: each agent's end comes from the stream (the report's arrival does not write these lines).
  for (const agent of ['diagnostic', 'analysis', 'remediation', 'master']) {
    await page.locator('#events li.ev-agent', { hasText: `${agent} finished` }).waitFor();
  }
  await page.locator('#agents li[data-agent="diagnostic"][data-state="finished"]').waitFor();
  const states = await page.locator('#agents li').count();
  assert.ok(states >= 3, `expected the master and sub-agents in the route, saw ${states}`);

  step = 'the report with the planted root causes';
  await page.locator('#verdict-title .pill', { hasText: 'COMPLETED' }).waitFor();
  await page.locator('#progress-state', { hasText: 'completed' }).waitFor();
  const roots = await page.locator('.roots li').allInnerTexts();
  for (const expected of ['OOM_KILLED Deployment/shop/cart', 'CRASH_LOOP Deployment/payments/payment-api',
    'IMAGE_PULL Deployment/shop/recommendations', 'SERVICE_NO_ENDPOINTS Service/shop/catalog',
    'NODE_NOT_READY Node/ip-10-0-3-47.ec2.internal']) {
    assert.ok(roots.some((r) => r.includes(expected)), `root causes lack ${expected}: ${roots.join(' | ')}`);
  }
  const chain = await page.locator('.chain').innerText();
  assert.match(chain, /SERVICE_NO_ENDPOINTS Service\/shop\/catalog[\s\S]*PROBE_FAILURE Deployment\/shop\/frontend/);
  const cart = page.locator('article.finding[aria-label="OOM_KILLED Deployment/shop/cart"]');
  await cart.locator('blockquote', { hasText: 'OOMKilled' }).first().waitFor();
  assert.match(await cart.locator('.evidence').textContent(), /status field/);
  const shift = await page.evaluate(() => window.layoutShift);
  console.log(`layout shift while the investigation streamed and the report was drawn: ${shift.toFixed(4)}`);
  assert.ok(shift < 0.1, `the page jumped while the stream arrived (cumulative layout shift ${shift})`);
  const findings = await page.locator('article.finding').count();
  assert.ok(findings >= 20, `expected the demo's 20+ findings, saw ${findings}`);

  step = 'a metric chart with its threshold';
  const memory = page.locator('article.finding[aria-label="RESOURCE_SATURATION Deployment/shop/cart"] figure.chart').first();
  await memory.scrollIntoViewIfNeeded();
  await memory.locator('svg polyline').waitFor();
  await memory.locator('svg line.threshold').waitFor({ state: 'attached' });
  const caption = await memory.locator('figcaption').innerText();
  assert.match(caption, /threshold 90/);
  assert.match(caption, /changed at \d\d:\d\d/);

  step = 'models and tool calls one click away';
  const tools = page.locator('details', { hasText: 'Tool calls' });
  await tools.locator('summary').click();
  await tools.locator('td', { hasText: 'find_unhealthy' }).first().waitFor();
  await page.locator('details', { hasText: 'Model calls' }).locator('summary').click();
  await page.locator('#verdict-title').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(outDir, 'report.png'), fullPage: false });
  await accessible(page, 'report');

  step = 'approve a proposal with a reason';
  const proposal = page.locator('article.proposal[aria-label="raise-memory-limit on Deployment/shop/cart"]');
  await proposal.locator('.plan li', { hasText: 'set-resources' }).waitFor();
  await proposal.getByRole('button', { name: 'Approve' }).click();
  await proposal.getByText('Say why you approve it.').waitFor();
  await proposal.getByRole('textbox').fill('cart OOMs at 256Mi');
  await proposal.getByRole('button', { name: 'Approve' }).click();
  await proposal.locator('[data-role="proposal-status"]', { hasText: 'APPROVED' }).waitFor();
  await proposal.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(outDir, 'approval.png') });

  step = 'execute it and see its steps and the audit';
  await proposal.getByRole('button', { name: 'Execute' }).click();
  await proposal.locator('[data-role="execution-status"]', { hasText: 'SUCCEEDED' }).waitFor();
  await proposal.locator('.steps li', { hasText: 'set-resources' }).waitFor();
  const audit = proposal.locator('[data-role="audit"]');
  await audit.locator('li', { hasText: 'APPROVED by local-operator' }).waitFor();
  await audit.locator('li', { hasText: 'cart OOMs at 256Mi' }).first().waitFor();
  await audit.locator('li', { hasText: 'EXECUTION' }).first().waitFor();
  await proposal.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(outDir, 'execution.png') });

  step = 'history';
  await page.getByRole('link', { name: 'History' }).click();
  await page.waitForURL(/\/history$/);
  const row = page.locator(`#history-rows tr[data-id="${id}"]`);
  await row.waitFor();
  assert.match(await row.innerText(), /COMPLETED\s+UI\s+demo-eks[\s\S]*diagnose unhealthy pods[\s\S]*problems/);
  await page.locator('#filter-source').selectOption('API');
  await row.waitFor({ state: 'detached' });
  await page.locator('#filter-source').selectOption('UI');
  await row.waitFor();
  await page.locator('#filter-status').selectOption('FAILED');
  await row.waitFor({ state: 'detached' });
  await page.locator('#filter-status').selectOption('');
  await row.waitFor();
  await page.screenshot({ path: join(outDir, 'history.png') });
  await accessible(page, 'history');

  step = 'a deep link in a new tab';
  const deep = await context.newPage();
  watch(deep);
  await deep.goto(`${base}/investigations/${id}`);
  await deep.locator('#verdict-title .pill', { hasText: 'COMPLETED' }).waitFor();
  await deep.locator('article.proposal[aria-label="raise-memory-limit on Deployment/shop/cart"] [data-role="proposal-status"]',
    { hasText: 'USED' }).waitFor();
  await deep.locator('#progress-state', { hasText: 'completed' }).waitFor();
  const replayedLines = await deep.locator('#events li').count();

  step = 'a dropped stream resumes from Last-Event-ID';
  // Through a proxy that ends the first event stream after five events, as a load balancer's idle timeout would: the
  // browser's EventSource reconnects on its own, sending the id of the last event it saw, and the service sends only
  // what came after it. Every line appears once, as in a whole replay.
  const proxy = await cuttingProxy(base, 5);
  try {
    const resumed = await context.newPage();
    watch(resumed);
    await resumed.goto(`${proxy.url}/investigations/${id}`);
    await resumed.locator('#progress-state', { hasText: 'completed' }).waitFor();
    assert.deepEqual(proxy.streams, [null, '5'], 'the event streams asked for (their Last-Event-ID)');
    assert.equal(await resumed.locator('#events li').count(), replayedLines, 'events shown twice or lost');
    console.log(`a stream cut after event 5 resumed with Last-Event-ID ${proxy.streams[1]}: ${replayedLines} lines, as a whole replay`);
    await resumed.close();
  } finally {
    proxy.server.close();
  }

  // An id the service does not hold: the page says so (the browser logs the API's 404, so this page is not watched).
  const unknown = await context.newPage();
  await unknown.goto(`${base}/investigations/00000000-0000-4000-8000-000000000000`);
  await unknown.getByRole('heading', { name: 'No such investigation' }).waitFor();

  step = 'dark mode';
  const dark = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
  dark.setDefaultTimeout(TIMEOUT);
  const night = await dark.newPage();
  watch(night);
  await night.goto(`${base}/investigations/${id}`);
  await night.locator('#verdict-title .pill', { hasText: 'COMPLETED' }).waitFor();
  const background = await night.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(background, 'rgb(17, 20, 24)', 'the page follows the system dark mode');
  await night.screenshot({ path: join(outDir, 'report-dark.png') });
  await accessible(night, 'report in dark mode');

  step = 'keyboard only';
  const keys = await context.newPage();
  watch(keys);
  await keys.goto(`${base}/`);
  await keys.getByText('runs without authentication').waitFor();
  await keys.keyboard.press('Tab');
  assert.equal(await keys.evaluate(() => document.activeElement.textContent), 'Skip to content');
  for (let i = 0; i < 40 && !(await keys.evaluate(() => document.activeElement.id === 'question')); i++) {
    await keys.keyboard.press('Tab');
  }
  assert.equal(await keys.evaluate(() => document.activeElement.id), 'question', 'Tab reaches the question');

  assert.deepEqual(problems, [], 'the page logged errors or CSP violations');
  console.log('ui-check OK');
} catch (e) {
  console.error(`ui-check FAILED at step "${step}": ${e.stack || e}`);
  if (problems.length) console.error(`page problems:\n${problems.join('\n')}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}

/**
 * A loopback HTTP proxy to {@code target} that ends the first event stream after {@code cutAfter} events; it records
 * each event stream's Last-Event-ID header (null when none was sent).
 */
async function cuttingProxy(target, cutAfter) {
  const streams = [];
  const server = http.createServer((request, response) => {
    const events = /\/events$/.test(new URL(request.url, target).pathname);
    if (events) streams.push(request.headers['last-event-id'] ?? null);
    const cut = events && streams.length === 1;
    const upstream = http.request(new URL(request.url, target),
      { method: request.method, headers: { ...request.headers, host: new URL(target).host } }, (answer) => {
        if (!cut) {
          response.writeHead(answer.statusCode, answer.headers);
          answer.pipe(response);
          return;
        }
        const { 'content-length': ignored, ...headers } = answer.headers;
        response.writeHead(answer.statusCode, headers);
        const chunks = [];
        answer.on('data', (chunk) => chunks.push(chunk));
        answer.on('end', () => {
          const blocks = Buffer.concat(chunks).toString('utf8').split('\n\n').filter((block) => block.trim());
          response.end(`retry: 300\n\n${blocks.slice(0, cutAfter).join('\n\n')}\n\n`);
        });
      });
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, streams, url: `http://127.0.0.1:${server.address().port}` };
}

function watch(page) {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
}

/** axe-core on the page as it stands: no serious or critical violation. Evaluated through the debugger, so CSP allows it. */
async function accessible(page, name) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const text = bad.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`);
  assert.deepEqual(text, [], `axe-core on the ${name}`);
  console.log(`axe-core on the ${name}: no serious or critical violation (${result.violations.length} minor)`);
}
