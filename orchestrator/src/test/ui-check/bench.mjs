// Benchmark (not a test): how long the chat UI takes to show a finished report of the demo's findings and of 50
// findings, in headless Chromium against a running service: navigation to the drawn report, and drawing it from the
// moment its JSON arrived (the page's own work). Prints medians and p95 over RUNS page loads each.
// Usage: node bench.mjs BASE_URL [RUNS]
import { chromium } from 'playwright-core';

const [base, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 15);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const id = await ask(base);
  const real = await (await fetch(`${base}/api/v1/investigations/${id}`, { signal: AbortSignal.timeout(30_000) })).json();
  const fifty = widen(real, 50);
  for (const [name, report] of [[`demo report (${real.findings.length} findings)`, real], ['50 findings', fifty]]) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await timeToReport(report));
    const [load, render] = ['load', 'render'].map((key) => stats(samples.map((s) => s[key])));
    console.log(`${name}: navigation to report drawn, median ${load.median.toFixed(0)} ms, p95 ${load.p95.toFixed(0)} ms;`
      + ` drawing it once its JSON arrived, median ${render.median.toFixed(0)} ms, p95 ${render.p95.toFixed(0)} ms`
      + ` (${runs} loads)`);
  }
} finally {
  await browser.close();
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)],
    p95: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] };
}

async function ask(base) {
  const accepted = await (await fetch(`${base}/api/v1/investigations`, { method: 'POST',
    headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question: 'diagnose unhealthy pods' }),
    signal: AbortSignal.timeout(30_000) })).json();
  for (let i = 0; i < 600; i++) {
    const report = await (await fetch(`${base}/api/v1/investigations/${accepted.id}`, { signal: AbortSignal.timeout(30_000) })).json();
    if (report.status !== 'RUNNING' && report.status !== 'QUEUED') return accepted.id;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the investigation did not finish');
}

/** The report with its findings repeated (new ids) up to {@code count}, as a bigger incident would read. */
function widen(report, count) {
  const findings = [];
  for (let i = 0; findings.length < count; i++) {
    const f = report.findings[i % report.findings.length];
    const copy = i < report.findings.length ? f : { ...f, id: `${f.id}-${i}`, name: `${f.name}-${i}`,
      causedBy: f.causedBy ? `${f.causedBy}-${i - (i % report.findings.length)}` : null };
    findings.push(copy);
  }
  return { ...report, id: '00000000-0000-4000-8000-000000000050', findings,
    rootCauses: findings.filter((f) => !f.causedBy).map((f) => f.id) };
}

async function timeToReport(report) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript((count) => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('#verdict-title') && document.querySelectorAll('article.finding').length >= count) {
        window.reportDrawnAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, report.findings.length);
  await page.route(`**/api/v1/investigations/${report.id}`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(report) }));
  await page.route(`**/api/v1/investigations/${report.id}/events`, (route) => route.fulfill({ status: 204 }));
  await page.goto(`${base}/investigations/${report.id}`);
  await page.waitForFunction(() => window.reportDrawnAt !== undefined, null, { timeout: 60_000 });
  const drawn = await page.evaluate((id) => {
    const fetched = performance.getEntriesByType('resource').find((e) => e.name.endsWith(`/api/v1/investigations/${id}`));
    return { load: window.reportDrawnAt, render: fetched ? window.reportDrawnAt - fetched.responseEnd : NaN };
  }, report.id);
  await context.close();
  return drawn;
}
